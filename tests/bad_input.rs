//! What newsgraph does with bad input: one test per row of the README table
//! "What newsgraph does with bad input". Each runs the real binary in a temp dir.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::Stdio;

use crate::util::*;

const GOOD: &str = "Antony Blinken met Sameh Shoukry in Cairo.\n";

/// Gzip of `bytes`, one member.
fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Reads `out/graph.json.gz` (what `build` writes by default) under `dir`.
fn graph(dir: &Path) -> serde_json::Value {
    read_graph_json(&dir.join("out/graph.json.gz"))
}

fn ids(graph: &serde_json::Value) -> Vec<String> {
    graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect()
}

/// One row: a file named `name` holding `bytes`, built beside a good document.
struct Row {
    name: &'static str,
    file: &'static str,
    bytes: Vec<u8>,
    code: i32,
    /// Text the warnings must contain (empty: no warning at all).
    stderr: &'static [&'static str],
    /// Documents the graph counts (the good one plus the bad one unless skipped).
    documents: u64,
}

#[test]
fn bad_documents_are_repaired_or_skipped_and_the_run_goes_on() {
    let mut invalid_utf8 = b"Antony Blinken visited ".to_vec();
    invalid_utf8.extend_from_slice(&[0xff, 0xfe]);
    invalid_utf8.extend_from_slice(b" Egypt.\n");
    let article: String = (0..200)
        .map(|i| format!("Israel and Egypt talked for the {i}th time.\n"))
        .collect();
    let whole = gz(article.as_bytes());
    let truncated = whole[..whole.len() / 2].to_vec();
    let mut bad_checksum = whole.clone();
    let crc = bad_checksum.len() - 8;
    bad_checksum[crc] ^= 0xff;
    // Two records in a whole first member, then a second member cut short.
    let mut cut_feed =
        gz(b"{\"id\": \"a\", \"text\": \"Israel.\"}\n{\"id\": \"b\", \"text\": \"Qatar.\"}\n");
    let third = format!(
        "{{\"id\": \"c\", \"text\": {}}}\n",
        serde_json::json!(article)
    );
    let third = gz(third.as_bytes());
    cut_feed.extend_from_slice(&third[..third.len() / 2]);
    let rows = [
        Row {
            name: "empty file",
            file: "empty.txt",
            bytes: Vec::new(),
            code: 0,
            stderr: &[],
            documents: 2,
        },
        Row {
            name: "byte-order mark",
            file: "bom.txt",
            bytes: b"\xef\xbb\xbfIsrael and Egypt talked.\n".to_vec(),
            code: 0,
            stderr: &[],
            documents: 2,
        },
        Row {
            name: "CRLF line ends",
            file: "crlf.txt",
            bytes: b"Israel and Egypt talked.\r\nQatar waited.\r\n".to_vec(),
            code: 0,
            stderr: &[],
            documents: 2,
        },
        Row {
            name: "invalid UTF-8",
            file: "latin1.txt",
            bytes: invalid_utf8,
            code: 3,
            stderr: &["latin1.txt", "invalid UTF-8 at byte 23"],
            documents: 2,
        },
        Row {
            name: "NUL bytes",
            file: "binary.txt",
            bytes: b"Israel\0\0\0Egypt\n".to_vec(),
            code: 3,
            stderr: &["binary.txt", "looks binary", "offset 6"],
            documents: 1,
        },
        Row {
            name: "bad JSON Lines record",
            file: "feed.jsonl",
            bytes:
                b"{\"id\": \"a\", \"text\": \"Israel and Egypt.\"}\n{\"id\": \"b\", \"text\": \n"
                    .to_vec(),
            code: 3,
            stderr: &["feed.jsonl:2", "invalid JSON record"],
            documents: 2,
        },
        Row {
            name: "truncated gzip",
            file: "cut.txt.gz",
            bytes: truncated,
            code: 3,
            stderr: &["cut.txt.gz: cannot read: corrupt or truncated gzip data"],
            documents: 1,
        },
        Row {
            name: "gzip with a bad checksum",
            file: "crc.txt.gz",
            bytes: bad_checksum,
            code: 3,
            stderr: &["crc.txt.gz: cannot read: corrupt or truncated gzip data"],
            documents: 1,
        },
        Row {
            name: "truncated gzip JSON Lines",
            file: "feed.jsonl.gz",
            bytes: cut_feed,
            code: 3,
            stderr: &[
                "feed.jsonl.gz:3: cannot read: corrupt or truncated gzip data",
                "the rest of the file is skipped",
            ],
            documents: 3,
        },
        Row {
            name: "a .gz name on data that is not gzip",
            file: "plain.txt.gz",
            bytes: b"Israel and Egypt talked.\n".to_vec(),
            code: 3,
            stderr: &["plain.txt.gz: cannot read: not gzip data"],
            documents: 1,
        },
        Row {
            name: "JSON Lines record without text",
            file: "feed.jsonl",
            bytes:
                b"{\"id\": \"a\", \"title\": \"no body\"}\n{\"id\": \"b\", \"text\": \"Qatar.\"}\n"
                    .to_vec(),
            code: 3,
            stderr: &["feed.jsonl:1", "no \"text\""],
            documents: 2,
        },
    ];
    for row in rows {
        let dir = temp();
        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        std::fs::write(corpus.join("good.txt"), GOOD).unwrap();
        std::fs::write(corpus.join(row.file), &row.bytes).unwrap();
        let run = run(dir.path(), &["build", "corpus", "--out", "out"]);
        assert_eq!(
            run.code(),
            Some(row.code),
            "row {:?}: exit status\n{}",
            row.name,
            run.description
        );
        let warnings: Vec<String> = run
            .stderr()
            .lines()
            .filter(|l| l.contains("warning"))
            .map(str::to_string)
            .collect();
        if row.stderr.is_empty() {
            assert!(
                warnings.is_empty(),
                "row {:?}: no warning expected\n{}",
                row.name,
                run.description
            );
        }
        for needle in row.stderr {
            assert!(
                warnings.iter().any(|w| w.contains(needle)),
                "row {:?}: warnings lack {needle:?}\n{}",
                row.name,
                run.description
            );
        }
        let graph = graph(dir.path());
        assert_eq!(
            graph["graph"]["documents"], row.documents,
            "row {:?}: documents\n{}",
            row.name, run.description
        );
        assert!(
            ids(&graph).contains(&"Antony Blinken".to_string()),
            "row {:?}: the good document is in the graph",
            row.name
        );
    }
}

