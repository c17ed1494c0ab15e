//! The knowledge graph: entities as nodes, co-mentions as weighted, evidenced edges.
//!
//! [`KnowledgeGraph`] hides petgraph and its `NodeIndex`: callers use entity ids
//! (canonical names). It grows by merging [`DocumentRelations`] one document at a
//! time, converts to and from the `graph.json` wire format, and answers neighbour
//! queries. Evidence per edge is kept sorted by (document, start) and cut to the
//! limit, so the result does not depend on the order documents are merged in.

pub mod analysis;
pub mod measures;
pub mod query;
pub mod select;
pub mod timeline;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use petgraph::graph::{EdgeIndex, NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

use crate::export::schema::{
    AffiliationRecord, EdgeRecord, EvidenceRecord, GraphInfo, NodeLinkGraph, NodeRecord,
    Provenance, SharedText,
};
use crate::gazetteer::{EntityType, Gazetteer};
use crate::graph::timeline::{Day, EdgeTimeline, GraphTimeline, NodeTimeline};
use crate::relate::meeting::{KindCounts, MeetingKind};
use crate::relate::{
    merge_evidence, DocumentMeta, DocumentRelations, Evidence, Meeting, SharedStr,
};

/// An entity in the graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Canonical name.
    pub id: String,
    /// Entity type.
    pub kind: EntityType,
    /// Mentions across the corpus.
    pub mentions: u64,
    /// Documents mentioning it.
    pub documents: u64,
    /// Surface forms with counts.
    pub aliases: BTreeMap<String, u64>,
    /// Windows mentioning it.
    pub windows: u64,
    /// Countries or organizations it belongs to (gazetteer or text).
    pub affiliations: BTreeSet<String>,
    /// The dated documents mentioning it span these days.
    pub seen: Option<(SharedStr, SharedStr)>,
    /// Mentions, windows and documents per day of its dated documents.
    pub timeline: NodeTimeline,
}

/// "member belongs to of", with where that came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Affiliation {
    /// The member.
    pub member: String,
    /// What it belongs to.
    pub of: String,
    /// `gazetteer` and/or `text`.
    pub sources: BTreeSet<String>,
}

/// A link between two entities.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Windows mentioning both (the `co_mention` relation).
    pub weight: u64,
    /// Sentences saying the two met (the `met` relation).
    pub met: u64,
    /// Those sentences per kind of meeting.
    pub meeting_kinds: KindCounts,
    /// Documents with such a window or sentence.
    pub documents: u64,
    /// Set when one belongs to the other (the `affiliation` relation); boxed, as
    /// most links have none.
    pub affiliation: Option<Box<Affiliation>>,
    /// The dated evidence spans these days.
    pub seen: Option<(SharedStr, SharedStr)>,
    /// Co-mentions, meetings and documents per day of its dated documents.
    pub timeline: EdgeTimeline,
    /// The earliest windows and meetings (see [`merge_evidence`]).
    pub evidence: Vec<Evidence>,
}

impl Edge {
    /// The count of a relation: `co_mention`, `met` or `affiliation`.
    pub fn relation(&self, relation: Relation) -> u64 {
        match relation {
            Relation::CoMention => self.weight,
            Relation::Met => self.met,
            Relation::Affiliation => u64::from(self.affiliation.is_some()),
        }
    }
}

/// The kinds of link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Mentioned in the same window.
    CoMention,
    /// The text says they met.
    Met,
    /// One belongs to the other.
    Affiliation,
}

impl Relation {
    /// The name used in `relations` maps and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::CoMention => "co_mention",
            Relation::Met => "met",
            Relation::Affiliation => "affiliation",
        }
    }
}

impl std::str::FromStr for Relation {
    type Err = String;
    fn from_str(s: &str) -> Result<Relation, String> {
        match s {
            "co_mention" | "co-mention" | "comention" => Ok(Relation::CoMention),
            "met" => Ok(Relation::Met),
            "affiliation" => Ok(Relation::Affiliation),
            _ => Err(format!(
                "unknown relation {s:?}: use co_mention, met or affiliation"
            )),
        }
    }
}

