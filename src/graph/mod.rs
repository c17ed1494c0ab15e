//! The knowledge graph: entities as nodes, co-mentions as weighted, evidenced edges.
//!
//! [`KnowledgeGraph`] hides petgraph and its `NodeIndex`: callers use entity ids
//! (canonical names). It grows by merging [`DocumentRelations`] one document at a
//! time and answers neighbour queries; `export/json.rs` converts it to and from the
//! `graph.json` wire form. Evidence per edge is kept sorted by (document, start) and cut
//! to the limit ([`evidence`]), so the result does not depend on the order documents are
//! merged in.

pub mod analysis;
mod chunked;
pub mod evidence;
pub mod kept_lists;
pub mod links;
pub mod measures;
pub mod query;
pub mod records;
pub mod select;
pub mod texts;
pub mod timeline;
pub mod windows;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use petgraph::graph::{EdgeIndex, NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

use serde::{Deserialize, Serialize};

use crate::gazetteer::{EntityId, EntityType, Gazetteer};
use crate::graph::evidence::{
    merge_kept, release_all, DocumentEvidence, EvidenceRef, Kept, Strings,
};
use crate::graph::kept_lists::{KeptList, KeptLists};
use crate::graph::links::LinkIndex;
use crate::graph::records::LinkRecords;
use crate::graph::texts::TextStore;
use crate::graph::timeline::{Day, GraphTimeline, LinkTimeline, LinkTimelines, NodeTimeline, Seen};
use crate::graph::windows::EvidenceWindows;
use crate::relate::meeting::{KindCounts, MeetingKind};
use crate::relate::DocumentRelations;

/// The build settings a graph records so that graphs made differently are never merged
/// as if they were shards of one corpus (written to `graph.json`'s graph attributes).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// Fingerprint of the gazetteer's entities (`Gazetteer::fingerprint`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gazetteer: Option<String>,
    /// `--min-weight` when the graph was pruned with it.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub min_weight: u64,
    /// `--min-documents` when the graph was pruned with it.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub min_documents: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

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
    pub seen: Seen,
    /// Mentions, windows and documents per day of its dated documents.
    pub timeline: NodeTimeline,
}

/// "member belongs to of", with where that came from: the names as ids of strings
/// interned once per graph ([`Strings`]; read them with [`KnowledgeGraph::affiliation`]).
/// 24 bytes and the list of sources, where three owned strings and a set of them took
/// about 400 bytes on each affiliated link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Affiliation {
    member: u32,
    of: u32,
    /// Where it came from (`gazetteer`, `text`), each once, in the order of their strings.
    sources: Box<[u32]>,
}

impl Affiliation {
    /// Adds `source` (an id in `strings`) to the sources, keeping them in string order.
    fn add_source(&mut self, source: u32, strings: &Strings) {
        let found = self
            .sources
            .binary_search_by(|s| strings.get(*s).cmp(strings.get(source)));
        if let Err(at) = found {
            let mut sources = std::mem::take(&mut self.sources).into_vec();
            sources.insert(at, source);
            self.sources = sources.into_boxed_slice();
        }
    }

    /// Rewrites its string ids by `map` (from [`Strings::absorb`]).
    fn remap(&mut self, map: &[u32]) {
        self.member = map[self.member as usize];
        self.of = map[self.of as usize];
        for source in self.sources.iter_mut() {
            *source = map[*source as usize];
        }
    }
}

/// An edge's affiliation as callers read it: its strings resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AffiliationRef<'g> {
    /// The member.
    pub member: &'g str,
    /// What it belongs to.
    pub of: &'g str,
    /// `gazetteer` and/or `text`, in string order.
    pub sources: Vec<&'g str>,
}

