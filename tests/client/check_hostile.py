"""Client test: networkx reads back the JSON and GraphML of a graph with hostile names.

Usage: check_hostile.py GRAPH_JSON GRAPH_GRAPHML
"""

import json
import sys

import networkx as nx


def main() -> int:
    json_path, graphml_path = sys.argv[1], sys.argv[2]
    with open(json_path, encoding="utf-8") as f:
        data = json.load(f)
    ids = {n["id"] for n in data["nodes"]}
    passed = failed = 0

    def check(ok: bool, what: str) -> None:
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAILED: {what}", file=sys.stderr)

    check(len(ids) >= 10, f"the hostile graph has its entities ({len(ids)})")
    from_json = nx.node_link_graph(data)
    check(set(from_json.nodes) == ids, "node_link_graph keeps every id")
    from_graphml = nx.read_graphml(graphml_path)
    check(set(from_graphml.nodes) == ids, f"read_graphml keeps every id: {sorted(set(from_graphml.nodes) ^ ids)}")
    check(from_graphml.number_of_edges() == from_json.number_of_edges(), "same edges in GraphML and JSON")
    for a, b, d in from_json.edges(data=True):
        check(from_graphml.has_edge(a, b) and from_graphml.edges[a, b]["weight"] == d["weight"], f"edge {a!r} -- {b!r}")
    print(f"hostile names client: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
