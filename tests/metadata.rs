//! The metadata sidecar (`build --metadata FILE`): dates, titles and URLs for plain-text
//! corpora, the sample's `corpus/metadata.csv` and `--since` on it, bad rows, rows that
//! match nothing, and how it meets JSON Lines metadata and `--date-from`.

use std::path::Path;

use crate::util::*;

/// A graph.json, or a graph.json.gz decompressed.
fn read_json(path: &Path) -> serde_json::Value {
    read_graph_json(path)
}

/// The edge between `a` and `b` (ids, in either order) in a parsed graph.json.
fn edge<'a>(graph: &'a serde_json::Value, a: &str, b: &str) -> &'a serde_json::Value {
    graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| (e["source"] == a && e["target"] == b) || (e["source"] == b && e["target"] == a))
        .unwrap_or_else(|| panic!("no edge {a} -- {b}"))
}

/// `neighbors Blinken --format json` on `graph` with `extra`: (id, weight, met, documents).
fn blinken(dir: &Path, graph: &str, extra: &[&str]) -> (Vec<(String, u64, u64, u64)>, String) {
    let mut args = vec!["neighbors", "Blinken", "--graph", graph, "--format", "json"];
    args.extend_from_slice(extra);
    let out = run(dir, &args);
    out.success();
    let list: serde_json::Value = serde_json::from_str(&out.stdout()).unwrap();
    let rows = list
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["id"].as_str().unwrap().to_string(),
                n["weight"].as_u64().unwrap(),
                n["relations"]["met"].as_u64().unwrap_or(0),
                n["documents"].as_u64().unwrap(),
            )
        })
        .collect();
    (rows, out.stderr())
}

/// Builds the sample corpus with its sidecar into `dir/out`, as `make graph` does.
fn dated_sample(dir: &Path) -> serde_json::Value {
    let corpus = corpus();
    let metadata = corpus.join("metadata.csv");
    run(
        dir,
        &[
            "build",
            corpus.to_str().unwrap(),
            "--metadata",
            metadata.to_str().unwrap(),
            "--out",
            "out",
            "--format",
            "json",
        ],
    )
    .success();
    inline_evidence(read_json(&dir.join("out/graph.json")))
}

#[test]
fn the_sample_sidecar_dates_and_titles_every_document() {
    let dir = temp();
    let graph = dated_sample(dir.path());
    assert_eq!(
        graph["graph"]["timeline"],
        serde_json::json!([
            ["2024-02-06", 1, 16, 16],
            ["2024-03-21", 1, 15, 15],
            ["2024-08-19", 1, 19, 19],
            ["2024-09-18", 1, 17, 17]
        ]),
        "each of the four articles has its day"
    );
    let shoukry = &edge(&graph, "Antony Blinken", "Sameh Shoukry")["evidence"][0];
    assert_eq!(shoukry["document"], "000_51bb5d51aefbd0d7");
    assert_eq!(shoukry["date"], "2024-03-21");
    assert_eq!(
        shoukry["title"],
        "Blinken arrives in Cairo to meet Arab foreign ministers on a Gaza cease-fire"
    );
    assert!(shoukry.get("url").is_none(), "an empty URL cell is no URL");
}

