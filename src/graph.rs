//! The knowledge graph: entities as nodes, co-mentions as weighted, evidenced edges.
//!
//! [`KnowledgeGraph`] hides petgraph and its `NodeIndex`: callers use entity ids
//! (canonical names). It grows by merging [`DocumentRelations`] one document at a
//! time, converts to and from the `graph.json` wire format, and answers neighbour
//! queries. Evidence per edge is kept sorted by (document, start) and cut to the
//! limit, so the result does not depend on the order documents are merged in.

use std::collections::{BTreeMap, HashMap};

use petgraph::graph::{EdgeIndex, NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

use crate::export::schema::{EdgeRecord, EvidenceRecord, GraphInfo, NodeLinkGraph, NodeRecord};
use crate::gazetteer::{EntityType, Gazetteer};
use crate::relate::{DocumentRelations, Evidence};

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
}

/// A link between two entities.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Windows mentioning both.
    pub weight: u64,
    /// Documents with such a window.
    pub documents: u64,
    /// The earliest windows, sorted by (document, start), at most the limit.
    pub evidence: Vec<Evidence>,
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
    index: HashMap<String, NodeIndex>,
    edge_index: HashMap<(NodeIndex, NodeIndex), EdgeIndex>,
    documents: u64,
    sentences: u64,
    window: String,
    evidence_limit: usize,
}

impl KnowledgeGraph {
    /// An empty graph for a `window` (e.g. "sentence") keeping at most `evidence_limit`
    /// windows of evidence per edge.
    pub fn new(window: &str, evidence_limit: usize) -> KnowledgeGraph {
        KnowledgeGraph {
            graph: UnGraph::default(),
            index: HashMap::new(),
            edge_index: HashMap::new(),
            documents: 0,
            sentences: 0,
            window: window.to_string(),
            evidence_limit,
        }
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
                    documents: 0,
                    evidence: Vec::new(),
                },
            )
        });
        &mut self.graph[index]
    }

    /// Merges what one document says into the graph.
    pub fn add_document(&mut self, doc: DocumentRelations, gazetteer: &Gazetteer) {
        self.documents += 1;
        self.sentences += doc.sentences;
        for observation in doc.entities {
            let entity = gazetteer.entity(observation.entity);
            let index = self.node_index(&entity.name, entity.kind);
            let node = &mut self.graph[index];
            node.mentions += observation.mentions;
            node.documents += 1;
            for (form, count) in observation.surface_forms {
                *node.aliases.entry(form).or_default() += count;
            }
        }
        let limit = self.evidence_limit;
        for pair in doc.pairs {
            let a = gazetteer.entity(pair.a);
            let b = gazetteer.entity(pair.b);
            let a = self.node_index(&a.name, a.kind);
            let b = self.node_index(&b.name, b.kind);
            let edge = self.edge_mut(a, b);
            edge.weight += pair.windows;
            edge.documents += 1;
            merge_evidence(&mut edge.evidence, pair.evidence, limit);
        }
    }

    /// Merges another graph (built from other documents) into this one.
    pub fn merge(&mut self, other: KnowledgeGraph) {
        self.documents += other.documents;
        self.sentences += other.sentences;
        let limit = self.evidence_limit;
        let (nodes, edges) = other.graph.into_nodes_edges();
        let mut map = Vec::with_capacity(nodes.len());
        for node in nodes {
            let node = node.weight;
            let index = self.node_index(&node.id, node.kind);
            let mine = &mut self.graph[index];
            mine.mentions += node.mentions;
            mine.documents += node.documents;
            for (form, count) in node.aliases {
                *mine.aliases.entry(form).or_default() += count;
            }
            map.push(index);
        }
        for edge in edges {
            let (a, b) = (map[edge.source().index()], map[edge.target().index()]);
            let theirs = edge.weight;
            let mine = self.edge_mut(a, b);
            mine.weight += theirs.weight;
            mine.documents += theirs.documents;
            merge_evidence(&mut mine.evidence, theirs.evidence, limit);
        }
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

    /// The graph in `graph.json` form: nodes sorted by id, edges by (source, target)
    /// with `source < target`.
    pub fn to_node_link(&self) -> NodeLinkGraph {
        let mut nodes: Vec<NodeRecord> = self
            .graph
            .node_weights()
            .map(|n| NodeRecord {
                id: n.id.clone(),
                kind: n.kind.as_str().to_string(),
                mentions: n.mentions,
                documents: n.documents,
                aliases: n.aliases.clone(),
            })
            .collect();
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        let mut edges: Vec<EdgeRecord> = self
            .graph
            .edge_references()
            .map(|e| {
                let (a, b) = (&self.graph[e.source()].id, &self.graph[e.target()].id);
                let (source, target) = if a <= b { (a, b) } else { (b, a) };
                let edge = e.weight();
                EdgeRecord {
                    source: source.clone(),
                    target: target.clone(),
                    weight: edge.weight,
                    documents: edge.documents,
                    evidence: edge
                        .evidence
                        .iter()
                        .map(|ev| EvidenceRecord {
                            document: ev.document.clone(),
                            start: ev.start,
                            end: ev.end,
                            text: ev.text.clone(),
                        })
                        .collect(),
                }
            })
            .collect();
        edges.sort_by(|a, b| (&a.source, &a.target).cmp(&(&b.source, &b.target)));
        NodeLinkGraph {
            directed: false,
            multigraph: false,
            graph: GraphInfo {
                generator: format!("newsgraph {}", env!("CARGO_PKG_VERSION")),
                documents: self.documents,
                sentences: self.sentences,
                window: self.window.clone(),
            },
            nodes,
            edges,
        }
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
        for node in wire.nodes {
            let kind = EntityType::parse(&node.kind).ok_or_else(|| GraphError::UnknownType {
                id: node.id.clone(),
                kind: node.kind.clone(),
            })?;
            if graph.index.contains_key(&node.id) {
                return Err(GraphError::DuplicateNode(node.id));
            }
            let index = graph.node_index(&node.id, kind);
            let mine = &mut graph.graph[index];
            mine.mentions = node.mentions;
            mine.documents = node.documents;
            mine.aliases = node.aliases;
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
                .map(|ev| Evidence {
                    document: ev.document,
                    start: ev.start,
                    end: ev.end,
                    text: ev.text,
                })
                .collect();
            let mine = graph.edge_mut(a, b);
            mine.weight += edge.weight;
            mine.documents += edge.documents;
            merge_evidence(&mut mine.evidence, evidence, evidence_limit);
        }
        Ok(graph)
    }
}

/// Adds `more` to `kept`, keeping the `limit` smallest by (document, start, end).
fn merge_evidence(kept: &mut Vec<Evidence>, more: Vec<Evidence>, limit: usize) {
    if more.is_empty() {
        return;
    }
    if kept.len() >= limit && kept.last().is_some_and(|last| more[0] >= *last) {
        return;
    }
    kept.extend(more);
    kept.sort();
    kept.dedup_by(|a, b| a.document == b.document && a.start == b.start);
    kept.truncate(limit);
}
