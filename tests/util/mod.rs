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
    described(args, dir, output)
}

/// Runs `newsgraph ARGS` in `dir`.
pub fn run(dir: &Path, args: &[&str]) -> Run {
    run_in(dir, args, None)
}

/// A temporary folder for one test.
pub fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// Builds the sample corpus graph into `dir/out` (default formats: `graph.json.gz` and
/// `graph.dot`) and returns its parsed JSON.
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
    read_graph_json(&out.join("graph.json.gz"))
}

/// The parsed JSON of a graph file: a `graph.json`, or a `graph.json.gz` (any file
/// starting with the gzip magic bytes) decompressed.
pub fn read_graph_json(path: &Path) -> serde_json::Value {
    let bytes = graph_json_bytes(path);
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// The bytes of `graph.json` in a graph file: the file's own, or decompressed when it
/// is gzip (`graph.json.gz`, what `build` writes by default).
pub fn graph_json_bytes(path: &Path) -> Vec<u8> {
    use std::io::Read as _;
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return bytes;
    }
    let mut plain = Vec::new();
    flate2::read::MultiGzDecoder::new(&bytes[..])
        .read_to_end(&mut plain)
        .unwrap_or_else(|e| panic!("{} is not valid gzip: {e}", path.display()));
    plain
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

/// The `newsgraph` binary under test.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_newsgraph"))
}

/// A [`Run`] from a finished process's output.
pub fn described(args: &[&str], dir: &Path, output: Output) -> Run {
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

/// Whether this process runs as root (who can read a `chmod 000` file).
pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// Runs `newsgraph ARGS` in `dir` as an unprivileged user, for permission tests: as
/// this user when it is not root, else as `nobody` through `setpriv` (`dir` is opened to
/// everyone first). Without `setpriv` as root the test cannot run: `None` with a note,
/// or a panic under `CI=true`, so CI never passes a permission test it did not run.
pub fn run_unprivileged(dir: &Path, args: &[&str]) -> Option<Run> {
    if !is_root() {
        return Some(run(dir, args));
    }
    let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"]
        .into_iter()
        .map(Path::new)
        .find(|p| p.exists());
    let Some(setpriv) = setpriv else {
        let message = "cannot run as an unprivileged user: running as root without setpriv";
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{message} (CI=true: a permission test may not be skipped)");
        }
        eprintln!("skipped: {message}");
        return None;
    };
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o777)).expect("dir opened");
    let output = std::process::Command::new(setpriv)
        .args(["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"])
        .arg(bin())
        .args(args)
        .current_dir(dir)
        .env("NEWSGRAPH_RENDERER", "builtin")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("setpriv runs");
    let mut shown = vec!["(as nobody)"];
    shown.extend_from_slice(args);
    Some(described(&shown, dir, output))
}

/// Runs `newsgraph ARGS` in `dir` and measures its peak memory (maximum resident set
/// size, in bytes): the `VmHWM` the kernel keeps for the process, read from
/// `/proc/PID/status` while it runs, once it is `newsgraph` (after its exec).
///
/// Not `wait4`'s `ru_maxrss`: a child spawned by vfork inherits, at its exec, the high
/// water mark of the spawning process — here the whole test binary, whose other tests
/// may hold far more memory than the child ever does.
pub fn run_with_peak_memory(dir: &Path, args: &[&str]) -> (Run, u64) {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let child = std::process::Command::new(bin())
        .args(args)
        .current_dir(dir)
        .env("NEWSGRAPH_RENDERER", "builtin")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("newsgraph starts");
    let pid = child.id();
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let mut peak = 0u64;
            let proc_dir = PathBuf::from(format!("/proc/{pid}"));
            loop {
                let finished = done.load(Ordering::Acquire);
                let comm = std::fs::read_to_string(proc_dir.join("comm")).unwrap_or_default();
                if comm.trim_end() == "newsgraph" {
                    let status =
                        std::fs::read_to_string(proc_dir.join("status")).unwrap_or_default();
                    if let Some(kb) = status
                        .lines()
                        .find_map(|l| l.strip_prefix("VmHWM:"))
                        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                    {
                        peak = peak.max(kb * 1024);
                    }
                }
                if finished {
                    return peak;
                }
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
        })
    };
    let output = child.wait_with_output().expect("newsgraph runs");
    done.store(true, Ordering::Release);
    let peak = sampler.join().expect("sampler");
    assert!(peak > 0, "no memory reading of newsgraph (pid {pid})");
    (described(args, dir, output), peak)
}

/// The names of the `.newsgraph-*.tmp` files in `dir`.
pub fn temporaries(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".newsgraph-") && n.ends_with(".tmp"))
        .collect();
    names.sort();
    names
}

/// `graph` (a parsed graph.json) with each evidence record's window and document
/// written into it (`document`, `start`, `end`, `text`, `date`, `title`, `url`), as
/// graph.json held them before evidence was stored by reference: for tests that read
/// evidence.
pub fn inline_evidence(mut graph: serde_json::Value) -> serde_json::Value {
    let windows = graph["graph"]["evidence_windows"].clone();
    let documents = graph["graph"]["evidence_documents"].clone();
    for edge in graph["edges"].as_array_mut().into_iter().flatten() {
        for ev in edge["evidence"].as_array_mut().into_iter().flatten() {
            let window = &windows[ev["window"].as_u64().expect("a window id") as usize];
            let document = &documents[window["document"].as_u64().expect("a document") as usize];
            let ev = ev.as_object_mut().expect("an evidence record");
            ev.remove("window");
            ev.insert("document".into(), document["id"].clone());
            for key in ["start", "end", "text"] {
                ev.insert(key.into(), window[key].clone());
            }
            for key in ["date", "title", "url"] {
                if !document[key].is_null() {
                    ev.insert(key.into(), document[key].clone());
                }
            }
        }
    }
    graph
}
