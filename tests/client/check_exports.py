#!/usr/bin/env python3
"""Checks newsgraph's CSV and GraphML exports the way users load them.

    check_exports.py NODES_CSV EDGES_CSV GRAPHML GRAPH_JSON [NEO4J_NODES NEO4J_EDGES]

Loads the CSVs with ``pandas.read_csv(path)`` (no options) and the GraphML with
``networkx.read_graphml(path)``, and compares both with ``graph.json``: the same
node ids and types, counts, edge weights and relations, and numeric columns
read as numbers. With the two optional arguments it also checks the
``neo4j-admin database import`` variant's headers and rows.

Text is compared after the exporters' text policy: control characters other
than tab, newline and carriage return, and U+FFFE/U+FFFF, are dropped.

Prints one line per failed check and a final ``exports client: N passed, M
failed``; exits 1 when anything failed, 2 on bad usage.
"""

import json
import sys
import unicodedata

import networkx as nx
import pandas as pd
from pandas.api.types import is_integer_dtype

RELATIONS = ("co_mention", "met", "affiliation")
NODE_COLUMNS = [
    "id", "type", "mentions", "documents", "windows",
    "aliases", "affiliations", "first_seen", "last_seen",
]
EDGE_COLUMNS = [
    "source", "target", "weight", "documents", "co_mention", "met", "meetings", "affiliation",
    "affiliation_of", "first_seen", "last_seen", "evidence_count", "evidence",
]


class Checks:
    """Counts passed and failed checks and reports each failure."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {name}" + (f": {detail}" if detail else ""))
        return ok

    def equal(self, name, got, expected):
        return self.check(name, got == expected, f"got {got!r}, expected {expected!r}")


def clean(s):
    """The exporters' text policy (see `clean_text` in graphml.rs)."""
    return "".join(
        c for c in s
        if not (unicodedata.category(c) == "Cc" and c not in "\t\n\r")
        and c not in "\ufffe\uffff"
    )


def window_text(graph, evidence):
    """The text of the window an evidence record names (graph.json keeps each once)."""
    return graph["graph"]["evidence_windows"][evidence["window"]]["text"]


def text(value):
    """A pandas cell as text: NaN (an empty field) is ''."""
    return "" if isinstance(value, float) and pd.isna(value) else str(value)


def clean_aliases(aliases):
    out = {}
    for form, count in aliases.items():
        out[clean(form)] = out.get(clean(form), 0) + count
    return out


def expected_nodes(graph):
    return {clean(n["id"]): n for n in graph["nodes"]}


def expected_edges(graph):
    return {(clean(e["source"]), clean(e["target"])): e for e in graph["edges"]}


def check_nodes_csv(c, path, graph):
    df = pd.read_csv(path)
    c.equal("nodes.csv columns", list(df.columns), NODE_COLUMNS)
    for col in ("mentions", "documents", "windows"):
        c.check(f"nodes.csv {col} is integer", is_integer_dtype(df[col]), str(df[col].dtype))
    expected = expected_nodes(graph)
    ids = [text(i) for i in df["id"]]
    c.equal("nodes.csv ids", ids, list(expected))
    for _, row in df.iterrows():
        node = expected.get(text(row["id"]))
        if not c.check(f"nodes.csv id {row['id']!r} known", node is not None):
            continue
        name = f"nodes.csv {node['id']!r}"
        c.equal(f"{name} type", text(row["type"]), clean(node["type"]))
        for col in ("mentions", "documents", "windows"):
            c.equal(f"{name} {col}", int(row[col]), node.get(col, 0))
        c.equal(f"{name} aliases", json.loads(row["aliases"]), clean_aliases(node["aliases"]))
        affiliations = text(row["affiliations"])
        c.equal(
            f"{name} affiliations",
            affiliations.split("|") if affiliations else [],
            [clean(a) for a in node.get("affiliations", [])],
        )
        for col in ("first_seen", "last_seen"):
            c.equal(f"{name} {col}", text(row[col]), node.get(col) or "")


def check_edges_csv(c, path, graph):
    df = pd.read_csv(path)
    c.equal("edges.csv columns", list(df.columns), EDGE_COLUMNS)
    for col in ("weight", "documents", *RELATIONS, "evidence_count"):
        c.check(f"edges.csv {col} is integer", is_integer_dtype(df[col]), str(df[col].dtype))
    expected = expected_edges(graph)
    pairs = [(text(s), text(t)) for s, t in zip(df["source"], df["target"])]
    c.equal("edges.csv pairs", pairs, list(expected))
    for _, row in df.iterrows():
        edge = expected.get((text(row["source"]), text(row["target"])))
        if not c.check(f"edges.csv {row['source']!r}--{row['target']!r} known", edge is not None):
            continue
        name = f"edges.csv {edge['source']!r}--{edge['target']!r}"
        c.equal(f"{name} weight", int(row["weight"]), edge["weight"])
        c.equal(f"{name} documents", int(row["documents"]), edge["documents"])
        for rel in RELATIONS:
            c.equal(f"{name} {rel}", int(row[rel]), edge.get("relations", {}).get(rel, 0))
        meetings = text(row["meetings"])
        c.equal(f"{name} meetings", json.loads(meetings) if meetings else {},
                edge.get("meetings", {}))
        affiliation = edge.get("affiliation")
        c.equal(f"{name} affiliation_of", text(row["affiliation_of"]),
                clean(affiliation["of"]) if affiliation else "")
        evidence = edge.get("evidence", [])
        c.equal(f"{name} evidence_count", int(row["evidence_count"]), len(evidence))
        c.equal(f"{name} evidence", text(row["evidence"]),
                clean(window_text(graph, evidence[0])) if evidence else "")


