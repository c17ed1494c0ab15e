//! `graph.json.gz` (`build --format json.gz`): no larger than the corpus it was built
//! from, the bytes of `graph.json` once decompressed, the same for any `--jobs`, and
//! read wherever a `graph.json` is (queries, `merge`).
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
