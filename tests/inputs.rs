//! Compressed inputs and standard input: `.txt.gz` and `.jsonl.gz` files (named or
//! found in folders) and multi-member gzip give the graph of their plain forms, byte
//! for byte; `-` is read as plain text, JSON Lines, or gzip of either, by its first
//! bytes. Corrupt gzip is in `tests/bad_input.rs` with the other bad input.

use std::io::Write;
use std::path::Path;

use crate::util::*;

/// Gzip of `bytes`, one member.
fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// The sample corpus: (file stem, text), sorted by stem.
fn articles() -> Vec<(String, String)> {
    let mut articles: Vec<(String, String)> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            (stem, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    articles.sort();
    assert!(articles.len() >= 4, "the sample corpus is there");
    articles
}

/// The sample corpus as JSON Lines, one record per article with its stem as id.
fn articles_jsonl() -> String {
    articles()
        .iter()
        .map(|(id, text)| serde_json::json!({"id": id, "text": text}).to_string() + "\n")
        .collect()
}

/// Builds `inputs` (with `stdin`) in `dir` into `dir/NAME`; returns graph.json's bytes.
fn build(dir: &Path, name: &str, inputs: &[&str], stdin: Option<&[u8]>) -> Vec<u8> {
    let mut args = vec!["build"];
    args.extend_from_slice(inputs);
    args.extend_from_slice(&["--out", name, "--formats", "json"]);
    run_in(dir, &args, stdin).success();
    std::fs::read(dir.join(name).join("graph.json")).expect("graph.json written")
}

/// The graph of the sample corpus as plain files, to compare with.
fn reference(dir: &Path) -> Vec<u8> {
    let corpus = corpus();
    build(dir, "reference", &[corpus.to_str().unwrap()], None)
}

#[test]
fn compressed_files_give_the_same_graph_as_plain_ones() {
    let dir = temp();
    let dir = dir.path();
    let expected = reference(dir);
    let articles = articles();
    let jsonl = articles_jsonl();
    // Folders and files for each row.
    std::fs::create_dir(dir.join("gz")).unwrap();
    std::fs::create_dir(dir.join("mixed")).unwrap();
    std::fs::create_dir(dir.join("members")).unwrap();
    for (i, (stem, text)) in articles.iter().enumerate() {
        std::fs::write(dir.join(format!("gz/{stem}.txt.gz")), gz(text.as_bytes())).unwrap();
        let (name, bytes) = if i % 2 == 0 {
            (format!("{stem}.txt.gz"), gz(text.as_bytes()))
        } else {
            (format!("{stem}.txt"), text.as_bytes().to_vec())
        };
        std::fs::write(dir.join("mixed").join(name), bytes).unwrap();
        // Each article cut in two gzip members, as `cat a.gz b.gz` makes (mid-char, maybe).
        let (first, second) = text.as_bytes().split_at(text.len() / 2);
        let mut members = gz(first);
        members.extend(gz(second));
        std::fs::write(dir.join(format!("members/{stem}.txt.gz")), members).unwrap();
    }
    std::fs::write(dir.join("feed.jsonl"), &jsonl).unwrap();
    std::fs::write(dir.join("feed.jsonl.gz"), gz(jsonl.as_bytes())).unwrap();
    let lines: Vec<&str> = jsonl.split_inclusive('\n').collect();
    let mut members = Vec::new();
    for line in &lines {
        members.extend(gz(line.as_bytes()));
    }
    std::fs::write(dir.join("members.jsonl.gz"), members).unwrap();
    let named: Vec<String> = articles
        .iter()
        .map(|(stem, _)| format!("gz/{stem}.txt.gz"))
        .collect();
    let named: Vec<&str> = named.iter().map(String::as_str).collect();

    let rows: [(&str, Vec<&str>); 7] = [
        ("a folder of .txt.gz", vec!["gz"]),
        (".txt.gz files named", named),
        ("a folder of .txt and .txt.gz", vec!["mixed"]),
        ("multi-member .txt.gz", vec!["members"]),
        (".jsonl", vec!["feed.jsonl"]),
        (".jsonl.gz", vec!["feed.jsonl.gz"]),
        (
            "multi-member .jsonl.gz (one member a line)",
            vec!["members.jsonl.gz"],
        ),
    ];
    for (i, (name, inputs)) in rows.iter().enumerate() {
        let got = build(dir, &format!("out{i}"), inputs, None);
        assert!(
            got == expected,
            "row {name:?}: graph.json differs from the plain corpus's"
        );
    }
}

#[test]
fn standard_input_is_sniffed() {
    let dir = temp();
    let dir = dir.path();
    let expected = reference(dir);
    let jsonl = articles_jsonl();
    let indented = format!("\n  \r\n{jsonl}");
    let rows: [(&str, Vec<u8>); 4] = [
        ("JSON Lines", jsonl.as_bytes().to_vec()),
        ("JSON Lines after blank lines", indented.as_bytes().to_vec()),
        ("gzip JSON Lines", gz(jsonl.as_bytes())),
        ("multi-member gzip JSON Lines", {
            let mut both = gz(&jsonl.as_bytes()[..10]);
            both.extend(gz(&jsonl.as_bytes()[10..]));
            both
        }),
    ];
    for (i, (name, stdin)) in rows.iter().enumerate() {
        let got = build(dir, &format!("out{i}"), &["-"], Some(stdin));
        assert!(
            got == expected,
            "row {name:?}: graph.json differs from the plain corpus's"
        );
    }
}

#[test]
fn standard_input_plain_text_is_one_document_compressed_or_not() {
    let dir = temp();
    let dir = dir.path();
    let text = "Blinken met Netanyahu in Tel Aviv.";
    let plain = build(dir, "plain", &["-"], Some(text.as_bytes()));
    let graph = inline_evidence(serde_json::from_slice(&plain).unwrap());
    assert_eq!(graph["graph"]["documents"], 1);
    assert_eq!(graph["edges"][0]["evidence"][0]["document"], "stdin");
    let compressed = build(dir, "gz", &["-"], Some(&gz(text.as_bytes())));
    assert!(
        plain == compressed,
        "gzip text on stdin is the same document"
    );
    // Empty input is an empty document, as an empty file is.
    let empty: serde_json::Value =
        serde_json::from_slice(&build(dir, "empty", &["-"], Some(b""))).unwrap();
    assert_eq!(empty["graph"]["documents"], 1);
}

#[test]
fn standard_input_json_lines_ids_default_to_stdin_line() {
    let dir = temp();
    let stdin = b"{\"text\": \"Blinken met Shoukry in Cairo.\"}\n\n{\"id\": \"b\", \"text\": \"Blinken met Shoukry.\"}\n{\"text\": \"Shoukry met Blinken.\"}\n";
    let graph = inline_evidence(
        serde_json::from_slice(&build(dir.path(), "out", &["-"], Some(&gz(stdin)))).unwrap(),
    );
    assert_eq!(graph["graph"]["documents"], 3);
    let edge = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == "Antony Blinken" && e["target"] == "Sameh Shoukry")
        .expect("Blinken and Shoukry are linked");
    let documents: Vec<&str> = edge["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["document"].as_str().unwrap())
        .collect();
    assert!(documents.contains(&"stdin:1"), "{documents:?}");
    assert!(documents.contains(&"b"), "{documents:?}");
    assert!(documents.contains(&"stdin:4"), "{documents:?}");
}

#[test]
fn stdin_gzip_and_a_bad_record_are_reported_like_files() {
    let dir = temp();
    // A bad record in JSON Lines on stdin names <stdin>:LINE; the others are read.
    let stdin = gz(b"{\"text\": \"Blinken met Shoukry.\"}\n{\"text\": \n");
    let run = run_in(dir.path(), &["build", "-", "--out", "out"], Some(&stdin));
    run.expect_code(3)
        .stderr_has("<stdin>:2: invalid JSON record");
    // Truncated gzip on stdin: the records before the damage are kept.
    let whole = gz(articles_jsonl().as_bytes());
    let run = run_in(
        dir.path(),
        &["build", "-", "--out", "out2"],
        Some(&whole[..whole.len() - 100]),
    );
    run.expect_code(3)
        .stderr_has("<stdin>:")
        .stderr_has("corrupt or truncated gzip");
}

#[test]
fn mentions_reads_compressed_json_lines_record_by_record() {
    let dir = temp();
    std::fs::write(
        dir.path().join("feed.jsonl.gz"),
        gz(b"{\"id\": \"a\", \"text\": \"Blinken\"}\n{\"text\": \"Shoukry\"}\n"),
    )
    .unwrap();
    std::fs::write(dir.path().join("c.txt.gz"), gz(b"Netanyahu")).unwrap();
    let run = run(dir.path(), &["mentions", "feed.jsonl.gz", "c.txt.gz"]);
    run.success();
    let found: Vec<(String, String)> = run
        .stdout()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["document"].as_str().unwrap().to_string(),
                v["entity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("a", "Antony Blinken"),
        ("feed:2", "Sameh Shoukry"),
        ("c", "Benjamin Netanyahu"),
    ]
    .map(|(d, e)| (d.to_string(), e.to_string()));
    assert_eq!(found, want, "{}", run.description);
    // And from standard input.
    let run = run_in(
        dir.path(),
        &["mentions", "-"],
        Some(&gz(b"{\"text\": \"Blinken\"}\n")),
    );
    run.success().stdout_has("\"document\":\"stdin:1\"");
}
