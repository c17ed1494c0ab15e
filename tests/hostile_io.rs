//! Hostile input and output: closed and full standard streams, outputs onto devices,
//! FIFOs and symbolic links, failures and signals part-way through writing, two builds
//! into one folder, broken and looping links in input folders, files named twice,
//! duplicate document ids, binary and oversized documents, gzip bombs, absurd `--jobs`.
//! One test per row of the README table "What newsgraph does with bad input" that
//! points here.

use std::fs::File;
use std::os::unix::fs::{symlink, FileTypeExt};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::util::*;

const GOOD: &str = "Antony Blinken met Sameh Shoukry in Cairo.\n";

/// A corpus folder `dir/c` with a good document and one with invalid UTF-8 (so a build
/// has a warning to print and exits 3).
fn corpus_with_warning(dir: &Path) -> std::path::PathBuf {
    let corpus = dir.join("c");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("good.txt"), GOOD).unwrap();
    std::fs::write(corpus.join("bad.txt"), b"Egypt \xff\xfe and Israel.\n").unwrap();
    corpus
}

fn newsgraph(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(bin());
    cmd.current_dir(dir)
        .args(args)
        .env("NEWSGRAPH_RENDERER", "builtin")
        .stdin(Stdio::null());
    cmd
}

fn documents(path: &Path) -> u64 {
    let graph = read_graph_json(path);
    graph["graph"]["documents"]
        .as_u64()
        .expect("a document count")
}

/// Where a stream goes in a row of [`standard_streams_that_fail_end_quietly`].
#[derive(Clone, Copy, Debug)]
enum Stream {
    Piped,
    /// `/dev/full`: every write fails with ENOSPC.
    Full,
    /// A pipe whose reading end is already closed: every write fails with EPIPE.
    Closed,
}

fn stdio(stream: Stream) -> Stdio {
    match stream {
        Stream::Piped => Stdio::piped(),
        Stream::Full => Stdio::from(
            std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .expect("/dev/full"),
        ),
        Stream::Closed => {
            let (reader, writer) = std::io::pipe().expect("a pipe");
            drop(reader);
            Stdio::from(writer)
        }
    }
}

/// One row: a command, where its output streams go, its exit code and the files it
/// must still write under `out/`.
struct StreamRow {
    name: &'static str,
    args: &'static [&'static str],
    stdout: Stream,
    stderr: Stream,
    code: i32,
    files: &'static [&'static str],
}

#[test]
fn standard_streams_that_fail_end_quietly_with_the_right_code() {
    let rows = [
        StreamRow {
            name: "build with stderr full",
            args: &["build", "c", "--out", "out", "--formats", "json,dot,svg"],
            stdout: Stream::Piped,
            stderr: Stream::Full,
            code: 3,
            files: &["graph.json", "graph.dot", "graph.svg"],
        },
        StreamRow {
            name: "build with stderr a closed pipe",
            args: &["build", "c", "--out", "out", "--formats", "json,dot,svg"],
            stdout: Stream::Piped,
            stderr: Stream::Closed,
            code: 3,
            files: &["graph.json", "graph.dot", "graph.svg"],
        },
        StreamRow {
            name: "an error with stderr full",
            args: &["build", "missing", "--out", "out"],
            stdout: Stream::Piped,
            stderr: Stream::Full,
            code: 1,
            files: &[],
        },
        StreamRow {
            name: "mentions with stdout closed and stderr full",
            args: &["mentions", "c"],
            stdout: Stream::Closed,
            stderr: Stream::Full,
            code: 0,
            files: &[],
        },
        StreamRow {
            name: "mentions with stdout full",
            args: &["mentions", "c/good.txt"],
            stdout: Stream::Full,
            stderr: Stream::Piped,
            code: 1,
            files: &[],
        },
        StreamRow {
            name: "mentions with stdout and stderr full",
            args: &["mentions", "c/good.txt"],
            stdout: Stream::Full,
            stderr: Stream::Full,
            code: 1,
            files: &[],
        },
    ];
    for StreamRow {
        name,
        args,
        stdout: out,
        stderr: err,
        code,
        files,
    } in rows
    {
        let dir = temp();
        corpus_with_warning(dir.path());
        let output = newsgraph(dir.path(), args)
            .stdout(stdio(out))
            .stderr(stdio(err))
            .output()
            .expect("newsgraph runs");
        let run = described(args, dir.path(), output);
        assert_eq!(run.code(), Some(code), "{name}\n{}", run.description);
        assert!(
            !run.stderr().contains("panicked"),
            "{name}\n{}",
            run.description
        );
        for file in files {
            assert!(
                dir.path().join("out").join(file).is_file(),
                "{name}: out/{file} not written\n{}",
                run.description
            );
        }
    }
}

