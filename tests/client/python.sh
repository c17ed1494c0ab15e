#!/bin/sh
# The newsgraph wheel, built with maturin and installed into a virtualenv, then:
#  - MODE api (`make test-python`): pytest on its API (tests/client/test_python.py), the
#    example notebook executed with nbclient (test_notebook.py) and the Dask example
#    (test_dask.py);
#  - MODE spark (`make test-spark`): the Spark build (tests/client/test_spark.py), which
#    needs Java;
#  - MODE notebook (`make notebook`): no tests; a release wheel and Jupyter Notebook for
#    examples/explore.ipynb;
#  - MODE bench (`make bench-spark`): a release wheel and pyspark, then
#    examples/spark/bench.py (Spark local against `newsgraph build --jobs 2`).
# The wheel is rebuilt only when its sources changed (a hash kept in the venv), and the
# packages are installed once, so a warm run costs the tests alone. pyspark (~300 MB) is
# installed into the venv only when Java is present.
# Without Python, PyPI or Java the tests are skipped with a message (and fail under
# CI=true, where .ci/run installs Java and PyPI is reachable).
set -u
mode=$1 python=$2 venv=$3 bin=$4 work=$5
here=$(dirname "$0")
root=$(cd "$here/../.." && pwd)
case $mode in
api | spark)
    packages="maturin>=1.5,<2 pytest pyarrow duckdb networkx>=3.6 pandas nbclient nbformat ipykernel matplotlib dask"
    imports="maturin, pytest, pyarrow, duckdb, networkx, pandas, nbclient, nbformat, ipykernel, matplotlib, dask.dataframe"
    # The dev profile: most of its dependencies are already built by `cargo test`.
    profile=dev ;;
notebook)
    packages="maturin>=1.5,<2 pyarrow networkx>=3.6 pandas matplotlib notebook"
    imports="maturin, pyarrow, networkx, pandas, matplotlib, notebook"
    profile=release ;;
bench)
    packages="maturin>=1.5,<2 pyarrow pandas pyspark>=3.5"
    imports="maturin, pyarrow, pandas, pyspark"
    profile=release ;;
*) echo "usage: python.sh api|spark|notebook|bench PYTHON VENV BIN WORK" >&2; exit 2 ;;
esac
spark_packages="pyspark>=3.5"

skip() {
    if [ "$mode" = notebook ] || [ "$mode" = bench ]; then
        echo "make $mode: $2" >&2
        exit 1
    fi
    echo "$1 SKIPPED: $2" >&2
    if [ "${CI:-}" = "true" ]; then
        echo "(CI=true: skipped tests are a failure)" >&2
        exit 1
    fi
}

command -v "$python" >/dev/null 2>&1 || { skip "Python tests" "no $python on PATH"; exit 0; }
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv" >/dev/null 2>&1
py="$venv/bin/python"
if ! "$py" -c "import $imports" 2>/dev/null; then
    echo "installing $packages into $venv (first run only)..." >&2
    "$py" -m pip install --quiet --disable-pip-version-check $packages >&2 \
        || { skip "Python tests" "could not install $packages (allow PyPI access)"; exit 0; }
fi

# Rebuild and reinstall the wheel only when a file it is built from changed.
hash=$(cd "$root" && find Cargo.toml Cargo.lock src gazetteer python -type f \
    ! -name '*.pyc' ! -path '*/__pycache__/*' | LC_ALL=C sort | xargs cat | cksum)
stamp="$venv/.newsgraph-wheel"
if [ "$(cat "$stamp" 2>/dev/null)" != "$hash" ] || ! "$py" -c 'import newsgraph' 2>/dev/null; then
    wheels="$work/wheels"
    rm -rf "$wheels"
    echo "building the newsgraph wheel (maturin, $profile profile)..." >&2
    "$venv/bin/maturin" build --quiet --profile "$profile" --manifest-path "$root/python/Cargo.toml" \
        --interpreter "$py" --out "$wheels" >&2 || exit 1
    "$py" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps \
        "$wheels"/newsgraph-*.whl >&2 || exit 1
    ls -l "$wheels"/newsgraph-*.whl >&2
    echo "$hash" >"$stamp"
fi

[ "$mode" = notebook ] && exit 0
if [ "$mode" = bench ]; then
    command -v java >/dev/null 2>&1 || skip "" "no java on PATH (apt-get install default-jre-headless)"
    cd "$root" && exec "$py" examples/spark/bench.py --cli "$bin" --work "$work"
fi
status=0
if [ "$mode" = api ]; then
    NEWSGRAPH_BIN=$bin "$py" -m pytest -q -p no:cacheprovider \
        "$here/test_python.py" "$here/test_notebook.py" "$here/test_dask.py" || status=1
    exit $status
fi

if ! command -v java >/dev/null 2>&1; then
    skip "Spark test" "no java on PATH (apt-get install default-jre-headless)"
    exit $status
fi
if ! "$py" -c 'import pyspark' 2>/dev/null; then
    echo "installing $spark_packages into $venv (first run only, ~300 MB)..." >&2
    "$py" -m pip install --quiet --disable-pip-version-check $spark_packages >&2 \
        || { skip "Spark test" "could not install $spark_packages (allow PyPI access)"; exit $status; }
fi
# The Spark test takes minutes (a JVM, Spark's scheduling, a 10 MB build): it is run
# again only when the wheel, the CLI, the example or the test changed since it passed.
spark_hash=$(cat "$stamp" "$bin" "$root/examples/spark/build_graph.py" "$here/test_spark.py" | cksum)
spark_stamp="$venv/.newsgraph-spark-passed"
if [ "$(cat "$spark_stamp" 2>/dev/null)" = "$spark_hash" ]; then
    echo "Spark test: passed before on these sources and binaries; not run again (rm $spark_stamp to force)" >&2
    exit $status
fi
if NEWSGRAPH_BIN=$bin NEWSGRAPH_WORK=$work "$py" -m pytest -q -p no:cacheprovider "$here/test_spark.py"; then
    echo "$spark_hash" >"$spark_stamp"
else
    rm -f "$spark_stamp"
    status=1
fi
exit $status
