"""examples/dask/build_graph.py against `newsgraph build`: the same graph.json, byte for
byte, from Parquet and JSON Lines split into several partitions, on the threaded and the
process scheduler; and the README shows the example's `build` as it is. Run by
tests/client/python.sh (`make test-python`) with NEWSGRAPH_BIN (the CLI) set."""

import importlib.util
import inspect
import json
import os
import subprocess
from pathlib import Path

import dask
import dask.dataframe as dd
import pandas as pd
import pytest

import newsgraph

ROOT = Path(__file__).resolve().parents[2]
BIN = os.environ["NEWSGRAPH_BIN"]
DATED = ROOT / "tests" / "fixtures" / "dated" / "news.jsonl"

spec = importlib.util.spec_from_file_location("dask_build_graph", ROOT / "examples/dask/build_graph.py")
build_graph = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_graph)


def cli_build(inputs, out):
    subprocess.run([BIN, "build", *map(str, inputs), "--out", str(out), "--format", "json", "--quiet"], check=True)
    return (out / "graph.json").read_text(encoding="utf-8")


def sample_records():
    return [
        {"id": path.name[: -len(".txt")], "text": path.read_text(encoding="utf-8")}
        for path in sorted((ROOT / "corpus").glob("*.txt"))
    ]


@pytest.mark.parametrize("scheduler", ["threads", "processes"])
def test_sample_corpus_in_partitions_equals_the_cli(tmp_path, scheduler):
    documents = dd.from_pandas(pd.DataFrame(sample_records()), npartitions=3)
    assert documents.npartitions == 3
    with dask.config.set(scheduler=scheduler):
        graph = build_graph.build(documents, newsgraph.Model())
    assert graph.to_json() == cli_build([ROOT / "corpus"], tmp_path / "cli")


def test_script_from_parquet_writes_the_cli_graph(tmp_path):
    parquet = tmp_path / "corpus.parquet"
    pd.DataFrame(sample_records()).to_parquet(parquet)
    assert build_graph.main([str(parquet), "--out", str(tmp_path / "dask")]) == 0
    expected = cli_build([ROOT / "corpus"], tmp_path / "cli")
    assert (tmp_path / "dask" / "graph.json").read_text(encoding="utf-8") == expected
    assert (tmp_path / "dask" / "evidence.parquet").exists()


def test_dated_json_lines_keep_dates_and_ids_as_written(tmp_path):
    # Blocks of 200 bytes: a partition per line or two. A document whose id looks
    # like a number keeps its id, and dates are not parsed into timestamps.
    jsonl = tmp_path / "news.jsonl"
    extra = {"id": "007", "date": "2024-03-23", "text": "Antony Blinken met Sameh Shoukry in Cairo."}
    jsonl.write_text(DATED.read_text(encoding="utf-8") + json.dumps(extra) + "\n", encoding="utf-8")
    documents = build_graph.read_documents([jsonl], blocksize=200)
    assert documents.npartitions > 2
    graph = build_graph.build(documents, newsgraph.Model())
    expected = cli_build([jsonl], tmp_path / "cli")
    assert graph.to_json() == expected
    assert "007" in set(graph.to_pandas().evidence["document"])


def test_duplicate_ids_are_refused(tmp_path):
    jsonl = tmp_path / "twice.jsonl"
    jsonl.write_text('{"id": "a", "text": "Blinken met Shoukry."}\n{"id": "a", "text": "Again."}\n')
    with pytest.raises(SystemExit, match="document id 'a' is used 2 times"):
        build_graph.main([str(jsonl), "--out", str(tmp_path / "out")])


def test_the_readme_shows_the_example_as_it_is():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert inspect.getsource(build_graph.build) in readme


def test_a_record_without_text_is_refused(tmp_path, capsys):
    jsonl = tmp_path / "untexted.jsonl"
    jsonl.write_text('{"id": "a", "text": "Blinken met Shoukry."}\n{"id": "b", "title": "No text"}\n')
    assert build_graph.main([str(jsonl), "--out", str(tmp_path / "out")]) == 1
    assert "build_graph: error: row 1 of the batch has no text" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