#[test]
fn output_onto_a_symlink_writes_the_file_it_points_to_and_keeps_the_link() {
    let dir = temp();
    let d = dir.path();
    build_sample(d);
    std::fs::write(d.join("real.svg"), "old").unwrap();
    symlink("real.svg", d.join("link.svg")).unwrap();
    run(
        d,
        &["render", "--graph", "out/graph.json.gz", "-o", "link.svg"],
    )
    .success();
    assert!(d.join("link.svg").symlink_metadata().unwrap().is_symlink());
    let drawn = std::fs::read_to_string(d.join("real.svg")).unwrap();
    assert!(drawn.contains("<svg"), "real.svg: {drawn:.80}");

    symlink("/dev/null", d.join("null")).unwrap();
    for args in [
        &["merge", "out/graph.json.gz", "-o", "null"][..],
        &["render", "--graph", "out/graph.json.gz", "-o", "null"],
    ] {
        run(d, args).success();
        let link = d.join("null").symlink_metadata().unwrap();
        assert!(link.is_symlink(), "{args:?} replaced the link");
        assert!(
            std::fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device(),
            "/dev/null is no longer a device"
        );
    }
}

#[test]
fn output_onto_a_dangling_symlink_without_a_folder_is_refused() {
    let dir = temp();
    let d = dir.path();
    build_sample(d);
    symlink("no/such/folder/x.json", d.join("dangling")).unwrap();
    run(d, &["merge", "out/graph.json.gz", "-o", "dangling"])
        .expect_code(1)
        .stderr_has("symbolic link");
    assert!(d.join("dangling").symlink_metadata().unwrap().is_symlink());
}

/// Makes a FIFO at `path`.
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

#[test]
fn output_onto_a_fifo_writes_through_it() {
    let dir = temp();
    let d = dir.path();
    build_sample(d);
    let fifo = d.join("pipe.svg");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).expect("fifo read"))
    };
    run(
        d,
        &["render", "--graph", "out/graph.json.gz", "-o", "pipe.svg"],
    )
    .success();
    let drawn = reader.join().unwrap();
    assert!(drawn.contains("<svg"), "through the FIFO: {drawn:.80}");
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());
}

#[test]
fn dash_is_standard_output_for_every_single_file_output() {
    let dir = temp();
    let d = dir.path();
    build_sample(d);
    let corpus = corpus_with_warning(d);
    let corpus = corpus.to_str().unwrap();
    // (args, what stdout starts with)
    let rows: &[(&[&str], &str)] = &[
        (&["merge", "out/graph.json.gz", "-o", "-"], "{"),
        (
            &[
                "export",
                "--graph",
                "out/graph.json.gz",
                "-f",
                "graphml",
                "--out",
                "-",
            ],
            "<?xml",
        ),
        (
            &[
                "export",
                "--graph",
                "out/graph.json.gz",
                "-f",
                "dot",
                "--out",
                "-",
            ],
            "graph",
        ),
        (
            &[
                "build",
                corpus,
                "--formats",
                "json",
                "--out",
                "-",
                "--quiet",
            ],
            "{",
        ),
        (&["render", "--graph", "out/graph.json.gz", "-o", "-"], "<"),
    ];
    for (args, start) in rows {
        let ran = run(d, args);
        assert!(matches!(ran.code(), Some(0 | 3)), "{}", ran.description);
        assert!(
            ran.stdout().trim_start().starts_with(start),
            "stdout does not start with {start:?}\n{}",
            ran.description
        );
    }
    assert!(!d.join("-").exists(), "a file named - was written");
    run(
        d,
        &[
            "export",
            "--graph",
            "out/graph.json.gz",
            "-f",
            "csv",
            "--out",
            "-",
        ],
    )
    .expect_code(2)
    .stderr_has("--out - writes one file");
    // Checked with the flags, before any input is read.
    run(d, &["build", "missing.txt", "-f", "json,dot", "--out", "-"])
        .expect_code(2)
        .stderr_has("--out - writes one file");
}

#[test]
fn a_format_failing_part_way_leaves_every_previous_output() {
    let dir = temp();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), GOOD).unwrap();
    let out = d.join("out");
    std::fs::create_dir(&out).unwrap();
    // graph.json.gz too: a build writing graph.json alone removes it, but only once
    // everything is written.
    for name in ["graph.json", "graph.json.gz", "graph.dot", "edges.csv"] {
        std::fs::write(out.join(name), "OLD").unwrap();
    }
    // The disk is full when nodes.csv is written, after graph.json and graph.dot.
    symlink("/dev/full", out.join("nodes.csv")).unwrap();
    run(
        d,
        &[
            "build",
            "a.txt",
            "--out",
            "out",
            "--formats",
            "json,dot,csv",
        ],
    )
    .expect_code(1)
    .stderr_has("nodes.csv");
    for name in ["graph.json", "graph.json.gz", "graph.dot", "edges.csv"] {
        assert_eq!(
            std::fs::read_to_string(out.join(name)).unwrap(),
            "OLD",
            "{name} was replaced although the build failed"
        );
    }
    assert_eq!(temporaries(&out), Vec::<String>::new());
}

