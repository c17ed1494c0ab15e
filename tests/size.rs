//! `graph.json.gz`, what `build` writes by default: no larger than the corpus it was
//! built from, the bytes of `graph.json` once decompressed, the same for any `--jobs`,
//! and read wherever a `graph.json` is (queries, `merge`), with no `--graph` at all.
//! And a stale graph never read in place of a fresh one: `build` removes the form it
//! did not write, and without `--graph` the newer of the two is read.
//!
//! The corpus is the one `make bench` generates (`examples/bench_e2e/corpus.rs`, the
//! sample articles' sentences with every mention swapped for another entity), at 2 MB:
//! per byte of input it makes a denser graph than the 100 MB run (`graph.json` is
//! 4.8× its input here, 2.7× there), so the bound holds there with room.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::util::*;

#[path = "../examples/bench_e2e/corpus.rs"]
#[allow(dead_code)]
mod corpus;

/// Size of the generated corpus.
const CORPUS_BYTES: u64 = 2_000_000;

/// The generated corpus, made once per test run.
fn generated() -> &'static Path {
    static CORPUS: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &CORPUS
        .get_or_init(|| {
            let dir = temp();
            let path = dir.path().join("news.jsonl");
            let model = newsgraph::pipeline::Model::builtin().expect("built-in gazetteer");
            corpus::generate(&model, &repo().join("corpus"), CORPUS_BYTES, &path)
                .expect("corpus generated");
            (dir, path)
        })
        .1
}

fn gunzip(path: &Path) -> Vec<u8> {
    let bytes = std::fs::read(path).expect("graph.json.gz written");
    let mut plain = Vec::new();
    flate2::read::MultiGzDecoder::new(&bytes[..])
        .read_to_end(&mut plain)
        .expect("valid gzip");
    plain
}

