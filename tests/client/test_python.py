"""The Python package (the wheel `make test` installs) against the CLI, networkx,
DuckDB and pandas. Run by tests/client/python.sh with NEWSGRAPH_BIN (the CLI) set."""

import gzip
import json
import os
import subprocess
from pathlib import Path

import duckdb
import networkx as nx
import pandas as pd
import pyarrow as pa
import pytest

import newsgraph

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
BIN = os.environ["NEWSGRAPH_BIN"]


def corpus_documents():
    """The sample corpus as documents, one per file, id = file stem (as the CLI names them)."""
    return [
        {"id": path.name[: -len(".txt")], "text": path.read_text(encoding="utf-8")}
        for path in sorted(CORPUS.glob("*.txt"))
    ]


@pytest.fixture(scope="module")
def cli(tmp_path_factory):
    """The CLI's build of the sample corpus: graph.json and the Parquet tables."""
    out = tmp_path_factory.mktemp("cli")
    subprocess.run(
        [BIN, "build", str(CORPUS), "--out", str(out), "--formats", "json,parquet", "--quiet"],
        check=True,
    )
    return out


# One model for the tests that need no options of their own (compiling one takes a
# moment in the unoptimised test wheel).
MODEL = newsgraph.Model()


@pytest.fixture(scope="module")
def graph():
    return newsgraph.build(str(CORPUS))


def test_build_equals_the_cli_byte_for_byte(cli, graph):
    assert graph.to_json() == (cli / "graph.json").read_text(encoding="utf-8")
    assert graph.problems == []


def test_build_of_documents_equals_build_of_files(cli):
    graph = MODEL.build(corpus_documents())
    assert graph.to_json() == (cli / "graph.json").read_text(encoding="utf-8")


def test_to_networkx_is_node_link_graph_of_graph_json(cli, graph):
    expected = nx.node_link_graph(json.loads((cli / "graph.json").read_text()), edges="edges")
    got = graph.to_networkx()
    assert sorted(got.nodes(data=True)) == sorted(expected.nodes(data=True))
    key = lambda e: (e[0], e[1])  # noqa: E731
    assert sorted(got.edges(data=True), key=key) == sorted(expected.edges(data=True), key=key)
    assert got.graph == expected.graph


def test_neighbors_and_path_agree_with_networkx(graph):
    G = graph.to_networkx()
    neighbours = graph.neighbors("Antony Blinken")
    assert {n.id for n in neighbours} == set(G["Antony Blinken"])
    for n in neighbours:
        assert n.weight == G["Antony Blinken"][n.id]["weight"]
        assert n.type == G.nodes[n.id]["type"]
    assert [n.weight for n in neighbours] == sorted((n.weight for n in neighbours), reverse=True)
    path = graph.path("Sameh Shoukry", "Gaza Strip")
    assert path[0] == "Sameh Shoukry" and path[-1] == "Gaza Strip"
    assert len(path) - 1 == nx.shortest_path_length(G, "Sameh Shoukry", "Gaza Strip")
    assert all(G.has_edge(a, b) for a, b in zip(path, path[1:]))


def test_load_reads_graph_json_back_to_the_same_bytes(cli):
    loaded = newsgraph.load(cli / "graph.json")
    assert loaded.to_json() == (cli / "graph.json").read_text(encoding="utf-8")


def test_write_and_load_graph_json_gz_as_the_cli(cli, graph, tmp_path):
    """Graph.write of a .gz name writes the bytes of `build --format json.gz`; load reads it."""
    subprocess.run(
        [BIN, "build", str(CORPUS), "--out", str(tmp_path / "cli"), "--formats", "json.gz", "--quiet"],
        check=True,
    )
    graph.write(tmp_path / "graph.json.gz")
    written = (tmp_path / "graph.json.gz").read_bytes()
    assert written == (tmp_path / "cli" / "graph.json.gz").read_bytes()
    assert gzip.decompress(written) == (cli / "graph.json").read_bytes()
    assert newsgraph.load(tmp_path / "graph.json.gz").to_json() == graph.to_json()


def test_load_reads_the_default_build_output_by_either_name(graph, tmp_path):
    """`newsgraph build` writes graph.json.gz by default (and no graph.json); load reads it,
    and a graph.json name that does not exist reads it too."""
    out = tmp_path / "out"
    subprocess.run([BIN, "build", str(CORPUS), "--out", str(out), "--quiet"], check=True)
    assert (out / "graph.json.gz").is_file() and not (out / "graph.json").exists()
    for name in ["graph.json.gz", "graph.json"]:
        assert newsgraph.load(out / name).to_json() == graph.to_json(), name


def test_merge_of_shards_equals_the_whole(cli):
    documents = corpus_documents()
    shards = [MODEL.build(documents[:2]), MODEL.build(documents[2:])]
    assert newsgraph.merge(shards, MODEL).to_json() == (cli / "graph.json").read_text(encoding="utf-8")


