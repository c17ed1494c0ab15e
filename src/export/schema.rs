//! The `graph.json` wire format: networkx's node-link form.
//!
//! These types are the contract notebooks rely on. They are separate from the
//! in-memory [`crate::graph::KnowledgeGraph`] so that an internal refactor cannot
//! silently change what users read. Fields may be added; existing ones never change.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A whole graph in networkx node-link form (`networkx.node_link_graph` loads it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeLinkGraph {
    /// Always `false`: co-occurrence is symmetric.
    pub directed: bool,
    /// Always `false`: one edge per pair of entities.
    pub multigraph: bool,
    /// Graph-level attributes.
    pub graph: GraphInfo,
    /// Entities, sorted by id.
    pub nodes: Vec<NodeRecord>,
    /// Links, sorted by (source, target), with `source < target`.
    pub edges: Vec<EdgeRecord>,
}

/// Graph-level attributes: what produced the graph and from how much text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphInfo {
    /// `newsgraph <version>`.
    pub generator: String,
    /// Documents read.
    pub documents: u64,
    /// Sentences read.
    pub sentences: u64,
    /// The co-occurrence window, e.g. `sentence`.
    pub window: String,
}

/// One entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeRecord {
    /// Canonical name from the gazetteer.
    pub id: String,
    /// `person`, `country`, `organization` or `place`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Mentions across the corpus.
    pub mentions: u64,
    /// Documents that mention the entity.
    pub documents: u64,
    /// Surface forms as written in the text, with their counts.
    pub aliases: BTreeMap<String, u64>,
}

/// One undirected link between two entities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EdgeRecord {
    /// The smaller of the two entity ids.
    pub source: String,
    /// The larger of the two entity ids.
    pub target: String,
    /// Windows (sentences by default) in which both are mentioned.
    pub weight: u64,
    /// Distinct documents with at least one such window.
    pub documents: u64,
    /// A bounded, deterministic sample of the windows (earliest first).
    pub evidence: Vec<EvidenceRecord>,
}

/// Where a link was seen: a window of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    /// Document id (the file stem for plain files).
    pub document: String,
    /// Byte offset of the window's start in the original document.
    pub start: usize,
    /// Byte offset of the window's end (exclusive) in the original document.
    pub end: usize,
    /// The window's text as written.
    pub text: String,
}