fn len(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

/// `newsgraph build INPUT --format FORMATS --jobs JOBS --out OUT --quiet` in `dir`,
/// which must succeed.
fn build(dir: &Path, input: &Path, formats: &str, jobs: &str, out: &str) {
    run(
        dir,
        &[
            "build",
            input.to_str().unwrap(),
            "--format",
            formats,
            "--jobs",
            jobs,
            "--out",
            out,
            "--quiet",
        ],
    )
    .success();
}

#[test]
fn compressed_graph_is_no_larger_than_its_input() {
    let dir = temp();
    let corpus = generated();
    build(dir.path(), corpus, "json,json.gz", "2", "out");
    let out = dir.path().join("out");
    let (input, plain, packed) = (
        len(corpus),
        len(&out.join("graph.json")),
        len(&out.join("graph.json.gz")),
    );
    assert!(
        packed > 0 && packed <= input,
        "graph.json.gz is {packed} bytes, more than its {input}-byte input \
         (graph.json {plain} bytes)"
    );
    assert!(
        gunzip(&out.join("graph.json.gz")) == std::fs::read(out.join("graph.json")).unwrap(),
        "graph.json.gz does not hold the bytes of graph.json"
    );
}

#[test]
fn compressed_graph_is_the_same_for_any_jobs() {
    let dir = temp();
    let corpus = generated();
    let mut outputs = Vec::new();
    for jobs in ["1", "3"] {
        let out = format!("out{jobs}");
        build(dir.path(), corpus, "json.gz", jobs, &out);
        outputs.push(std::fs::read(dir.path().join(out).join("graph.json.gz")).unwrap());
    }
    assert!(outputs[0] == outputs[1], "--jobs 1 and --jobs 3 differ");
}

#[test]
fn queries_and_merge_read_graph_json_gz() {
    let dir = temp();
    let corpus = repo().join("corpus");
    build(dir.path(), &corpus, "json,json.gz", "2", "both");
    build(dir.path(), &corpus, "json.gz", "2", "gz");
    // name, --graph of the plain graph, --graph of the compressed one
    let rows = [
        ("named .gz", "both/graph.json", "both/graph.json.gz"),
        (
            "graph.json missing, .gz beside it",
            "both/graph.json",
            "gz/graph.json",
        ),
    ];
    for (name, plain, packed) in rows {
        for query in [
            &["neighbors", "Antony Blinken", "--format", "json"][..],
            &["path", "Antony Blinken", "Hamas", "--format", "json"][..],
        ] {
            let expected = run(dir.path(), &[query, &["--graph", plain]].concat());
            let got = run(dir.path(), &[query, &["--graph", packed]].concat());
            expected.success();
            got.success();
            assert_eq!(got.stdout(), expected.stdout(), "{name}: {query:?}");
        }
    }
    run(
        dir.path(),
        &[
            "merge",
            "both/graph.json.gz",
            "-o",
            "merged.json.gz",
            "--quiet",
        ],
    )
    .success();
    run(
        dir.path(),
        &["merge", "both/graph.json", "-o", "merged.json", "--quiet"],
    )
    .success();
    let merged = std::fs::read(dir.path().join("merged.json")).unwrap();
    assert!(
        gunzip(&dir.path().join("merged.json.gz")) == merged,
        "merge -o x.gz does not write the gzip of what merge -o x writes"
    );
    assert!(
        merged == std::fs::read(dir.path().join("both/graph.json")).unwrap(),
        "merge of one graph.json.gz differs from the build"
    );
}

#[test]
fn corrupt_graph_json_gz_is_an_error_naming_the_file() {
    let dir = temp();
    let corpus = repo().join("corpus");
    build(dir.path(), &corpus, "json.gz", "2", "out");
    let path = dir.path().join("out/graph.json.gz");
    let mut bytes = std::fs::read(&path).unwrap();
    let cut = bytes.len() / 2;
    bytes.truncate(cut);
    std::fs::write(&path, bytes).unwrap();
    run(
        dir.path(),
        &[
            "neighbors",
            "Antony Blinken",
            "--graph",
            "out/graph.json.gz",
        ],
    )
    .expect_code(1)
    .stderr_has("out/graph.json.gz");
}

/// `newsgraph build INPUT --out OUT --jobs JOBS` with the default formats, in `dir`.
fn build_default(dir: &Path, input: &Path, jobs: &str, out: &str) -> Run {
    let run = run(
        dir,
        &[
            "build",
            input.to_str().unwrap(),
            "--jobs",
            jobs,
            "--out",
            out,
        ],
    );
    run.success();
    run
}

/// Sets the modification time of `path` to `seconds` from now (negative: in the past).
fn set_age(path: &Path, seconds: i64) {
    let now = std::time::SystemTime::now();
    let delta = std::time::Duration::from_secs(seconds.unsigned_abs());
    let when = if seconds < 0 {
        now - delta
    } else {
        now + delta
    };
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(when))
        .unwrap_or_else(|e| panic!("cannot date {}: {e}", path.display()));
}

/// The `documents` count `stats` reports of the graph it reads (`args` name it, or not).
fn documents_read(dir: &Path, args: &[&str]) -> (u64, String) {
    let out = run(dir, &[&["stats", "--format", "json"], args].concat());
    out.success();
    let stats: serde_json::Value = serde_json::from_str(&out.stdout()).unwrap();
    (stats["documents"].as_u64().unwrap(), out.stderr())
}

#[test]
fn default_build_writes_graph_json_gz_no_graph_json_and_is_no_larger_than_its_input() {
    let dir = temp();
    let corpus = generated();
    let built = build_default(dir.path(), corpus, "2", "out");
    let out = dir.path().join("out");
    assert!(
        !out.join("graph.json").exists(),
        "the default build wrote graph.json"
    );
    assert!(len(&out.join("graph.dot")) > 0, "graph.dot missing");
    let packed = len(&out.join("graph.json.gz"));
    assert!(
        packed > 0 && packed <= len(corpus),
        "graph.json.gz is {packed} bytes, more than its {}-byte input",
        len(corpus)
    );
    let summary = built.stderr();
    assert!(
        summary.contains("wrote out/graph.json.gz, out/graph.dot in"),
        "the summary names other files: {summary}"
    );
    // The same bytes as `--format json`, compressed.
    build(dir.path(), corpus, "json", "2", "plain");
    assert!(
        gunzip(&out.join("graph.json.gz"))
            == std::fs::read(dir.path().join("plain/graph.json")).unwrap(),
        "the default graph.json.gz does not hold the bytes of --format json"
    );
}