/// Widens a `(first, last)` day range to include `date`.
fn widen(seen: &mut Option<(SharedStr, SharedStr)>, date: Option<&SharedStr>) {
    let Some(date) = date else { return };
    match seen {
        None => *seen = Some((date.clone(), date.clone())),
        Some((first, last)) => {
            if date < first {
                *first = date.clone();
            }
            if date > last {
                *last = date.clone();
            }
        }
    }
}

fn widen_range(seen: &mut Option<(SharedStr, SharedStr)>, other: &Option<(SharedStr, SharedStr)>) {
    if let Some((first, last)) = other {
        widen(seen, Some(first));
        widen(seen, Some(last));
    }
}

/// One neighbour of an entity, as answered by [`KnowledgeGraph::neighbors`].
#[derive(Debug, Clone, PartialEq)]
pub struct Neighbor<'g> {
    /// The neighbour.
    pub node: &'g Node,
    /// The edge to it.
    pub edge: &'g Edge,
}

/// Why a `graph.json` could not be turned into a graph.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GraphError {
    /// A node has a type newsgraph does not know.
    #[error("node {id:?} has unknown type {kind:?}")]
    UnknownType {
        /// Node id.
        id: String,
        /// The type found.
        kind: String,
    },
    /// Two nodes share an id.
    #[error("node {0:?} appears twice")]
    DuplicateNode(String),
    /// A timeline holds something that is not a `YYYY-MM-DD` day.
    #[error("{0} has a timeline day {1:?} that is not YYYY-MM-DD")]
    BadDay(String, String),
    /// An edge names a node that is not in the graph.
    #[error("edge {source_id:?} -- {target_id:?} names a node that is not in the graph")]
    DanglingEdge {
        /// Edge source.
        source_id: String,
        /// Edge target.
        target_id: String,
    },
}

/// Entities and their links, with corpus-level counts.
#[derive(Debug, Clone)]
pub struct KnowledgeGraph {
    graph: UnGraph<Node, Edge>,
    index: foldhash::HashMap<String, NodeIndex>,
    edge_index: foldhash::HashMap<(NodeIndex, NodeIndex), EdgeIndex>,
    documents: u64,
    sentences: u64,
    windows: u64,
    window: String,
    evidence_limit: usize,
    /// The gazetteer and pruning the graph was made with.
    provenance: Provenance,
    /// Every day seen, once: nodes and edges share them.
    days: std::collections::HashSet<SharedStr>,
    /// Documents, sentences and windows per day; `None` for a graph read from a
    /// `graph.json` written before timelines existed (or merged with one).
    timeline: Option<GraphTimeline>,
}

impl KnowledgeGraph {
    /// An empty graph for a `window` (e.g. "sentence") keeping at most `evidence_limit`
    /// windows of evidence per edge.
    pub fn new(window: &str, evidence_limit: usize) -> KnowledgeGraph {
        KnowledgeGraph {
            graph: UnGraph::default(),
            index: Default::default(),
            edge_index: Default::default(),
            documents: 0,
            sentences: 0,
            windows: 0,
            window: window.to_string(),
            evidence_limit,
            provenance: Provenance::default(),
            days: Default::default(),
            timeline: Some(GraphTimeline::default()),
        }
    }

    /// How the graph was made (gazetteer fingerprint, pruning), written to
    /// `graph.json`'s graph attributes.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }

    /// Records how the graph was made.
    pub fn set_provenance(&mut self, provenance: Provenance) {
        self.provenance = provenance;
    }

    /// The shared copy of a day.
    fn day(&mut self, date: &str) -> SharedStr {
        if let Some(day) = self.days.get(date) {
            return day.clone();
        }
        let day: SharedStr = date.into();
        self.days.insert(day.clone());
        day
    }

    fn node_index(&mut self, id: &str, kind: EntityType) -> NodeIndex {
        if let Some(index) = self.index.get(id) {
            return *index;
        }
        let index = self.graph.add_node(Node {
            id: id.to_string(),
            kind,
            mentions: 0,
            documents: 0,
            aliases: BTreeMap::new(),
            windows: 0,
            affiliations: BTreeSet::new(),
            seen: None,
            timeline: NodeTimeline::default(),
        });
        self.index.insert(id.to_string(), index);
        index
    }

