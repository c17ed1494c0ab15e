//! Choosing the part of a graph to draw.
//!
//! [`select`] cuts a subgraph out of the wire graph: the whole graph or the ego
//! graph of one entity (everything within `depth` links of it), keeping only
//! edges that pass the relation and weight filters, and at most `top` nodes.
//! Drawing all of a big co-mention graph gives a hairball; drawing the strongest
//! part of it gives a picture. The result is again a [`NodeLinkGraph`], in the
//! input's sort order, so every exporter can draw it, and the same input always
//! gives the same selection.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use super::schema::{EdgeRecord, NodeLinkGraph};

/// What part of a graph to keep.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// The entity id to centre on (an ego graph); `None` for the whole graph.
    pub focus: Option<String>,
    /// With a focus: keep nodes at most this many links away (0 keeps the focus alone).
    pub depth: usize,
    /// Keep at most this many nodes: without a focus the N with the largest weighted
    /// degree, with a focus the focus and its N strongest neighbours (nearest first).
    pub top: Option<usize>,
    /// Keep only edges with at least this co-mention weight.
    pub min_weight: u64,
    /// Keep only edges with this relation (`co_mention`, `met`, `affiliation`).
    pub relation: Option<String>,
}

/// The strength of an edge under a selection: its count of the selected
/// relation, or its co-mention weight when no relation is selected.
pub fn edge_strength(edge: &EdgeRecord, relation: Option<&str>) -> u64 {
    match relation {
        Some("co_mention") | None => edge.weight,
        Some(r) => edge.relations.get(r).copied().unwrap_or(0),
    }
}

/// Whether `edge` passes the selection's relation and weight filters.
fn edge_passes(edge: &EdgeRecord, selection: &Selection) -> bool {
    let relation_ok = match selection.relation.as_deref() {
        None => true,
        Some("co_mention") => edge.weight > 0,
        Some(r) => edge.relations.get(r).is_some_and(|&n| n > 0),
    };
    relation_ok && edge.weight >= selection.min_weight
}

/// Weighted degree of every node over the edges of `graph` (strength as in
/// [`edge_strength`]); nodes without edges are absent.
pub fn weighted_degrees(graph: &NodeLinkGraph, relation: Option<&str>) -> BTreeMap<String, u64> {
    let mut degree: BTreeMap<String, u64> = BTreeMap::new();
    for edge in &graph.edges {
        if edge.source == edge.target {
            continue;
        }
        let s = edge_strength(edge, relation);
        for id in [&edge.source, &edge.target] {
            let d = degree.entry(id.clone()).or_insert(0);
            *d = d.saturating_add(s);
        }
    }
    degree
}

/// The ids of the `n` most central nodes: largest weighted degree first, ties by id.
pub fn most_central(graph: &NodeLinkGraph, n: usize) -> Vec<String> {
    let degree = weighted_degrees(graph, None);
    let mut ranked: Vec<(&String, u64)> = graph
        .nodes
        .iter()
        .map(|node| (&node.id, degree.get(&node.id).copied().unwrap_or(0)))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked.dedup_by(|a, b| a.0 == b.0);
    ranked
        .into_iter()
        .take(n)
        .map(|(id, _)| id.clone())
        .collect()
}

