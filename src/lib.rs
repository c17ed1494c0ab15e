//! newsgraph turns news articles into a knowledge graph of who met whom.
//!
//! The pipeline, one module per stage:
//!
//! documents ([`input`]) -> decoded and folded text with an offset map, sentences
//! ([`text`]) -> mentions of gazetteer entities ([`gazetteer`], [`matcher`]) ->
//! co-occurrences per window and meetings ([`relate`], [`relate::meeting`]) ->
//! [`graph::KnowledgeGraph`] with its questions ([`graph::query`], [`graph::measures`],
//! [`graph::analysis`], [`graph::select`]: paths, centrality, components, communities,
//! and [`graph::timeline`]: counts per day, for date ranges) -> exporters ([`export`]).
//! [`pipeline`] runs the stages over many documents in parallel.
//!
//! # Example
//! ```
//! use newsgraph::graph::KnowledgeGraph;
//! use newsgraph::pipeline::{Analyzer, BuildOptions, Model};
//! use newsgraph::relate::DocumentMeta;
//!
//! let model = Model::builtin().unwrap();
//! let mut analyzer = Analyzer::new(&model);
//! let options = BuildOptions::default();
//! let meta = DocumentMeta { id: "doc1".into(), ..Default::default() };
//! let text = "Blinken met Egyptian Foreign Minister Sameh Shoukry in Cairo.";
//! let relations = analyzer.relate(&meta, text, &options);
//!
//! let mut graph = KnowledgeGraph::new("sentence", options.evidence_limit);
//! graph.add_document(relations, &model.gazetteer);
//! let neighbours = graph.neighbors("Antony Blinken").unwrap();
//! let names: Vec<&str> = neighbours.iter().map(|n| n.node.id.as_str()).collect();
//! assert_eq!(names, ["Cairo", "Egypt", "Sameh Shoukry"]);
//! // The sentence says they met; "Egyptian Foreign Minister" is an affiliation.
//! let shoukry = neighbours.iter().find(|n| n.node.id == "Sameh Shoukry").unwrap();
//! assert_eq!(shoukry.edge.met(), 1);
//! assert!(graph.node("Sameh Shoukry").unwrap().affiliations.contains("Egypt"));
//! ```
//!
//! # Features
//! `cli` (on by default) builds the `newsgraph` command and pulls in what only it needs
//! (clap, anyhow, indicatif, anstream, signal-hook). The library alone:
//! `newsgraph = { version = "0.1", default-features = false }`. The library reads no
//! environment variable and starts no process unless told to: SVG is drawn by the
//! renderer the caller names ([`export::svg::SvgOptions`]).

#![deny(missing_docs)]

pub mod eval;
pub mod export;
pub mod gazetteer;
pub mod graph;
pub mod input;
pub mod matcher;
pub mod pipeline;
pub mod relate;
pub mod suggest;
pub mod text;

// The graph's questions live in `graph/`; these paths stay for library users.
pub use graph::{analysis, measures, query, select, timeline};
