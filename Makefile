# newsgraph — run `make graph` to build the sample graph, `make test` to test everything.
# Only the Rust toolchain is required; Graphviz and Python are used when present
# (or installed into target/ for the client test) and skipped with a message otherwise.

CARGO ?= cargo
PYTHON ?= python3
BIN := target/release/newsgraph
OUT := out
VENV := target/pyenv
# `make test` runs in the dev profile (dependencies optimised, see Cargo.toml): after a
# change to the library it relinks one test binary in seconds instead of rebuilding
# everything in release. Its client tests use the debug binary on their own output.
TEST_BIN := target/debug/newsgraph
TEST_OUT := target/test-out

.PHONY: all graph build notebook test test-rust test-gazetteer test-client test-python test-spark test-browser eval lint doc fmt bench bench-e2e bench-spark fuzz fuzz-check clean help

all: graph

help:
	@echo "make graph   build and write out/graph.json.gz, out/graph.dot, out/graph.svg and the"
	@echo "             explorer out/graph.html from corpus/ (dated by corpus/metadata.csv), and"
	@echo "             ego graphs of the five most connected entities to out/ego/"
	@echo "make test    run every test but the Python package's and Spark's (Rust, gazetteer"
	@echo "             check, networkx client test, and the explorer in headless Chromium)"
	@echo "make test-python  the Python package (wheel built with maturin) with DuckDB and pandas,"
	@echo "             the example notebook and the Dask example"
	@echo "make test-spark  the Spark build against the CLI's (needs Java; installs pyspark into"
	@echo "             $(VENV) once; CI runs it after make test)"
	@echo "make notebook  open examples/explore.ipynb in Jupyter (builds the newsgraph wheel and"
	@echo "             installs it, networkx, pandas, matplotlib and Jupyter Notebook into"
	@echo "             $(NOTEBOOK_VENV); the wheel again only when its sources change)"
	@echo "make eval    precision and recall of mentions on the annotated set"
	@echo "make lint    cargo fmt --check and clippy -D warnings"
	@echo "make doc     the API docs (target/doc), with rustdoc warnings as errors"
	@echo "make bench   criterion benchmarks, then newsgraph vs the floor and the Python peers"
	@echo "             on 10 MB, 100 MB and 1 GB synthetic corpora (table in out/bench.md)"
	@echo "make bench-spark  Spark local[2] against newsgraph build --jobs 2 on the 100 MB corpus"
	@echo "             (needs Java; table in out/bench-spark.md)"
	@echo "make fuzz    run each fuzz target for FUZZ_SECONDS (default 30; installs cargo-fuzz)"
	@echo "make fuzz-check  compile the fuzz targets, which use the library without its cli feature"

build:
	$(CARGO) build --release --locked

# corpus/metadata.csv gives the sample articles their dates, titles and URLs.
graph: build
	$(BIN) build corpus/ --metadata corpus/metadata.csv --out $(OUT)/ --format json.gz,dot,svg,html
	$(BIN) render --graph $(OUT)/graph.json.gz --ego-top 5 --out $(OUT)/ego

# The notebook imports the newsgraph package: a release wheel (maturin) with Jupyter and
# the notebook's packages in a virtualenv of their own, built on first use and again only
# when the wheel's sources change.
NOTEBOOK_VENV := target/notebook-venv

notebook:
	@sh tests/client/python.sh notebook "$(PYTHON)" "$(NOTEBOOK_VENV)" "" "$(CURDIR)/target/notebook"
	$(NOTEBOOK_VENV)/bin/jupyter notebook examples/explore.ipynb

# Every test but the Python package's and Spark's, which build a wheel, install PyPI
# packages and start a JVM: they have their own targets, `make test-python` and
# `make test-spark` (.ci/run runs both right after this), so that `make test` from a
# clean clone stays within ten minutes on two cores.
test: test-rust test-gazetteer test-client test-browser
	@echo "make test: done; the Python package and Spark tests are not part of it: run them with make test-python and make test-spark (needs Java)"

test-rust:
	$(CARGO) test --locked

# `cargo test` builds target/debug/newsgraph for the integration tests.
test-gazetteer: test-rust
	$(TEST_BIN) gazetteer check --quiet

# The default formats: graph.json.gz, which the client test reads (and exports as plain
# graph.json), and graph.dot, which .ci/run draws with Graphviz.
test-client: test-rust
	$(TEST_BIN) build corpus/ --out $(TEST_OUT) --quiet
	@sh tests/client/run.sh "$(PYTHON)" "$(VENV)" "$(TEST_BIN)" "$(TEST_OUT)/graph.json.gz"