#[test]
fn neighbors_since_on_the_dated_sample_counts_that_range_only() {
    let dir = temp();
    let graph = dated_sample(dir.path());
    let (whole, _) = blinken(dir.path(), "out/graph.json", &[]);
    let (since, stderr) = blinken(dir.path(), "out/graph.json", &["--since", "2024-03-21"]);
    assert!(
        stderr.contains("counting the 3 of 4 documents dated since 2024-03-21"),
        "{stderr}"
    );
    // Every count is the sum of the link's days from 2024-03-21 on.
    for (id, weight, met, documents) in &since {
        let days = edge(&graph, "Antony Blinken", id)["timeline"]
            .as_array()
            .unwrap_or_else(|| panic!("{id}: no timeline"))
            .iter()
            .filter(|day| day[0].as_str().unwrap() >= "2024-03-21")
            .fold((0, 0, 0), |(w, m, d), day| {
                (
                    w + day[1].as_u64().unwrap(),
                    m + day[2].as_u64().unwrap(),
                    d + day[3].as_u64().unwrap(),
                )
            });
        assert_eq!((*weight, *met, *documents), days, "{id}");
    }
    let find =
        |list: &[(String, u64, u64, u64)], id: &str| list.iter().find(|n| n.0 == id).cloned();
    // El-Sisi is met only in the article of 2024-02-06; Egypt is in all four.
    assert!(find(&whole, "Abdel Fattah el-Sisi").is_some(), "{whole:?}");
    assert_eq!(find(&since, "Abdel Fattah el-Sisi"), None, "{since:?}");
    let (egypt_all, egypt_since) = (
        find(&whole, "Egypt").unwrap(),
        find(&since, "Egypt").unwrap(),
    );
    assert_eq!((egypt_all.3, egypt_since.3), (4, 3));
    assert!(egypt_since.1 < egypt_all.1, "{egypt_all:?} {egypt_since:?}");
    let (until, stderr) = blinken(dir.path(), "out/graph.json", &["--until", "2024-03-20"]);
    assert!(stderr.contains("counting the 1 of 4 documents"), "{stderr}");
    assert_eq!(find(&until, "Egypt").unwrap().3, 1);
    assert!(find(&until, "Sameh Shoukry").is_none(), "{until:?}");
}

#[test]
fn a_bad_row_stops_the_build_naming_file_and_line() {
    // name, sidecar (meta.csv), what stderr says
    for (name, text, expected) in [
        (
            "impossible date",
            "id,date\na,2024-03-21\nb,2024-02-30\n",
            "meta.csv:3: document \"b\": \"2024-02-30\" is not a real date",
        ),
        (
            "repeated id",
            "id,title\na,One\na,Two\n",
            "meta.csv:3: document \"a\" is described twice (first on line 2)",
        ),
        (
            "misspelt column",
            "id,data\na,2024-03-21\n",
            "meta.csv:1: unknown column \"data\"",
        ),
        (
            "unquoted comma",
            "id,title\na,Cairo, Egypt\n",
            "meta.csv:2: the row has 3 cells and the header 2",
        ),
    ] {
        let dir = temp();
        std::fs::create_dir(dir.path().join("corpus")).unwrap();
        std::fs::write(dir.path().join("corpus/a.txt"), "Blinken met Shoukry.").unwrap();
        std::fs::write(dir.path().join("meta.csv"), text).unwrap();
        let out = run(
            dir.path(),
            &["build", "corpus", "--metadata", "meta.csv", "--out", "out"],
        );
        out.expect_code(1);
        assert!(
            out.stderr().contains(expected),
            "{name}: stderr lacks {expected:?}\n{}",
            out.description
        );
        assert!(!dir.path().join("out").exists(), "{name}: nothing written");
    }
    let dir = temp();
    let out = run(
        dir.path(),
        &["build", "corpus", "--metadata", "meta.tsv", "--out", "out"],
    );
    out.expect_code(1).stderr_has("name it .csv");
}

#[test]
fn rows_naming_no_document_are_a_note_not_a_failure() {
    let dir = temp();
    std::fs::create_dir(dir.path().join("corpus")).unwrap();
    for name in ["a", "b"] {
        std::fs::write(
            dir.path().join(format!("corpus/{name}.txt")),
            "Blinken met Shoukry.",
        )
        .unwrap();
    }
    std::fs::write(
        dir.path().join("meta.csv"),
        "id,date\na,2024-03-21\nA,2024-03-22\n",
    )
    .unwrap();
    let out = run(
        dir.path(),
        &["build", "corpus", "--metadata", "meta.csv", "--out", "out"],
    );
    out.success()
        .stderr_has("1 of the 2 rows of meta.csv name no document read (the first: line 3, \"A\")")
        .stderr_has("1 document has no row in meta.csv");
    let graph = read_json(&dir.path().join("out/graph.json.gz"));
    assert_eq!(graph["graph"]["timeline"][0][0], "2024-03-21");
    let quiet = run(
        dir.path(),
        &[
            "build",
            "corpus",
            "--metadata",
            "meta.csv",
            "--out",
            "out",
            "--quiet",
        ],
    );
    assert_eq!(quiet.success().stderr(), "");
}