#[test]
fn a_second_build_into_a_locked_folder_is_refused() {
    let dir = temp();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), GOOD).unwrap();
    std::fs::create_dir(d.join("out")).unwrap();
    let lock = File::create(d.join("out/.newsgraph.lock")).unwrap();
    lock.try_lock().expect("the test takes the lock");
    run(d, &["build", "a.txt", "--out", "out"])
        .expect_code(1)
        .stderr_has("another newsgraph run is writing into out");
    assert!(!d.join("out/graph.json.gz").exists());
    drop(lock);
    run(d, &["build", "a.txt", "--out", "out"]).success();
    assert!(d.join("out/graph.json.gz").exists());
}

#[test]
fn stale_temporaries_are_removed_by_the_next_run() {
    let dir = temp();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), GOOD).unwrap();
    std::fs::create_dir(d.join("out")).unwrap();
    std::fs::write(d.join("out/.newsgraph-killed.tmp"), "left by kill -9").unwrap();
    std::fs::write(d.join("out/keep.tmp"), "not ours").unwrap();
    run(d, &["build", "a.txt", "--out", "out"]).success();
    assert_eq!(temporaries(&d.join("out")), Vec::<String>::new());
    assert!(d.join("out/keep.tmp").exists());
}

#[test]
fn a_signal_while_writing_removes_the_temporaries_and_keeps_the_old_outputs() {
    for (signal, code) in [(libc::SIGTERM, 143), (libc::SIGINT, 130)] {
        let dir = temp();
        let d = dir.path();
        std::fs::write(d.join("a.txt"), GOOD).unwrap();
        let out = d.join("out");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("graph.json"), "OLD").unwrap();
        // graph.svg is a FIFO nobody reads: the build blocks there, after writing
        // graph.json and graph.dot to their temporaries, until the signal comes.
        mkfifo(&out.join("graph.svg"));
        let mut child = newsgraph(
            d,
            &[
                "build",
                "a.txt",
                "--out",
                "out",
                "--formats",
                "json,dot,svg",
            ],
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
        let mut polls = 0;
        while temporaries(&out).len() < 2 {
            assert!(
                child.try_wait().unwrap().is_none(),
                "build ended before blocking"
            );
            polls += 1;
            assert!(polls < 60_000, "the temporaries never appeared");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        // SAFETY: kill has no memory preconditions; the pid is our live child.
        assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, signal) }, 0);
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(code), "signal {signal}: {status}");
        assert_eq!(temporaries(&out), Vec::<String>::new(), "signal {signal}");
        assert_eq!(
            std::fs::read_to_string(out.join("graph.json")).unwrap(),
            "OLD"
        );
        assert!(!out.join("graph.dot").exists());
    }
}

#[test]
fn broken_and_looping_links_in_an_input_folder_are_skipped_with_a_warning() {
    let dir = temp();
    let d = dir.path();
    let corpus = d.join("c");
    std::fs::create_dir_all(corpus.join("sub")).unwrap();
    std::fs::write(corpus.join("good.txt"), GOOD).unwrap();
    symlink("missing.txt", corpus.join("broken.txt")).unwrap();
    symlink("self.txt", corpus.join("self.txt")).unwrap();
    symlink("..", corpus.join("sub/loop")).unwrap();
    let ran = run(d, &["build", "c", "--out", "out"]);
    ran.expect_code(3)
        .stderr_has("broken.txt: skipped: a broken symbolic link")
        .stderr_has("self.txt: skipped:")
        .stderr_has("loop: skipped: a symbolic link loop")
        .stderr_has("1 documents (3 skipped)");
    assert_eq!(documents(&d.join("out/graph.json.gz")), 1);
}