    fn edge_mut(&mut self, a: NodeIndex, b: NodeIndex) -> &mut Edge {
        let key = if a < b { (a, b) } else { (b, a) };
        let graph = &mut self.graph;
        let index = *self.edge_index.entry(key).or_insert_with(|| {
            graph.add_edge(
                key.0,
                key.1,
                Edge {
                    weight: 0,
                    met: 0,
                    meeting_kinds: KindCounts::default(),
                    documents: 0,
                    affiliation: None,
                    seen: None,
                    timeline: EdgeTimeline::default(),
                    evidence: Vec::new(),
                },
            )
        });
        &mut self.graph[index]
    }

    /// Merges what one document says into the graph.
    pub fn add_document(&mut self, doc: DocumentRelations, gazetteer: &Gazetteer) {
        self.documents = self.documents.saturating_add(1);
        self.sentences = self.sentences.saturating_add(doc.sentences);
        self.windows = self.windows.saturating_add(doc.windows);
        let date = doc.meta.date.as_deref().map(|d| self.day(d));
        let date = date.as_ref();
        let day = doc.meta.date.as_deref().and_then(Day::parse);
        if let (Some(day), Some(timeline)) = (day, self.timeline.as_mut()) {
            timeline.add(day, [1, doc.sentences, doc.windows]);
        }
        for observation in doc.entities {
            let entity = gazetteer.entity(observation.entity);
            let index = self.node_index(&entity.name, entity.kind);
            let node = &mut self.graph[index];
            node.mentions = node.mentions.saturating_add(observation.mentions);
            node.windows = node.windows.saturating_add(observation.windows);
            node.documents = node.documents.saturating_add(1);
            widen(&mut node.seen, date);
            if let Some(day) = day {
                node.timeline
                    .add(day, [observation.mentions, observation.windows, 1]);
            }
            for (form, count) in observation.surface_forms {
                let slot = node.aliases.entry(form).or_default();
                *slot = slot.saturating_add(count);
            }
            for of in observation.affiliations {
                node.affiliations.insert(gazetteer.entity(of).name.clone());
            }
        }
        let limit = self.evidence_limit;
        for pair in doc.pairs {
            let a = gazetteer.entity(pair.a);
            let b = gazetteer.entity(pair.b);
            let (ia, ib) = (
                self.node_index(&a.name, a.kind),
                self.node_index(&b.name, b.kind),
            );
            let swapped = a.name > b.name;
            let edge = self.edge_mut(ia, ib);
            edge.weight = edge.weight.saturating_add(pair.co_mention);
            edge.met = edge.met.saturating_add(pair.met);
            edge.meeting_kinds.merge(&pair.met_kinds);
            if pair.co_mention + pair.met > 0 {
                edge.documents = edge.documents.saturating_add(1);
                widen(&mut edge.seen, date);
                if let Some(day) = day {
                    edge.timeline.add(day, [pair.co_mention, pair.met, 1]);
                }
            }
            if let Some((member, of)) = pair.text_affiliation {
                let (member, of) = (&gazetteer.entity(member).name, &gazetteer.entity(of).name);
                add_affiliation(edge, member, of, "text");
            }
            // In the graph, evidence forms are in the order of the entities' names.
            let mut evidence = pair.evidence;
            if swapped {
                for ev in &mut evidence {
                    ev.forms.swap(0, 1);
                }
            }
            merge_evidence(&mut edge.evidence, evidence, limit);
        }
    }

    /// Adds the gazetteer's affiliations: every node lists its own, and an
    /// `affiliation` edge joins it to the entity it belongs to when that is a node too.
    pub fn add_gazetteer_affiliations(&mut self, gazetteer: &Gazetteer) {
        let nodes: Vec<NodeIndex> = self.graph.node_indices().collect();
        for index in nodes {
            let name = self.graph[index].id.clone();
            let Some(of) = gazetteer
                .by_name(&name)
                .and_then(|id| gazetteer.entity(id).affiliation.clone())
            else {
                continue;
            };
            self.graph[index].affiliations.insert(of.clone());
            if let Some(&target) = self.index.get(&of) {
                if target != index {
                    let edge = self.edge_mut(index, target);
                    add_affiliation(edge, &name, &of, "gazetteer");
                }
            }
        }
    }

