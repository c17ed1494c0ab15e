#!/usr/bin/env python3
"""Checks newsgraph's GEXF export the way users load it: ``networkx.read_gexf``.

    check_gexf.py GRAPH_GEXF GRAPH_JSON

Reads the GEXF with ``networkx.read_gexf(path)`` (no options) and compares it with
``graph.json``: a dynamic graph; the same node ids and types; the same edges with their
totals (``co_mention``, ``met``, ``documents``); one spell per run of consecutive days of
each node's and edge's ``timeline``; and per-day values (``co_mention_per_day``, ``met_per_day``,
``documents_per_day``, ``mentions_per_day``) equal to the timeline's counts, so that the
timeline Gephi shows is the one ``--since``/``--until`` count.

Prints one line per failed check and a final ``gexf client: N passed, M failed``;
exits 1 when anything failed, 2 on bad usage.
"""

import datetime
import json
import sys

import networkx as nx

from check_exports import Checks, clean


def per_day(timeline, field):
    """[(count, day, day)] of one count of a graph.json timeline, as networkx reads it."""
    return [(d[field], d[0], d[0]) for d in timeline]


def runs(timeline):
    """[(first, last)] per run of consecutive calendar days of a timeline."""
    spells = []
    for entry in timeline:
        day = entry[0]
        if spells:
            last = datetime.date.fromisoformat(spells[-1][1])
            if datetime.date.fromisoformat(day) - last == datetime.timedelta(days=1):
                spells[-1] = (spells[-1][0], day)
                continue
        spells.append((day, day))
    return spells


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    gexf_path, json_path = argv[1], argv[2]
    with open(json_path, encoding="utf-8") as f:
        graph = json.load(f)
    g = nx.read_gexf(gexf_path)
    c = Checks()
    c.equal("graph mode", g.graph.get("mode"), "dynamic")
    c.check("undirected", not g.is_directed())
    nodes = {clean(n["id"]): n for n in graph["nodes"]}
    c.equal("node ids", sorted(g.nodes), sorted(nodes))
    dated = 0
    for node_id, node in nodes.items():
        if node_id not in g:
            continue
        got = g.nodes[node_id]
        c.equal(f"type of {node_id!r}", got.get("type"), node["type"])
        c.equal(f"mentions of {node_id!r}", got.get("mentions"), node["mentions"])
        timeline = node.get("timeline", [])
        dated += bool(timeline)
        c.equal(f"spells of {node_id!r}", got.get("spells", []), runs(timeline))
        c.equal(f"mentions_per_day of {node_id!r}", got.get("mentions_per_day", []), per_day(timeline, 1))
        c.equal(f"documents_per_day of {node_id!r}", got.get("documents_per_day", []), per_day(timeline, 3))
    edges = {(clean(e["source"]), clean(e["target"])): e for e in graph["edges"]}
    c.equal("edge count", g.number_of_edges(), len(edges))
    for (a, b), edge in edges.items():
        if not c.check(f"edge {a!r} -- {b!r}", g.has_edge(a, b)):
            continue
        got = g.edges[a, b]
        relations = edge.get("relations", {})
        c.equal(f"co_mention of {a!r} -- {b!r}", got.get("co_mention"), relations.get("co_mention", 0))
        c.equal(f"met of {a!r} -- {b!r}", got.get("met"), relations.get("met", 0))
        c.equal(f"documents of {a!r} -- {b!r}", got.get("documents"), edge["documents"])
        c.equal(f"weight of {a!r} -- {b!r}", got.get("weight"), float(max(edge["weight"], 1)))
        timeline = edge.get("timeline", [])
        c.equal(f"spells of {a!r} -- {b!r}", got.get("spells", []), runs(timeline))
        for name, field in (("co_mention_per_day", 1), ("met_per_day", 2), ("documents_per_day", 3)):
            c.equal(f"{name} of {a!r} -- {b!r}", got.get(name, []), per_day(timeline, field))
        undated = edge["weight"] - sum(d[1] for d in timeline)
        c.check(f"timeline of {a!r} -- {b!r} within the total", undated >= 0, f"{timeline} > {edge['weight']}")
    if graph["graph"].get("timeline"):
        c.check("some nodes are dated", dated > 0)
    print(f"gexf client: {c.passed} passed, {c.failed} failed ({gexf_path})")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