#[test]
fn an_unreadable_subfolder_is_skipped_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp();
    let d = dir.path();
    let corpus = d.join("c");
    std::fs::create_dir_all(corpus.join("secret")).unwrap();
    std::fs::write(corpus.join("good.txt"), GOOD).unwrap();
    std::fs::write(corpus.join("secret/hidden.txt"), GOOD).unwrap();
    std::fs::set_permissions(
        corpus.join("secret"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    let Some(ran) = run_unprivileged(d, &["build", "c", "--out", "out"]) else {
        return;
    };
    std::fs::set_permissions(
        corpus.join("secret"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    ran.expect_code(3)
        .stderr_has("secret: skipped: cannot read");
    assert_eq!(documents(&d.join("out/graph.json.gz")), 1);
}

#[test]
fn the_same_file_named_twice_is_read_once() {
    let dir = temp();
    let d = dir.path();
    let corpus = corpus();
    let corpus = corpus.to_str().unwrap();
    let slash = format!("{corpus}/");
    let files = std::fs::read_dir(corpus)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt")
        })
        .count() as u64;
    run(
        d,
        &[
            "build",
            corpus,
            &slash,
            "--out",
            "twice",
            "--formats",
            "json",
        ],
    )
    .success()
    .stderr_has("named more than once and are read once");
    assert_eq!(documents(&d.join("twice/graph.json")), files);
    let once = graph_json_bytes(&sample_output().join("graph.json.gz"));
    let twice = std::fs::read(d.join("twice/graph.json")).unwrap();
    assert!(once == twice, "naming the corpus twice changed graph.json");
}

#[test]
fn a_duplicate_document_id_is_skipped_naming_both_places() {
    let dir = temp();
    let d = dir.path();
    std::fs::write(
        d.join("feed.jsonl"),
        "{\"id\": \"x\", \"text\": \"Antony Blinken met Sameh Shoukry.\"}\n\
         {\"id\": \"x\", \"text\": \"Antony Blinken met Sameh Shoukry again.\"}\n\
         {\"id\": \"a\", \"text\": \"Israel.\"}\n",
    )
    .unwrap();
    // A plain file whose id (its stem) a record already took.
    std::fs::create_dir(d.join("more")).unwrap();
    std::fs::write(d.join("more/a.txt"), GOOD).unwrap();
    run(d, &["build", "feed.jsonl", "more", "--out", "out"])
        .expect_code(3)
        .stderr_has("feed.jsonl:2: skipped: document id \"x\" is already used by feed.jsonl:1")
        .stderr_has("a.txt: skipped: document id \"a\" is already used by feed.jsonl:3")
        .stderr_has("2 documents (2 skipped)");
    assert_eq!(documents(&d.join("out/graph.json.gz")), 2);
}

#[test]
fn dev_zero_is_skipped_as_binary_in_bounded_memory() {
    let dir = temp();
    let (ran, peak) = run_with_peak_memory(
        dir.path(),
        &["build", "/dev/zero", "--out", "out", "--formats", "json"],
    );
    ran.expect_code(3)
        .stderr_has("/dev/zero: skipped: looks binary");
    assert!(peak < 200 << 20, "peak memory {} MB", peak >> 20);
}

/// Writes `total` bytes of `unit` repeated, gzip-compressed, to `path`.
fn gzip_bomb(path: &Path, unit: &[u8], total: usize) {
    use std::io::Write;
    let file = File::create(path).unwrap();
    let mut gz = flate2::write::GzEncoder::new(file, flate2::Compression::fast());
    let block = unit.repeat((1 << 20) / unit.len());
    let mut written = 0;
    while written < total {
        gz.write_all(&block).unwrap();
        written += block.len();
    }
    gz.finish().unwrap();
}

#[test]
fn gzip_bombs_are_skipped_in_bounded_memory() {
    let dir = temp();
    let d = dir.path();
    std::fs::write(d.join("good.txt"), GOOD).unwrap();
    gzip_bomb(&d.join("zeros.txt.gz"), &[0], 100 << 20);
    gzip_bomb(
        &d.join("text.txt.gz"),
        b"Egypt and Israel talked. ",
        80 << 20,
    );
    let (ran, peak) = run_with_peak_memory(
        d,
        &[
            "build",
            "good.txt",
            "zeros.txt.gz",
            "text.txt.gz",
            "--out",
            "out",
            "--formats",
            "json",
            // An 8 MiB limit keeps the bounded run (the gazetteer's ~70 MB and one
            // document) far from an unbounded one (the 80 MB bomb held whole).
            "--max-document-size",
            "8388608",
        ],
    );
    ran.expect_code(3)
        .stderr_has("zeros.txt.gz: skipped: looks binary")
        .stderr_has("text.txt.gz: skipped: larger than the 8388608-byte document limit");
    assert!(peak < 140 << 20, "peak memory {} MB", peak >> 20);
    assert_eq!(documents(&d.join("out/graph.json")), 1);
}

#[test]
fn documents_and_records_over_the_size_limit_are_skipped() {
    let dir = temp();
    let d = dir.path();
    let long = "Egypt and Israel talked. ".repeat(100);
    std::fs::write(d.join("long.txt"), &long).unwrap();
    std::fs::write(d.join("short.txt"), GOOD).unwrap();
    std::fs::write(
        d.join("feed.jsonl"),
        format!(
            "{}\n{}\n",
            serde_json::json!({"id": "big", "text": long}),
            serde_json::json!({"id": "small", "text": GOOD})
        ),
    )
    .unwrap();
    run(
        d,
        &[
            "build",
            "long.txt",
            "short.txt",
            "feed.jsonl",
            "--out",
            "out",
            "--max-document-size",
            "1K",
        ],
    )
    .expect_code(3)
    .stderr_has("long.txt: skipped: larger than the 1024-byte document limit")
    .stderr_has("feed.jsonl:1: skipped: record larger than the 1024-byte document limit");
    assert_eq!(documents(&d.join("out/graph.json.gz")), 2);
    run(d, &["mentions", "long.txt", "--max-document-size", "1K"])
        .expect_code(3)
        .stderr_has("long.txt: skipped: larger than the 1024-byte document limit");
    run(d, &["build", "short.txt", "--max-document-size", "lots"])
        .expect_code(2)
        .stderr_has("is not a size");
}

#[test]
fn absurd_jobs_are_capped_with_a_note() {
    let dir = temp();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), GOOD).unwrap();
    run(d, &["build", "a.txt", "--out", "out", "--jobs", "100000"])
        .success()
        .stderr_has("--jobs 100000 is more than this machine can use; using");
}

