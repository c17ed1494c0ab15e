//! Helpers for integration tests: run the real binary in a temp dir and, on failure,
//! show the command, its exit status, stdout and stderr.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;

use assert_cmd::Command;

/// The repository root (where Cargo.toml is).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The sample corpus.
pub fn corpus() -> PathBuf {
    repo().join("corpus")
}

/// A test fixture under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests").join("fixtures").join(name)
}

/// The outcome of a run, with a description for failure messages.
pub struct Run {
    pub output: Output,
    pub description: String,
}

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
    pub fn code(&self) -> Option<i32> {
        self.output.status.code()
    }
    /// Panics with the whole story unless the exit code is `code`.
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code(),
            Some(code),
            "unexpected exit status\n{}",
            self.description
        );
        self
    }
    pub fn success(&self) -> &Self {
        self.expect_code(0)
    }
    pub fn stdout_has(&self, needle: &str) -> &Self {
        assert!(
            self.stdout().contains(needle),
            "stdout lacks {needle:?}\n{}",
            self.description
        );
        self
    }
    pub fn stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr().contains(needle),
            "stderr lacks {needle:?}\n{}",
            self.description
        );
        self
    }
}

/// Runs `newsgraph ARGS` in `dir` with optional standard input.
pub fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut cmd = Command::cargo_bin("newsgraph").expect("binary built");
    cmd.current_dir(dir)
        .args(args)
        .env("NEWSGRAPH_RENDERER", "builtin");
    if let Some(input) = stdin {
        cmd.write_stdin(input.to_vec());
    }
    let output = cmd.output().expect("newsgraph runs");
    let description = format!(
        "command: newsgraph {}\n(in {})\nstatus: {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        args.join(" "),
        dir.display(),
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    Run {
        output,
        description,
    }
}

/// Runs `newsgraph ARGS` in `dir`.
pub fn run(dir: &Path, args: &[&str]) -> Run {
    run_in(dir, args, None)
}

/// A temporary folder for one test.
pub fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// Builds the sample corpus graph into `dir/out` and returns its parsed JSON.
///
/// The sample is built once per test run (the first caller pays); later callers get a
/// copy of its output files, so each test may still change its own `out/`.
pub fn build_sample(dir: &Path) -> serde_json::Value {
    let built = sample_output();
    let out = dir.join("out");
    std::fs::create_dir_all(&out).expect("out/ created");
    for entry in std::fs::read_dir(built).expect("sample output listed") {
        let path = entry.expect("sample output entry").path();
        if path.is_file() {
            std::fs::copy(&path, out.join(path.file_name().unwrap())).expect("sample copied");
        }
    }
    let text = std::fs::read_to_string(out.join("graph.json")).expect("graph.json written");
    serde_json::from_str(&text).expect("graph.json is JSON")
}

/// The folder holding `newsgraph build corpus/` output with the default formats,
/// built on first use and kept for the whole test run.
pub fn sample_output() -> &'static Path {
    static SAMPLE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &SAMPLE
        .get_or_init(|| {
            let dir = temp();
            let corpus = corpus();
            run(
                dir.path(),
                &["build", corpus.to_str().unwrap(), "--out", "out"],
            )
            .success();
            let out = dir.path().join("out");
            (dir, out)
        })
        .1
}

/// The neighbour ids of `id` in a parsed graph.json.
pub fn neighbours(graph: &serde_json::Value, id: &str) -> Vec<String> {
    let mut found: Vec<String> = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| {
            let (s, t) = (e["source"].as_str().unwrap(), e["target"].as_str().unwrap());
            if s == id {
                Some(t.to_string())
            } else if t == id {
                Some(s.to_string())
            } else {
                None
            }
        })
        .collect();
    found.sort();
    found
}

/// The `id`s of a JSON array printed on stdout (`neighbors --format json`), in order.
pub fn json_ids(out: &Run) -> Vec<String> {
    let list: serde_json::Value = serde_json::from_str(&out.stdout())
        .unwrap_or_else(|e| panic!("stdout is not JSON: {e}\n{}", out.description));
    list.as_array()
        .expect("a JSON array")
        .iter()
        .map(|n| n["id"].as_str().expect("an id").to_string())
        .collect()
}