/// Cuts the part of `graph` described by `selection` out of it.
///
/// Edges must pass the relation and `min_weight` filters; with a filter set, nodes
/// left without edges are dropped. With a focus, the result holds the nodes within
/// `depth` links of it over the kept edges (nothing when the focus is not in the
/// graph). `top` then keeps the strongest nodes (see [`Selection::top`]), and only
/// edges between kept nodes remain. Nodes and edges keep the input's order.
pub fn select(graph: &NodeLinkGraph, selection: &Selection) -> NodeLinkGraph {
    let ids: BTreeSet<&str> = graph.nodes.iter().map(|n| n.id.as_str()).collect();
    let relation = selection.relation.as_deref();
    let edges: Vec<&EdgeRecord> = graph
        .edges
        .iter()
        .filter(|e| ids.contains(e.source.as_str()) && ids.contains(e.target.as_str()))
        .filter(|e| edge_passes(e, selection))
        .collect();
    let filtered = selection.relation.is_some() || selection.min_weight > 0;

    let keep: BTreeSet<&str> = match &selection.focus {
        Some(focus) => ego(&ids, &edges, focus, selection),
        None => {
            let mut degree: BTreeMap<&str, u64> = BTreeMap::new();
            for e in &edges {
                if e.source == e.target {
                    continue;
                }
                let s = edge_strength(e, relation);
                for id in [e.source.as_str(), e.target.as_str()] {
                    let d = degree.entry(id).or_insert(0);
                    *d = d.saturating_add(s);
                }
            }
            let mut ranked: Vec<(&str, u64)> = ids
                .iter()
                .filter(|id| !filtered || degree.contains_key(*id))
                .map(|&id| (id, degree.get(id).copied().unwrap_or(0)))
                .collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            if let Some(top) = selection.top {
                ranked.truncate(top);
            }
            ranked.into_iter().map(|(id, _)| id).collect()
        }
    };

    NodeLinkGraph {
        directed: graph.directed,
        multigraph: graph.multigraph,
        graph: graph.graph.clone(),
        nodes: graph
            .nodes
            .iter()
            .filter(|n| keep.contains(n.id.as_str()))
            .cloned()
            .collect(),
        edges: edges
            .into_iter()
            .filter(|e| keep.contains(e.source.as_str()) && keep.contains(e.target.as_str()))
            .cloned()
            .collect(),
    }
}

/// The nodes of the ego graph of `focus`: breadth-first up to `depth` links, then
/// the nearest, strongest `top` of them besides the focus (ties go to links
/// with more meetings, then to the smaller id).
fn ego<'g>(
    ids: &BTreeSet<&'g str>,
    edges: &[&'g EdgeRecord],
    focus: &str,
    selection: &Selection,
) -> BTreeSet<&'g str> {
    let Some(&focus) = ids.get(focus) else {
        return BTreeSet::new();
    };
    let relation = selection.relation.as_deref();
    // Strength of a link: (selected strength, meetings), so a met link wins a tie.
    type Links<'a> = Vec<(&'a str, (u64, u64))>;
    let mut adjacent: BTreeMap<&str, Links<'_>> = BTreeMap::new();
    for e in edges {
        if e.source == e.target {
            continue;
        }
        let met = e.relations.get("met").copied().unwrap_or(0);
        let s = (edge_strength(e, relation), met);
        adjacent
            .entry(e.source.as_str())
            .or_default()
            .push((e.target.as_str(), s));
        adjacent
            .entry(e.target.as_str())
            .or_default()
            .push((e.source.as_str(), s));
    }
    // id -> (distance, strength of its strongest link to the previous ring)
    let mut found: BTreeMap<&str, (usize, (u64, u64))> =
        BTreeMap::from([(focus, (0, (u64::MAX, u64::MAX)))]);
    let mut queue = VecDeque::from([focus]);
    while let Some(id) = queue.pop_front() {
        let distance = found[id].0;
        if distance >= selection.depth {
            continue;
        }
        for &(next, strength) in adjacent.get(id).into_iter().flatten() {
            match found.get_mut(next) {
                None => {
                    found.insert(next, (distance + 1, strength));
                    queue.push_back(next);
                }
                Some((d, s)) if *d == distance + 1 => *s = (*s).max(strength),
                Some(_) => {}
            }
        }
    }
    let mut ranked: Vec<(&str, usize, (u64, u64))> = found
        .into_iter()
        .filter(|&(id, _)| id != focus)
        .map(|(id, (d, s))| (id, d, s))
        .collect();
    // Nearest first, so a kept node's link towards the focus is kept too.
    ranked.sort_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)).then(a.0.cmp(b.0)));
    if let Some(top) = selection.top {
        ranked.truncate(top);
    }
    let mut keep: BTreeSet<&str> = ranked.into_iter().map(|(id, ..)| id).collect();
    keep.insert(focus);
    keep
}

