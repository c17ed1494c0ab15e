//! Choosing the part of a graph to draw, as questions on the [`KnowledgeGraph`].
//!
//! [`select`] gives the [`Part`] of a graph a [`Selection`] describes: the whole graph
//! or the ego graph of one entity (everything within `depth` links of it), keeping only
//! links the [`EdgeFilter`] accepts, and at most `top` entities. Drawing all of a big
//! co-mention graph gives a hairball; drawing the strongest part of it gives a picture.
//! Links are ranked by the filter's relation ([`crate::graph::analysis::degrees`]); the
//! neighbourhood is [`crate::graph::query::k_hop`]'s. A [`Part`] is a set of ids, so the same
//! input always gives the same selection; the exporters cut it out of the wire form
//! (`export::cut`).

use std::collections::{BTreeSet, HashMap};

use crate::graph::analysis::degrees;
use crate::graph::query::{k_hop, EdgeFilter};
use crate::graph::{KnowledgeGraph, Relation};

/// What part of a graph to keep.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// The entity id to centre on (an ego graph); `None` for the whole graph.
    pub focus: Option<String>,
    /// With a focus: keep entities at most this many links away (0 keeps the focus alone).
    pub depth: usize,
    /// Keep at most this many entities: without a focus the N with the largest weighted
    /// degree, with a focus the focus and its N strongest neighbours (nearest first).
    pub top: Option<usize>,
    /// Which links count (and, by its relation, how strong a link is).
    pub filter: EdgeFilter,
}

/// A part of a graph: entity ids and the links between them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Part {
    /// The entities kept.
    pub nodes: BTreeSet<String>,
    /// The links kept, each as (smaller id, larger id).
    pub edges: BTreeSet<(String, String)>,
}

/// A link's key in [`Part::edges`].
fn key(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_string(), b.to_string())
    } else {
        (b.to_string(), a.to_string())
    }
}

impl Part {
    /// Whether the link between `a` and `b` is kept.
    pub fn has_edge(&self, a: &str, b: &str) -> bool {
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        self.edges.contains(&(a.to_string(), b.to_string()))
    }

    /// The `n` entities of this part with the largest weighted degree (co-mention weight)
    /// over its own links, ties by id, and the links between them.
    pub fn most_connected(&self, graph: &KnowledgeGraph, n: usize) -> Part {
        let mut degree: HashMap<&str, u64> = HashMap::new();
        for (a, b) in &self.edges {
            if a == b {
                continue;
            }
            let weight = graph.edge(a, b).map_or(0, |e| e.weight());
            for id in [a, b] {
                let d = degree.entry(id.as_str()).or_insert(0);
                *d = d.saturating_add(weight);
            }
        }
        let mut ranked: Vec<(&str, u64)> = self
            .nodes
            .iter()
            .map(|id| (id.as_str(), degree.get(id.as_str()).copied().unwrap_or(0)))
            .collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        ranked.truncate(n);
        let nodes: BTreeSet<String> = ranked.into_iter().map(|(id, _)| id.to_string()).collect();
        let edges = self
            .edges
            .iter()
            .filter(|(a, b)| nodes.contains(a) && nodes.contains(b))
            .cloned()
            .collect();
        Part { nodes, edges }
    }
}

/// The part of `graph` described by `selection`.
///
/// Links must pass the filter; with a filter set, entities left without links are
/// dropped. With a focus, the part holds the entities within `depth` links of it over
/// the kept links (nothing when the focus is not in the graph). `top` then keeps the
/// strongest entities (see [`Selection::top`]), and only links between kept entities
/// remain.
pub fn select(graph: &KnowledgeGraph, selection: &Selection) -> Part {
    let filter = &selection.filter;
    let nodes: BTreeSet<String> = match &selection.focus {
        Some(focus) => ego(graph, focus, selection),
        None => {
            let degree = degrees(graph, filter);
            let filtered = *filter != EdgeFilter::default();
            let mut ranked: Vec<(&str, u64)> = graph
                .nodes()
                .map(|n| n.id.as_str())
                .filter(|id| !filtered || degree.contains_key(id))
                .map(|id| (id, degree.get(id).map_or(0, |d| d.weighted)))
                .collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            if let Some(top) = selection.top {
                ranked.truncate(top);
            }
            ranked.into_iter().map(|(id, _)| id.to_string()).collect()
        }
    };
    let edges = graph
        .edges()
        .filter(|(a, b, edge)| {
            filter.accepts(edge) && nodes.contains(&a.id) && nodes.contains(&b.id)
        })
        .map(|(a, b, _)| key(&a.id, &b.id))
        .collect();
    Part { nodes, edges }
}