    /// Merges another graph (built from other documents) into this one.
    pub fn merge(&mut self, other: KnowledgeGraph) {
        self.documents = self.documents.saturating_add(other.documents);
        self.sentences = self.sentences.saturating_add(other.sentences);
        self.windows = self.windows.saturating_add(other.windows);
        self.timeline = self
            .timeline
            .take()
            .zip(other.timeline)
            .map(|(mut mine, theirs)| {
                mine.merge(&theirs);
                mine
            });
        if self.graph.node_count() == 0 {
            // Into an empty graph: take the other's storage as it is.
            self.graph = other.graph;
            self.index = other.index;
            self.edge_index = other.edge_index;
            self.days.extend(other.days);
            return;
        }
        let limit = self.evidence_limit;
        let (nodes, edges) = other.graph.into_nodes_edges();
        let mut map = Vec::with_capacity(nodes.len());
        for node in nodes {
            let node = node.weight;
            let Some(&index) = self.index.get(&node.id) else {
                // A node this graph lacks moves in whole.
                let id = node.id.clone();
                let index = self.graph.add_node(node);
                self.index.insert(id, index);
                map.push(index);
                continue;
            };
            let mine = &mut self.graph[index];
            mine.mentions = mine.mentions.saturating_add(node.mentions);
            mine.documents = mine.documents.saturating_add(node.documents);
            mine.windows = mine.windows.saturating_add(node.windows);
            widen_range(&mut mine.seen, &node.seen);
            mine.timeline.merge(&node.timeline);
            mine.affiliations.extend(node.affiliations);
            for (form, count) in node.aliases {
                let slot = mine.aliases.entry(form).or_default();
                *slot = slot.saturating_add(count);
            }
            map.push(index);
        }
        for edge in edges {
            let (a, b) = (map[edge.source().index()], map[edge.target().index()]);
            let theirs = edge.weight;
            let key = if a < b { (a, b) } else { (b, a) };
            let Some(&index) = self.edge_index.get(&key) else {
                // An edge this graph lacks moves in whole: its evidence is already cut.
                let index = self.graph.add_edge(key.0, key.1, theirs);
                self.edge_index.insert(key, index);
                continue;
            };
            let mine = &mut self.graph[index];
            mine.weight = mine.weight.saturating_add(theirs.weight);
            mine.met = mine.met.saturating_add(theirs.met);
            mine.meeting_kinds.merge(&theirs.meeting_kinds);
            mine.documents = mine.documents.saturating_add(theirs.documents);
            widen_range(&mut mine.seen, &theirs.seen);
            mine.timeline.merge(&theirs.timeline);
            if let Some(affiliation) = theirs.affiliation {
                for source in &affiliation.sources {
                    add_affiliation(mine, &affiliation.member, &affiliation.of, source);
                }
            }
            merge_evidence(&mut mine.evidence, theirs.evidence, limit);
        }
    }

    /// Sentences read.
    pub fn sentences(&self) -> u64 {
        self.sentences
    }

    /// Windows read (the denominator of PMI).
    pub fn windows(&self) -> u64 {
        self.windows
    }

    /// The petgraph graph underneath, for the graph algorithms of this crate. Its
    /// indices are not stable across builds: never hand them to users.
    pub(crate) fn petgraph(&self) -> &UnGraph<Node, Edge> {
        &self.graph
    }

    /// The index of a node id, for the graph algorithms of this crate.
    pub(crate) fn index_of(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// The edge between two ids, if any.
    pub fn edge(&self, a: &str, b: &str) -> Option<&Edge> {
        let (a, b) = (*self.index.get(a)?, *self.index.get(b)?);
        let key = if a < b { (a, b) } else { (b, a) };
        self.edge_index.get(&key).map(|e| &self.graph[*e])
    }

    /// The node with this canonical id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|i| &self.graph[*i])
    }

    /// All nodes, in no particular order.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.graph.node_weights()
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The co-occurrence window, e.g. `sentence`.
    pub fn window(&self) -> &str {
        &self.window
    }

