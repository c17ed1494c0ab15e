"""Client test: networkx loads graph.json and agrees with `newsgraph neighbors`.

Usage: check_networkx.py NEWSGRAPH_BINARY GRAPH_JSON

A GRAPH_JSON ending in .gz (graph.json.gz, what `newsgraph build` writes by default) is read as the
README shows, with gzip.open, and `newsgraph neighbors` is given the same file.
"""

import gzip
import json
import subprocess
import sys

import networkx as nx


def main() -> int:
    binary, path = sys.argv[1], sys.argv[2]
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
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
    check_analysis(binary, path, graph, check)
    print(f"networkx client: {passed} passed, {failed} failed")
    return 1 if failed else 0


def pagerank(graph):
    """networkx's PageRank; its pure-Python version when numpy is not installed."""
    try:
        return nx.pagerank(graph, tol=1e-12, max_iter=1000)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(graph, tol=1e-12, max_iter=1000)


def run_json(binary, args):
    out = subprocess.run([binary, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def check_analysis(binary, path, graph, check) -> None:
    """`top`, `stats` and `path` agree with networkx's own algorithms."""
    n = graph.number_of_nodes()
    # Betweenness is computed only when ranking by it.
    top = {r["id"]: r for r in run_json(
        binary, ["top", "--graph", path, "--limit", str(n), "--by", "betweenness",
                 "--format", "json"])}
    check(set(top) == set(graph.nodes), "top lists every node")
    betweenness = nx.betweenness_centrality(graph, normalized=False)
    ranks = pagerank(graph)
    for node in graph.nodes:
        row = top.get(node, {})
        check(row.get("degree") == graph.degree(node), f"{node}: degree")
        check(row.get("weighted_degree") == graph.degree(node, weight="weight"),
              f"{node}: weighted degree")
        check(abs(row.get("betweenness", -1) - betweenness[node]) < 1e-6, f"{node}: betweenness")
        check(abs(row.get("pagerank", -1) - ranks[node]) < 1e-6, f"{node}: pagerank")
    stats = run_json(binary, ["stats", "--graph", path, "--format", "json"])
    components = sorted((len(c) for c in nx.connected_components(graph)), reverse=True)
    check(stats["components"]["count"] == len(components), "stats: components")
    check(stats["components"]["largest"] == components[:5], "stats: largest components")
    check(abs(stats["density"] - nx.density(graph)) < 1e-9, "stats: density")
    nodes = sorted(graph.nodes)
    for source, target in zip(nodes, reversed(nodes)):
        route = run_json(binary, ["path", source, target, "--graph", path, "--format", "json"]) \
            if nx.has_path(graph, source, target) else None
        if route is not None:
            check(route["length"] == nx.shortest_path_length(graph, source, target),
                  f"path {source} -> {target}: length")


if __name__ == "__main__":
    sys.exit(main())