/// The entities of the ego graph of `focus`: [`k_hop`] up to `depth` links, then the
/// nearest, strongest `top` of them besides the focus. A link's strength is its count of
/// the filter's relation (co-mention weight without one), then its meetings; an entity's
/// is that of its strongest link to the ring before it; ties go to the smaller id.
fn ego(graph: &KnowledgeGraph, focus: &str, selection: &Selection) -> BTreeSet<String> {
    if graph.node(focus).is_none() {
        return BTreeSet::new();
    }
    let filter = &selection.filter;
    let relation = filter.relation.unwrap_or(Relation::CoMention);
    let reached = k_hop(graph, focus, selection.depth, filter).unwrap_or_default();
    let distance: HashMap<&str, usize> = reached
        .iter()
        .map(|r| (r.node.id.as_str(), r.distance))
        .chain([(focus, 0)])
        .collect();
    let mut ranked: Vec<(&str, usize, (u64, u64))> = reached
        .iter()
        .map(|r| {
            let strength = graph
                .neighbors(&r.node.id)
                .unwrap_or_default()
                .iter()
                .filter(|n| n.node.id != r.node.id && filter.accepts(n.edge))
                .filter(|n| distance.get(n.node.id.as_str()) == Some(&(r.distance - 1)))
                .map(|n| (n.edge.relation(relation), n.edge.met()))
                .max()
                .unwrap_or_default();
            (r.node.id.as_str(), r.distance, strength)
        })
        .collect();
    // Nearest first, so a kept entity's link towards the focus is kept too.
    ranked.sort_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)).then(a.0.cmp(b.0)));
    if let Some(top) = selection.top {
        ranked.truncate(top);
    }
    ranked
        .into_iter()
        .map(|(id, ..)| id.to_string())
        .chain([focus.to_string()])
        .collect()
}

