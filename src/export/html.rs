//! `graph.html`: an offline, self-contained explorer of the graph and its evidence.
//!
//! One file holds everything: the page (`PAGE`), its style and script
//! (`html/explorer.css`, `html/explorer.js`), the vendored Cytoscape.js
//! (`vendor/cytoscape/`, MIT, with its licence banner) and the graph as JSON. It opens
//! from disk with no network: search a name or alias, click an entity to see its
//! neighbours, click a link to read the sentences behind it.
//!
//! Rules:
//! - **Pruned, and says so.** A graph of more than [`MAX_NODES`] entities keeps the
//!   [`MAX_NODES`] with the largest weighted degree; the caption under the title says
//!   how many were left out (`graph.json` keeps them all).
//! - **Laid out here, not in the page**: [`super::layout`] places the nodes (stress, or
//!   rings around the focus of an ego graph) and the page draws them where they are, so
//!   the same graph gives the same bytes and the page opens without a layout pause.
//! - **Escaped at the boundary.** The graph goes in as JSON through serde, inside a
//!   `<script type="application/json">` with every `<` written `\u003c`, so no text can
//!   close the element; the script puts text in the page with `textContent` only, and
//!   makes links only of `http:`/`https:` URLs.

use serde::Serialize;

use super::dot::graph_title;
use super::layout::{self, Item, Placement, Side};
use super::schema::NodeLinkGraph;
use crate::graph::select::{Part, Selection};
use crate::graph::KnowledgeGraph;

/// Entities drawn at most; a bigger graph is pruned to its most connected ones.
pub const MAX_NODES: usize = 2000;

/// Pixels per hop of the layout.
const UNIT: f64 = 80.0;

/// Label font size in the page (pixels), for the overlap pass.
const FONT_SIZE: f64 = 10.0;

/// Nodes up to which labels are pushed apart (an O(n²) pass per sweep).
const OVERLAP_MAX: usize = 400;

/// The page skeleton; `{{TITLE}}`, `{{STYLE}}`, `{{LIBRARY}}`, `{{DATA}}` and
/// `{{SCRIPT}}` are filled in.
const PAGE: &str = include_str!("html/explorer.html");
const STYLE: &str = include_str!("html/explorer.css");
const SCRIPT: &str = include_str!("html/explorer.js");
/// Cytoscape.js 3.35.0 from npm, unchanged (see `vendor/cytoscape/README.md`).
const LIBRARY: &str = include_str!("../../vendor/cytoscape/cytoscape.min.js");

/// What the page is of.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    /// What part of the graph is drawn ("ego graph of …"); `None` for the whole graph.
    pub caption: Option<String>,
    /// The focus of an ego graph, placed in the middle.
    pub focus: Option<String>,
    /// Set when the graph drawn is the most connected part ([`prune`]) of a bigger one:
    /// the number of entities that one had.
    pub pruned_from: Option<usize>,
}

/// The part of `part` the page shows: its [`MAX_NODES`] most connected entities when it
/// has more (see [`Part::most_connected`]), else `None` (all of it).
pub fn prune(graph: &KnowledgeGraph, part: &Part) -> Option<Part> {
    (part.nodes.len() > MAX_NODES).then(|| part.most_connected(graph, MAX_NODES))
}

/// [`prune`] of a whole graph: its [`MAX_NODES`] most connected entities.
pub fn prune_whole(graph: &KnowledgeGraph) -> Option<Part> {
    (graph.node_count() > MAX_NODES).then(|| {
        crate::graph::select::select(
            graph,
            &Selection {
                top: Some(MAX_NODES),
                ..Selection::default()
            },
        )
    })
}

/// The data the page reads: the graph as in `graph.json`, with positions.
#[derive(Serialize)]
struct PageData<'a> {
    title: String,
    caption: String,
    focus: Option<&'a str>,
    /// `[x, y]` per node, in the order of `graph.nodes`.
    positions: Vec<[f64; 2]>,
    graph: &'a NodeLinkGraph,
}

