#!/bin/sh
# check.sh VENV [PYTHON]: set up VENV (setup.sh) and run both peers on the repository's
# sample articles (corpus/*.txt as JSON Lines); check that both write node-link JSON that
# networkx reads, that both find Antony Blinken and Egypt, and the edge between them.
set -u
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: check.sh VENV [PYTHON]" >&2
    exit 2
fi
venv=$1
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
sh "$here/setup.sh" "$venv" "${2:-python3}" >&2 || exit 1
py="$venv/bin/python"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$py" - "$repo/corpus" "$tmp/corpus.jsonl" <<'PY' || exit 1
import json, pathlib, sys
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for path in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
        out.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
PY

passed=0 failed=0
for peer in pyahocorasick spacy; do
    if ! "$py" "$here/${peer}_graph.py" --gazetteer "$repo/gazetteer" --corpus "$tmp/corpus.jsonl" \
            --out "$tmp/$peer.json" >"$tmp/$peer.stdout"; then
        echo "FAILED: ${peer}_graph.py exited non-zero" >&2
        failed=$((failed + 1))
        continue
    fi
    if "$py" - "$peer" "$tmp/$peer.json" "$tmp/$peer.stdout" <<'PY'; then
import json, sys
import networkx as nx

peer, graph_path, stdout_path = sys.argv[1:]
failures = []
lines = open(stdout_path, encoding="utf-8").read().splitlines()
summary = json.loads(lines[0]) if len(lines) == 1 else None
if summary is None or set(summary) != {"documents", "mentions", "nodes", "edges", "seconds"}:
    failures.append(f"stdout is not one JSON summary line: {lines!r}")
G = nx.node_link_graph(json.load(open(graph_path, encoding="utf-8")))
if summary is not None and (summary["documents"], summary["nodes"], summary["edges"]) != (
    4, G.number_of_nodes(), G.number_of_edges()
):
    failures.append(f"summary {summary} does not match the graph or the 4 documents")
for name, etype in (("Antony Blinken", "person"), ("Egypt", "country")):
    if name not in G:
        failures.append(f"no node {name!r}")
    elif G.nodes[name].get("type") != etype or G.nodes[name].get("mentions", 0) < 1:
        failures.append(f"node {name!r} has {G.nodes[name]}")
if not G.has_edge("Antony Blinken", "Egypt"):
    failures.append("no edge Antony Blinken -- Egypt")
elif G.edges["Antony Blinken", "Egypt"].get("weight", 0) < 1:
    failures.append(f"edge Antony Blinken -- Egypt has {G.edges['Antony Blinken', 'Egypt']}")
for failure in failures:
    print(f"FAILED: {peer}: {failure}", file=sys.stderr)
if not failures:
    print(f"ok: {peer}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
          f"Antony Blinken -- Egypt weight {G.edges['Antony Blinken', 'Egypt']['weight']}")
sys.exit(1 if failures else 0)
PY
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