/// A file-name slug for an entity id: ASCII letters and digits, lowercase, words
/// joined by `-` ("Abdel Fattah el-Sisi" -> `abdel-fattah-el-sisi`); accents are
/// folded away, anything else becomes a separator. Never empty (`entity`).
pub fn slug(id: &str) -> String {
    let folded = crate::text::fold_str(id);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("entity");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::dot::tests::{edge, graph, node};
    use super::*;

    /// a - b (5, met) - c (1) - d (3); a - e (2); f alone; b - e (1, affiliation only, weight 0)
    fn sample() -> NodeLinkGraph {
        let mut met = edge("a", "b", 5, 2);
        met.relations.insert("met".to_string(), 2);
        let mut aff = edge("b", "e", 0, 0);
        aff.relations = BTreeMap::from([("affiliation".to_string(), 1)]);
        graph(
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
        )
    }

    fn ids(g: &NodeLinkGraph) -> Vec<&str> {
        g.nodes.iter().map(|n| n.id.as_str()).collect()
    }

    fn pairs(g: &NodeLinkGraph) -> Vec<String> {
        g.edges
            .iter()
            .map(|e| format!("{}-{}", e.source, e.target))
            .collect()
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
        let rows = [
            Row {
                name: "everything",
                selection: Selection::default(),
                nodes: &["a", "b", "c", "d", "e", "f"],
                edges: &["a-b", "a-e", "b-e", "b-c", "c-d"],
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
                name: "min weight drops weak edges and the nodes they left alone",
                selection: Selection {
                    min_weight: 3,
                    ..Selection::default()
                },
                nodes: &["a", "b", "c", "d"],
                edges: &["a-b", "c-d"],
            },
            Row {
                name: "relation met",
                selection: Selection {
                    relation: Some("met".into()),
                    ..Selection::default()
                },
                nodes: &["a", "b"],
                edges: &["a-b"],
            },
            Row {
                name: "relation affiliation",
                selection: Selection {
                    relation: Some("affiliation".into()),
                    ..Selection::default()
                },
                nodes: &["b", "e"],
                edges: &["b-e"],
            },
            Row {
                name: "ego depth 1",
                selection: focus("b", 1),
                nodes: &["a", "b", "c", "e"],
                edges: &["a-b", "a-e", "b-e", "b-c"],
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
                edges: &["a-b", "a-e", "b-e", "b-c"],
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
                    relation: Some("met".into()),
                    ..focus("b", 2)
                },
                nodes: &["a", "b"],
                edges: &["a-b"],
            },
            Row {
                name: "ego of an isolated node",
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
        for row in rows {
            let got = select(&sample(), &row.selection);
            assert_eq!(ids(&got), row.nodes, "row {:?}: nodes", row.name);
            assert_eq!(pairs(&got), row.edges, "row {:?}: edges", row.name);
            assert_eq!(
                select(&sample(), &row.selection),
                got,
                "row {:?}: deterministic",
                row.name
            );
        }
    }

    #[test]
    fn select_ego_ties_go_to_meetings() {
        let mut met = edge("x", "z", 1, 1);
        met.relations.insert("met".into(), 1);
        let g = graph(
            vec![
                node("x", "person", 1, 1),
                node("y", "person", 1, 1),
                node("z", "person", 1, 1),
            ],
            vec![edge("x", "y", 1, 1), met],
        );
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
    fn select_drops_edges_to_missing_nodes() {
        let g = graph(
            vec![node("a", "person", 1, 1)],
            vec![edge("a", "ghost", 3, 1), edge("a", "a", 1, 1)],
        );
        let got = select(&g, &Selection::default());
        assert_eq!(pairs(&got), ["a-a"]);
        let ego = select(
            &g,
            &Selection {
                focus: Some("a".into()),
                depth: 5,
                ..Selection::default()
            },
        );
        assert_eq!(ids(&ego), ["a"]);
    }

    #[test]
    fn select_most_central() {
        assert_eq!(most_central(&sample(), 2), ["a", "b"]);
        assert_eq!(most_central(&sample(), 99).len(), 6);
        assert!(most_central(&graph(vec![], vec![]), 5).is_empty());
    }

    #[test]
    fn select_slug_rows() {
        for (input, expected) in [
            ("Antony Blinken", "antony-blinken"),
            ("Abdel Fattah el-Sisi", "abdel-fattah-el-sisi"),
            ("Benjamin Netanyahu", "benjamin-netanyahu"),
            ("Sánchez", "sanchez"),
            ("  ../etc/passwd ", "etc-passwd"),
            ("say \"hi\"", "say-hi"),
            ("🦀", "entity"),
            ("", "entity"),
            ("U.S.", "u-s"),
        ] {
            assert_eq!(slug(input), expected, "input {input:?}");
        }
    }
}