def check_graphml(c, path, graph):
    g = nx.read_graphml(path)
    c.check("graphml is undirected", not g.is_directed())
    info = graph["graph"]
    for key in ("generator", "documents", "sentences", "window", "windows"):
        expected = clean(info[key]) if isinstance(info.get(key), str) else info.get(key, 0)
        c.equal(f"graphml graph {key}", g.graph.get(key), expected)
    expected = expected_nodes(graph)
    c.equal("graphml node ids", sorted(g.nodes), sorted(expected))
    for node_id, data in g.nodes(data=True):
        node = expected.get(node_id)
        if not c.check(f"graphml node {node_id!r} known", node is not None):
            continue
        name = f"graphml node {node['id']!r}"
        c.equal(f"{name} type", data.get("type"), clean(node["type"]))
        for col in ("mentions", "documents", "windows"):
            c.check(f"{name} {col} is int", type(data.get(col)) is int, repr(data.get(col)))
            c.equal(f"{name} {col}", data.get(col), node.get(col, 0))
        c.equal(f"{name} aliases_json", json.loads(data["aliases_json"]),
                clean_aliases(node["aliases"]))
        affiliations = [clean(a) for a in node.get("affiliations", [])]
        c.equal(f"{name} affiliations", data.get("affiliations"),
                "|".join(affiliations) if affiliations else None)
        for col in ("first_seen", "last_seen"):
            c.equal(f"{name} {col}", data.get(col), node.get(col))
    edges = expected_edges(graph)
    c.equal("graphml edge count", g.number_of_edges(), len(edges))
    for (source, target), edge in edges.items():
        name = f"graphml edge {edge['source']!r}--{edge['target']!r}"
        if not c.check(f"{name} present", g.has_edge(source, target)):
            continue
        data = g.edges[source, target]
        for col in ("weight", "documents", *RELATIONS, "evidence_count"):
            c.check(f"{name} {col} is int", type(data.get(col)) is int, repr(data.get(col)))
        c.equal(f"{name} weight", data.get("weight"), edge["weight"])
        c.equal(f"{name} documents", data.get("documents"), edge["documents"])
        for rel in RELATIONS:
            c.equal(f"{name} {rel}", data.get(rel), edge.get("relations", {}).get(rel, 0))
        meetings = data.get("meetings_json")
        c.equal(f"{name} meetings_json", json.loads(meetings) if meetings else {},
                edge.get("meetings", {}))
        affiliation = edge.get("affiliation")
        c.equal(f"{name} affiliation_of", data.get("affiliation_of"),
                clean(affiliation["of"]) if affiliation else None)
        evidence = edge.get("evidence", [])
        c.equal(f"{name} evidence", data.get("evidence"),
                clean(window_text(graph, evidence[0])) if evidence else None)


def check_neo4j(c, nodes_path, edges_path, graph):
    nodes = pd.read_csv(nodes_path)
    c.equal("neo4j nodes header", list(nodes.columns), [
        "id:ID", "name", "type", ":LABEL", "mentions:long", "documents:long",
        "windows:long", "aliases", "affiliations:string[]", "first_seen", "last_seen",
    ])
    expected = expected_nodes(graph)
    c.equal("neo4j node ids", [text(i) for i in nodes["id:ID"]], list(expected))
    for _, row in nodes.iterrows():
        node = expected.get(text(row["id:ID"]))
        if node is not None:
            kind = "".join(ch for ch in node["type"] if ch.isascii() and (ch.isalnum() or ch == "_"))
            label = f"Entity;{kind[:1].upper()}{kind[1:]}" if kind else "Entity"
            c.equal(f"neo4j node {node['id']!r} :LABEL", row[":LABEL"], label)
    edges = pd.read_csv(edges_path)
    c.equal("neo4j edges header", list(edges.columns)[:4],
            [":START_ID", ":END_ID", ":TYPE", "weight:long"])
    want = []
    for e in graph["edges"]:
        pair = (clean(e["source"]), clean(e["target"]))
        rel = e.get("relations", {})
        if e["weight"] > 0:
            want.append((*pair, "CO_MENTION"))
        if rel.get("met", 0) > 0:
            want.append((*pair, "MET"))
        if e.get("affiliation"):
            want.append((clean(e["affiliation"]["member"]), clean(e["affiliation"]["of"]), "MEMBER_OF"))
        elif rel.get("affiliation", 0) > 0:
            want.append((*pair, "AFFILIATED_WITH"))
    got = [(text(s), text(t), ty) for s, t, ty in
           zip(edges[":START_ID"], edges[":END_ID"], edges[":TYPE"])]
    c.equal("neo4j relationships", got, want)
    ids = set(expected)
    c.check("neo4j endpoints are nodes",
            all(s in ids and t in ids for s, t, _ in got))


def main(argv):
    if len(argv) not in (5, 7):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    nodes_csv, edges_csv, graphml, graph_json = argv[1:5]
    with open(graph_json, encoding="utf-8") as f:
        graph = json.load(f)
    c = Checks()
    for check, args in [
        (check_nodes_csv, (nodes_csv, graph)),
        (check_edges_csv, (edges_csv, graph)),
        (check_graphml, (graphml, graph)),
        *([(check_neo4j, (argv[5], argv[6], graph))] if len(argv) == 7 else []),
    ]:
        try:
            check(c, *args)
        except Exception as e:  # a crash in one check is one failure, not the end
            c.check(check.__name__, False, f"{type(e).__name__}: {e}")
    print(f"exports client: {c.passed} passed, {c.failed} failed")
    return 0 if c.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
