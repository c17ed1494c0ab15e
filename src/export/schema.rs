//! The `graph.json` wire format: networkx's node-link form.
//!
//! These types are the contract notebooks rely on. They are separate from the
//! in-memory [`crate::graph::KnowledgeGraph`] so that an internal refactor cannot
//! silently change what users read. Fields may be added; existing ones change only with a
//! note in the README's graph.json section (the last: evidence by reference, where an
//! evidence record names a row of the graph attribute `evidence_windows`).

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
    /// The co-occurrence window: `sentence`, `paragraph`, `document` or `tokens:K`.
    pub window: String,
    /// Windows read (the denominator of PMI); 0 in graphs written before it existed.
    #[serde(default)]
    pub windows: u64,
    /// Evidence windows kept per edge (and as many meetings): `--evidence`.
    #[serde(default = "default_evidence_limit")]
    pub evidence_limit: usize,
    /// How the graph was made, beyond the window and evidence limit (absent in graphs
    /// written before it existed): `merge` refuses shards whose provenance differs.
    #[serde(flatten)]
    pub provenance: Provenance,
    /// Per day of the dated documents: `[day, documents, sentences, windows]`, by day
    /// (see [`crate::graph::timeline`]). Absent in graphs written before it existed, which
    /// cannot answer `--since`/`--until`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<Vec<DayRecord>>,
    /// The documents of the evidence windows, by date (undated last) and id; windows
    /// name them by position.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence_documents: Vec<DocumentRecord>,
    /// Every evidence window once, in evidence order (document, start, end); edges'
    /// evidence names them by position.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence_windows: Vec<WindowRecord>,
}

/// A document some evidence comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// Document id (the file stem for plain files).
    pub id: SharedText,
    /// The document's date, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<SharedText>,
    /// The document's title, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<SharedText>,
    /// The document's URL, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<SharedText>,
}

/// A window (sentence by default) of a document, stored once however many edges keep
/// it as evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowRecord {
    /// Position of the document in `evidence_documents`.
    pub document: u32,
    /// Byte offset of the window's start in the original document.
    pub start: usize,
    /// Byte offset of the window's end (exclusive) in the original document.
    pub end: usize,
    /// The window's text as written.
    pub text: SharedText,
}

impl NodeLinkGraph {
    /// The window an evidence record names; `None` when the id is out of range.
    pub fn window(&self, evidence: &EvidenceRecord) -> Option<&WindowRecord> {
        self.graph.evidence_windows.get(evidence.window as usize)
    }

    /// The document of a window; `None` when the position is out of range.
    pub fn document(&self, window: &WindowRecord) -> Option<&DocumentRecord> {
        self.graph.evidence_documents.get(window.document as usize)
    }

    /// Drops the windows no edge's evidence names and the documents no window names,
    /// renumbering the rest in their order (for a graph cut or recounted from a bigger
    /// one).
    pub fn drop_unused_evidence(&mut self) {
        let info = &mut self.graph;
        let mut used = vec![false; info.evidence_windows.len()];
        for ev in self.edges.iter().flat_map(|e| &e.evidence) {
            if let Some(slot) = used.get_mut(ev.window as usize) {
                *slot = true;
            }
        }
        let mut window_ids = vec![u32::MAX; used.len()];
        let mut document_used = vec![false; info.evidence_documents.len()];
        let mut next = 0u32;
        for (i, window) in info.evidence_windows.iter().enumerate() {
            if used[i] {
                window_ids[i] = next;
                next += 1;
                if let Some(slot) = document_used.get_mut(window.document as usize) {
                    *slot = true;
                }
            }
        }
        let mut document_ids = vec![u32::MAX; document_used.len()];
        let mut next = 0u32;
        for (i, &kept) in document_used.iter().enumerate() {
            if kept {
                document_ids[i] = next;
                next += 1;
            }
        }
        let mut i = 0;
        info.evidence_windows.retain(|_| {
            i += 1;
            used[i - 1]
        });
        for window in &mut info.evidence_windows {
            window.document = document_ids
                .get(window.document as usize)
                .copied()
                .unwrap_or(window.document);
        }
        let mut i = 0;
        info.evidence_documents.retain(|_| {
            i += 1;
            document_used[i - 1]
        });
        for ev in self.edges.iter_mut().flat_map(|e| &mut e.evidence) {
            if let Some(&id) = window_ids.get(ev.window as usize) {
                ev.window = id;
            }
        }
    }

    /// The date of the document an evidence record comes from, when known.
    pub fn evidence_date(&self, evidence: &EvidenceRecord) -> Option<&str> {
        let window = self.window(evidence)?;
        self.document(window)?.date.as_deref()
    }
}

/// One day of a timeline: `[day, count, count, count]`, a JSON array whose counts are,
/// for the graph, documents, sentences, windows; for a node, mentions, windows,
/// documents; for an edge, co-mentions, meetings, documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRecord(pub String, pub u64, pub u64, pub u64);

pub use crate::graph::Provenance;

fn default_evidence_limit() -> usize {
    5
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
    /// Windows that mention the entity (for association measures).
    #[serde(default)]
    pub windows: u64,
    /// Countries or organizations the entity belongs to (from the gazetteer or the text).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub affiliations: Vec<String>,
    /// Date of the earliest dated document mentioning it (ISO 8601 `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    /// Date of the latest dated document mentioning it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    /// Per day of the dated documents mentioning it: `[day, mentions, windows,
    /// documents]`, by day; empty (absent) when none is dated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<DayRecord>,
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
    /// Counts per relation: `co_mention` (= weight), `met` (sentences saying the two
    /// met), `affiliation` (1 when one belongs to the other).
    #[serde(default)]
    pub relations: BTreeMap<String, u64>,
    /// `met` per kind of meeting: `meeting`, `phone`, `visit`, `host`, `talks`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub meetings: BTreeMap<String, u64>,
    /// When the link is an affiliation: who belongs to what, and where that came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<AffiliationRecord>,
    /// Date of the earliest dated evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    /// Date of the latest dated evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    /// Per day of the dated documents with a co-mention or meeting: `[day, co_mention,
    /// met, documents]`, by day; what undated documents add is the totals minus the sums.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<DayRecord>,
    /// A bounded, deterministic sample of the windows (earliest first).
    pub evidence: Vec<EvidenceRecord>,
}

/// A person's (or organization's) membership of a country or organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AffiliationRecord {
    /// The member (a person or organization).
    pub member: String,
    /// What it belongs to (a country or organization).
    pub of: String,
    /// `gazetteer` and/or `text`.
    pub sources: Vec<String>,
}

/// Text shared between the graph and its wire form (and between the evidence of
/// many pairs): cloning it copies a pointer.
pub type SharedText = std::sync::Arc<str>;

/// Where a link was seen: a window of one document, named by its position in the
/// graph's `evidence_windows`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    /// Position of the window in `evidence_windows`.
    pub window: u32,
    /// The surface forms of the two entities in this window (source's, then target's).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<SharedText>,
    /// The relation this window shows: `met` when a meeting cue fired, else absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<String>,
    /// For `met`: the cue that fired ("held talks with").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<SharedText>,
    /// For `met`: the meeting is announced, not yet held ("is set to meet").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub planned: bool,
    /// For `met`: `meeting`, `phone`, `visit`, `host` or `talks`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// For `met`: the CAMEO event code (036 planned, 040 meeting, 041 phone, 042 visit,
    /// 043 host, 046 talks).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
}
