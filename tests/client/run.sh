#!/bin/sh
# Client tests: real networkx and pandas read what newsgraph writes.
#  1. networkx loads GRAPH (graph.json.gz, `build`'s default, read with gzip.open) with
#     node_link_graph and agrees with `newsgraph neighbors`, and so for the plain
#     graph.json (`export --format json`);
#  2. pandas reads nodes.csv/edges.csv and networkx reads graph.graphml and graph.gexf
#     (with its per-day spells, on the sample and on a dated corpus), and all agree with
#     graph.json;
#  3. networkx reads back the JSON and GraphML of a gazetteer of hostile names.
# (examples/explore.ipynb uses the Python package: `make test-python` runs it.)
# The packages go into a virtualenv under target/ (created on first use). Without Python
# or network the tests are skipped with a message (and fail under CI, where PyPI is
# reachable and they must run).
set -u
python=$1 venv=$2 bin=$3 graph=$4
here=$(dirname "$0")
# The Python package's tests (python.sh, `make test-python`) share the venv and install what they add.
packages="networkx>=3.6 pandas"

skip() {
    echo "client tests SKIPPED: $1" >&2
    if [ "${CI:-}" = "true" ]; then
        echo "(CI=true: skipped client tests are a failure)" >&2
        exit 1
    fi
    exit 0
}

ready() {
    "$1" -c 'import sys, networkx, pandas; v = tuple(int(x) for x in networkx.__version__.split(".")[:2]); sys.exit(0 if v >= (3, 6) else 1)' 2>/dev/null
}

command -v "$python" >/dev/null 2>&1 || skip "no $python on PATH (install Python 3 to run them)"
if ! ready "$venv/bin/python"; then
    echo "creating $venv with $packages (first run only)..." >&2
    if ! { "$python" -m venv "$venv" >/dev/null 2>&1 \
        && "$venv/bin/python" -m pip install --quiet --disable-pip-version-check $packages >&2; }; then
        echo "could not create $venv or install the packages into it" >&2
    fi
fi
if ready "$venv/bin/python"; then
    py="$venv/bin/python"
elif ready "$python"; then
    echo "using $python's own packages" >&2
    py=$python
else
    skip "networkx >= 3.6 and pandas are not available (allow PyPI access, or pip install them)"
fi

status=0
"$py" "$here/check_networkx.py" "$bin" "$graph" || status=1
exports=$(mktemp -d)
trap 'rm -rf "$exports"' EXIT
"$bin" export --graph "$graph" --format json --out "$exports/plain" --quiet || status=1
plain="$exports/plain/graph.json"
"$py" "$here/check_networkx.py" "$bin" "$plain" || status=1
"$bin" export --graph "$graph" --format csv,graphml --out "$exports" --quiet || status=1
"$py" "$here/check_exports.py" "$exports/nodes.csv" "$exports/edges.csv" "$exports/graph.graphml" "$plain" || status=1
# GEXF with time: the sample graph (undated) and a dated corpus, read by networkx.
"$bin" export --graph "$graph" --format gexf --out "$exports" --quiet || status=1
"$py" "$here/check_gexf.py" "$exports/graph.gexf" "$plain" || status=1
"$bin" build "$here/../fixtures/dated/news.jsonl" --format json,gexf --out "$exports/dated" --quiet || status=1
"$py" "$here/check_gexf.py" "$exports/dated/graph.gexf" "$exports/dated/graph.json" || status=1
hostile="$here/../fixtures/hostile"
"$bin" build "$hostile/hostile.txt" --gazetteer "$hostile/gazetteer" --format json,graphml,gexf --out "$exports/hostile" --quiet || status=1
"$py" "$here/check_hostile.py" "$exports/hostile/graph.json" "$exports/hostile/graph.graphml" || status=1
"$py" "$here/check_gexf.py" "$exports/hostile/graph.gexf" "$exports/hostile/graph.json" || status=1
exit $status