    /// Evidence windows kept per edge.
    pub fn evidence_limit(&self) -> usize {
        self.evidence_limit
    }

    /// Documents merged into the graph.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// The neighbours of `id`, heaviest first (then by documents, then by id).
    pub fn neighbors(&self, id: &str) -> Option<Vec<Neighbor<'_>>> {
        let index = *self.index.get(id)?;
        let mut found: Vec<Neighbor<'_>> = self
            .graph
            .edges(index)
            .map(|e| {
                let other = if e.source() == index {
                    e.target()
                } else {
                    e.source()
                };
                Neighbor {
                    node: &self.graph[other],
                    edge: e.weight(),
                }
            })
            .collect();
        found.sort_by(|x, y| {
            y.edge
                .weight
                .cmp(&x.edge.weight)
                .then(y.edge.documents.cmp(&x.edge.documents))
                .then(x.node.id.cmp(&y.node.id))
        });
        Some(found)
    }

    /// All edges with their endpoints' ids, in no particular order.
    pub fn edges(&self) -> impl Iterator<Item = (&Node, &Node, &Edge)> {
        self.graph
            .edge_references()
            .map(|e| (&self.graph[e.source()], &self.graph[e.target()], e.weight()))
    }

    /// Keeps only the edges `keep` accepts (nodes stay).
    pub fn retain_edges(&mut self, mut keep: impl FnMut(&Node, &Node, &Edge) -> bool) {
        let graph = &self.graph;
        let drop: Vec<EdgeIndex> = graph
            .edge_references()
            .filter(|e| !keep(&graph[e.source()], &graph[e.target()], e.weight()))
            .map(|e| e.id())
            .collect();
        // Remove from the highest index down: petgraph moves the last edge into the hole.
        let mut drop = drop;
        drop.sort_unstable_by(|a, b| b.cmp(a));
        for index in drop {
            self.graph.remove_edge(index);
        }
        self.edge_index = self
            .graph
            .edge_references()
            .map(|e| {
                let (a, b) = (e.source(), e.target());
                (if a < b { (a, b) } else { (b, a) }, e.id())
            })
            .collect();
    }

    /// The graph in `graph.json` form: nodes sorted by id, edges by (source, target)
    /// with `source < target`.
    pub fn to_node_link(&self) -> NodeLinkGraph {
        NodeLinkGraph {
            directed: false,
            multigraph: false,
            graph: self.graph_info(),
            nodes: self.node_records(),
            edges: self
                .sorted_edges()
                .into_iter()
                .map(|e| self.edge_record(e))
                .collect(),
        }
    }

    /// Streams the `graph.json` of [`KnowledgeGraph::to_node_link`] (the same bytes as
    /// [`crate::export::json::to_json`] of it) to `out`. Edge records are made and
    /// serialized in batches on the current rayon pool and written in order, so writing
    /// a big graph neither holds a second copy of it in memory nor runs on one core.
    ///
    /// # Errors
    /// Only what `out` reports.
    pub fn write_json(&self, out: impl std::io::Write) -> std::io::Result<()> {
        use rayon::prelude::*;
        use serde::ser::Serialize as _;
        use serde_json::ser::{Formatter, PrettyFormatter};
        use std::io::Write as _;

        /// [`NodeLinkGraph`] up to its edges: same fields, same order.
        #[derive(serde::Serialize)]
        struct Head {
            directed: bool,
            multigraph: bool,
            graph: GraphInfo,
            nodes: Vec<NodeRecord>,
        }
        /// Edges per serialized batch.
        const BATCH: usize = 512;
        let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
        let head = Head {
            directed: false,
            multigraph: false,
            graph: self.graph_info(),
            nodes: self.node_records(),
        };
        let mut bytes = serde_json::to_vec_pretty(&head)?;
        drop(head);
        // The head ends with "\n}": the edges go in before it, as the last field.
        bytes.truncate(bytes.len() - 2);
        bytes.extend_from_slice(b",\n  \"edges\": [");
        out.write_all(&bytes)?;
        let edges = self.sorted_edges();
        // One batch: each record pretty-printed at the depth of an element of "edges".
        let batch = |(first, indices): (bool, &[EdgeIndex])| -> std::io::Result<Vec<u8>> {
            let mut bytes = Vec::with_capacity(indices.len() * 1024);
            for (i, &index) in indices.iter().enumerate() {
                let separator: &[u8] = if first && i == 0 {
                    b"\n    "
                } else {
                    b",\n    "
                };
                bytes.extend_from_slice(separator);
                let mut formatter = PrettyFormatter::new();
                formatter.begin_object(&mut std::io::sink())?;
                formatter.begin_array(&mut std::io::sink())?;
                let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, formatter);
                self.edge_record(index).serialize(&mut serializer)?;
            }
            Ok(bytes)
        };
        let group = BATCH * 4 * rayon::current_num_threads();
        for (g, slice) in edges.chunks(group).enumerate() {
            let batches: Vec<std::io::Result<Vec<u8>>> = slice
                .par_chunks(BATCH)
                .enumerate()
                .map(|(b, indices)| batch((g == 0 && b == 0, indices)))
                .collect();
            for bytes in batches {
                out.write_all(&bytes?)?;
            }
        }
        out.write_all(if edges.is_empty() {
            b"]\n}\n"
        } else {
            b"\n  ]\n}\n"
        })?;
        out.flush()
    }

    fn graph_info(&self) -> GraphInfo {
        GraphInfo {
            generator: format!("newsgraph {}", env!("CARGO_PKG_VERSION")),
            documents: self.documents,
            sentences: self.sentences,
            window: self.window.clone(),
            windows: self.windows,
            evidence_limit: self.evidence_limit,
            provenance: self.provenance.clone(),
            timeline: self.timeline.as_ref().map(|t| t.to_records()),
        }
    }

    /// Node records, sorted by id.
    fn node_records(&self) -> Vec<NodeRecord> {
        let mut nodes: Vec<NodeRecord> = self
            .graph
            .node_weights()
            .map(|n| NodeRecord {
                id: n.id.clone(),
                kind: n.kind.as_str().to_string(),
                mentions: n.mentions,
                documents: n.documents,
                aliases: n.aliases.clone(),
                windows: n.windows,
                affiliations: n.affiliations.iter().cloned().collect(),
                first_seen: n.seen.as_ref().map(|s| s.0.to_string()),
                last_seen: n.seen.as_ref().map(|s| s.1.to_string()),
                timeline: n.timeline.to_records(),
            })
            .collect();
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        nodes
    }

    /// The edges in `graph.json` order: by (source, target), source the smaller id.
    fn sorted_edges(&self) -> Vec<EdgeIndex> {
        let mut edges: Vec<(&str, &str, EdgeIndex)> = self
            .graph
            .edge_references()
            .map(|e| {
                let (a, b) = (
                    self.graph[e.source()].id.as_str(),
                    self.graph[e.target()].id.as_str(),
                );
                if a > b {
                    (b, a, e.id())
                } else {
                    (a, b, e.id())
                }
            })
            .collect();
        edges.sort_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)));
        edges.into_iter().map(|(_, _, e)| e).collect()
    }

    /// The wire record of one edge.
    fn edge_record(&self, index: EdgeIndex) -> EdgeRecord {
        let (a, b) = self
            .graph
            .edge_endpoints(index)
            .expect("edge indices come from this graph");
        let (a, b) = (&self.graph[a].id, &self.graph[b].id);
        let (source, target) = if a > b { (b, a) } else { (a, b) };
        let edge = &self.graph[index];
        let mut relations = BTreeMap::new();
        relations.insert("co_mention".to_string(), edge.weight);
        for relation in [Relation::Met, Relation::Affiliation] {
            let count = edge.relation(relation);
            if count > 0 {
                relations.insert(relation.as_str().to_string(), count);
            }
        }
        EdgeRecord {
            source: source.clone(),
            target: target.clone(),
            weight: edge.weight,
            documents: edge.documents,
            relations,
            meetings: edge
                .meeting_kinds
                .iter()
                .map(|(kind, count)| (kind.as_str().to_string(), count))
                .collect(),
            affiliation: edge.affiliation.as_ref().map(|a| AffiliationRecord {
                member: a.member.clone(),
                of: a.of.clone(),
                sources: a.sources.iter().cloned().collect(),
            }),
            first_seen: edge.seen.as_ref().map(|s| s.0.to_string()),
            last_seen: edge.seen.as_ref().map(|s| s.1.to_string()),
            timeline: edge.timeline.to_records(),
            evidence: edge.evidence.iter().map(evidence_record).collect(),
        }
    }

    /// Checks a `graph.json` form as [`KnowledgeGraph::from_node_link`] does (known node
    /// types, no duplicate node, no edge to a missing node) without building the graph:
    /// for commands that draw or export the wire form directly.
    ///
    /// # Errors
    /// As [`KnowledgeGraph::from_node_link`].
    pub fn validate(wire: &NodeLinkGraph) -> Result<(), GraphError> {
        let mut ids = std::collections::HashSet::with_capacity(wire.nodes.len());
        for node in &wire.nodes {
            if EntityType::parse(&node.kind).is_none() {
                return Err(GraphError::UnknownType {
                    id: node.id.clone(),
                    kind: node.kind.clone(),
                });
            }
            if !ids.insert(node.id.as_str()) {
                return Err(GraphError::DuplicateNode(node.id.clone()));
            }
        }
        for edge in &wire.edges {
            if !ids.contains(edge.source.as_str()) || !ids.contains(edge.target.as_str()) {
                return Err(GraphError::DanglingEdge {
                    source_id: edge.source.clone(),
                    target_id: edge.target.clone(),
                });
            }
        }
        crate::graph::timeline::check_days(wire)
            .map_err(|(owner, day)| GraphError::BadDay(owner, day))
    }

    /// Rebuilds a graph from its `graph.json` form.
    ///
    /// # Errors
    /// Unknown node types, duplicate nodes, edges to missing nodes.
    pub fn from_node_link(
        wire: NodeLinkGraph,
        evidence_limit: usize,
    ) -> Result<KnowledgeGraph, GraphError> {
        let mut graph = KnowledgeGraph::new(&wire.graph.window, evidence_limit);
        graph.documents = wire.graph.documents;
        graph.sentences = wire.graph.sentences;
        graph.windows = wire.graph.windows;
        graph.provenance = wire.graph.provenance.clone();
        graph.timeline = match &wire.graph.timeline {
            Some(records) => Some(
                GraphTimeline::from_records(records)
                    .map_err(|day| GraphError::BadDay("the graph".into(), day))?,
            ),
            None => None,
        };
        for node in wire.nodes {
            let kind = EntityType::parse(&node.kind).ok_or_else(|| GraphError::UnknownType {
                id: node.id.clone(),
                kind: node.kind.clone(),
            })?;
            if graph.index.contains_key(&node.id) {
                return Err(GraphError::DuplicateNode(node.id));
            }
            let index = graph.node_index(&node.id, kind);
            let seen = node
                .first_seen
                .zip(node.last_seen)
                .map(|(first, last)| (graph.day(&first), graph.day(&last)));
            let timeline = NodeTimeline::from_records(&node.timeline)
                .map_err(|day| GraphError::BadDay(format!("the entity {:?}", node.id), day))?;
            let mine = &mut graph.graph[index];
            mine.seen = seen;
            mine.timeline = timeline;
            mine.mentions = node.mentions;
            mine.documents = node.documents;
            mine.aliases = node.aliases;
            mine.windows = node.windows;
            mine.affiliations = node.affiliations.into_iter().collect();
        }
        for edge in wire.edges {
            let (Some(&a), Some(&b)) =
                (graph.index.get(&edge.source), graph.index.get(&edge.target))
            else {
                return Err(GraphError::DanglingEdge {
                    source_id: edge.source,
                    target_id: edge.target,
                });
            };
            let evidence = edge
                .evidence
                .into_iter()
                .map(|ev| {
                    let mut forms: [SharedStr; 2] = ["".into(), "".into()];
                    for (slot, form) in forms.iter_mut().zip(ev.forms) {
                        *slot = form;
                    }
                    Evidence {
                        doc: Arc::new(DocumentMeta {
                            id: ev.document.to_string(),
                            date: ev.date.as_deref().map(str::to_string),
                            title: ev.title.as_deref().map(str::to_string),
                            url: ev.url.as_deref().map(str::to_string),
                        }),
                        start: ev.start,
                        end: ev.end,
                        text: ev.text,
                        forms,
                        met: (ev.relation.as_deref() == Some("met")).then(|| Meeting {
                            cue: ev.cue.unwrap_or_default(),
                            planned: ev.planned,
                            kind: ev
                                .kind
                                .as_deref()
                                .and_then(MeetingKind::parse)
                                .unwrap_or_default(),
                        }),
                    }
                })
                .collect();
            let mine = graph.edge_mut(a, b);
            mine.weight = mine.weight.saturating_add(edge.weight);
            mine.met = mine
                .met
                .saturating_add(edge.relations.get("met").copied().unwrap_or(0));
            for (name, count) in &edge.meetings {
                if let Some(kind) = MeetingKind::parse(name) {
                    mine.meeting_kinds.0[kind as usize] =
                        mine.meeting_kinds.0[kind as usize].saturating_add(*count);
                }
            }
            mine.documents = mine.documents.saturating_add(edge.documents);
            let seen = edge
                .first_seen
                .zip(edge.last_seen)
                .map(|(first, last)| (graph.day(&first), graph.day(&last)));
            let timeline = EdgeTimeline::from_records(&edge.timeline).map_err(|day| {
                GraphError::BadDay(
                    format!("the link {:?} -- {:?}", edge.source, edge.target),
                    day,
                )
            })?;
            let mine = graph.edge_mut(a, b);
            mine.seen = seen;
            mine.timeline.merge(&timeline);
            if let Some(affiliation) = edge.affiliation {
                for source in &affiliation.sources {
                    add_affiliation(mine, &affiliation.member, &affiliation.of, source);
                }
            }
            merge_evidence(&mut mine.evidence, evidence, evidence_limit);
        }
        Ok(graph)
    }
}