/// The explorer page of `graph` (already [`prune`]d by the caller when bigger than
/// [`MAX_NODES`], as `view.pruned_from` says), laid out, with the library and the data
/// embedded.
pub fn to_html(graph: &NodeLinkGraph, view: &View) -> String {
    let part = graph;
    let mut caption = match view.pruned_from {
        Some(whole) => format!(
            "the {} most connected of {whole} entities (pruned: a bigger graph is unreadable; the graph file holds all)",
            part.nodes.len(),
        ),
        None => "all entities".to_string(),
    };
    if let Some(c) = &view.caption {
        caption = if view.pruned_from.is_some() {
            format!("{c}; {caption}")
        } else {
            c.clone()
        };
    }
    let positions = place(part, view.focus.as_deref());
    let data = PageData {
        title: graph_title(part),
        caption,
        focus: view.focus.as_deref(),
        positions,
        graph: part,
    };
    let json = serde_json::to_string(&data)
        .expect("the page data serializes")
        .replace('<', "\\u003c");
    let title = escape_html(&data.title);
    PAGE.replace("{{TITLE}}", &title)
        .replace("{{STYLE}}", STYLE)
        .replace("{{DATA}}", &json)
        .replace("{{SCRIPT}}", SCRIPT)
        .replace("{{LIBRARY}}", LIBRARY)
}