#[test]
fn bom_is_dropped_and_crlf_is_a_line_end() {
    let dir = temp();
    std::fs::write(
        dir.path().join("a.txt"),
        b"\xef\xbb\xbfIsrael\r\nEgypt\r\n".as_slice(),
    )
    .unwrap();
    let run = run(dir.path(), &["mentions", "a.txt"]);
    run.success();
    let spans: Vec<(u64, u64)> = run
        .stdout()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (v["start"].as_u64().unwrap(), v["end"].as_u64().unwrap())
        })
        .collect();
    // Offsets count from after the BOM; "Egypt" starts after "Israel\r\n".
    assert_eq!(spans, [(0, 6), (8, 13)], "{}", run.description);
}

#[test]
fn a_missing_input_path_is_an_error_naming_it() {
    let dir = temp();
    run(dir.path(), &["build", "no-such-folder", "--out", "out"])
        .expect_code(1)
        .stderr_has("no-such-folder");
    assert!(!dir.path().join("out").exists(), "nothing written");
}

#[test]
fn an_unreadable_file_is_skipped_with_a_warning() {
    let dir = temp();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("good.txt"), GOOD).unwrap();
    let locked = corpus.join("locked.txt");
    std::fs::write(&locked, "Israel and Egypt.\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    // As root, run as nobody (who cannot read it); never skipped under CI=true.
    let Some(ran) = run_unprivileged(dir.path(), &["build", "corpus", "--out", "out"]) else {
        return;
    };
    ran.expect_code(3)
        .stderr_has("locked.txt")
        .stderr_has("cannot read");
    assert_eq!(graph(dir.path())["graph"]["documents"], 1);
}

#[test]
fn a_folder_without_text_files_is_an_error() {
    let dir = temp();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("notes.md"), "Israel").unwrap();
    std::fs::write(corpus.join("data.bin"), [0u8, 1, 2]).unwrap();
    run(dir.path(), &["build", "corpus", "--out", "out"])
        .expect_code(1)
        .stderr_has("no .txt or .jsonl files")
        .stderr_has("corpus");
    assert!(!dir.path().join("out").exists(), "nothing written");
}

#[test]
fn a_huge_single_line_finishes() {
    let dir = temp();
    let sentence = "Antony Blinken met Sameh Shoukry in Cairo and spoke of Qatar. ";
    // 4 MB: a debug build analyses it in seconds (20 MB took a minute of `make test`).
    let copies = 4_000_000 / sentence.len();
    std::fs::write(dir.path().join("huge.txt"), sentence.repeat(copies)).unwrap();
    let started = std::time::Instant::now();
    let run = run(dir.path(), &["build", "huge.txt", "--out", "out"]);
    run.success();
    let graph = graph(dir.path());
    let mut found = ids(&graph);
    found.sort();
    assert_eq!(
        found,
        ["Antony Blinken", "Cairo", "Qatar", "Sameh Shoukry"],
        "{}",
        run.description
    );
    let blinken = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "Antony Blinken")
        .unwrap();
    assert_eq!(blinken["mentions"], copies as u64);
    eprintln!("4 MB single line: {:.1}s", started.elapsed().as_secs_f64());
}

