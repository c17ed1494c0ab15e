"""examples/spark/build_graph.py in local[2] mode against `newsgraph build`: the same
graph.json, byte for byte, on the sample corpus and on a 10 MB synthetic corpus. Run by
tests/client/python.sh where Java and pyspark are present."""

import importlib.util
import json
import os
import subprocess
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = os.environ["NEWSGRAPH_BIN"]
WORK = Path(os.environ["NEWSGRAPH_WORK"])
# The bench's corpus generator, built by `cargo test` next to the CLI.
GENERATOR = Path(BIN).parent / "examples" / "bench_e2e"

spec = importlib.util.spec_from_file_location("build_graph", ROOT / "examples/spark/build_graph.py")
build_graph = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_graph)


def cli_build(inputs, out):
    subprocess.run([BIN, "build", *map(str, inputs), "--out", str(out), "--formats", "json,parquet", "--quiet"], check=True)
    return (out / "graph.json").read_bytes()


def spark_build(inputs, out, partitions):
    status = build_graph.main([*map(str, inputs), "--out", str(out), "--master", "local[2]", "--partitions", str(partitions)])
    assert status == 0
    return (out / "graph.json").read_bytes()


def test_sample_corpus_from_jsonl_and_parquet(tmp_path):
    # The sample corpus is plain text files; Spark reads them as JSON Lines, one record
    # per file with the id the CLI gives a file (its stem), and as Parquet.
    records = [
        {"id": path.name[: -len(".txt")], "text": path.read_text(encoding="utf-8")}
        for path in sorted((ROOT / "corpus").glob("*.txt"))
    ]
    jsonl = tmp_path / "corpus.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    parquet = tmp_path / "corpus.parquet"
    pd.DataFrame(records).to_parquet(parquet)
    expected = cli_build([ROOT / "corpus"], tmp_path / "cli")
    assert spark_build([jsonl], tmp_path / "spark", partitions=3) == expected
    # The Parquet tables Spark's run wrote are the CLI's too.
    for table in ("nodes", "edges", "evidence"):
        assert (tmp_path / "spark" / f"{table}.parquet").read_bytes() == (tmp_path / "cli" / f"{table}.parquet").read_bytes()
    assert spark_build([parquet], tmp_path / "spark-parquet", partitions=2) == expected


def test_synthetic_10mb_corpus(tmp_path):
    corpus = WORK / "corpus-10M.jsonl"
    if not corpus.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(GENERATOR), "corpus", "--bytes", "10M", "--out", str(corpus)], check=True, cwd=ROOT)
    expected = cli_build([corpus], tmp_path / "cli")
    assert spark_build([corpus], tmp_path / "spark", partitions=4) == expected


def test_duplicate_ids_are_refused(tmp_path):
    jsonl = tmp_path / "twice.jsonl"
    jsonl.write_text('{"id": "a", "text": "Blinken met Shoukry."}\n{"id": "a", "text": "Again."}\n')
    with pytest.raises(SystemExit, match="document id 'a' is used 2 times"):
        build_graph.main([str(jsonl), "--out", str(tmp_path / "out"), "--master", "local[2]"])


def test_no_documents_is_an_error(tmp_path):
    empty = tmp_path / "empty.parquet"
    pd.DataFrame({"id": pd.Series([], dtype=str), "text": pd.Series([], dtype=str)}).to_parquet(empty)
    with pytest.raises(SystemExit, match="no documents"):
        build_graph.main([str(empty), "--out", str(tmp_path / "out"), "--master", "local[2]"])
