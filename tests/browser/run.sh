#!/bin/sh
# Browser test: the explorer (graph.html) in a real browser. Builds graph.html from corpus/
# with the given binary, then drives the distribution's headless Chromium over the DevTools
# protocol (puppeteer-core from npm, pinned in package-lock.json and installed under
# target/browser on first use; it downloads no browser). Without Chromium, Node or npm the
# test is skipped with a message; under CI=true a skip is a failure. CHROMIUM=PATH picks
# another Chromium build from the distribution.
set -u
bin=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
work=target/browser

skip() {
    echo "browser test SKIPPED: $1" >&2
    if [ "${CI:-}" = "true" ]; then
        echo "(CI=true: a skipped browser test is a failure)" >&2
        exit 1
    fi
    exit 0
}

chromium=${CHROMIUM:-}
if [ -z "$chromium" ]; then
    chromium=$(command -v chromium || command -v chromium-browser || true)
fi
[ -n "$chromium" ] || skip "no chromium on PATH (apt-get install -y chromium)"
[ -x "$chromium" ] || skip "$chromium is not an executable Chromium (apt-get install -y chromium, or set CHROMIUM)"
command -v node >/dev/null 2>&1 || skip "no node on PATH (apt-get install -y nodejs npm)"
command -v npm >/dev/null 2>&1 || skip "no npm on PATH (apt-get install -y npm)"

mkdir -p "$work"
if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules/puppeteer-core" ]; then
    echo "installing puppeteer-core into $work (first run only)..." >&2
    cp "$here/package.json" "$here/package-lock.json" "$work/"
    (cd "$work" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >&2) \
        || { rm -f "$work/package-lock.json"; skip "npm ci failed (no network?)"; }
fi
cp "$here/check_explorer.js" "$work/"

mkdir -p "$out/dated"
"$bin" build corpus/ --metadata corpus/metadata.csv --out "$out" --formats json,html --quiet || exit 1
# Four dated documents and an undated one, for the date slider (which recounts the
# weights over its range) and the document's title and URL.
cat > "$out/dated.jsonl" <<'JSONL'
{"id": "a", "date": "2024-03-01", "title": "Talks in Cairo", "url": "https://example.org/a", "text": "Blinken met Shoukry in Cairo."}
{"id": "b", "date": "2024-03-10", "text": "Netanyahu met Gallant in Tel Aviv."}
{"id": "c", "date": "2024-03-20", "text": "Blinken held talks with Netanyahu."}
{"id": "d", "date": "2024-03-01", "text": "Blinken spoke by phone with Netanyahu."}
{"id": "e", "text": "Blinken and Netanyahu were named together in an undated note."}
JSONL
"$bin" build "$out/dated.jsonl" --out "$out/dated" --formats html --quiet || exit 1
echo "browser test: $chromium on $out/graph.html and $out/dated/graph.html" >&2
node "$work/check_explorer.js" "$chromium" "$out/graph.html" "$out/explorer.png" "$out/dated/graph.html"
