//! Finding an entity in a graph by any of its names.
//!
//! A query matches, case- and accent-insensitively: a node's canonical id, any
//! gazetteer alias of an entity in the graph, or any surface form the graph recorded.
//! A name that matches nothing gets the closest names as suggestions.
//!
//! [`EdgeFilter`] and [`edge_score`] are the filters and measures queries share. A date
//! range is not a filter: the graph is recomputed over it first
//! (`export::range::restrict`), so weights and measures are the range's.

use crate::gazetteer::Gazetteer;
use crate::graph::measures::{score, Measure, PairCounts};
use crate::graph::{Edge, KnowledgeGraph, Node, Relation};
use crate::text::fold_str;

/// Why a query found no single entity.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LookupError {
    /// Nothing in the graph is called that.
    #[error("no entity called {query:?} in the graph{}", suggest(.suggestions))]
    NotFound {
        /// The query.
        query: String,
        /// The closest names, best first.
        suggestions: Vec<String>,
    },
    /// Several entities in the graph are called that.
    #[error("{query:?} names several entities in the graph: {}; use the full name", .candidates.join(", "))]
    Ambiguous {
        /// The query.
        query: String,
        /// The entities it names.
        candidates: Vec<String>,
    },
}

fn suggest(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", suggestions.join(", "))
    }
}

/// Finds the id of the entity `query` names in `graph`.
///
/// # Errors
/// [`LookupError::NotFound`] with suggestions, or [`LookupError::Ambiguous`].
pub fn find_entity(
    graph: &KnowledgeGraph,
    gazetteer: &Gazetteer,
    query: &str,
) -> Result<String, LookupError> {
    if graph.node(query).is_some() {
        return Ok(query.to_string());
    }
    let folded = fold_str(query.trim());
    let mut found: Vec<String> = graph
        .nodes()
        .filter(|n| fold_str(&n.id) == folded || n.aliases.keys().any(|a| fold_str(a) == folded))
        .map(|n| n.id.clone())
        .collect();
    for id in gazetteer.lookup(query) {
        let name = &gazetteer.entity(id).name;
        if graph.node(name).is_some() {
            found.push(name.clone());
        }
    }
    found.sort();
    found.dedup();
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(LookupError::NotFound {
            query: query.to_string(),
            suggestions: closest_names(graph, gazetteer, &folded),
        }),
        _ => Err(LookupError::Ambiguous {
            query: query.to_string(),
            candidates: found,
        }),
    }
}

/// Up to three node ids whose names or aliases are closest to `folded`.
fn closest_names(graph: &KnowledgeGraph, gazetteer: &Gazetteer, folded: &str) -> Vec<String> {
    let mut scored: Vec<(f64, String)> = graph
        .nodes()
        .map(|node| {
            let mut names: Vec<String> = vec![fold_str(&node.id)];
            names.extend(node.aliases.keys().map(|a| fold_str(a)));
            if let Some(id) = gazetteer.by_name(&node.id) {
                names.extend(
                    gazetteer
                        .entity(id)
                        .aliases
                        .iter()
                        .map(|a| fold_str(&a.text)),
                );
            }
            let best = names
                .iter()
                .map(|n| strsim::jaro_winkler(folded, n))
                .fold(0.0, f64::max);
            (best, node.id.clone())
        })
        .filter(|(score, _)| *score >= 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

/// Which edges a query keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EdgeFilter {
    /// Keep only edges with this relation.
    pub relation: Option<Relation>,
    /// Keep only edges with at least this co-mention weight.
    pub min_weight: u64,
    /// Keep only edges seen in at least this many documents.
    pub min_documents: u64,
}

impl EdgeFilter {
    /// Whether `edge` passes.
    pub fn accepts(&self, edge: &Edge) -> bool {
        !(self.relation.is_some_and(|r| edge.relation(r) == 0)
            || edge.weight() < self.min_weight
            || edge.documents() < self.min_documents)
    }
}

/// The counts behind the association measures of the edge between `x` and `y`.
pub fn pair_counts(graph: &KnowledgeGraph, x: &Node, y: &Node, edge: &Edge) -> PairCounts {
    PairCounts {
        both: edge.weight(),
        x: x.windows,
        y: y.windows,
        total: graph.windows(),
        documents: edge.documents(),
    }
}

/// The value of `measure` on an edge; `None` where undefined.
pub fn edge_score(
    graph: &KnowledgeGraph,
    x: &Node,
    y: &Node,
    edge: &Edge,
    measure: Measure,
) -> Option<f64> {
    score(measure, pair_counts(graph, x, y, edge))
}

/// An entity reached from another within some hops.
#[derive(Debug, Clone, Copy)]
pub struct Reach<'g> {
    /// The entity reached.
    pub node: &'g Node,
    /// Hops from the start (1 for a neighbour).
    pub distance: usize,
    /// The entity it was reached from (the start itself at distance 1).
    pub via: &'g Node,
    /// The edge from `via` to `node`.
    pub edge: &'g Edge,
}

/// Every entity within `depth` hops of `id` over edges `filter` accepts, breadth first:
/// nearer first, and within a hop, from the strongest parent by the heaviest edge.
/// `None` when `id` is not in the graph.
pub fn k_hop<'g>(
    graph: &'g KnowledgeGraph,
    id: &str,
    depth: usize,
    filter: &EdgeFilter,
) -> Option<Vec<Reach<'g>>> {
    let start = graph.node(id)?;
    let mut seen: std::collections::HashSet<&str> =
        std::collections::HashSet::from([start.id.as_str()]);
    let mut found: Vec<Reach<'g>> = Vec::new();
    let mut frontier: Vec<&'g Node> = vec![start];
    for distance in 1..=depth {
        let mut next = Vec::new();
        for parent in &frontier {
            for neighbor in graph.neighbors(&parent.id).unwrap_or_default() {
                if !filter.accepts(neighbor.edge) || !seen.insert(neighbor.node.id.as_str()) {
                    continue;
                }
                found.push(Reach {
                    node: neighbor.node,
                    distance,
                    via: parent,
                    edge: neighbor.edge,
                });
                next.push(neighbor.node);
            }
        }
        if next.is_empty() {
            break;
        }
        frontier = next;
    }
    Some(found)
}