#[test]
fn the_sidecar_overrides_json_lines_and_file_names_only_where_it_has_a_value() {
    let dir = temp();
    let news = fixture("dated/news.jsonl");
    // cairo-0314 moves to 03-15 and keeps its title; tel-aviv-0322 keeps its date and
    // gets a URL; the 2024-01-05 file is dated by its name, then by the sidecar.
    std::fs::write(
        dir.path().join("meta.jsonl"),
        concat!(
            "{\"id\": \"cairo-0314\", \"date\": \"2024-03-15\"}\n",
            "{\"id\": \"tel-aviv-0322\", \"url\": \"https://example.org/ta\"}\n",
            "{\"id\": \"2024-01-05_note\", \"date\": \"2024-01-06\", \"title\": \"Note\"}\n"
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("2024-01-05_note.txt"),
        "Blinken met Netanyahu.",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("2024-02-01_x.txt"),
        "Blinken met Netanyahu.",
    )
    .unwrap();
    run(
        dir.path(),
        &[
            "build",
            news.to_str().unwrap(),
            "2024-01-05_note.txt",
            "2024-02-01_x.txt",
            "--date-from",
            r"(\d{4}-\d{2}-\d{2})",
            "--metadata",
            "meta.jsonl",
            "--out",
            "out",
            "--format",
            "json",
        ],
    )
    .success();
    let graph = inline_evidence(read_json(&dir.path().join("out/graph.json")));
    let days: Vec<&str> = graph["graph"]["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d[0].as_str().unwrap())
        .collect();
    assert_eq!(
        days,
        [
            "2024-01-06",
            "2024-02-01",
            "2024-03-15",
            "2024-03-21",
            "2024-03-22"
        ]
    );
    let evidence: Vec<&serde_json::Value> = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["evidence"].as_array().unwrap())
        .collect();
    let of = |document: &str| {
        *evidence
            .iter()
            .find(|v| v["document"] == document)
            .unwrap_or_else(|| panic!("no evidence from {document}"))
    };
    assert_eq!(of("cairo-0314")["date"], "2024-03-15");
    assert_eq!(of("cairo-0314")["title"], "Blinken and Shoukry talk Gaza");
    assert_eq!(of("tel-aviv-0322")["date"], "2024-03-22");
    assert_eq!(of("tel-aviv-0322")["url"], "https://example.org/ta");
    assert_eq!(of("2024-01-05_note")["title"], "Note");
}

#[test]
fn a_sidecar_in_the_corpus_folder_is_named_not_guessed() {
    let dir = temp();
    std::fs::create_dir(dir.path().join("corpus")).unwrap();
    std::fs::write(dir.path().join("corpus/a.txt"), "Blinken met Shoukry.").unwrap();
    std::fs::write(
        dir.path().join("corpus/metadata.csv"),
        "id,date\na,2024-03-21\n",
    )
    .unwrap();
    let out = run(dir.path(), &["build", "corpus", "--out", "out"]);
    out.success()
        .stderr_has("note: corpus/metadata.csv is not read; pass --metadata corpus/metadata.csv");
    let graph = read_json(&dir.path().join("out/graph.json.gz"));
    assert!(graph["graph"]["timeline"].as_array().unwrap().is_empty());
    let quiet = run(dir.path(), &["build", "corpus", "--out", "out", "--quiet"]);
    assert_eq!(quiet.success().stderr(), "");
    // A JSON Lines sidecar inside the folder is the sidecar, not a file of documents.
    std::fs::remove_file(dir.path().join("corpus/metadata.csv")).unwrap();
    std::fs::write(
        dir.path().join("corpus/metadata.jsonl"),
        "{\"id\": \"a\", \"date\": \"2024-03-21\"}\n",
    )
    .unwrap();
    let out = run(
        dir.path(),
        &[
            "build",
            "corpus",
            "--metadata",
            "corpus/metadata.jsonl",
            "--out",
            "out",
        ],
    );
    out.success();
    assert!(!out.stderr().contains("warning"), "{}", out.description);
    let graph = read_json(&dir.path().join("out/graph.json.gz"));
    assert_eq!(graph["graph"]["documents"], 1);
    assert_eq!(graph["graph"]["timeline"][0][0], "2024-03-21");
}