#[test]
fn file_names_in_warnings_are_sanitised() {
    let dir = temp();
    let d = dir.path();
    let name = "evil\u{1b}[31mred\u{7}.txt";
    std::fs::write(d.join(name), b"Egypt \xff and Israel.\n").unwrap();
    let ran = run(d, &["build", name, "--out", "out"]);
    ran.expect_code(3);
    assert!(
        !ran.stderr().contains('\u{1b}') && !ran.stderr().contains('\u{7}'),
        "a control character reached the terminal\n{}",
        ran.description
    );
    ran.stderr_has("evil\\u{1b}[31mred\\u{7}.txt");
}

#[test]
fn impossible_dates_and_an_empty_date_range_are_rejected() {
    let dir = temp();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), GOOD).unwrap();
    for (args, message) in [
        (
            &["--since", "2024-02-30"][..],
            "\"2024-02-30\" is not a real date: parameter 'day' for `2024-02` is invalid",
        ),
        (
            &["--until", "2023-02-29"],
            "\"2023-02-29\" is not a real date",
        ),
        (
            &["--since", "2024-13-01"],
            "\"2024-13-01\" is not a real date",
        ),
        (
            &["--since", "24-01-01"],
            "\"24-01-01\" is not a date: use YYYY-MM-DD",
        ),
        (
            &["--since", "2024-05-01", "--until", "2024-04-30"],
            "--since 2024-05-01 is after --until 2024-04-30",
        ),
    ] {
        let mut all = vec!["build", "a.txt", "--out", "out"];
        all.extend_from_slice(args);
        let ran = run(d, &all);
        assert_eq!(ran.code(), Some(2), "{}", ran.description);
        ran.stderr_has(message);
        assert!(!d.join("out").exists(), "{args:?} wrote outputs");
    }
    // The query commands take the same days, checked the same way.
    for command in [
        &["neighbors", "Egypt"][..],
        &["path", "Egypt", "Israel"],
        &["top"],
        &["render"],
    ] {
        let mut all = command.to_vec();
        all.extend(["--graph", "none.json", "--since", "2024-02-31"]);
        run(d, &all)
            .expect_code(2)
            .stderr_has("\"2024-02-31\" is not a real date");
    }
    std::fs::write(
        d.join("feed.jsonl"),
        "{\"id\": \"x\", \"text\": \"Israel.\", \"date\": \"9999-12-31T25:99:99Z\"}\n",
    )
    .unwrap();
    run(d, &["build", "feed.jsonl", "--out", "out"])
        .expect_code(3)
        .stderr_has("feed.jsonl:1: \"9999-12-31T25:99:99Z\" is not a real date");
}

/// Every cell of a CSV text.
fn cells(text: &str) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    reader
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

#[test]
fn csv_cells_that_spreadsheets_would_run_are_defanged_unless_kept() {
    let dir = temp();
    let d = dir.path();
    std::fs::create_dir(d.join("g")).unwrap();
    std::fs::write(
        d.join("g/people.tsv"),
        "name\taliases\n=HYPERLINK(\"http://x\") Smith\tHyper Smith\n@Evil Jones\tEvil Jones\n",
    )
    .unwrap();
    std::fs::write(
        d.join("a.txt"),
        "=cmd|' /C calc'!A0 Hyper Smith met Evil Jones.\n",
    )
    .unwrap();
    run(
        d,
        &[
            "build",
            "a.txt",
            "--gazetteer",
            "g",
            "--out",
            "out",
            "--formats",
            "csv,neo4j",
        ],
    )
    .success();
    let mut all = Vec::new();
    for name in [
        "nodes.csv",
        "edges.csv",
        "neo4j-nodes.csv",
        "neo4j-edges.csv",
    ] {
        all.extend(cells(
            &std::fs::read_to_string(d.join("out").join(name)).unwrap(),
        ));
    }
    let live: Vec<&String> = all
        .iter()
        .filter(|c| c.starts_with(['=', '+', '-', '@', '\t', '\r']))
        .collect();
    assert!(live.is_empty(), "live formulas: {live:?}");
    assert!(
        all.iter().any(|c| c == "'=HYPERLINK(\"http://x\") Smith"),
        "{all:?}"
    );
    assert!(
        all.iter().any(|c| c.starts_with("'=cmd|")),
        "evidence: {all:?}"
    );
    run(
        d,
        &[
            "build",
            "a.txt",
            "--gazetteer",
            "g",
            "--out",
            "raw",
            "--formats",
            "csv",
            "--csv-keep-formulas",
        ],
    )
    .success();
    let raw = cells(&std::fs::read_to_string(d.join("raw/nodes.csv")).unwrap());
    assert!(
        raw.iter().any(|c| c == "=HYPERLINK(\"http://x\") Smith"),
        "{raw:?}"
    );
    // Query commands' CSV too.
    run(
        d,
        &[
            "build",
            "a.txt",
            "--gazetteer",
            "g",
            "--out",
            "j",
            "--formats",
            "json",
        ],
    )
    .success();
    let top = run(d, &["top", "--graph", "j/graph.json", "--format", "csv"]);
    top.success();
    assert!(
        !cells(&top.stdout())
            .iter()
            .any(|c| c.starts_with(['=', '@'])),
        "{}",
        top.description
    );
}