# The Python package: the wheel (maturin, dev profile, sharing cargo test's build of the
# dependencies; rebuilt only when its sources change) into $(VENV), pytest on its API and
# on the Parquet tables (DuckDB, pandas), examples/explore.ipynb run with nbclient, and
# the Dask example (examples/dask) against the CLI.
test-python:
	$(CARGO) build --locked
	@sh tests/client/python.sh api "$(PYTHON)" "$(VENV)" "$(CURDIR)/$(TEST_BIN)" "$(CURDIR)/$(TEST_OUT)/python"

# The Spark build (examples/spark) against the CLI's, on the sample corpus and 10 MB: the
# wheel as above, pyspark installed into $(VENV) once; needs Java (a skip with a message
# without it, a failure under CI=true). Not part of `make test`: it takes minutes.
test-spark:
	$(CARGO) build --locked --bin newsgraph --example bench_e2e
	@sh tests/client/python.sh spark "$(PYTHON)" "$(VENV)" "$(CURDIR)/$(TEST_BIN)" "$(CURDIR)/$(TEST_OUT)/python"

# The explorer in the distribution's headless Chromium (skipped with a message without it;
# a failure under CI=true).
test-browser: test-rust
	@sh tests/browser/run.sh "$(TEST_BIN)" "$(TEST_OUT)/browser"

eval: build
	$(CARGO) run --release --locked --quiet --example eval -- tests/eval

# cargo-fuzz wants nightly; RUSTC_BOOTSTRAP=1 lets the stable compiler take its -Z flags.
# Run longer with `make fuzz FUZZ_SECONDS=3600`, or one target with
# `make fuzz FUZZ_TARGETS=matcher`. Crashes land in fuzz/artifacts/TARGET/.
FUZZ_SECONDS ?= 30
FUZZ_TARGETS ?= gazetteer fold sentences matcher pipeline build_e2e
FUZZ_FLAGS ?= -O

fuzz:
	@command -v cargo-fuzz >/dev/null 2>&1 || $(CARGO) install cargo-fuzz
	@for target in $(FUZZ_TARGETS); do \
		echo "== fuzz $$target for $(FUZZ_SECONDS)s"; \
		(cd fuzz && RUSTC_BOOTSTRAP=1 $(CARGO) fuzz run $(FUZZ_FLAGS) $$target -- \
			-max_total_time=$(FUZZ_SECONDS)) || exit 1; \
	done
	@echo "fuzzed $(FUZZ_TARGETS) for $(FUZZ_SECONDS)s each; run longer with FUZZ_SECONDS=3600"

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --locked --workspace --all-targets -- -D warnings

doc:
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --locked --no-deps

# A plain `cargo check` needs neither cargo-fuzz nor nightly. The fuzz crate depends on
# newsgraph with default-features = false, so this also checks that the library builds
# without the command line's dependencies.
fuzz-check:
	cd fuzz && CARGO_TARGET_DIR=../target/fuzz-check $(CARGO) check --locked --bins

fmt:
	$(CARGO) fmt --all

# Corpus sizes of the end-to-end benchmark (comma-separated; 1G is the memory run: no peers).
BENCH_SIZES ?= 10M,100M,1G

bench:
	$(CARGO) bench --locked
	$(MAKE) bench-e2e

bench-e2e: build
	$(CARGO) run --release --locked --quiet --example bench_e2e -- run --sizes $(BENCH_SIZES) --python $(PYTHON)

# Spark's local build (examples/spark) against `newsgraph build --jobs 2` on the 100 MB
# synthetic corpus of `make bench`: wall and CPU time (the JVM and Python workers
# included), MB/s per core, the same graph.json bytes; table in out/bench-spark.md. A
# release wheel and pyspark go into their own virtualenv. Needs Java.
bench-spark: build
	$(CARGO) build --release --locked --example bench_e2e
	@sh tests/client/python.sh bench "$(PYTHON)" target/bench-spark-venv "$(CURDIR)/$(BIN)" target/bench

clean:
	$(CARGO) clean
	rm -f $(OUT)/graph.json.gz $(OUT)/graph.json $(OUT)/graph.dot $(OUT)/graph.svg $(OUT)/graph.html
	rm -rf $(OUT)/ego
	rm -f $(OUT)/bench.md