/// Node positions in pixels, rounded to a tenth: rings around `focus` when it is a
/// node, else a stress layout; labels pushed apart for graphs small enough.
fn place(graph: &NodeLinkGraph, focus: Option<&str>) -> Vec<[f64; 2]> {
    let index: std::collections::HashMap<&str, usize> = graph
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let edges: Vec<(usize, usize)> = graph
        .edges
        .iter()
        .filter_map(|e| {
            Some((
                *index.get(e.source.as_str())?,
                *index.get(e.target.as_str())?,
            ))
        })
        .collect();
    let items: Vec<Item> = graph
        .nodes
        .iter()
        .map(|n| Item {
            radius: 8.0,
            label_width: layout::text_width(&n.id, FONT_SIZE),
            label_height: FONT_SIZE * 1.3,
        })
        .collect();
    let root = focus.and_then(|f| index.get(f).copied());
    let placement = match root {
        Some(root) => layout::radial_placement(&items, &edges, root, 140.0),
        None if items.len() <= OVERLAP_MAX => layout::force_placement(&items, &edges, UNIT),
        None => Placement {
            positions: spread(layout::positions(items.len(), &edges)),
            sides: vec![Side::Below; items.len()],
        },
    };
    placement
        .positions
        .iter()
        .map(|&(x, y)| [(x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0])
        .collect()
}

/// Area per entity (pixels²) a big graph is spread over: about a label's box and a gap.
const AREA_PER_NODE: f64 = 6000.0;

/// Hop positions scaled to pixels for a big graph: news graphs are small worlds (every
/// entity a few hops from every other), so hop units alone would pile thousands of nodes
/// into a few hundred pixels; the drawing is spread until its disc offers
/// [`AREA_PER_NODE`] per entity (and never below [`UNIT`] per hop).
fn spread(hops: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    let n = hops.len().max(1) as f64;
    let cx = hops.iter().map(|p| p.0).sum::<f64>() / n;
    let cy = hops.iter().map(|p| p.1).sum::<f64>() / n;
    let rms = (hops
        .iter()
        .map(|p| (p.0 - cx).powi(2) + (p.1 - cy).powi(2))
        .sum::<f64>()
        / n)
        .sqrt();
    // A uniform disc of radius R has an RMS radius of R / sqrt(2).
    let wanted = (n * AREA_PER_NODE / std::f64::consts::PI).sqrt() / std::f64::consts::SQRT_2;
    let scale = if rms > 1e-9 {
        (wanted / rms).max(UNIT)
    } else {
        UNIT
    };
    hops.into_iter()
        .map(|(x, y)| ((x - cx) * scale, (y - cy) * scale))
        .collect()
}

/// Escapes text for HTML character data.
fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::super::dot::tests::{edge, graph, hostile_graph, node};
    use super::*;

    /// The JSON between the data script's tags.
    fn data_of(page: &str) -> serde_json::Value {
        let start = page
            .find("<script id=\"data\" type=\"application/json\">")
            .expect("data element")
            + "<script id=\"data\" type=\"application/json\">".len();
        let end = start + page[start..].find("</script>").expect("closed");
        serde_json::from_str(&page[start..end]).expect("the data is JSON")
    }

    #[test]
    fn hostile_names_cannot_close_the_data_script() {
        let page = to_html(&hostile_graph(), &View::default());
        let data = data_of(&page);
        assert_eq!(
            data["graph"]["nodes"].as_array().unwrap().len(),
            hostile_graph().nodes.len(),
            "every node survives the embedding"
        );
        // One data element, one library, one script: no text opened another.
        assert_eq!(page.matches("<script").count(), 3);
    }

    #[test]
    fn the_page_is_self_contained() {
        let page = to_html(&hostile_graph(), &View::default());
        for needle in ["src=\"http", "href=\"http", "@import", "url(http"] {
            assert!(!page.contains(needle), "the page loads {needle:?}");
        }
        assert!(
            page.contains("The Cytoscape Consortium"),
            "licence banner kept"
        );
    }

    #[test]
    fn same_graph_same_bytes() {
        let g = hostile_graph();
        assert_eq!(to_html(&g, &View::default()), to_html(&g, &View::default()));
    }

    #[test]
    fn a_big_graph_is_pruned_and_says_so() {
        let nodes: Vec<_> = (0..MAX_NODES + 5)
            .map(|i| node(&format!("n{i:05}"), "person", 1, 1))
            .collect();
        let edges: Vec<_> = (1..MAX_NODES + 5)
            .map(|i| edge("n00000", &format!("n{i:05}"), (i % 7) as u64 + 1, 1))
            .collect();
        let whole = graph(nodes, edges);
        let g = KnowledgeGraph::from_node_link(whole.clone(), usize::MAX).unwrap();
        let part = prune_whole(&g).expect("pruned");
        let view = View {
            pruned_from: Some(whole.nodes.len()),
            ..View::default()
        };
        let data = data_of(&to_html(&super::super::cut(&whole, &part), &view));
        assert_eq!(data["graph"]["nodes"].as_array().unwrap().len(), MAX_NODES);
        // The hub and the heaviest spokes (weight 7: i % 7 == 6) are kept.
        assert!(part.nodes.contains("n00000") && part.nodes.contains("n00006"));
        assert!(
            prune(&g, &part).is_none(),
            "a part of MAX_NODES is not pruned again"
        );
        let caption = data["caption"].as_str().unwrap();
        assert!(
            caption.contains(&format!(
                "the {MAX_NODES} most connected of {} entities",
                MAX_NODES + 5
            )),
            "{caption}"
        );
    }

    #[test]
    fn an_ego_page_puts_the_focus_in_the_middle() {
        let nodes = vec![
            node("a", "person", 1, 1),
            node("b", "person", 1, 1),
            node("c", "country", 1, 1),
        ];
        let edges = vec![edge("a", "b", 2, 1), edge("a", "c", 1, 1)];
        let view = View {
            caption: Some("ego graph of a".into()),
            focus: Some("a".into()),
            pruned_from: None,
        };
        let data = data_of(&to_html(&graph(nodes, edges), &view));
        assert_eq!(data["focus"], "a");
        assert_eq!(data["caption"], "ego graph of a");
        assert_eq!(data["positions"][0], serde_json::json!([0.0, 0.0]));
    }
}