#[test]
fn default_outputs_are_the_same_bytes_for_any_jobs() {
    let dir = temp();
    let corpus = generated();
    for jobs in ["1", "3"] {
        build_default(dir.path(), corpus, jobs, &format!("out{jobs}"));
    }
    for name in ["graph.json.gz", "graph.dot"] {
        let one = std::fs::read(dir.path().join("out1").join(name)).unwrap();
        let three = std::fs::read(dir.path().join("out3").join(name)).unwrap();
        assert!(one == three, "{name}: --jobs 1 and --jobs 3 differ");
    }
}

#[test]
fn every_reader_reads_the_default_output_with_no_graph_flag() {
    let dir = temp();
    build_default(dir.path(), &repo().join("corpus"), "2", "out");
    assert!(!dir.path().join("out/graph.json").exists());
    let named = ["--graph", "out/graph.json.gz"];
    for query in [
        &["neighbors", "Antony Blinken", "--format", "json"][..],
        &["neighbors", "Blinken", "--relation", "met", "--why"][..],
        &["path", "Antony Blinken", "Hamas", "--format", "json"][..],
        &["top", "--by", "betweenness", "--limit", "5"][..],
        &["top", "--communities"][..],
        &["stats", "--format", "json"][..],
        &["render", "--format", "dot", "-o", "-"][..],
        &["render", "--focus", "Blinken", "--format", "dot", "-o", "-"][..],
        &["export", "--format", "graphml", "--out", "-"][..],
    ] {
        let default = run(dir.path(), query);
        default.success();
        let explicit = run(dir.path(), &[query, &named[..]].concat());
        explicit.success();
        assert!(!default.stdout().is_empty(), "{query:?} printed nothing");
        assert_eq!(default.stdout(), explicit.stdout(), "{query:?}");
    }
    // `render` with no -o writes out/graph.svg from it; `export` writes the others.
    run(dir.path(), &["render", "--quiet"]).success();
    assert!(len(&dir.path().join("out/graph.svg")) > 0);
    run(
        dir.path(),
        &[
            "export", "--format", "json,csv", "--out", "exported", "--quiet",
        ],
    )
    .success();
    assert!(
        std::fs::read(dir.path().join("exported/graph.json")).unwrap()
            == gunzip(&dir.path().join("out/graph.json.gz")),
        "export --format json of the default output differs from it"
    );
    // merge of default shards: a name without .gz reads the .gz beside it.
    run(
        dir.path(),
        &["merge", "out/graph.json", "-o", "merged.json", "--quiet"],
    )
    .success();
    assert!(
        std::fs::read(dir.path().join("merged.json")).unwrap()
            == gunzip(&dir.path().join("out/graph.json.gz")),
        "merge of the default output differs from it"
    );
}

#[test]
fn a_missing_graph_is_an_error_naming_both_files_tried() {
    let dir = temp();
    run(dir.path(), &["neighbors", "Blinken"])
        .expect_code(1)
        .stderr_has("build it first")
        .stderr_has("neither out/graph.json.gz nor out/graph.json exists");
    run(dir.path(), &["stats", "--graph", "g/graph.json"])
        .expect_code(1)
        .stderr_has("neither g/graph.json nor g/graph.json.gz exists");
    run(dir.path(), &["merge", "g/graph.json.gz", "-o", "m.json"])
        .expect_code(1)
        .stderr_has("neither g/graph.json.gz nor g/graph.json exists");
}