/// A link between two entities.
///
/// 40 bytes (in the graph's chunks of records, no allocation of its own), as a big
/// graph's memory is mostly its links: 32-bit counts (one of `u32::MAX` or more is kept
/// whole in a box, so counts still saturate only at `u64::MAX`), the first and last
/// day as one 32-bit number, its kept evidence as an 8-byte reference into the graph's
/// [`KeptLists`], its timeline in 8 bytes (up to 7 in place, longer ones in the graph's
/// [`LinkTimelines`]), and what most links lack
/// (meetings per kind, an affiliation, first/last dates that are not days of 1970 to
/// 2097) in one box allocated only for the links that have some.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Co-mention windows, meeting sentences and documents ([`Edge::weight`],
    /// [`Edge::met`], [`Edge::documents`]); `u32::MAX` for a count of that or more,
    /// which is then in `rare`.
    counts: [u32; 3],
    /// The days the dated evidence spans, packed ([`Seen::to_packed`]); 0 when none,
    /// or when they cannot be packed (then in `rare`).
    days: u32,
    /// Meetings per kind, the affiliation, and dates that are not days.
    rare: Option<Box<RareParts>>,
    /// Co-mentions, meetings and documents per day of its dated documents, in the
    /// graph's [`LinkTimelines`]; read them with [`KnowledgeGraph::timeline`].
    pub(crate) timeline: LinkTimeline,
    /// The earliest windows and meetings (see [`evidence`]), in the graph's
    /// [`KeptLists`]; read them with [`KnowledgeGraph::evidence`].
    pub(crate) evidence: KeptList,
}

/// The parts of a link that most links lack: meetings per kind (a 32-byte block), and
/// what even the links that met mostly lack in a box of its own (when it was in the
/// same box, that box took 96 bytes on every link that met).
#[derive(Debug, Clone, Default, PartialEq)]
struct RareParts {
    /// Meetings per kind, in the order of [`MeetingKind::ALL`]: `u32::MAX` for a count
    /// of that or more, which is then in `more`.
    meetings: [u32; 5],
    /// The affiliation, dates that are not days and counts of `u32::MAX` or more.
    more: Option<Box<MoreParts>>,
}

impl RareParts {
    /// The meetings of `kind`.
    fn meetings(&self, kind: MeetingKind) -> u64 {
        match self.meetings[kind as usize] {
            u32::MAX => self
                .more
                .as_ref()
                .and_then(|m| m.large_meetings.as_ref())
                .map_or(u64::from(u32::MAX), |large| large.0[kind as usize]),
            n => u64::from(n),
        }
    }

    /// Adds `n` meetings of `kind` (saturating at `u64::MAX`).
    fn add_meetings(&mut self, kind: MeetingKind, n: u64) {
        let total = self.meetings(kind).saturating_add(n);
        match u32::try_from(total) {
            Ok(small) if small < u32::MAX => self.meetings[kind as usize] = small,
            _ => {
                self.meetings[kind as usize] = u32::MAX;
                let more = self.more.get_or_insert_with(Box::default);
                more.large_meetings.get_or_insert_with(Box::default).0[kind as usize] = total;
            }
        }
    }
}

/// The parts of a link that even links with meetings mostly lack.
#[derive(Debug, Clone, Default, PartialEq)]
struct MoreParts {
    /// Set when one end belongs to the other (the `affiliation` relation).
    affiliation: Option<Affiliation>,
    /// The first and last seen, when either is not a day of 1970 to 2097 (boxed: the
    /// parts are then 48 bytes, were 56, in a 64-byte block on every affiliated link).
    seen: Option<Box<Seen>>,
    /// The counts, when one is `u32::MAX` or more (by the order of `Edge::counts`).
    large: Option<Box<[u64; 3]>>,
    /// The meetings per kind, when one is `u32::MAX` or more.
    large_meetings: Option<Box<KindCounts>>,
}

/// The position of each count in `Edge::counts`.
const WEIGHT: usize = 0;
const MET: usize = 1;
const DOCUMENTS: usize = 2;

impl Edge {
    /// A link with no count, day or evidence.
    fn empty() -> Edge {
        Edge {
            counts: [0; 3],
            days: 0,
            rare: None,
            timeline: LinkTimeline::default(),
            evidence: KeptList::default(),
        }
    }

    /// Windows mentioning both (the `co_mention` relation).
    pub fn weight(&self) -> u64 {
        self.count(WEIGHT)
    }

    /// Sentences saying the two met (the `met` relation).
    pub fn met(&self) -> u64 {
        self.count(MET)
    }

    /// Documents with such a window or sentence.
    pub fn documents(&self) -> u64 {
        self.count(DOCUMENTS)
    }