#[test]
fn gazetteer_check_rejects_punctuation_and_control_characters() {
    let dir = temp();
    let d = dir.path();
    std::fs::create_dir(d.join("g")).unwrap();
    std::fs::write(
        d.join("g/people.tsv"),
        "name\taliases\nAntony Blinken\tBlinken|,|X\nNul\u{1}Byte\tNul Byte\n",
    )
    .unwrap();
    run(d, &["gazetteer", "check", "g"])
        .expect_code(1)
        .stdout_has("alias \",\" has no letter or digit")
        .stdout_has("alias \"X\" is a single character")
        .stdout_has("holds a control character")
        .stdout_has("2 errors");
}

#[test]
fn weights_near_the_largest_integer_saturate_instead_of_wrapping() {
    let dir = temp();
    let d = dir.path();
    let mut graph = build_sample(d);
    let edge = &mut graph["edges"][0];
    let (source, target) = (
        edge["source"].as_str().unwrap().to_string(),
        edge["target"].as_str().unwrap().to_string(),
    );
    edge["weight"] = serde_json::json!(u64::MAX - 1);
    std::fs::write(d.join("huge.json"), graph.to_string()).unwrap();
    let top = run(
        d,
        &[
            "top",
            "--graph",
            "huge.json",
            "--by",
            "weighted-degree",
            "--format",
            "json",
        ],
    );
    top.success();
    let ranked: serde_json::Value = serde_json::from_str(&top.stdout()).unwrap();
    assert_eq!(
        ranked[0]["weighted_degree"].as_u64(),
        Some(u64::MAX),
        "{}",
        top.description
    );
    // A second shard with the same edge from other documents.
    for document in graph["graph"]["evidence_documents"].as_array_mut().unwrap() {
        let other = format!("other-{}", document["id"].as_str().unwrap());
        document["id"] = serde_json::json!(other);
    }
    std::fs::write(d.join("huge2.json"), graph.to_string()).unwrap();
    run(
        d,
        &["merge", "huge.json", "huge2.json", "-o", "merged.json"],
    )
    .success();
    let merged: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("merged.json")).unwrap()).unwrap();
    let weight = merged["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == source.as_str() && e["target"] == target.as_str())
        .map(|e| e["weight"].as_u64());
    assert_eq!(weight, Some(Some(u64::MAX)));
}

#[test]
fn top_computes_betweenness_only_when_ranking_by_it() {
    let dir = temp();
    let d = dir.path();
    build_sample(d);
    let ranked = |by: &str| -> serde_json::Value {
        let ran = run(
            d,
            &[
                "top",
                "--graph",
                "out/graph.json.gz",
                "--by",
                by,
                "--format",
                "json",
            ],
        );
        ran.success();
        serde_json::from_str(&ran.stdout()).unwrap()
    };
    for by in ["degree", "weighted-degree", "pagerank"] {
        let rows = ranked(by);
        assert!(
            rows.as_array()
                .unwrap()
                .iter()
                .all(|r| r["betweenness"].is_null()),
            "--by {by} computed betweenness: {rows}"
        );
    }
    let rows = ranked("betweenness");
    assert!(rows[0]["betweenness"].as_f64().unwrap() > 0.0, "{rows}");
}

#[test]
fn top_by_betweenness_on_a_big_graph_is_sampled_with_a_note() {
    let dir = temp();
    let d = dir.path();
    let mut graph = build_sample(d);
    let node = graph["nodes"][0].clone();
    let edge = graph["edges"][0].clone();
    let n = 6000;
    let id = |i: usize| format!("Entity {i:05}");
    graph["nodes"] = (0..n)
        .map(|i| {
            let mut node = node.clone();
            node["id"] = serde_json::json!(id(i));
            node
        })
        .collect();
    // A path: the middle entity lies between the most pairs.
    graph["edges"] = (1..n)
        .map(|i| {
            let mut edge = edge.clone();
            edge["source"] = serde_json::json!(id(i - 1));
            edge["target"] = serde_json::json!(id(i));
            edge
        })
        .collect();
    std::fs::write(d.join("big.json"), graph.to_string()).unwrap();
    let ran = run(
        d,
        &[
            "top",
            "--graph",
            "big.json",
            "--by",
            "betweenness",
            "--format",
            "json",
            "--limit",
            "1",
        ],
    );
    ran.success()
        .stderr_has("betweenness estimated from 500 of 6000 entities");
    let rows: serde_json::Value = serde_json::from_str(&ran.stdout()).unwrap();
    let top = rows[0]["id"].as_str().unwrap();
    let middle: usize = top.trim_start_matches("Entity ").parse().unwrap();
    assert!(
        (2900..3100).contains(&middle),
        "the most between entity of a path is near its middle, not {top}"
    );
}