/// A gazetteer folder with `people.tsv` = `people` (and a small countries file).
fn gazetteer_with(dir: &Path, people: &[u8]) {
    let g = dir.join("g");
    std::fs::create_dir_all(&g).unwrap();
    std::fs::write(g.join("people.tsv"), people).unwrap();
    std::fs::write(
        g.join("countries.tsv"),
        "name\taliases\tdemonyms\nEgypt\t\tEgyptian\n",
    )
    .unwrap();
}

#[test]
fn a_malformed_gazetteer_is_an_error_naming_file_line_and_column() {
    let rows: [(&str, &[u8], &[&str]); 5] = [
        (
            "stray tab",
            b"name\taliases\taffiliation\nAntony Blinken\tBlinken\tEgypt\textra\n",
            &["people.tsv:2:4", "stray tab"],
        ),
        (
            "unknown column",
            b"name\taliases\tbirthday\nAntony Blinken\tBlinken\t1962\n",
            &["people.tsv:1:3", "unknown column \"birthday\""],
        ),
        (
            "duplicate name",
            b"name\taliases\nAntony Blinken\tBlinken\nAntony Blinken\tTony\n",
            &["people.tsv:3:1", "duplicate name", "people.tsv:2"],
        ),
        (
            "affiliation to a missing entity",
            b"name\taliases\taffiliation\nAntony Blinken\tBlinken\tUnited States\n",
            &["people.tsv:2", "affiliation \"United States\""],
        ),
        (
            "not UTF-8",
            b"name\taliases\nAntony Blinken\tBlinken\nJos\xe9 Mar\xeda\tJos\xe9\n",
            &["people.tsv", "UTF-8"],
        ),
    ];
    for (name, people, needles) in rows {
        let dir = temp();
        gazetteer_with(dir.path(), people);
        std::fs::write(dir.path().join("a.txt"), GOOD).unwrap();
        let build = run(
            dir.path(),
            &[
                "build",
                "a.txt",
                "--gazetteer",
                "g",
                "--no-builtin",
                "--out",
                "out",
            ],
        );
        assert_eq!(
            build.code(),
            Some(1),
            "row {name:?}: exit status\n{}",
            build.description
        );
        for needle in needles {
            assert!(
                build.stderr().contains(needle),
                "row {name:?}: stderr lacks {needle:?}\n{}",
                build.description
            );
        }
        assert!(
            !dir.path().join("out").exists(),
            "row {name:?}: nothing written"
        );
        let check = run(dir.path(), &["gazetteer", "check", "g", "--no-builtin"]);
        assert_eq!(
            check.code(),
            Some(1),
            "row {name:?}: gazetteer check fails\n{}",
            check.description
        );
    }
}

#[test]
fn a_malformed_single_file_gazetteer_is_an_error_naming_file_and_line() {
    let person = r#"{"name": "Antony Blinken", "type": "person", "aliases": ["Blinken"]}"#;
    let rows: [(&str, &str, Vec<u8>, &[&str]); 8] = [
        (
            "TSV without a type column",
            "g.tsv",
            b"name\taliases\nAntony Blinken\tBlinken\n".to_vec(),
            &["g.tsv:1:1", "no `type` column"],
        ),
        (
            "TSV with an unknown type",
            "g.tsv",
            b"name\taliases\ttype\nAntony Blinken\tBlinken\tperson\nEgypt\t\tnation\n".to_vec(),
            &["g.tsv:3:3", "unknown type \"nation\""],
        ),
        (
            "TSV with a stray tab",
            "g.tsv",
            b"name\taliases\ttype\nAntony Blinken\tBlinken\tperson\tx\n".to_vec(),
            &["g.tsv:2:4", "stray tab"],
        ),
        (
            "JSON Lines, malformed",
            "g.jsonl",
            format!("{person}\n{{\"name\": \"Egypt\" \"type\": \"country\"}}\n").into_bytes(),
            &["g.jsonl:2:18", "invalid entity"],
        ),
        (
            "JSON Lines, duplicate name",
            "g.jsonl",
            format!("{person}\n\n{person}\n").into_bytes(),
            &["g.jsonl:3", "duplicate name", "g.jsonl:1"],
        ),
        (
            "JSON Lines, unknown key",
            "g.jsonl",
            format!("{person}\n{{\"name\": \"Egypt\", \"type\": \"country\", \"alias\": []}}\n")
                .into_bytes(),
            &["g.jsonl:2:", "unknown field `alias`"],
        ),
        (
            "JSON Lines gzip, truncated",
            "g.jsonl.gz",
            {
                let lines: String = (0..500)
                    .map(|i| format!("{{\"name\": \"Person {i}\", \"type\": \"person\"}}\n"))
                    .collect();
                let whole = gz(lines.as_bytes());
                whole[..whole.len() / 2].to_vec()
            },
            &["g.jsonl.gz:", "corrupt or truncated gzip"],
        ),
        (
            "a file of another kind",
            "g.txt",
            b"Antony Blinken\n".to_vec(),
            &["g.txt: not a gazetteer"],
        ),
    ];
    for (name, file, bytes, needles) in rows {
        let dir = temp();
        std::fs::write(dir.path().join(file), &bytes).unwrap();
        std::fs::write(dir.path().join("a.txt"), GOOD).unwrap();
        let build = run(
            dir.path(),
            &[
                "build",
                "a.txt",
                "--gazetteer",
                file,
                "--no-builtin",
                "--out",
                "out",
            ],
        );
        let check = run(dir.path(), &["gazetteer", "check", file, "--no-builtin"]);
        for run in [&build, &check] {
            assert_eq!(
                run.code(),
                Some(1),
                "row {name:?}: exit status\n{}",
                run.description
            );
            for needle in needles {
                assert!(
                    run.stderr().contains(needle),
                    "row {name:?}: stderr lacks {needle:?}\n{}",
                    run.description
                );
            }
        }
        assert!(
            !dir.path().join("out").exists(),
            "row {name:?}: nothing written"
        );
    }
}