    /// Adds `n` co-mention windows (saturating at `u64::MAX`, as every count).
    pub fn add_weight(&mut self, n: u64) {
        self.add_count(WEIGHT, n);
    }

    /// Adds `n` meeting sentences.
    pub fn add_met(&mut self, n: u64) {
        self.add_count(MET, n);
    }

    /// Adds `n` documents.
    pub fn add_documents(&mut self, n: u64) {
        self.add_count(DOCUMENTS, n);
    }

    fn count(&self, which: usize) -> u64 {
        match self.counts[which] {
            u32::MAX => self
                .more()
                .and_then(|m| m.large.as_ref())
                .map_or(u64::from(u32::MAX), |large| large[which]),
            n => u64::from(n),
        }
    }

    /// A count below `u32::MAX` stays in the link; a larger one goes to `rare`.
    fn add_count(&mut self, which: usize, n: u64) {
        if n == 0 {
            return;
        }
        let total = self.count(which).saturating_add(n);
        match u32::try_from(total) {
            Ok(small) if small < u32::MAX => self.counts[which] = small,
            _ => {
                self.counts[which] = u32::MAX;
                self.more_mut().large.get_or_insert_with(Box::default)[which] = total;
            }
        }
    }

    /// The count of a relation: `co_mention`, `met` or `affiliation`.
    pub fn relation(&self, relation: Relation) -> u64 {
        match relation {
            Relation::CoMention => self.weight(),
            Relation::Met => self.met(),
            Relation::Affiliation => u64::from(self.has_affiliation()),
        }
    }

    fn rare_mut(&mut self) -> &mut RareParts {
        self.rare.get_or_insert_with(Box::default)
    }

    fn more(&self) -> Option<&MoreParts> {
        self.rare.as_ref().and_then(|r| r.more.as_deref())
    }

    fn more_mut(&mut self) -> &mut MoreParts {
        self.rare_mut().more.get_or_insert_with(Box::default)
    }

    /// Whether one end belongs to the other (read it with
    /// [`KnowledgeGraph::affiliation`]).
    pub fn has_affiliation(&self) -> bool {
        self.affiliation_ids().is_some()
    }

    fn affiliation_ids(&self) -> Option<&Affiliation> {
        self.more().and_then(|m| m.affiliation.as_ref())
    }

    /// The days the dated evidence spans.
    pub fn seen(&self) -> Seen {
        match self.more().and_then(|m| m.seen.as_deref()) {
            Some(seen) => seen.clone(),
            None => Seen::from_packed(self.days),
        }
    }

    /// Widens the days the evidence spans to include `other`.
    pub fn widen_seen(&mut self, other: &Seen) {
        let more = self.rare.as_mut().and_then(|r| r.more.as_mut());
        if let Some(seen) = more.and_then(|m| m.seen.as_deref_mut()) {
            return seen.widen(other);
        }
        let mut seen = Seen::from_packed(self.days);
        seen.widen(other);
        self.set_seen(seen);
    }

    /// Sets the days the evidence spans.
    pub fn set_seen(&mut self, seen: Seen) {
        match seen.to_packed() {
            Some(days) => {
                self.days = days;
                if let Some(more) = self.rare.as_mut().and_then(|r| r.more.as_mut()) {
                    more.seen = None;
                }
            }
            None => {
                self.days = 0;
                self.more_mut().seen = Some(Box::new(seen));
            }
        }
    }

