#!/bin/sh
# setup.sh VENV [PYTHON]: make the virtualenv VENV (with PYTHON, default python3) hold
# bench/peers/requirements.txt. Idempotent: when VENV's stamp file holds the hash of
# requirements.txt and the packages import, it returns at once. Prints one line; on
# failure (no Python, no venv module, no pip, PyPI unreachable) that line says why and
# the exit status is 1.
set -u
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: setup.sh VENV [PYTHON]" >&2
    exit 2
fi
venv=$1
python=${2:-python3}
here=$(cd "$(dirname "$0")" && pwd)
requirements="$here/requirements.txt"
stamp="$venv/.newsgraph-peers-stamp"
log="$venv/.newsgraph-peers-pip.log"

fail() {
    echo "setup.sh: error: $1" >&2
    exit 1
}

imports_ok() {
    "$venv/bin/python" -c 'import importlib.util as u, sys; sys.exit(any(u.find_spec(m) is None for m in ("ahocorasick", "networkx", "spacy")))' >/dev/null 2>&1
}

command -v "$python" >/dev/null 2>&1 || fail "Python not found: '$python' (install Python 3.9+ or pass its path as the second argument)"
"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)' >/dev/null 2>&1 \
    || fail "'$python' is not a working Python 3.9 or newer"
hash=$("$python" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$requirements") \
    || fail "cannot read $requirements"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ] && imports_ok; then
    echo "setup.sh: $venv is ready"
    exit 0
fi

if [ ! -x "$venv/bin/python" ]; then
    created=
    [ -e "$venv" ] || created=yes
    if ! "$python" -m venv "$venv" >/dev/null 2>&1 || [ ! -x "$venv/bin/python" ]; then
        [ -n "$created" ] && rm -rf "$venv"
        fail "'$python -m venv' cannot create $venv (on Debian/Ubuntu: apt-get install python3-venv)"
    fi
fi
"$venv/bin/python" -m pip --version >/dev/null 2>&1 \
    || fail "pip is not available in $venv (on Debian/Ubuntu: apt-get install python3-venv python3-pip)"
rm -f "$stamp"
if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
        --only-binary=:all: --timeout 30 --retries 2 -r "$requirements" >"$log" 2>&1; then
    fail "pip could not install $requirements into $venv (is PyPI reachable?); see $log"
fi
imports_ok || fail "packages installed into $venv but do not import; see $log"
echo "$hash" >"$stamp"
echo "setup.sh: installed the peers' packages into $venv"