/// The ids of the `n` most central entities: largest weighted degree (co-mention weight
/// over every link) first, ties by id.
pub fn most_central(graph: &KnowledgeGraph, n: usize) -> Vec<String> {
    let degree = degrees(graph, &EdgeFilter::default());
    let mut ranked: Vec<(&str, u64)> = graph
        .nodes()
        .map(|node| {
            let id = node.id.as_str();
            (id, degree.get(id).map_or(0, |d| d.weighted))
        })
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked
        .into_iter()
        .take(n)
        .map(|(id, _)| id.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::export::dot::tests::{edge, graph, node};
    use crate::export::schema::AffiliationRecord;

    /// a - b (5, met) - c (1) - d (3); a - e (2); f alone; b - e (affiliation only, weight 0)
    fn sample() -> KnowledgeGraph {
        let mut met = edge("a", "b", 5, 2);
        met.relations.insert("met".to_string(), 2);
        let mut aff = edge("b", "e", 0, 0);
        aff.relations = BTreeMap::from([("affiliation".to_string(), 1)]);
        aff.affiliation = Some(AffiliationRecord {
            member: "b".into(),
            of: "e".into(),
            sources: vec!["gazetteer".into()],
        });
        let wire = graph(
            vec![
                node("a", "person", 9, 2),
                node("b", "person", 6, 2),
                node("c", "country", 2, 1),
                node("d", "place", 3, 1),
                node("e", "organization", 2, 1),
                node("f", "person", 1, 1),
            ],
            vec![
                met,
                edge("a", "e", 2, 1),
                aff,
                edge("b", "c", 1, 1),
                edge("c", "d", 3, 1),
            ],
        );
        KnowledgeGraph::from_node_link(wire, usize::MAX).unwrap()
    }

    fn ids(part: &Part) -> Vec<&str> {
        part.nodes.iter().map(String::as_str).collect()
    }

    fn pairs(part: &Part) -> Vec<String> {
        part.edges.iter().map(|(a, b)| format!("{a}-{b}")).collect()
    }

    #[test]
    fn select_rows() {
        struct Row {
            name: &'static str,
            selection: Selection,
            nodes: &'static [&'static str],
            edges: &'static [&'static str],
        }
        let focus = |f: &str, depth: usize| Selection {
            focus: Some(f.to_string()),
            depth,
            ..Selection::default()
        };
        let only = |relation: Relation| EdgeFilter {
            relation: Some(relation),
            ..EdgeFilter::default()
        };
        let rows = [
            Row {
                name: "everything",
                selection: Selection::default(),
                nodes: &["a", "b", "c", "d", "e", "f"],
                edges: &["a-b", "a-e", "b-c", "b-e", "c-d"],
            },
            Row {
                name: "top 3 by weighted degree",
                selection: Selection {
                    top: Some(3),
                    ..Selection::default()
                },
                // a 7, b 6, c 4, d 3, e 2, f 0
                nodes: &["a", "b", "c"],
                edges: &["a-b", "b-c"],
            },
            Row {
                name: "top 0",
                selection: Selection {
                    top: Some(0),
                    ..Selection::default()
                },
                nodes: &[],
                edges: &[],
            },
            Row {
                name: "min weight drops weak links and the entities they left alone",
                selection: Selection {
                    filter: EdgeFilter {
                        min_weight: 3,
                        ..EdgeFilter::default()
                    },
                    ..Selection::default()
                },
                nodes: &["a", "b", "c", "d"],
                edges: &["a-b", "c-d"],
            },
            Row {
                name: "relation met",
                selection: Selection {
                    filter: only(Relation::Met),
                    ..Selection::default()
                },
                nodes: &["a", "b"],
                edges: &["a-b"],
            },
            Row {
                name: "relation affiliation",
                selection: Selection {
                    filter: only(Relation::Affiliation),
                    ..Selection::default()
                },
                nodes: &["b", "e"],
                edges: &["b-e"],
            },
            Row {
                name: "ego depth 1",
                selection: focus("b", 1),
                nodes: &["a", "b", "c", "e"],
                edges: &["a-b", "a-e", "b-c", "b-e"],
            },
            Row {
                name: "ego depth 0",
                selection: focus("b", 0),
                nodes: &["b"],
                edges: &[],
            },
            Row {
                name: "ego depth 2",
                selection: focus("a", 2),
                nodes: &["a", "b", "c", "e"],
                edges: &["a-b", "a-e", "b-c", "b-e"],
            },
            Row {
                name: "ego top 1 keeps the strongest neighbour",
                selection: Selection {
                    top: Some(1),
                    ..focus("b", 1)
                },
                nodes: &["a", "b"],
                edges: &["a-b"],
            },
            Row {
                name: "ego top keeps nearer rings first, then stronger links",
                selection: Selection {
                    top: Some(3),
                    ..focus("d", 3)
                },
                // c at 1, b at 2, then a (link 5) before e (link 0) at 3
                nodes: &["a", "b", "c", "d"],
                edges: &["a-b", "b-c", "c-d"],
            },
            Row {
                name: "ego over met only",
                selection: Selection {
                    filter: only(Relation::Met),
                    ..focus("b", 2)
                },
                nodes: &["a", "b"],
                edges: &["a-b"],
            },
            Row {
                name: "ego of an isolated entity",
                selection: focus("f", 3),
                nodes: &["f"],
                edges: &[],
            },
            Row {
                name: "unknown focus gives nothing",
                selection: focus("zzz", 1),
                nodes: &[],
                edges: &[],
            },
        ];
        let g = sample();
        for row in rows {
            let got = select(&g, &row.selection);
            assert_eq!(ids(&got), row.nodes, "row {:?}: nodes", row.name);
            assert_eq!(pairs(&got), row.edges, "row {:?}: edges", row.name);
        }
    }

    #[test]
    fn select_ego_ties_go_to_meetings() {
        let mut met = edge("x", "z", 1, 1);
        met.relations.insert("met".into(), 1);
        let wire = graph(
            vec![
                node("x", "person", 1, 1),
                node("y", "person", 1, 1),
                node("z", "person", 1, 1),
            ],
            vec![edge("x", "y", 1, 1), met],
        );
        let g = KnowledgeGraph::from_node_link(wire, usize::MAX).unwrap();
        let got = select(
            &g,
            &Selection {
                focus: Some("x".into()),
                depth: 1,
                top: Some(1),
                ..Selection::default()
            },
        );
        assert_eq!(ids(&got), ["x", "z"]);
    }

    #[test]
    fn select_most_central() {
        assert_eq!(most_central(&sample(), 2), ["a", "b"]);
        assert_eq!(most_central(&sample(), 99).len(), 6);
        let empty = KnowledgeGraph::new("sentence", 1);
        assert!(most_central(&empty, 5).is_empty());
    }

    #[test]
    fn most_connected_ranks_within_the_part() {
        let g = sample();
        let ego = select(&g, &focus_of("b"));
        // Within b's ego graph: a 7 (a-b 5, a-e 2), b 6, c 1, e 2.
        let top = ego.most_connected(&g, 2);
        assert_eq!(ids(&top), ["a", "b"]);
        assert_eq!(pairs(&top), ["a-b"]);
        assert!(top.has_edge("b", "a"));
        assert!(!top.has_edge("a", "e"));
    }

    fn focus_of(id: &str) -> Selection {
        Selection {
            focus: Some(id.into()),
            depth: 1,
            ..Selection::default()
        }
    }
}
