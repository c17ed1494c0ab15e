//! `make bench`: speed of the hot loops against the floor, and of queries.
//!
//! The corpus is synthetic and deterministic: the sample articles' sentences recombined
//! in a fixed pseudo-random order up to a few megabytes. Groups:
//! - `scan`: the floor (a plain aho-corasick count of the same aliases over the same
//!   bytes), folding alone, and folding + matching;
//! - `document`: the whole per-document analysis (sentences, mentions, meetings,
//!   co-occurrences);
//! - `build`: the whole build over the corpus on the rayon pool;
//! - `query`: loading a generated graph of 100,000 edges from JSON and answering
//!   `neighbors`.

use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use newsgraph::export::json::to_json;
use newsgraph::export::schema::{EdgeRecord, GraphInfo, NodeLinkGraph, NodeRecord};
use newsgraph::graph::KnowledgeGraph;
use newsgraph::input::Document;
use newsgraph::matcher::DocumentMentions;
use newsgraph::pipeline::{build_graph, Analyzer, BuildOptions, Model};
use newsgraph::relate::DocumentMeta;
use newsgraph::text::FoldedText;

/// Sentences of the sample corpus recombined into documents of about 3 KB, `bytes` in all.
fn synthetic_corpus(bytes: usize) -> Vec<String> {
    let mut sentences = Vec::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(path).unwrap();
        sentences.extend(newsgraph::text::sentences(&text).map(|r| text[r].to_string()));
    }
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let (mut docs, mut total) = (Vec::new(), 0);
    while total < bytes {
        let mut doc = String::new();
        while doc.len() < 3000 {
            doc.push_str(&sentences[(next() % sentences.len() as u64) as usize]);
            doc.push(if next() % 4 == 0 { '\n' } else { ' ' });
        }
        total += doc.len();
        docs.push(doc);
    }
    docs
}

fn scan(c: &mut Criterion) {
    let model = Model::builtin().unwrap();
    let docs = synthetic_corpus(4 << 20);
    let bytes: usize = docs.iter().map(String::len).sum();
    let aliases: Vec<String> = model
        .gazetteer
        .entities()
        .iter()
        .flat_map(|e| e.aliases.iter().map(|a| a.text.clone()))
        .collect();
    let floor = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&aliases)
        .unwrap();
    let mut group = c.benchmark_group("scan");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("floor: aho-corasick count", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| floor.find_iter(d.as_str()).count())
                .sum::<usize>()
        })
    });
    let mut folded = FoldedText::default();
    group.bench_function("fold", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    folded.refold(d);
                    folded.as_str().len()
                })
                .sum::<usize>()
        })
    });
    let mut mentions = DocumentMentions::default();
    group.bench_function("fold + match", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    folded.refold(d);
                    mentions.clear();
                    model.matcher.find_into(d, &folded, &mut mentions);
                    mentions.mentions.len()
                })
                .sum::<usize>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("document");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    let mut analyzer = Analyzer::new(&model);
    let options = BuildOptions::default();
    let meta = DocumentMeta {
        id: "bench".into(),
        ..Default::default()
    };
    group.bench_function("analyze", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    analyzer.analyze(d);
                    analyzer.cues.len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("analyze + relate", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| analyzer.relate(&meta, d, &options).pairs.len())
                .sum::<usize>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("build");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    let documents: Vec<Document> = docs
        .iter()
        .enumerate()
        .map(|(i, text)| Document {
            meta: DocumentMeta {
                id: format!("d{i:06}"),
                ..Default::default()
            },
            text: text.clone(),
            warnings: Vec::new(),
        })
        .collect();
    group.bench_function("build_graph (all cores)", |b| {
        b.iter_batched(
            || documents.clone(),
            |documents| {
                build_graph(documents.into_iter().map(Ok), &model, &options)
                    .graph
                    .edge_count()
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

/// A graph of `nodes` entities and `edges` links, as graph.json text.
fn generated_graph(nodes: usize, edges: usize) -> String {
    let id = |i: usize| format!("Entity {i:06}");
    let node_records = (0..nodes)
        .map(|i| NodeRecord {
            id: id(i),
            kind: ["person", "country", "organization", "place"][i % 4].to_string(),
            mentions: 10,
            documents: 3,
            aliases: BTreeMap::from([(id(i), 10)]),
            windows: 10,
            affiliations: Vec::new(),
            first_seen: None,
            last_seen: None,
            timeline: Vec::new(),
        })
        .collect();
    let mut pairs = std::collections::BTreeSet::new();
    let mut state: u64 = 42;
    while pairs.len() < edges {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        let a = (state >> 33) as usize % nodes;
        let b = ((state >> 13) as usize) % nodes;
        if a != b {
            pairs.insert((a.min(b), a.max(b)));
        }
    }
    let edge_records = pairs
        .into_iter()
        .map(|(a, b)| EdgeRecord {
            source: id(a),
            target: id(b),
            weight: 1 + (a + b) as u64 % 7,
            documents: 1,
            relations: BTreeMap::from([("co_mention".to_string(), 1 + (a + b) as u64 % 7)]),
            meetings: BTreeMap::new(),
            affiliation: None,
            first_seen: None,
            last_seen: None,
            timeline: Vec::new(),
            evidence: Vec::new(),
        })
        .collect();
    to_json(&NodeLinkGraph {
        directed: false,
        multigraph: false,
        graph: GraphInfo {
            generator: "bench".into(),
            documents: 1,
            sentences: 1,
            window: "sentence".into(),
            windows: 1000,
            evidence_limit: 5,
            provenance: Default::default(),
            timeline: None,
            evidence_documents: Vec::new(),
            evidence_windows: Vec::new(),
        },
        nodes: node_records,
        edges: edge_records,
    })
}

fn query(c: &mut Criterion) {
    let json = generated_graph(10_000, 100_000);
    let mut group = c.benchmark_group("query");
    group.sample_size(10);
    group.bench_function("load 100k-edge graph.json + neighbors", |b| {
        b.iter(|| {
            let wire: NodeLinkGraph = serde_json::from_str(&json).unwrap();
            let graph = KnowledgeGraph::from_node_link(wire, 5).unwrap();
            graph.neighbors("Entity 000042").unwrap().len()
        })
    });
    group.finish();
}

criterion_group!(benches, scan, query);
criterion_main!(benches);
