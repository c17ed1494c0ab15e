"""`make bench-spark`: the Spark build (build_graph.py, local mode) against
`newsgraph build --jobs 2` on the synthetic corpus of `make bench` (100 MB by default).

    python examples/spark/bench.py --size 100M --cores 2

For each it reports wall time, CPU time (user and system, of the whole process tree: the
JVM and Spark's Python workers included, which this script reaps as a subreaper), MB/s,
MB/s per core (wall throughput over the cores given) and MB per CPU second (the number
to trust on a shared machine), and checks that the two graph.json files are the same
bytes. The table goes to stdout and to --report; the graphs are deleted afterwards
unless --keep. Run from the repository root (the corpus generator reads corpus/).
"""

from __future__ import annotations

import argparse
import ctypes
import filecmp
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> None:
    """Orphaned descendants (the JVM, Spark's Python daemon and workers) are reparented
    to this process, so their CPU time is counted when it reaps them."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")


def measure(command, env=None):
    """Runs `command` and waits for it and every descendant; returns wall seconds and
    the user and system CPU seconds of the whole tree."""
    before = os.times()
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env)
    status = child.wait()
    # Descendants the command left behind are now ours: wait for them too.
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    wall = time.perf_counter() - start
    after = os.times()
    if status != 0:
        raise SystemExit(f"bench: {' '.join(map(str, command))} exited with {status}")
    return wall, after.children_user - before.children_user, after.children_system - before.children_system


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", default="100M", help="corpus size, as make bench's (10M, 100M, 1G)")
    parser.add_argument("--cores", type=int, default=2, help="cores for both: --jobs N and local[N]")
    parser.add_argument("--cli", default="target/release/newsgraph")
    parser.add_argument("--generator", default="target/release/examples/bench_e2e")
    parser.add_argument("--work", default="target/bench")
    parser.add_argument("--split", default="16m", help="Spark's spark.sql.files.maxPartitionBytes")
    parser.add_argument("--driver-memory", default="4g")
    parser.add_argument("--report", default="out/bench-spark.md")
    parser.add_argument("--keep", action="store_true", help="keep both graphs")
    args = parser.parse_args(argv)

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"corpus-{args.size}.jsonl"
    if not corpus.exists():
        print(f"bench: generating the {args.size} corpus", file=sys.stderr)
        subprocess.run([args.generator, "corpus", "--bytes", args.size, "--out", str(corpus)], check=True)
    megabytes = corpus.stat().st_size / 1e6
    out = work / f"spark-{args.size}"
    shutil.rmtree(out, ignore_errors=True)
    become_subreaper()

    rows = []
    print(f"bench: {args.size}: newsgraph build --jobs {args.cores}", file=sys.stderr)
    rows.append((f"`newsgraph build --jobs {args.cores}`", *measure(
        [args.cli, "build", str(corpus), "--format", "json", "--jobs", str(args.cores), "--quiet", "--out", str(out / "cli")]
    )))
    env = dict(os.environ)
    env["PYSPARK_SUBMIT_ARGS"] = (
        f"--driver-memory {args.driver_memory} --conf spark.sql.files.maxPartitionBytes={args.split} pyspark-shell"
    )
    print(f"bench: {args.size}: Spark local[{args.cores}]", file=sys.stderr)
    rows.append((f"Spark `local[{args.cores}]` (build_graph.py)", *measure(
        [sys.executable, str(HERE / "build_graph.py"), str(corpus), "--out", str(out / "spark"), "--master", f"local[{args.cores}]"],
        env=env,
    )))
    same = filecmp.cmp(out / "cli" / "graph.json", out / "spark" / "graph.json", shallow=False)

    lines = [
        f"Corpus: {corpus} ({megabytes:.1f} MB); {args.cores} cores; "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end.",
        "",
        "| build | wall s | user s | sys s | MB/s | MB/s per core | MB per CPU s |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, wall, user, system in rows:
        lines.append(
            f"| {name} | {wall:.1f} | {user:.1f} | {system:.1f} | {megabytes / wall:.2f} | "
            f"{megabytes / wall / args.cores:.2f} | {megabytes / (user + system):.2f} |"
        )
    lines += ["", f"graph.json: {'the same bytes' if same else 'DIFFERENT'} "
              f"({(out / 'cli' / 'graph.json').stat().st_size / 1e6:.0f} MB)."]
    table = "\n".join(lines) + "\n"
    print(table)
    report = Path(args.report)
    report.parent.mkdir(parents=True, exist_ok=True)
    temporary = report.with_suffix(".tmp")
    temporary.write_text(table, encoding="utf-8")
    os.replace(temporary, report)
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
