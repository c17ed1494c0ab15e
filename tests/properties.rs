//! Properties of whole builds on generated corpora: every edge endpoint is a node,
//! JSON export -> load -> export is identical, and merging shards equals building the
//! whole.

use std::sync::OnceLock;

use newsgraph::export::json::to_json;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::pipeline::{Analyzer, BuildOptions, Model};
use newsgraph::relate::DocumentMeta;
use proptest::prelude::*;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::builtin().expect("built-in model"))
}

/// Documents made of names, cues and filler, so that links and meetings happen.
fn corpus() -> impl Strategy<Value = Vec<String>> {
    let piece = prop::sample::select(vec![
        "Blinken",
        "Netanyahu",
        "Egyptian officials",
        "Sameh Shoukry",
        "Hamas",
        "Qatar",
        "the US",
        "Cairo",
        "met",
        "held talks with",
        "is set to meet with",
        "in",
        "and",
        "said",
        ".",
        ". ",
        "\n",
        ", ",
        " ",
        "Israeli",
        "Al Thani",
        "Emir Tamim",
        "Gaza",
        "herzogsaid",
        "U.S.",
        "İstanbul",
        "’s",
    ]);
    let document = prop::collection::vec(piece, 0..40).prop_map(|p| p.join(" "));
    prop::collection::vec(document, 1..6)
}

fn build(docs: &[(String, String)], options: &BuildOptions) -> KnowledgeGraph {
    let model = model();
    let mut analyzer = Analyzer::new(model);
    let mut graph = KnowledgeGraph::new(&options.window.to_string(), options.evidence_limit);
    for (id, text) in docs {
        let meta = DocumentMeta {
            id: id.clone(),
            ..Default::default()
        };
        graph.add_document(analyzer.relate(&meta, text, options), &model.gazetteer);
    }
    graph.add_gazetteer_affiliations(&model.gazetteer);
    graph
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn builds_are_consistent(texts in corpus(), split in 0usize..6, limit in 1usize..4) {
        let docs: Vec<(String, String)> = texts
            .into_iter()
            .enumerate()
            .map(|(i, t)| (format!("doc{i:02}"), t))
            .collect();
        let options = BuildOptions { evidence_limit: limit, ..BuildOptions::default() };
        let whole = build(&docs, &options);
        let wire = whole.to_node_link();

        // Every edge endpoint is a node.
        for edge in &wire.edges {
            prop_assert!(wire.nodes.iter().any(|n| n.id == edge.source));
            prop_assert!(wire.nodes.iter().any(|n| n.id == edge.target));
            prop_assert!(edge.source < edge.target);
        }

        // The outline is the whole without evidence and timelines, and draws the same.
        let outline = whole.to_node_link_outline();
        let mut bare = wire.clone();
        bare.graph.evidence_documents.clear();
        bare.graph.evidence_windows.clear();
        for edge in &mut bare.edges {
            edge.evidence.clear();
            edge.timeline.clear();
        }
        prop_assert_eq!(&outline, &bare);
        prop_assert_eq!(newsgraph::export::dot::to_dot(&outline), newsgraph::export::dot::to_dot(&wire));
        // Streaming the DOT from the graph prints the same bytes, with widths too.
        let strength = |source: &str, target: &str| (source.len() as f64) - (target.len() as f64).sqrt();
        let strengths: Vec<f64> = wire.edges.iter().map(|e| strength(&e.source, &e.target)).collect();
        for (by, expected) in [
            (None, newsgraph::export::dot::to_dot(&wire)),
            (Some(&strength as &dyn Fn(&str, &str) -> f64), newsgraph::export::dot::to_dot_with(&wire, Some(&strengths))),
        ] {
            let mut streamed = Vec::new();
            newsgraph::export::dot::write_dot(&whole, by, &mut streamed).unwrap();
            prop_assert_eq!(String::from_utf8(streamed).unwrap(), expected);
        }

        // JSON export -> load -> export is identical.
        let json = to_json(&wire);
        // Streaming the JSON from the graph writes the same bytes.
        let mut streamed = Vec::new();
        whole.write_json(&mut streamed).unwrap();
        prop_assert_eq!(String::from_utf8(streamed).unwrap(), json.clone());
        let loaded: newsgraph::export::schema::NodeLinkGraph = serde_json::from_str(&json).unwrap();
        let again = KnowledgeGraph::from_node_link(loaded, limit).unwrap();
        prop_assert_eq!(&to_json(&again.to_node_link()), &json);

        // Merging the graphs of two shards equals building the whole.
        let split = split.min(docs.len());
        let mut first = build(&docs[..split], &options);
        let second = build(&docs[split..], &options);
        first.merge(second);
        first.add_gazetteer_affiliations(&model().gazetteer);
        prop_assert_eq!(&to_json(&first.to_node_link()), &json);
    }
}

