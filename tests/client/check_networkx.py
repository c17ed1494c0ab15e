"""Client test: networkx loads graph.json and agrees with `newsgraph neighbors`.

Usage: check_networkx.py NEWSGRAPH_BINARY GRAPH_JSON
"""

import json
import subprocess
import sys

import networkx as nx


def main() -> int:
    binary, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    graph = nx.node_link_graph(data)
    passed = failed = 0

    def check(ok: bool, what: str) -> None:
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAILED: {what}", file=sys.stderr)

    check(not graph.is_directed() and not graph.is_multigraph(), "undirected simple graph")
    check(graph.number_of_nodes() == len(data["nodes"]), "node count")
    check(graph.number_of_edges() == len(data["edges"]), "edge count")
    check(graph.graph.get("documents", 0) > 0, "graph attribute documents")
    for node, attrs in graph.nodes(data=True):
        check(attrs["type"] in {"person", "country", "organization", "place"}, f"{node}: type")
        out = subprocess.run(
            [binary, "neighbors", node, "--graph", path, "--format", "json"],
            capture_output=True, text=True, check=False,
        )
        if out.returncode != 0:
            check(False, f"newsgraph neighbors {node!r} exited {out.returncode}: {out.stderr}")
            continue
        cli = {n["id"]: n for n in json.loads(out.stdout)}
        nx_neighbors = set(graph.neighbors(node))
        check(set(cli) == nx_neighbors,
              f"{node}: newsgraph says {sorted(cli)}, networkx says {sorted(nx_neighbors)}")
        for other in nx_neighbors & set(cli):
            edge = graph.edges[node, other]
            check(cli[other]["weight"] == edge["weight"], f"{node} -- {other}: weight")
            check(cli[other]["documents"] == edge["documents"], f"{node} -- {other}: documents")
    print(f"networkx client: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
