"""Build newsgraph's graph of a corpus with Dask: the same graph.json as `newsgraph build --format json`.

    python examples/dask/build_graph.py news.parquet --out out/dask
    python examples/dask/build_graph.py news.jsonl --out out/dask --blocksize 64MB

Reads documents from Parquet or JSON Lines (columns id and text, optionally date, title,
url), turns each partition into a partial graph with `newsgraph.Model.analyze_arrow`,
and merges the partials with `Model.finish`: counting and the choice of evidence are the
Rust library's, so graph.json is byte for byte that of `newsgraph build` on the same
documents, whatever the partitioning or the scheduler (threads, processes or a
`dask.distributed` cluster: a `Model` pickles as its options, and each worker compiles
its own). Needs `dask[dataframe]`, pyarrow and the newsgraph wheel on every worker.
"""

from __future__ import annotations

import argparse
import os
import sys

import dask
import dask.dataframe as dd
import pandas as pd
import pyarrow as pa

import newsgraph


def read_documents(inputs, blocksize=None) -> dd.DataFrame:
    """The documents as a Dask DataFrame. JSON Lines are read as written (no dates
    parsed, no ids turned into numbers: "007" stays "007"), each block with the columns
    id, text, date, title, url, so that a block whose records lack an optional field
    has the same columns as the others."""
    if all(str(path).rstrip("/").endswith(".parquet") for path in inputs):
        return dd.read_parquet(list(inputs))
    as_written = {"dtype": False}
    if int(pd.__version__.split(".")[0]) < 3:
        # Before pandas 3, dtype=False still parsed columns named like dates.
        as_written["convert_dates"] = False
    return dd.read_json(list(inputs), lines=True, blocksize=blocksize, engine=_read_block, **as_written)


def _read_block(*args, **kwargs) -> pd.DataFrame:
    frame = pd.read_json(*args, **kwargs)
    return frame.reindex(columns=list(newsgraph.DOCUMENT_COLUMNS)).astype("string")


def build(documents: dd.DataFrame, model: newsgraph.Model) -> newsgraph.Graph:
    """The graph `newsgraph build` makes of the documents: one partial graph per
    partition, merged by the library."""
    analyze = dask.delayed(
        lambda part: model.analyze_arrow(pa.RecordBatch.from_pandas(part, preserve_index=False))["partial"][0].as_py()
    )
    return model.finish(dask.compute(*[analyze(part) for part in documents.to_delayed()]))


def check_documents(documents: dd.DataFrame) -> None:
    """Refuses input without id or text columns, and ids used twice (`newsgraph build`
    reads each id once; a distributed read has no order to say which one wins). A
    record without id or text is refused by `Model.analyze_arrow`."""
    missing = [c for c in ("id", "text") if c not in documents.columns]
    if missing:
        raise SystemExit(
            f"build_graph: the input has no {' or '.join(missing)} column "
            f"(it has {', '.join(map(str, documents.columns)) or 'none'})"
        )
    counts = documents["id"].value_counts().compute()
    twice = counts[counts > 1]
    if len(twice):
        raise SystemExit(f"build_graph: document id {twice.index[0]!r} is used {twice.iloc[0]} times")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", help="Parquet or JSON Lines files")
    parser.add_argument("--out", required=True, help="folder for graph.json and the Parquet tables")
    parser.add_argument("--gazetteer", help="extend the built-in gazetteer (as the CLI's --gazetteer)")
    parser.add_argument("--no-builtin", action="store_true", help="use only --gazetteer")
    parser.add_argument("--window", default="sentence")
    parser.add_argument("--evidence", type=int, default=5)
    parser.add_argument("--blocksize", default=None, help="split JSON Lines files into partitions of this size (e.g. 64MB)")
    args = parser.parse_args(argv)
    try:
        model = newsgraph.Model(args.gazetteer, args.window, args.evidence, no_builtin=args.no_builtin)
        documents = read_documents(args.inputs, args.blocksize)
        check_documents(documents)
        graph = build(documents, model)
        os.makedirs(args.out, exist_ok=True)
        graph.write(os.path.join(args.out, "graph.json"))
        graph.write_parquet(args.out)
    except newsgraph.NewsgraphError as error:
        print(f"build_graph: error: {error}", file=sys.stderr)
        return 1
    print(
        f"build_graph: {graph.documents} documents; {graph.node_count} nodes, "
        f"{graph.edge_count} edges; wrote {args.out}/graph.json and the Parquet tables",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