/// Bytes that are sometimes text with names, sometimes anything (NUL, invalid UTF-8,
/// braces for JSON Lines).
fn raw_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            &b"Blinken met Sameh Shoukry in Cairo."[..],
            b"\n",
            b"{\"id\": \"x\", \"text\": \"Hamas and Qatar.\"}\n",
            b"{\"text\": 5}\n",
            b"\xff\xfe",
            b"\0",
            b"\r\n",
        ])
        .prop_map(<[u8]>::to_vec),
        prop::collection::vec(any::<u8>(), 0..16),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// What the `build_e2e` fuzz target checks, on a few cases in every test run: any
    /// bytes, read as a plain file, as one line and as JSON Lines, build a graph whose
    /// JSON reads back valid and writes the same bytes.
    #[test]
    fn any_bytes_build_a_graph_that_round_trips(data in raw_bytes()) {
        use newsgraph::input::{collect_sources, DocumentReader};
        use newsgraph::pipeline::build_graph;
        let dir = tempfile::tempdir().unwrap();
        let one_line: Vec<u8> = data
            .iter()
            .map(|&b| if b == b'\n' || b == b'\r' { b' ' } else { b })
            .collect();
        let mut paths = Vec::new();
        for (name, bytes) in [("doc.txt", &data[..]), ("line.txt", &one_line[..]), ("feed.jsonl", &data[..])] {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            paths.push(path);
        }
        let sources = collect_sources(&paths).unwrap();
        let report = build_graph(
            DocumentReader::new(sources, None).max_document_size(1 << 20),
            model(),
            &BuildOptions::default(),
        );
        let mut json = Vec::new();
        report.graph.write_json(&mut json).unwrap();
        let wire: newsgraph::export::schema::NodeLinkGraph = serde_json::from_slice(&json).unwrap();
        prop_assert!(KnowledgeGraph::validate(&wire).is_ok());
        let again = KnowledgeGraph::from_node_link(wire, report.graph.evidence_limit()).unwrap();
        let mut second = Vec::new();
        again.write_json(&mut second).unwrap();
        prop_assert!(json == second, "JSON -> graph -> JSON changed the bytes");
    }
}

/// Sentences in the shapes the meeting rule reads clause by clause: openers, reporting
/// clauses, appositions after offices, quotations, dashes, relative clauses, pronouns,
/// and names with full stops inside them that the sentence splitter may cut ("Guðni Th.
/// Jóhannesson", "Antony J. Blinken", "U.S.").
fn clause_rich() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "During talks with",
        "After meeting the president of Egypt",
        "Polish Foreign Minister Radosław Sikorski",
        "Guðni Th. Jóhannesson",
        "Secretary of State Antony J. Blinken",
        "the U.S.",
        "Netanyahu",
        "Sisi",
        "Egypt",
        "Hamas",
        "Cairo",
        "According to",
        "said after talks with",
        "told reporters on Monday after meeting",
        "who met",
        "which hosted",
        "the call that",
        "had with",
        "met",
        "spoke by phone with",
        "a meeting between",
        "and",
        "is planned for Friday",
        "he",
        "him",
        "his meeting with",
        "their",
        "members of",
        "“",
        "”",
        "\"",
        "—",
        "(",
        ")",
        ",",
        ";",
        ":",
        ".",
        "Th.",
        "Dr.",
        "\n",
    ]);
    prop::collection::vec(piece, 0..32).prop_map(|p| p.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// The meeting rule reads any arrangement of its clause shapes without panicking, and
    /// every met pair it finds is a pair of entities the document names.
    #[test]
    fn clause_shapes_never_panic(texts in prop::collection::vec(clause_rich(), 1..4)) {
        let model = model();
        let mut analyzer = Analyzer::new(model);
        for (i, text) in texts.iter().enumerate() {
            let meta = DocumentMeta { id: format!("doc{i}"), ..Default::default() };
            let relations = analyzer.relate(&meta, text, &BuildOptions::default());
            let named: Vec<_> = analyzer.mentions.resolved.iter().map(|m| m.entity).collect();
            for pair in relations.pairs.iter().filter(|p| p.met > 0) {
                prop_assert!(named.contains(&pair.a) && named.contains(&pair.b), "{text:?}");
            }
        }
    }
}