def test_partials_merged_in_any_order_equal_the_cli(cli):
    model = MODEL
    documents = corpus_documents()
    batches = [
        pa.RecordBatch.from_pylist(documents[i : i + 1]) for i in range(len(documents))
    ]
    partials = [model.analyze_arrow(b) for b in batches]
    for p in partials:
        assert p.schema.names == ["documents", "partial"] and p.num_rows == 1
    blobs = [p.column("partial")[0].as_py() for p in partials]
    forward = model.merge_partials(model.merge_partials(blobs[0], blobs[1]), model.merge_partials(blobs[2], blobs[3]))
    backward = blobs[3]
    for blob in reversed(blobs[:3]):
        backward = model.merge_partials(backward, blob)
    assert forward == backward
    expected = (cli / "graph.json").read_text(encoding="utf-8")
    assert model.finish([forward]).to_json() == expected
    assert model.finish(blobs[::-1]).to_json() == expected


def test_mentions_and_analyze_report_meetings_with_kind_and_planned():
    model = MODEL
    text = "Blinken met Egyptian Foreign Minister Sameh Shoukry in Cairo. Blinken is set to meet Netanyahu."
    mentions = model.mentions(text, id="d1")
    assert [(m.entity, m.text) for m in mentions][:3] == [
        ("Antony Blinken", "Blinken"),
        ("Egypt", "Egyptian"),
        ("Sameh Shoukry", "Sameh Shoukry"),
    ]
    assert all(text.encode()[m.start : m.end].decode() == m.text for m in mentions)
    analysis = model.analyze(text, id="d1", date="2024-01-02")
    met = {(e["source"], e["target"]): e for e in analysis.meetings}
    held = met[("Antony Blinken", "Sameh Shoukry")]["evidence"][0]
    assert (held["kind"], held.get("planned", False), held["date"]) == ("meeting", False, "2024-01-02")
    planned = met[("Antony Blinken", "Benjamin Netanyahu")]["evidence"][0]
    assert planned["planned"] is True


def test_errors_carry_the_cli_messages(tmp_path, graph):
    with pytest.raises(newsgraph.NewsgraphError, match="cannot load the gazetteer .*missing"):
        newsgraph.Model(gazetteer=tmp_path / "missing")
    with pytest.raises(newsgraph.NewsgraphError, match="unknown window"):
        newsgraph.Model(window="sentences")
    with pytest.raises(newsgraph.NewsgraphError, match="not an entity"):
        graph.neighbors("Nobody At All")
    bad = tmp_path / "graph.json"
    bad.write_text("{\n  nope")
    with pytest.raises(newsgraph.NewsgraphError, match=r"graph.json:2:\d+: not a newsgraph graph.json"):
        newsgraph.load(bad)
    with pytest.raises(newsgraph.NewsgraphError, match="no 'text' column|no 'text'"):
        MODEL.analyze_arrow(pa.RecordBatch.from_pylist([{"id": "a"}]))
    with pytest.raises(newsgraph.NewsgraphError, match="no documents"):
        MODEL.build(str(tmp_path))


def test_to_pandas_tables_match_graph_json(graph):
    wire = graph.to_dict()
    tables = graph.to_pandas()
    assert list(tables.nodes["id"]) == [n["id"] for n in wire["nodes"]]
    assert list(tables.edges["weight"]) == [e["weight"] for e in wire["edges"]]
    assert len(tables.evidence) == sum(len(e["evidence"]) for e in wire["edges"])


def test_duckdb_and_pandas_read_the_cli_parquet(cli):
    wire = json.loads((cli / "graph.json").read_text())
    # DuckDB: met per pair, from edges.parquet, against graph.json.
    rows = duckdb.sql(
        f"SELECT source, target, met FROM '{cli / 'edges.parquet'}' WHERE met > 0 ORDER BY source, target"
    ).fetchall()
    expected = [
        (e["source"], e["target"], e["relations"]["met"])
        for e in wire["edges"]
        if e["relations"].get("met", 0) > 0
    ]
    assert rows == expected and rows
    # pandas: evidence windows per document, from evidence.parquet, against graph.json.
    evidence = pd.read_parquet(cli / "evidence.parquet")
    counts = evidence.groupby("document").size().to_dict()
    expected = {}
    windows, documents = wire["graph"]["evidence_windows"], wire["graph"]["evidence_documents"]
    for edge in wire["edges"]:
        for ev in edge["evidence"]:
            document = documents[windows[ev["window"]]["document"]]["id"]
            expected[document] = expected.get(document, 0) + 1
    assert counts == expected
    nodes = pd.read_parquet(cli / "nodes.parquet")
    blinken = nodes.set_index("id").loc["Antony Blinken"]
    node = next(n for n in wire["nodes"] if n["id"] == "Antony Blinken")
    assert int(blinken["mentions"]) == node["mentions"]
    assert dict(blinken["aliases"]) == node["aliases"]
