#!/bin/sh
# Runs the networkx client test in a virtualenv under target/, creating it if needed.
# Falls back to a system Python that already has networkx >= 3.6; otherwise says why it
# is skipped (and fails under CI, where PyPI is reachable and the test must run).
set -u
python=$1 venv=$2 bin=$3 graph=$4
here=$(dirname "$0")

skip() {
    echo "client test SKIPPED: $1" >&2
    if [ "${CI:-}" = "true" ]; then
        echo "(CI=true: a skipped client test is a failure)" >&2
        exit 1
    fi
    exit 0
}

has_networkx() {
    "$1" -c 'import sys, networkx; v = tuple(int(x) for x in networkx.__version__.split(".")[:2]); sys.exit(0 if v >= (3, 6) else 1)' 2>/dev/null
}

command -v "$python" >/dev/null 2>&1 || skip "no $python on PATH (install Python 3 to run it)"
if ! has_networkx "$venv/bin/python"; then
    echo "creating $venv with networkx (first run only)..." >&2
    if "$python" -m venv "$venv" >/dev/null 2>&1 \
        && "$venv/bin/python" -m pip install --quiet --disable-pip-version-check 'networkx>=3.6' >&2; then
        :
    else
        echo "could not create $venv or install networkx into it" >&2
    fi
fi
if has_networkx "$venv/bin/python"; then
    py="$venv/bin/python"
elif has_networkx "$python"; then
    echo "using $python's own networkx" >&2
    py=$python
else
    skip "networkx >= 3.6 is not available (pip install networkx, or allow PyPI access)"
fi
exec "$py" "$here/check_networkx.py" "$bin" "$graph"
