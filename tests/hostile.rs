//! Hostile entity names through every exporter: quotes, backslashes, `<>&`, a
//! right-to-left mark, emoji, padding spaces, DOT keywords, percent signs and a trailing
//! backslash. Tabs and newlines cannot enter through a TSV field, so control characters
//! are tested at the exporter level (the unit tests in src/export/).

use std::collections::BTreeSet;
use std::path::Path;

use crate::util::*;

/// (name as written in people.tsv, alias) — every name is mentioned by its own text.
const NAMES: &[&str] = &[
    "Dr. \"Quote\" O'Neil",
    "Back\\slash Party",
    "<b>Bold</b> & Co",
    "Amira \u{200f}Hassan",
    "Rocket 🚀 Ramirez",
    " Spacey Sanchez ",
    "graph",
    "Node",
    "Edge",
    "Hundred% Percent",
    "Ends With\\",
    "Quote\" Only",
];

fn write_gazetteer(dir: &Path) {
    let g = dir.join("g");
    std::fs::create_dir_all(&g).unwrap();
    let mut people = String::from("name\taliases\n");
    for name in NAMES {
        people.push_str(&format!("{name}\t{}|\"{}\"\n", name.trim(), name.trim()));
    }
    std::fs::write(g.join("people.tsv"), people).unwrap();
}

fn write_corpus(dir: &Path) {
    let mut text = String::from("At the summit ");
    for name in NAMES {
        text.push_str(name.trim());
        text.push_str(" , ");
    }
    text.push_str("all met.\n");
    std::fs::write(dir.join("hostile.txt"), text).unwrap();
}

fn expected_ids() -> BTreeSet<String> {
    NAMES.iter().map(|n| n.trim().to_string()).collect()
}

/// Fails unless `text` is well-formed XML.
fn parses_as_xml(what: &str, text: &str) {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut elements = 0;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(_) | quick_xml::events::Event::Empty(_)) => {
                elements += 1
            }
            Ok(quick_xml::events::Event::Text(t)) => {
                t.unescape().unwrap_or_else(|e| {
                    panic!("{what}: bad text at {}: {e}", reader.buffer_position())
                });
            }
            Ok(_) => {}
            Err(e) => panic!(
                "{what} is not XML at byte {}: {e}\n{text}",
                reader.buffer_position()
            ),
        }
    }
    assert!(elements > 5, "{what}: too few elements");
}

fn dot_available() -> bool {
    std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn build(dir: &Path, renderer: &str) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(dir)
        .env("NEWSGRAPH_RENDERER", renderer)
        .args([
            "build",
            "hostile.txt",
            "--gazetteer",
            "g",
            "--out",
            "out",
            "--formats",
            "json,dot,svg,graphml,csv",
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "build with {renderer}: {}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn hostile_names_survive_every_format() {
    let dir = temp();
    write_gazetteer(dir.path());
    write_corpus(dir.path());
    build(dir.path(), "builtin");
    let out = dir.path().join("out");
    let read = |name: &str| std::fs::read_to_string(out.join(name)).unwrap();

    // JSON ids are the gazetteer names (trimmed).
    let graph: serde_json::Value = serde_json::from_str(&read("graph.json")).unwrap();
    let json_ids: BTreeSet<String> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(json_ids, expected_ids());
    assert!(!graph["edges"].as_array().unwrap().is_empty());

    // CSV round-trips: the ids read back equal the JSON ids.
    let mut nodes = csv::Reader::from_reader(std::io::Cursor::new(read("nodes.csv")));
    let column = nodes
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "id")
        .expect("an id column");
    let csv_ids: BTreeSet<String> = nodes
        .records()
        .map(|r| r.unwrap()[column].to_string())
        .collect();
    assert_eq!(csv_ids, json_ids, "nodes.csv ids");
    let mut edges = csv::Reader::from_reader(std::io::Cursor::new(read("edges.csv")));
    let headers = edges.headers().unwrap().clone();
    let (s, t) = (
        headers.iter().position(|h| h == "source").unwrap(),
        headers.iter().position(|h| h == "target").unwrap(),
    );
    let mut count = 0;
    for record in edges.records() {
        let record = record.unwrap();
        assert!(json_ids.contains(&record[s]) && json_ids.contains(&record[t]));
        count += 1;
    }
    assert_eq!(count, graph["edges"].as_array().unwrap().len());

    // XML formats parse.
    parses_as_xml("graph.graphml", &read("graph.graphml"));
    parses_as_xml("graph.svg (builtin)", &read("graph.svg"));

    if !dot_available() {
        eprintln!("note: Graphviz `dot` is not installed; skipped the dot and graphviz SVG checks");
        return;
    }
    let dot = std::process::Command::new("dot")
        .args(["-Tsvg", "out/graph.dot"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&dot.stderr);
    assert!(dot.status.success(), "dot failed: {stderr}");
    assert!(stderr.is_empty(), "dot warned: {stderr}");
    parses_as_xml("dot -Tsvg", &String::from_utf8_lossy(&dot.stdout));
    build(dir.path(), "graphviz");
    parses_as_xml("graph.svg (graphviz)", &read("graph.svg"));
}

#[test]
fn hostile_names_print_no_control_characters() {
    let dir = temp();
    write_gazetteer(dir.path());
    write_corpus(dir.path());
    build(dir.path(), "builtin");
    for name in NAMES {
        let run = run(
            dir.path(),
            &["neighbors", name.trim(), "--graph", "out/graph.json"],
        );
        run.success();
        let stdout = run.stdout();
        assert!(
            !stdout.chars().any(|c| c.is_control() && c != '\n'),
            "raw control characters for {name:?}\n{}",
            run.description
        );
        assert!(stdout.lines().count() > 2, "{}", run.description);
    }
}
