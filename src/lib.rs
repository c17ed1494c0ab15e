//! newsgraph turns news articles into a knowledge graph of who met whom.
//!
//! The pipeline, one module per stage:
//!
//! documents ([`input`]) -> decoded and folded text with an offset map, sentences
//! ([`text`]) -> mentions of gazetteer entities ([`gazetteer`], [`matcher`]) ->
//! co-occurrences per window, with evidence ([`relate`]) -> [`graph::KnowledgeGraph`]
//! -> exporters ([`export`]). [`pipeline`] runs the stages over many documents in
//! parallel.
//!
//! # Example
//! ```
//! use newsgraph::gazetteer::Gazetteer;
//! use newsgraph::matcher::Matcher;
//! use newsgraph::pipeline::{Analyzer, BuildOptions};
//! use newsgraph::graph::KnowledgeGraph;
//!
//! let gazetteer = Gazetteer::builtin().unwrap();
//! let matcher = Matcher::new(&gazetteer).unwrap();
//! let mut analyzer = Analyzer::new(&matcher);
//! let options = BuildOptions::default();
//! let text = "Blinken met Egyptian Foreign Minister Sameh Shoukry in Cairo.";
//! let relations = analyzer.relate("doc1", text, &options);
//!
//! let mut graph = KnowledgeGraph::new("sentence", options.evidence_limit);
//! graph.add_document(relations, &gazetteer);
//! let names: Vec<&str> = graph
//!     .neighbors("Antony Blinken")
//!     .unwrap()
//!     .iter()
//!     .map(|n| n.node.id.as_str())
//!     .collect();
//! assert_eq!(names, ["Cairo", "Egypt", "Sameh Shoukry"]);
//! ```

pub mod eval;
pub mod export;
pub mod gazetteer;
pub mod graph;
pub mod input;
pub mod matcher;
pub mod pipeline;
pub mod query;
pub mod relate;
pub mod text;