/// Records that `member` belongs to `of`, as found in `source`.
fn add_affiliation(edge: &mut Edge, member: &str, of: &str, source: &str) {
    let affiliation = edge.affiliation.get_or_insert_with(|| {
        Box::new(Affiliation {
            member: member.to_string(),
            of: of.to_string(),
            sources: BTreeSet::new(),
        })
    });
    affiliation.sources.insert(source.to_string());
}

/// The wire form of one evidence window (forms in source, target order).
fn evidence_record(ev: &Evidence) -> EvidenceRecord {
    let forms = if ev.forms.iter().all(|f| f.is_empty()) {
        Vec::new()
    } else {
        ev.forms.to_vec()
    };
    let shared = |s: &Option<String>| s.as_deref().map(SharedText::from);
    EvidenceRecord {
        document: ev.doc.id.as_str().into(),
        start: ev.start,
        end: ev.end,
        text: ev.text.clone(),
        forms,
        relation: ev.met.as_ref().map(|_| "met".to_string()),
        cue: ev.met.as_ref().map(|m| m.cue.clone()),
        planned: ev.met.as_ref().is_some_and(|m| m.planned),
        kind: ev.met.as_ref().map(|m| m.kind.as_str().to_string()),
        cameo: ev.met.as_ref().map(|m| m.kind.cameo(m.planned).to_string()),
        date: shared(&ev.doc.date),
        title: shared(&ev.doc.title),
        url: shared(&ev.doc.url),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::json::to_json;

    /// The parallel, batched `write_json` writes the bytes of `to_json`, also at the
    /// edges of its layout: no edge, no node.
    #[test]
    fn streamed_json_equals_to_json_without_edges() {
        let empty = KnowledgeGraph::new("sentence", 5);
        let mut nodes_only = KnowledgeGraph::new("sentence", 5);
        nodes_only.node_index("Egypt", EntityType::Country);
        for (name, graph) in [("empty", empty), ("nodes only", nodes_only)] {
            let mut streamed = Vec::new();
            graph.write_json(&mut streamed).unwrap();
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                to_json(&graph.to_node_link()),
                "{name}"
            );
        }
    }
}
