//! `build` end to end on arbitrary bytes, read as a plain-text file, as the same text on
//! one line (a scraper's article without line breaks) and as JSON Lines: reading never
//! panics (bad input is a `Problem`), and the graph written as JSON reads back as a
//! valid graph that writes the same bytes again.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use newsgraph::export::json::read_graph;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::input::{collect_sources, DocumentReader};
use newsgraph::pipeline::{build_graph, BuildOptions, Model};

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::builtin().expect("built-in model"))
}

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("newsgraph-fuzz-build-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let one_line: Vec<u8> = data
        .iter()
        .map(|&b| if b == b'\n' || b == b'\r' { b' ' } else { b })
        .collect();
    let mut paths = Vec::new();
    for (name, bytes) in [
        ("doc.txt", data),
        ("line.txt", &one_line[..]),
        ("feed.jsonl", data),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("input written");
        paths.push(path);
    }
    let sources = collect_sources(&paths).expect("the inputs exist");
    let documents = DocumentReader::new(sources, None).max_document_size(1 << 20);
    let report = build_graph(documents, model(), &BuildOptions::default());
    let mut json = Vec::new();
    report.graph.write_json(&mut json).expect("JSON in memory");
    let path = dir.join("graph.json");
    std::fs::write(&path, &json).expect("graph.json written");
    let wire = read_graph(&path).expect("graph.json reads back");
    KnowledgeGraph::validate(&wire).expect("every edge endpoint is a node");
    let again = KnowledgeGraph::from_node_link(wire, report.graph.evidence_limit())
        .expect("graph.json loads");
    let mut second = Vec::new();
    again.write_json(&mut second).expect("JSON in memory");
    assert!(json == second, "JSON -> graph -> JSON changed the bytes");
});