#[test]
fn a_missing_out_folder_is_created() {
    let dir = temp();
    std::fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    run(dir.path(), &["build", "a.txt", "--out", "deep/er/out"]).success();
    assert!(dir.path().join("deep/er/out/graph.json.gz").is_file());
}

#[test]
fn an_out_folder_that_cannot_be_made_is_an_error_naming_it() {
    let dir = temp();
    std::fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    // A folder below a regular file cannot be made, even by root.
    std::fs::write(dir.path().join("somefile"), "not a folder").unwrap();
    let run = run(dir.path(), &["build", "a.txt", "--out", "somefile/sub"]);
    run.expect_code(1).stderr_has("somefile/sub");
    assert!(!run.stderr().contains("panicked"), "{}", run.description);
}

#[test]
fn a_read_only_out_folder_is_an_error_naming_the_file() {
    let dir = temp();
    std::fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    let out = dir.path().join("ro");
    std::fs::create_dir(&out).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o555)).unwrap();
    }
    // As root, run as nobody (who cannot write there); never skipped under CI=true.
    let Some(run) = run_unprivileged(dir.path(), &["build", "a.txt", "--out", "ro"]) else {
        return;
    };
    // The first file a build makes in its folder is the lock.
    run.expect_code(1).stderr_has("ro/.newsgraph.lock");
    assert!(!run.stderr().contains("panicked"), "{}", run.description);
}

#[test]
fn a_closed_pipe_is_success() {
    let corpus = corpus();
    let dir = temp();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["mentions", corpus.to_str().unwrap()])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("newsgraph runs");
    let stdout = child.stdout.take().unwrap();
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    assert!(line.starts_with('{'), "first line is a mention: {line:?}");
    // The reader (and the pipe) is dropped here, like `| head -1`.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert!(stderr.is_empty(), "stderr: {stderr}");
}

#[test]
fn no_temporary_files_or_half_graphs_are_left() {
    let dir = temp();
    let corpus = corpus();
    run(
        dir.path(),
        &[
            "build",
            corpus.to_str().unwrap(),
            "--out",
            "out",
            "--formats",
            "json.gz,dot,svg,graphml,csv,neo4j",
        ],
    )
    .success();
    let names: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.starts_with(".newsgraph-")),
        "temporary files left: {names:?}"
    );
    assert!(graph(dir.path())["nodes"].as_array().unwrap().len() > 10);
    // A failed second run leaves the first graph whole.
    run(dir.path(), &["build", "no-such", "--out", "out"]).expect_code(1);
    assert!(graph(dir.path())["nodes"].as_array().unwrap().len() > 10);
}

#[test]
fn strict_makes_the_first_problem_fatal() {
    let dir = temp();
    std::fs::create_dir(dir.path().join("in")).unwrap();
    std::fs::write(dir.path().join("in/a.txt"), "Blinken met Shoukry.").unwrap();
    std::fs::write(dir.path().join("in/b.txt"), b"\x00binary").unwrap();
    run(dir.path(), &["build", "in", "--out", "out", "--strict"])
        .expect_code(1)
        .stderr_has("b.txt: skipped: looks binary")
        .stderr_has("--strict");
    assert!(!dir.path().join("out").exists(), "nothing written");
    run(
        dir.path(),
        &["build", "in/a.txt", "--out", "out", "--strict"],
    )
    .success();
}