#[test]
fn merge_refuses_shards_it_cannot_merge_exactly() {
    let dir = temp();
    let d = dir.path();
    let corpus = corpus();
    let mut docs: Vec<String> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    docs.sort();
    let build = |out: &str, inputs: &[String], evidence: &str| {
        let mut args = vec![
            "build",
            "--out",
            out,
            "--formats",
            "json",
            "--evidence",
            evidence,
        ];
        args.extend(inputs.iter().map(String::as_str));
        run(d, &args).success();
    };
    build("a", &docs[..1], "5");
    build("b", &docs[1..], "5");
    build("ab", &docs[..2], "5");
    build("b3", &docs[1..], "3");
    let mut pruned = vec![
        "build",
        "--out",
        "pruned",
        "--formats",
        "json",
        "--min-weight",
        "2",
    ];
    pruned.extend(docs[1..].iter().map(String::as_str));
    run(d, &pruned).success();
    std::fs::create_dir(d.join("g")).unwrap();
    std::fs::write(
        d.join("g/people.tsv"),
        "name\taliases\nAntony Blinken\tBlinken\n",
    )
    .unwrap();
    let mut other = vec![
        "build",
        "--out",
        "other",
        "--formats",
        "json",
        "--gazetteer",
        "g",
    ];
    other.extend(docs[1..].iter().map(String::as_str));
    run(d, &other).success();
    let recorded: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("a/graph.json")).unwrap()).unwrap();
    assert!(
        recorded["graph"]["gazetteer"]
            .as_str()
            .is_some_and(|f| f.starts_with("fnv1a64:")),
        "graph.json records the gazetteer: {}",
        recorded["graph"]
    );
    // (name, args, message)
    let rows: &[(&str, &[&str], &str)] = &[
        (
            "one shard twice",
            &["merge", "a/graph.json", "a/../a/graph.json", "-o", "m.json"],
            "is named twice",
        ),
        (
            "overlapping shards",
            &["merge", "a/graph.json", "ab/graph.json", "-o", "m.json"],
            "share document",
        ),
        (
            "different evidence limits",
            &["merge", "a/graph.json", "b3/graph.json", "-o", "m.json"],
            "keeps 3 evidence windows per edge, a/graph.json keeps 5",
        ),
        (
            "different evidence limits, other order",
            &["merge", "b3/graph.json", "a/graph.json", "-o", "m.json"],
            "keeps 5 evidence windows per edge, b3/graph.json keeps 3",
        ),
        (
            "a pruned shard",
            &["merge", "a/graph.json", "pruned/graph.json", "-o", "m.json"],
            "was pruned (--min-weight 2",
        ),
        (
            "shards from different gazetteers",
            &["merge", "a/graph.json", "other/graph.json", "-o", "m.json"],
            "shards must share their gazetteer",
        ),
        (
            "a --gazetteer other than the shards'",
            &[
                "merge",
                "a/graph.json",
                "b/graph.json",
                "--gazetteer",
                "g",
                "-o",
                "m.json",
            ],
            "pass the shards' gazetteer with --gazetteer",
        ),
        (
            "more evidence than a shard kept",
            &[
                "merge",
                "a/graph.json",
                "b3/graph.json",
                "--evidence",
                "4",
                "-o",
                "m.json",
            ],
            "--evidence 4 cannot be merged exactly",
        ),
    ];
    for (name, args, message) in rows {
        let ran = run(d, args);
        assert_eq!(ran.code(), Some(1), "{name}\n{}", ran.description);
        assert!(
            ran.stderr().contains(message),
            "{name}\n{}",
            ran.description
        );
        assert!(!d.join("m.json").exists(), "{name} wrote m.json");
    }
    // With --evidence at most every shard's limit, argument order does not matter.
    run(
        d,
        &[
            "merge",
            "a/graph.json",
            "b3/graph.json",
            "--evidence",
            "3",
            "-o",
            "ab.json",
        ],
    )
    .success();
    run(
        d,
        &[
            "merge",
            "b3/graph.json",
            "a/graph.json",
            "--evidence",
            "3",
            "-o",
            "ba.json",
        ],
    )
    .success();
    let ab = std::fs::read(d.join("ab.json")).unwrap();
    let ba = std::fs::read(d.join("ba.json")).unwrap();
    assert!(ab == ba, "merge depends on argument order");
}

#[test]
fn render_and_export_reject_an_invalid_graph_like_the_queries() {
    let dir = temp();
    let d = dir.path();
    let graph = build_sample(d);
    let mut dangling = graph.clone();
    dangling["edges"][0]["target"] = serde_json::json!("Nobody At All");
    std::fs::write(d.join("dangling.json"), dangling.to_string()).unwrap();
    let mut twice = graph.clone();
    let first = twice["nodes"][0].clone();
    twice["nodes"].as_array_mut().unwrap().push(first);
    std::fs::write(d.join("twice.json"), twice.to_string()).unwrap();
    for (file, message) in [
        ("dangling.json", "names a node that is not in the graph"),
        ("twice.json", "appears twice"),
    ] {
        for args in [
            &["render", "--graph", file, "-o", "x.svg"][..],
            &["export", "--graph", file, "-f", "graphml", "--out", "x"],
            &["neighbors", "Antony Blinken", "--graph", file],
        ] {
            run(d, args)
                .expect_code(1)
                .stderr_has("is not a valid newsgraph graph")
                .stderr_has(message);
        }
    }
    assert!(!d.join("x.svg").exists() && !d.join("x").exists());
}