#[test]
fn a_plain_graph_json_alone_is_read_without_graph_and_as_graph_json_gz() {
    let dir = temp();
    build(dir.path(), &repo().join("corpus"), "json", "2", "out");
    assert!(!dir.path().join("out/graph.json.gz").exists());
    assert_eq!(documents_read(dir.path(), &[]).0, 4);
    assert_eq!(
        documents_read(dir.path(), &["--graph", "out/graph.json.gz"]).0,
        4
    );
}

#[test]
fn build_removes_the_other_form_an_earlier_build_left() {
    let dir = temp();
    std::fs::write(dir.path().join("one.txt"), "Blinken met Shoukry in Cairo.").unwrap();
    let corpus = repo().join("corpus");
    // An old plain graph.json of one document, then a default build of four.
    build(dir.path(), Path::new("one.txt"), "json", "2", "out");
    let fresh = build_default(dir.path(), &corpus, "2", "out");
    assert!(
        !dir.path().join("out/graph.json").exists(),
        "the stale graph.json is still there"
    );
    assert!(
        fresh.stderr().contains("removed out/graph.json"),
        "the build did not say it removed the stale graph.json: {}",
        fresh.stderr()
    );
    // A script's `--graph out/graph.json` now reads the fresh graph.json.gz.
    assert_eq!(
        documents_read(dir.path(), &["--graph", "out/graph.json"]).0,
        4
    );
    assert_eq!(documents_read(dir.path(), &[]).0, 4);
    // And the other way round: --format json removes an older graph.json.gz.
    build(dir.path(), Path::new("one.txt"), "json,dot", "2", "out");
    assert!(!dir.path().join("out/graph.json.gz").exists());
    assert_eq!(documents_read(dir.path(), &[]).0, 1);
    assert_eq!(
        documents_read(dir.path(), &["--graph", "out/graph.json.gz"]).0,
        1
    );
    // Both forms asked for: both written, nothing removed; a build without either
    // (--format dot) leaves the graph as it is.
    build(dir.path(), &corpus, "json,json.gz", "2", "out");
    assert!(
        gunzip(&dir.path().join("out/graph.json.gz"))
            == std::fs::read(dir.path().join("out/graph.json")).unwrap()
    );
    build(dir.path(), Path::new("one.txt"), "dot", "2", "out");
    assert!(
        dir.path().join("out/graph.json").exists() && dir.path().join("out/graph.json.gz").exists()
    );
}

#[test]
fn with_both_forms_the_newer_is_read_and_a_named_older_one_gets_a_note() {
    let dir = temp();
    std::fs::write(dir.path().join("one.txt"), "Blinken met Shoukry in Cairo.").unwrap();
    build(dir.path(), &repo().join("corpus"), "json.gz", "2", "out");
    // A graph.json written by another writer (here merge -o) beside it.
    build(dir.path(), Path::new("one.txt"), "json", "2", "other");
    run(
        dir.path(),
        &[
            "merge",
            "other/graph.json",
            "-o",
            "out/graph.json",
            "--quiet",
        ],
    )
    .success();
    let (gz, plain) = (
        dir.path().join("out/graph.json.gz"),
        dir.path().join("out/graph.json"),
    );
    // graph.json newer: read without --graph.
    set_age(&gz, -60);
    assert_eq!(documents_read(dir.path(), &[]).0, 1, "the newer graph.json");
    let (documents, stderr) = documents_read(dir.path(), &["--graph", "out/graph.json.gz"]);
    assert_eq!(documents, 4, "--graph names the file read");
    assert!(
        stderr.contains(
            "reading out/graph.json.gz as named, though out/graph.json beside it is newer"
        ),
        "no note: {stderr}"
    );
    // graph.json.gz newer: read without --graph; naming it gives no note.
    set_age(&plain, -120);
    let (documents, stderr) = documents_read(dir.path(), &[]);
    assert_eq!(documents, 4, "the newer graph.json.gz");
    assert!(!stderr.contains("note"), "{stderr}");
    let (documents, stderr) = documents_read(dir.path(), &["--graph", "out/graph.json"]);
    assert_eq!(documents, 1, "--graph names the file read");
    assert!(stderr.contains("newer"), "no note: {stderr}");
}
