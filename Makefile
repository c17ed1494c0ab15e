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

.PHONY: all graph build notebook test test-rust test-gazetteer test-client test-python test-browser eval lint fmt bench bench-e2e fuzz clean help

all: graph

help:
	@echo "make graph   build and write out/graph.json, out/graph.dot, out/graph.svg and the"
	@echo "             explorer out/graph.html from corpus/, and ego graphs of the five most"
	@echo "             connected entities to out/ego/"
	@echo "make test    run every test (Rust, gazetteer check, networkx client test, the Python"
	@echo "             package and the Spark build when Java is installed, and the explorer in"
	@echo "             headless Chromium when it is installed)"
	@echo "make notebook  open examples/explore.ipynb in Jupyter on out/graph.json (installs"
	@echo "             networkx, pandas, matplotlib and Jupyter Notebook into $(NOTEBOOK_VENV) once)"
	@echo "make eval    precision and recall of mentions on the annotated set"
	@echo "make lint    cargo fmt --check and clippy -D warnings"
	@echo "make bench   criterion benchmarks, then newsgraph vs the floor and the Python peers"
	@echo "             on 10 MB and 100 MB synthetic corpora (table in out/bench.md)"
	@echo "make fuzz    run each fuzz target for FUZZ_SECONDS (default 30; installs cargo-fuzz)"

build:
	$(CARGO) build --release --locked

graph: build
	$(BIN) build corpus/ --out $(OUT)/ --formats json,dot,svg,html
	$(BIN) render --graph $(OUT)/graph.json --ego-top 5 --out-dir $(OUT)/ego

# Jupyter itself is not needed by the tests, so it has a virtualenv of its own.
NOTEBOOK_VENV := target/notebook-venv

notebook: graph
	@$(NOTEBOOK_VENV)/bin/python -c 'import networkx, pandas, matplotlib, notebook' 2>/dev/null || { \
		echo "installing networkx, pandas, matplotlib and Jupyter Notebook into $(NOTEBOOK_VENV) (first run only)..."; \
		$(PYTHON) -m venv $(NOTEBOOK_VENV) && \
		$(NOTEBOOK_VENV)/bin/python -m pip install --quiet --disable-pip-version-check "networkx>=3.6" pandas matplotlib notebook; }
	NEWSGRAPH_GRAPH=$(CURDIR)/$(OUT)/graph.json $(NOTEBOOK_VENV)/bin/jupyter notebook examples/explore.ipynb

test: test-rust test-gazetteer test-client test-python test-browser

test-rust:
	$(CARGO) test --locked

# `cargo test` builds target/debug/newsgraph for the integration tests.
test-gazetteer: test-rust
	$(TEST_BIN) gazetteer check --quiet

test-client: test-rust
	$(TEST_BIN) build corpus/ --out $(TEST_OUT) --formats json,dot --quiet
	@sh tests/client/run.sh "$(PYTHON)" "$(VENV)" "$(TEST_BIN)" "$(TEST_OUT)/graph.json"

# The Python package: the wheel (maturin, rebuilt only when its sources change) into
# $(VENV), pytest on its API and on the Parquet tables (DuckDB, pandas), then the Spark
# build against the CLI's where Java is present (pyspark installed into $(VENV) then).
test-python: test-client
	@sh tests/client/python.sh "$(PYTHON)" "$(VENV)" "$(CURDIR)/$(TEST_BIN)" "$(CURDIR)/$(TEST_OUT)/python"

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
	$(CARGO) clippy --locked --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all

# Corpus sizes of the end-to-end benchmark (comma-separated; 1G for the memory target).
BENCH_SIZES ?= 10M,100M

bench:
	$(CARGO) bench --locked
	$(MAKE) bench-e2e

bench-e2e: build
	$(CARGO) run --release --locked --quiet --example bench_e2e -- run --sizes $(BENCH_SIZES) --python $(PYTHON)

clean:
	$(CARGO) clean
	rm -f $(OUT)/graph.json $(OUT)/graph.dot $(OUT)/graph.svg $(OUT)/graph.html
	rm -rf $(OUT)/ego
	rm -f $(OUT)/bench.md
