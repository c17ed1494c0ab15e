"""Build newsgraph's graph of a corpus with Spark: the same graph.json as `newsgraph build --format json`.

    python examples/spark/build_graph.py corpus.jsonl --out out/spark
    spark-submit --master yarn examples/spark/build_graph.py s3://bucket/news/*.parquet --out out

Reads documents from JSON Lines or Parquet (columns id and text, optionally date, title,
url), maps each partition through `newsgraph.Model.analyze_arrow` with `mapInArrow`,
reduces the partial graphs with `Model.merge_partials` in a Spark tree reduction, and
writes graph.json and the Parquet tables (nodes, edges, evidence) with the library's own
writers. Counting and the choice of evidence are the Rust library's, so the graph.json
is byte for byte that of `newsgraph build` on the same documents, whatever the number of
partitions or executors.

Every executor needs the newsgraph wheel: it holds a compiled extension, so install it
on the workers (`pip install newsgraph-*.whl` in the cluster image or a bootstrap
action); `spark-submit --py-files` alone cannot ship it.
"""

from __future__ import annotations

import argparse
import os
import sys

import newsgraph

_MODELS: dict = {}


def worker_model(options: dict) -> newsgraph.Model:
    """One compiled model per Python worker process, reused by its tasks."""
    key = tuple(sorted(options.items()))
    model = _MODELS.get(key)
    if model is None:
        model = _MODELS[key] = newsgraph.Model(
            options["gazetteer"],
            options["window"],
            options["evidence"],
            no_builtin=options["no_builtin"],
        )
    return model


def read_documents(spark, inputs, columns=newsgraph.DOCUMENT_COLUMNS):
    """The documents as a DataFrame of string columns id, text, date, title, url."""
    from pyspark.sql import functions as F

    parquet = all(path.rstrip("/").endswith(".parquet") for path in inputs)
    frame = spark.read.parquet(*inputs) if parquet else spark.read.json(list(inputs))
    missing = [c for c in ("id", "text") if c not in frame.columns]
    if missing:
        raise SystemExit(
            f"build_graph: the input has no {' or '.join(missing)} column "
            f"(it has {', '.join(frame.columns) or 'none'})"
        )
    return frame.select(
        *[
            (F.col(c) if c in frame.columns else F.lit(None)).cast("string").alias(c)
            for c in columns
        ]
    )


def check_documents(documents) -> None:
    """Refuses records without id or text, and ids used twice (`newsgraph build` reads
    each id once; a distributed read has no order to say which one wins)."""
    from pyspark.sql import functions as F

    bad = documents.where(F.col("id").isNull() | F.col("text").isNull()).limit(1).collect()
    if bad:
        raise SystemExit(f"build_graph: a record has no id or no text: {bad[0].asDict()}")
    twice = documents.groupBy("id").count().where("count > 1").limit(1).collect()
    if twice:
        raise SystemExit(f"build_graph: document id {twice[0]['id']!r} is used {twice[0]['count']} times")


def build(spark, inputs, options: dict, partitions: int = 0) -> newsgraph.Graph:
    """The graph of the documents in `inputs`, as `newsgraph build` makes it (spread
    over `partitions` partitions first when it is not 0)."""
    documents = read_documents(spark, inputs)
    check_documents(documents)
    if partitions:
        documents = documents.repartition(partitions)

    def analyze(batches):
        model = worker_model(options)
        for batch in batches:
            if batch.num_rows:
                yield model.analyze_arrow(batch)

    def merge(a, b):
        return worker_model(options).merge_partials(a, b)

    partials = documents.mapInArrow(analyze, "documents long, partial binary")
    rdd = partials.select("partial").rdd.map(lambda row: bytes(row[0]))
    # Not rdd.isEmpty() first: that runs the first partition's analysis a second time.
    try:
        merged = rdd.treeReduce(merge, depth=2)
    except ValueError as error:  # "Can not reduce() empty RDD"
        if "empty" not in str(error):
            raise
        raise SystemExit("build_graph: no documents") from None
    return worker_model(options).finish([merged])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", help="JSON Lines or Parquet files or folders")
    parser.add_argument("--out", required=True, help="folder for graph.json and the Parquet tables")
    parser.add_argument("--gazetteer", help="extend the built-in gazetteer (as the CLI's --gazetteer)")
    parser.add_argument("--no-builtin", action="store_true", help="use only --gazetteer")
    parser.add_argument("--window", default="sentence")
    parser.add_argument("--evidence", type=int, default=5)
    parser.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[2])")
    parser.add_argument("--partitions", type=int, default=0, help="repartition the documents first")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    # In local mode the Python workers are this interpreter (with newsgraph installed),
    # not whatever `python3` is first on PATH.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("newsgraph")
    if args.master or "SPARK_ENV_LOADED" not in os.environ:
        master = args.master or "local[2]"
        builder = builder.master(master)
        if master.startswith("local"):
            # Spark's default of 200 shuffle partitions is for clusters: one machine
            # spends longer scheduling them than checking the ids.
            builder = builder.config("spark.sql.shuffle.partitions", "4")
    spark = builder.config("spark.ui.enabled", "false").getOrCreate()
    try:
        options = dict(
            gazetteer=args.gazetteer and os.path.abspath(args.gazetteer),
            window=args.window,
            evidence=args.evidence,
            no_builtin=args.no_builtin,
        )
        worker_model(options)  # a bad gazetteer or window fails here, before any job
        graph = build(spark, args.inputs, options, args.partitions)
        os.makedirs(args.out, exist_ok=True)
        graph.write(os.path.join(args.out, "graph.json"))
        graph.write_parquet(args.out)
        print(
            f"build_graph: {graph.documents} documents; {graph.node_count} nodes, "
            f"{graph.edge_count} edges; wrote {args.out}/graph.json and the Parquet tables",
            file=sys.stderr,
        )
    except newsgraph.NewsgraphError as error:
        print(f"build_graph: error: {error}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