    /// The kinds of meeting with a non-zero count, with their counts.
    pub fn meeting_kinds(&self) -> impl Iterator<Item = (MeetingKind, u64)> + '_ {
        self.rare.iter().flat_map(|r| {
            MeetingKind::ALL
                .into_iter()
                .map(|kind| (kind, r.meetings(kind)))
                .filter(|&(_, n)| n > 0)
        })
    }

    /// Adds every count of `counts` to the meetings per kind.
    pub fn add_meeting_kinds(&mut self, counts: &KindCounts) {
        for (kind, n) in counts.iter() {
            self.add_meetings(kind, n);
        }
    }

    /// Adds `n` meetings of `kind`.
    pub fn add_meetings(&mut self, kind: MeetingKind, n: u64) {
        if n > 0 {
            self.rare_mut().add_meetings(kind, n);
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
    /// Evidence names a window, or a window a document, that is not in the graph's tables.
    #[error("{0}")]
    DanglingEvidence(String),
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
    /// The nodes and the links' ends (16 bytes an edge); the links themselves are in
    /// `links`, at their edge's index.
    pub(crate) graph: UnGraph<Node, ()>,
    /// The links' records, in chunks ([`records`]).
    pub(crate) links: LinkRecords,
    pub(crate) index: foldhash::HashMap<String, NodeIndex>,
    /// The edge of each pair of nodes (8 bytes a link: [`links`]).
    pub(crate) edge_index: LinkIndex,
    pub(crate) documents: u64,
    pub(crate) sentences: u64,
    pub(crate) windows: u64,
    pub(crate) window: String,
    pub(crate) evidence_limit: usize,
    /// The gazetteer and pruning the graph was made with.
    pub(crate) provenance: Provenance,
    /// Documents, sentences and windows per day; `None` for a graph read from a
    /// `graph.json` written before timelines existed (or merged with one).
    pub(crate) timeline: Option<GraphTimeline>,
    /// The surface forms and cues of the kept evidence, once each.
    pub(crate) strings: Strings,
    /// The windows and documents of the kept evidence, once each ([`windows`]), and
    /// where the texts of new ones go.
    pub(crate) evidence_windows: EvidenceWindows,
    /// The links' kept evidence lists ([`kept_lists`]).
    pub(crate) kept_lists: KeptLists,
    /// The links' timelines longer than a link holds in place.
    pub(crate) link_timelines: LinkTimelines,
}

impl KnowledgeGraph {
    /// An empty graph for a `window` (e.g. "sentence") keeping at most `evidence_limit`
    /// windows of evidence per edge.
    pub fn new(window: &str, evidence_limit: usize) -> KnowledgeGraph {
        KnowledgeGraph {
            graph: UnGraph::default(),
            links: LinkRecords::default(),
            index: Default::default(),
            edge_index: Default::default(),
            documents: 0,
            sentences: 0,
            windows: 0,
            window: window.to_string(),
            evidence_limit,
            provenance: Provenance::default(),
            timeline: Some(GraphTimeline::default()),
            strings: Strings::default(),
            evidence_windows: EvidenceWindows::default(),
            kept_lists: KeptLists::default(),
            link_timelines: LinkTimelines::default(),
        }
    }

    /// Writes the texts of the evidence windows added from now on to `store` instead of
    /// keeping them in memory ([`texts`]); [`KnowledgeGraph::write_json`] copies them
    /// out of it, and [`KnowledgeGraph::load_texts`] brings them back.
    pub fn store_texts_in(&mut self, store: Arc<TextStore>) {
        self.evidence_windows.set_store(store);
    }

    /// Whether some evidence text is kept in a [`TextStore`] rather than in memory.
    pub fn has_stored_texts(&self) -> bool {
        self.evidence_windows.has_stored_texts()
    }

    /// Reads every evidence text kept in a [`TextStore`] back into memory (each window
    /// once), for the readers that take texts from memory: [`KnowledgeGraph::evidence`]
    /// and [`KnowledgeGraph::to_node_link`].
    ///
    /// # Errors
    /// If the store cannot be read; the texts read so far are in memory then.
    pub fn load_texts(&mut self) -> std::io::Result<()> {
        self.evidence_windows.load_texts()
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

    pub(crate) fn node_index(&mut self, id: &str, kind: EntityType) -> NodeIndex {
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
            seen: Seen::default(),
            timeline: NodeTimeline::default(),
        });
        self.index.insert(id.to_string(), index);
        index
    }

    pub(crate) fn edge_mut(&mut self, a: NodeIndex, b: NodeIndex) -> &mut Edge {
        let index = self.link(a, b);
        &mut self.links[index]
    }

    /// The edge joining `a` and `b`, made empty if there is none.
    fn link(&mut self, a: NodeIndex, b: NodeIndex) -> EdgeIndex {
        let key = if a < b { (a, b) } else { (b, a) };
        let (graph, links) = (&mut self.graph, &mut self.links);
        self.edge_index.get_or_insert_with(key, || {
            links.push(Edge::empty());
            graph.add_edge(key.0, key.1, ())
        })
    }

    /// Merges what one document says into the graph.
    pub fn add_document(&mut self, doc: DocumentRelations, gazetteer: &Gazetteer) {
        self.documents = self.documents.saturating_add(1);
        self.sentences = self.sentences.saturating_add(doc.sentences);
        self.windows = self.windows.saturating_add(doc.windows);
        let seen = doc
            .meta
            .date
            .as_deref()
            .map_or_else(Seen::default, Seen::on);
        let day = doc.meta.date.as_deref().and_then(Day::parse);
        if let (Some(day), Some(timeline)) = (day, self.timeline.as_mut()) {
            timeline.add(day, [1, doc.sentences, doc.windows]);
        }
        // The node of each entity of the document, looked up by name once: the pairs
        // below name the same entities many times over.
        let mut nodes: Vec<(EntityId, NodeIndex)> = Vec::with_capacity(doc.entities.len());
        for observation in doc.entities {
            let entity = gazetteer.entity(observation.entity);
            let index = self.node_index(&entity.name, entity.kind);
            nodes.push((observation.entity, index));
            let node = &mut self.graph[index];
            node.mentions = node.mentions.saturating_add(observation.mentions);
            node.windows = node.windows.saturating_add(observation.windows);
            node.documents = node.documents.saturating_add(1);
            node.seen.widen(&seen);
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
        let mut evidence = DocumentEvidence::new(&doc.meta);
        nodes.sort_unstable_by_key(|&(entity, _)| entity);
        for pair in doc.pairs {
            let a = gazetteer.entity(pair.a);
            let b = gazetteer.entity(pair.b);
            let mut node = |id: EntityId, name: &str, kind: EntityType| match nodes
                .binary_search_by_key(&id, |&(entity, _)| entity)
            {
                Ok(at) => nodes[at].1,
                Err(_) => self.node_index(name, kind),
            };
            let (ia, ib) = (node(pair.a, &a.name, a.kind), node(pair.b, &b.name, b.kind));
            let swapped = a.name > b.name;
            let index = self.link(ia, ib);
            let edge = &mut self.links[index];
            edge.add_weight(pair.co_mention);
            edge.add_met(pair.met);
            edge.add_meeting_kinds(&pair.met_kinds);
            if pair.co_mention + pair.met > 0 {
                edge.add_documents(1);
                edge.widen_seen(&seen);
                if let Some(day) = day {
                    let counts = [pair.co_mention, pair.met, 1];
                    self.link_timelines.add(&mut edge.timeline, day, counts);
                }
            }
            if let Some((member, of)) = pair.text_affiliation {
                let (member, of) = (&gazetteer.entity(member).name, &gazetteer.entity(of).name);
                add_affiliation(edge, &mut self.strings, member, of, "text");
            }
            // In the graph, evidence forms are in the order of the entities' names.
            let kept = &mut self.links[index].evidence;
            evidence.merge_into(
                kept,
                &mut self.kept_lists,
                pair.evidence,
                swapped,
                limit,
                &mut self.strings,
                &mut self.evidence_windows,
            );
        }
        evidence.finish(&mut self.evidence_windows);
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
                    let link = self.link(index, target);
                    let edge = &mut self.links[link];
                    add_affiliation(edge, &mut self.strings, &name, &of, "gazetteer");
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
            // Into an empty graph (no link, so no evidence): take the other's storage
            // as it is, keeping this one's text store if the other has none.
            self.graph = other.graph;
            self.links = other.links;
            self.index = other.index;
            self.edge_index = other.edge_index;
            self.strings = other.strings;
            self.kept_lists = other.kept_lists;
            self.link_timelines = other.link_timelines;
            let store = self.evidence_windows.store().cloned();
            self.evidence_windows = other.evidence_windows;
            if let (None, Some(store)) = (self.evidence_windows.store(), store) {
                self.evidence_windows.set_store(store);
            }
            return;
        }
        let limit = self.evidence_limit;
        let strings = self.strings.absorb(&other.strings);
        let theirs_windows = other.evidence_windows;
        let theirs_lists = other.kept_lists;
        let theirs_timelines = other.link_timelines;
        let mut copied = EvidenceWindows::import_map(&theirs_windows);
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
            mine.seen.widen(&node.seen);
            mine.timeline.merge(&node.timeline);
            mine.affiliations.extend(node.affiliations);
            for (form, count) in node.aliases {
                let slot = mine.aliases.entry(form).or_default();
                *slot = slot.saturating_add(count);
            }
            map.push(index);
        }
        // One buffer for every edge's kept evidence as it is remapped.
        let mut kept: Vec<Kept> = Vec::new();
        for (edge, mut theirs) in edges.into_iter().zip(other.links) {
            let (a, b) = (map[edge.source().index()], map[edge.target().index()]);
            kept.clear();
            kept.extend_from_slice(theirs_lists.get(theirs.evidence));
            theirs.evidence = KeptList::default();
            for kept in kept.iter_mut() {
                Strings::remap(kept, &strings);
                let window =
                    self.evidence_windows
                        .import(&theirs_windows, &mut copied, kept.window());
                kept.set_window(window);
            }
            let more = theirs.rare.as_mut().and_then(|r| r.more.as_mut());
            if let Some(affiliation) = more.and_then(|m| m.affiliation.as_mut()) {
                affiliation.remap(&strings.strings);
            }
            let key = if a < b { (a, b) } else { (b, a) };
            let Some(&index) = self.edge_index.get(&key) else {
                // An edge this graph lacks moves in whole: its evidence is already cut.
                self.kept_lists.set(&mut theirs.evidence, &kept);
                self.link_timelines
                    .adopt(&theirs_timelines, &mut theirs.timeline);
                self.links.push(theirs);
                let index = self.graph.add_edge(key.0, key.1, ());
                self.edge_index.insert(key, index);
                continue;
            };
            let mine = &mut self.links[index];
            mine.add_weight(theirs.weight());
            mine.add_met(theirs.met());
            for (kind, n) in theirs.meeting_kinds() {
                mine.add_meetings(kind, n);
            }
            mine.add_documents(theirs.documents());
            mine.widen_seen(&theirs.seen());
            let days = theirs_timelines.iter(&theirs.timeline);
            self.link_timelines.merge(&mut mine.timeline, days);
            if let Some(affiliation) = theirs.affiliation_ids() {
                merge_affiliation(mine, affiliation, &self.strings);
            }
            merge_kept(
                &mut mine.evidence,
                &mut self.kept_lists,
                kept.drain(..),
                limit,
                &self.strings,
                &mut self.evidence_windows,
            );
        }
        self.evidence_windows.end_import(copied);
    }

    /// The affiliation of `edge` (an edge of this graph), if it has one.
    pub fn affiliation<'g>(&'g self, edge: &'g Edge) -> Option<AffiliationRef<'g>> {
        edge.affiliation_ids().map(|a| AffiliationRef {
            member: self.strings.get(a.member),
            of: self.strings.get(a.of),
            sources: a.sources.iter().map(|&s| self.strings.get(s)).collect(),
        })
    }

    /// The kept evidence of `edge` (an edge of this graph), earliest first.
    pub fn evidence<'g>(&'g self, edge: &'g Edge) -> impl Iterator<Item = EvidenceRef<'g>> {
        self.kept_lists
            .get(edge.evidence)
            .iter()
            .map(|kept| self.strings.resolve(&self.evidence_windows, kept))
    }

    /// The days of `edge` (an edge of this graph) with its co-mentions, meetings and
    /// documents on each, by day.
    pub fn timeline<'g>(&'g self, edge: &'g Edge) -> impl Iterator<Item = (Day, [u32; 3])> + 'g {
        self.link_timelines.iter(&edge.timeline)
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
    pub(crate) fn petgraph(&self) -> &UnGraph<Node, ()> {
        &self.graph
    }

    /// The link of an edge of [`KnowledgeGraph::petgraph`].
    pub(crate) fn link_of(&self, edge: EdgeIndex) -> &Edge {
        &self.links[edge]
    }

    /// The index of a node id, for the graph algorithms of this crate.
    pub(crate) fn index_of(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// The edge between two ids, if any.
    pub fn edge(&self, a: &str, b: &str) -> Option<&Edge> {
        let (a, b) = (*self.index.get(a)?, *self.index.get(b)?);
        let key = if a < b { (a, b) } else { (b, a) };
        self.edge_index.get(&key).and_then(|e| self.links.get(*e))
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
                    edge: &self.links[e.id()],
                }
            })
            .collect();
        found.sort_by(|x, y| {
            y.edge
                .weight()
                .cmp(&x.edge.weight())
                .then(y.edge.documents().cmp(&x.edge.documents()))
                .then(x.node.id.cmp(&y.node.id))
        });
        Some(found)
    }

    /// All edges with their endpoints' ids, in no particular order.
    pub fn edges(&self) -> impl Iterator<Item = (&Node, &Node, &Edge)> {
        self.graph.edge_references().map(|e| {
            (
                &self.graph[e.source()],
                &self.graph[e.target()],
                &self.links[e.id()],
            )
        })
    }

    /// Keeps only the edges `keep` accepts (nodes stay).
    pub fn retain_edges(&mut self, mut keep: impl FnMut(&Node, &Node, &Edge) -> bool) {
        let (graph, links) = (&self.graph, &self.links);
        let drop: Vec<EdgeIndex> = graph
            .edge_references()
            .filter(|e| !keep(&graph[e.source()], &graph[e.target()], &links[e.id()]))
            .map(|e| e.id())
            .collect();
        // Remove from the highest index down: petgraph moves the last edge into the hole.
        let mut drop = drop;
        drop.sort_unstable_by(|a, b| b.cmp(a));
        for index in drop {
            if self.graph.remove_edge(index).is_none() {
                continue;
            }
            if let Some(mut edge) = self.links.swap_remove(index) {
                release_all(
                    &mut edge.evidence,
                    &mut self.kept_lists,
                    &mut self.evidence_windows,
                );
                self.link_timelines.free(&mut edge.timeline);
            }
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
}

/// Records that `member` belongs to `of`, as found in `source` (the first member and
/// `of` recorded stay; sources add up).
pub(crate) fn add_affiliation(
    edge: &mut Edge,
    strings: &mut Strings,
    member: &str,
    of: &str,
    source: &str,
) {
    let source = strings.intern_str(source);
    let affiliation = edge
        .more_mut()
        .affiliation
        .get_or_insert_with(|| Affiliation {
            member: strings.intern_str(member),
            of: strings.intern_str(of),
            sources: Box::default(),
        });
    affiliation.add_source(source, strings);
}

/// [`add_affiliation`] for each source of `theirs` (its ids already in `strings`).
fn merge_affiliation(edge: &mut Edge, theirs: &Affiliation, strings: &Strings) {
    let mine = edge
        .more_mut()
        .affiliation
        .get_or_insert_with(|| Affiliation {
            member: theirs.member,
            of: theirs.of,
            sources: Box::default(),
        });
    for &source in theirs.sources.iter() {
        mine.add_source(source, strings);
    }
}

#[cfg(test)]
mod tests {
    use super::{Edge, Seen};

    /// Rows: (name, amounts added to a link's counts in order, the count read back).
    /// A count, and a count of meetings of one kind, is 32-bit in the link (or its rare
    /// parts); past that it is kept whole, saturating only at `u64::MAX`, each on its
    /// own.
    #[test]
    fn link_counts_past_32_bits_are_kept_whole() {
        use crate::relate::meeting::MeetingKind;
        let max32 = u64::from(u32::MAX);
        let rows: &[(&str, &[u64], u64)] = &[
            ("small", &[1, 2], 3),
            ("just below 32 bits", &[max32 - 1], max32 - 1),
            ("exactly 32 bits", &[max32 - 1, 1], max32),
            ("past 32 bits", &[max32, max32, 0], 2 * max32),
            ("saturates at 64 bits", &[u64::MAX - 1, 5], u64::MAX),
        ];
        for (name, amounts, expected) in rows {
            let mut edge = Edge::empty();
            for &n in amounts.iter() {
                edge.add_weight(n);
                edge.add_documents(n);
                edge.add_meetings(MeetingKind::Phone, n);
                edge.add_meetings(MeetingKind::Visit, 1);
            }
            assert_eq!(edge.weight(), *expected, "{name}: weight");
            assert_eq!(edge.documents(), *expected, "{name}: documents");
            assert_eq!(edge.met(), 0, "{name}: met");
            let kinds: Vec<(MeetingKind, u64)> = edge.meeting_kinds().collect();
            let visits = amounts.len() as u64;
            assert_eq!(
                kinds,
                [
                    (MeetingKind::Phone, *expected),
                    (MeetingKind::Visit, visits)
                ],
                "{name}: meetings per kind"
            );
        }
    }

    /// Rows: (name, dates a link is seen on, in order). The link's packed days (or its
    /// boxed dates, for one that is not a day) read back as a plain [`Seen`] widened by
    /// the same dates.
    #[test]
    fn link_days_read_back_as_widened() {
        let rows: &[(&str, &[&str])] = &[
            ("never", &[]),
            ("one day", &["2024-03-02"]),
            (
                "days out of order",
                &["2024-03-02", "2024-01-05", "2024-02-01"],
            ),
            ("a date that is not a day", &["2024-03-02", "2024-13-40"]),
            (
                "the first and last days packed",
                &["1970-01-01", "2097-12-31"],
            ),
            ("a day before 1970", &["2024-03-02", "1969-12-31"]),
            ("a day after 2097", &["2098-01-01", "2024-03-02"]),
            (
                "a day after a date that is not one",
                &["March", "2024-01-05"],
            ),
        ];
        for (name, dates) in rows {
            let mut edge = Edge::empty();
            let mut expected = Seen::default();
            for date in dates.iter() {
                edge.widen_seen(&Seen::on(date));
                expected.widen(&Seen::on(date));
            }
            assert_eq!(edge.seen(), expected, "{name}");
            let mut set = Edge::empty();
            set.set_seen(expected.clone());
            assert_eq!(set.seen(), expected, "{name}: set");
        }
    }

    /// A big graph's memory is mostly its links: a link record growing back by a few
    /// words is a few hundred megabytes at 1 GB of input (README, "Speed and memory").
    #[test]
    fn link_records_stay_small() {
        use std::mem::size_of;
        let rows = [
            // 88 since its evidence is an exact-size list (a Vec's capacity word was 8
            // bytes more per link).
            // 64 (a 64-byte block) with the counts 32-bit, the days packed and the
            // rare parts boxed together; 48 with the days in 32 bits and the evidence
            // an 8-byte reference (the allocator rounds 56 up to 64).
            // 40 with its timeline an 8-byte reference (7 bytes in place).
            ("Edge", size_of::<super::Edge>(), 40),
            // An affiliated link's names as string ids (three strings and a set of
            // them took about 400 bytes).
            ("Affiliation", size_of::<super::Affiliation>(), 24),
            // Meetings per kind and a box for the rest (the rest in the same box made
            // it 88 bytes, a 96-byte block, on every link that met); 32 with the
            // counts 32-bit (it was 48).
            ("RareParts", size_of::<super::RareParts>(), 32),
            // What even a link that met mostly lacks, in a box of its own that every
            // affiliated link has: 48 with the rare first and last dates boxed (56, a
            // 64-byte block, before).
            ("MoreParts", size_of::<super::MoreParts>(), 48),
            // One entry per link in the index of links by their ends (a hash map
            // entry took 12 bytes in a table at most seven eighths full).
            ("link index entry", size_of::<super::links::Entry>(), 8),
            (
                "LinkTimeline",
                size_of::<super::timeline::LinkTimeline>(),
                8,
            ),
            ("Seen", size_of::<super::timeline::Seen>(), 16),
            // A document's four strings in one allocation (they took 96 bytes).
            ("Document", size_of::<super::evidence::Document>(), 32),
            // The window's id, the forms' in 24 bits each and the meeting's in 16
            // (a shared pointer to its window made it 24, four 32-bit ids 16).
            ("Kept", size_of::<super::evidence::Kept>(), 12),
            // petgraph's edge list holds only the ends: the links are in chunks.
            ("petgraph edge", size_of::<petgraph::graph::Edge<()>>(), 16),
        ];
        for (name, size, most) in rows {
            assert!(size <= most, "{name} is {size} bytes, more than {most}");
        }
    }
}