#[test]
fn a_million_bad_records_keep_a_thousand_warnings_in_bounded_memory() {
    let dir = temp();
    let d = dir.path();
    let mut feed = "not json\n".repeat(1_000_000);
    feed.push_str("{\"id\": \"ok\", \"text\": \"Antony Blinken met Sameh Shoukry.\"}\n");
    std::fs::write(d.join("feed.jsonl"), feed).unwrap();
    let (ran, peak) = run_with_peak_memory(
        d,
        &[
            "build",
            "feed.jsonl",
            "--out",
            "out",
            "--formats",
            "json",
            "--quiet",
        ],
    );
    ran.expect_code(3)
        .stderr_has("feed.jsonl:1000: invalid JSON record")
        .stderr_has("and 999000 more problems (the first 1000 are shown)");
    assert!(
        !ran.stderr().contains("feed.jsonl:1001:"),
        "{:.300}",
        ran.stderr()
    );
    assert_eq!(documents(&d.join("out/graph.json")), 1);
    assert!(peak < 100 << 20, "peak memory {} MB", peak >> 20);
}

/// A folder holding a fake Graphviz `dot` that answers `-V` and otherwise writes its
/// pid to `dot.pid` beside it and sleeps: a layout that never finishes.
fn endless_dot(dir: &Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let bin = dir.join("fakebin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = bin.join("dot");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\n[ \"$1\" = -V ] && exit 0\necho $$ > {}\nexec sleep 1000\n",
            bin.join("dot.pid").display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    bin
}

fn with_fake_dot(cmd: &mut Command, bin: &Path) {
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    cmd.env("PATH", path).env("NEWSGRAPH_RENDERER", "graphviz");
}

/// Whether process `pid` still runs (a zombie counts as gone).
fn alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        !stat
            .rsplit(')')
            .next()
            .unwrap_or("")
            .trim_start()
            .starts_with('Z')
    })
}

#[test]
fn a_signal_during_render_stops_graphviz_too() {
    let dir = temp();
    let d = dir.path();
    build_sample(d);
    let bin = endless_dot(d);
    let mut cmd = newsgraph(
        d,
        &["render", "--graph", "out/graph.json.gz", "-o", "x.svg"],
    );
    with_fake_dot(&mut cmd, &bin);
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid_file = bin.join("dot.pid");
    let mut polls = 0;
    let dot: i32 = loop {
        if let Some(pid) = std::fs::read_to_string(&pid_file)
            .ok()
            .and_then(|s| s.trim().parse().ok())
        {
            break pid;
        }
        polls += 1;
        assert!(polls < 60_000, "dot never started");
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    // SAFETY: kill has no memory preconditions; the pid is our live child.
    assert_eq!(
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) },
        0
    );
    assert_eq!(child.wait().unwrap().code(), Some(143));
    let mut polls = 0;
    while alive(dot) {
        polls += 1;
        assert!(
            polls < 60_000,
            "dot {dot} still runs after newsgraph stopped"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(!d.join("x.svg").exists());
}

#[test]
fn graphviz_that_takes_too_long_is_stopped_with_a_clear_error() {
    let dir = temp();
    let d = dir.path();
    build_sample(d);
    let bin = endless_dot(d);
    let mut cmd = newsgraph(
        d,
        &["render", "--graph", "out/graph.json.gz", "-o", "x.svg"],
    );
    with_fake_dot(&mut cmd, &bin);
    let output = cmd.env("NEWSGRAPH_GRAPHVIZ_TIMEOUT", "1").output().unwrap();
    let ran = described(&["render", "(fake dot, 1 s limit)"], d, output);
    ran.expect_code(1)
        .stderr_has("Graphviz `dot` took longer than 1 s and was stopped");
    let dot: i32 = std::fs::read_to_string(bin.join("dot.pid"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(!alive(dot), "dot {dot} outlived its time limit");
    assert!(!d.join("x.svg").exists());
}

#[test]
fn file_names_in_errors_and_gazetteer_diagnostics_are_sanitised() {
    let dir = temp();
    let d = dir.path();
    let missing = "gone\u{1b}]0;pwned\u{7}.txt";
    let ran = run(d, &["build", missing, "--out", "out"]);
    ran.expect_code(1);
    assert!(
        !ran.stderr().contains('\u{1b}') && !ran.stderr().contains('\u{7}'),
        "{}",
        ran.description
    );
    let folder = d.join("g\u{1b}[2J");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(
        folder.join("people.tsv"),
        "name\taliases\nAntony Blinken\tBlinken|X\n",
    )
    .unwrap();
    let ran = run(d, &["gazetteer", "check", "g\u{1b}[2J"]);
    ran.success().stdout_has("is a single character");
    assert!(!ran.stdout().contains('\u{1b}'), "{}", ran.description);
}
