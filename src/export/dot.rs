//! Graphviz DOT export.
//!
//! [`to_dot`] turns the `graph.json` wire types into DOT text with
//! graphviz-rust's `dot_structures` and printer. Every id and string attribute
//! is a quoted, escaped DOT string, so no entity name can break the file or
//! trigger Graphviz's `\N`/`\G`-style label escapes; output is byte-for-byte
//! deterministic for a given input.
//!
//! The styling helpers (`EntityKind`, `edge_style`) are shared with the SVG
//! exporter so that both renderers draw the same picture; a new edge style
//! (e.g. for "met" relations) is one more field on `EdgeStyle`.

use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use super::schema::{EdgeRecord, GraphInfo, NodeLinkGraph, NodeRecord};
use crate::graph::KnowledgeGraph;

/// An edge's width in a drawing from its endpoints' ids (an association measure).
pub type EdgeStrength<'a> = &'a dyn Fn(&str, &str) -> f64;

/// The file a whole graph's DOT text is written to.
pub const GRAPH_FILE: &str = "graph.dot";

/// The font used for every label.
const FONT: &str = "Helvetica";

/// Colour of edges and node outlines.
pub(crate) const LINE_COLOUR: &str = "#555555";

/// Builds the DOT text of a graph with graphviz-rust's structures and printer.
///
/// The graph is undirected (`graph newsgraph { a -- b }`); nodes are shaped and
/// filled by entity type, edges are drawn thicker the heavier they are. Nodes
/// and edges are emitted in the order given (the wire format sorts them), so
/// the same input always yields the same bytes. The text ends with a newline.
pub fn to_dot(graph: &NodeLinkGraph) -> String {
    to_dot_with(graph, None)
}

/// Like [`to_dot`], but with edge widths scaled from `strengths` (one value per edge,
/// in edge order; for example an association measure) instead of from the weights.
/// Values that are not finite draw the thinnest line.
pub fn to_dot_with(graph: &NodeLinkGraph, strengths: Option<&[f64]>) -> String {
    build_dot(graph, strengths, None, None)
}

/// Like [`to_dot`], with `caption` (e.g. "ego graph of Antony Blinken, depth 1")
/// printed under the title. With a `root` (the focus of an ego graph, an id of
/// `graph`) the layout is radial: the root in the middle, its neighbours around it.
pub fn to_dot_captioned(graph: &NodeLinkGraph, caption: &str, root: Option<&str>) -> String {
    build_dot(graph, None, Some(caption), root)
}

fn build_dot(
    graph: &NodeLinkGraph,
    strengths: Option<&[f64]>,
    caption: Option<&str>,
    root: Option<&str>,
) -> String {
    let max_weight = graph.edges.iter().map(|e| e.weight).max().unwrap_or(0);
    let drawn = Drawn {
        info: &graph.graph,
        nodes: &graph.nodes,
        edges: graph.edges.len(),
        max_weight,
    };
    let mut text = Vec::new();
    // Writing to memory cannot fail.
    let _ = drawn.print(graph.edges.iter(), strengths, caption, root, &mut text);
    String::from_utf8(text).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Streams the DOT text of `graph`, as [`to_dot_with`] draws its
/// [`KnowledgeGraph::to_node_link_outline`], to `out`: the edge records are made and
/// printed a batch at a time, so a big graph is held neither as records nor as text.
/// `strength` gives an edge's width from its endpoints' ids, as `strengths` does there.
///
/// # Errors
/// Only what `out` reports.
pub fn write_dot(
    graph: &KnowledgeGraph,
    strength: Option<EdgeStrength<'_>>,
    out: impl std::io::Write,
) -> std::io::Result<()> {
    let (info, nodes) = graph.outline_head();
    let strengths: Option<Vec<f64>> = strength.map(|strength| {
        graph
            .outline_edge_ends()
            .map(|(source, target)| strength(source, target))
            .collect()
    });
    let drawn = Drawn {
        info: &info,
        nodes: &nodes,
        edges: graph.edge_count(),
        max_weight: graph.edges().map(|(_, _, e)| e.weight()).max().unwrap_or(0),
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    drawn.print(
        graph.outline_edges(),
        strengths.as_deref(),
        None,
        None,
        &mut out,
    )?;
    std::io::Write::flush(&mut out)
}

/// What a picture's frame needs to know of the graph it draws.
struct Drawn<'a> {
    info: &'a GraphInfo,
    nodes: &'a [NodeRecord],
    /// The number of edges drawn.
    edges: usize,
    /// The heaviest edge's weight.
    max_weight: u64,
}

impl Drawn<'_> {
    /// Prints the DOT text of the graph with `edges` (in order) to `out`.
    fn print<E: std::borrow::Borrow<EdgeRecord>>(
        &self,
        edges: impl Iterator<Item = E>,
        strengths: Option<&[f64]>,
        caption: Option<&str>,
        root: Option<&str>,
        out: &mut impl std::io::Write,
    ) -> std::io::Result<()> {
        let max_weight = self.max_weight;
        let finite = || {
            strengths
                .into_iter()
                .flatten()
                .copied()
                .filter(|s| s.is_finite())
        };
        let (low, high) = (
            finite().fold(f64::INFINITY, f64::min),
            finite().fold(f64::NEG_INFINITY, f64::max),
        );
        let width = |index: usize| -> Option<f64> {
            let s = *strengths?.get(index)?;
            Some(if !s.is_finite() || high <= low {
                1.0
            } else {
                1.0 + 4.0 * (s - low) / (high - low)
            })
        };
        let title = title(self.info, self.nodes.len(), self.edges);
        let head = [
            Stmt::GAttribute(GraphAttributes::Graph(graph_attributes(
                &title, self.nodes, caption, root,
            ))),
            Stmt::GAttribute(GraphAttributes::Node(vec![
                attr("style", plain("filled")),
                attr("fontname", quoted(FONT)),
                attr("fontsize", plain("11")),
                attr("color", quoted(LINE_COLOUR)),
            ])),
            Stmt::GAttribute(GraphAttributes::Edge(vec![attr(
                "color",
                quoted(CO_MENTION_COLOUR),
            )])),
        ];
        let nodes = self.nodes.iter().map(|n| Stmt::Node(dot_node(n)));
        let edges = edges.enumerate().map(|(i, e)| {
            let e = e.borrow();
            // In an ego graph, co-mentions between two neighbours are context:
            // drawn faint and thin, so the focus's own links stand out.
            let faint = root.is_some_and(|r| e.source != r && e.target != r);
            Stmt::Edge(dot_edge(e, max_weight, width(i), faint))
        });
        print_graph(head.into_iter().chain(nodes).chain(edges), out)
    }
}

/// Statements printed at a time by [`print_graph`].
const PRINT_BATCH: usize = 1024;

/// Prints `graph newsgraph { STATEMENTS }` as graphviz-rust prints it, followed by a
/// newline, to `out`. The statements are built and printed a batch at a time (each
/// statement prints alone, one per line), so a big graph is never held as structures:
/// they took many times the size of the text.
fn print_graph(
    statements: impl Iterator<Item = Stmt>,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    let print = |stmts: Vec<Stmt>| {
        Graph::Graph {
            id: plain("newsgraph"),
            strict: false,
            stmts,
        }
        .print(&mut PrinterContext::default())
    };
    // The printed frame around the statements: "graph newsgraph {\n" and "\n}" (with
    // nothing between them when there are none).
    let empty = print(Vec::new());
    let (open, close) = empty.split_at(empty.len().saturating_sub(2));
    out.write_all(open.as_bytes())?;
    let mut statements = statements.peekable();
    let mut first = true;
    while statements.peek().is_some() {
        let batch: Vec<Stmt> = statements.by_ref().take(PRINT_BATCH).collect();
        let printed = print(batch);
        let body = printed
            .strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close))
            .unwrap_or(&printed);
        if !first {
            out.write_all(b"\n")?;
        }
        first = false;
        out.write_all(body.as_bytes())?;
    }
    out.write_all(close.as_bytes())?;
    out.write_all(b"\n")
}

/// The entity types the exporters know how to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EntityKind {
    Person,
    Country,
    Organization,
    Place,
    /// A type this version does not know (drawn plain, never rejected).
    Other,
}

impl EntityKind {
    /// Maps a wire-format `type` to a kind; unknown strings become `Other`.
    pub(crate) fn parse(kind: &str) -> Self {
        match kind {
            "person" => Self::Person,
            "country" => Self::Country,
            "organization" => Self::Organization,
            "place" => Self::Place,
            _ => Self::Other,
        }
    }

    /// Fill colour: Paul Tol's "light" scheme, readable with black text and
    /// distinguishable under the common colour-vision deficiencies.
    pub(crate) fn fill(self) -> &'static str {
        match self {
            Self::Person => "#77AADD",
            Self::Country => "#44BB99",
            Self::Organization => "#EE8866",
            Self::Place => "#DDDDDD",
            Self::Other => "#FFFFFF",
        }
    }

    /// Graphviz node shape.
    pub(crate) fn dot_shape(self) -> &'static str {
        match self {
            Self::Person => "ellipse",
            Self::Country => "box",
            Self::Organization => "hexagon",
            Self::Place => "house",
            Self::Other => "ellipse",
        }
    }

    /// A fixed CSS class name (safe to embed unescaped).
    pub(crate) fn css_class(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Country => "country",
            Self::Organization => "organization",
            Self::Place => "place",
            Self::Other => "other",
        }
    }
}

/// The line of an edge: what kind of link it is, readable without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// The text says the two met.
    Solid,
    /// Only mentioned together.
    Dashed,
    /// Only an affiliation (no sentence names both).
    Dotted,
}

impl LineKind {
    /// The Graphviz `style` value.
    pub(crate) fn dot_style(self) -> &'static str {
        match self {
            Self::Solid => "solid",
            Self::Dashed => "dashed",
            Self::Dotted => "dotted",
        }
    }
}

/// How one edge is drawn. Both renderers read this, so a new relation style
/// is added here once.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct EdgeStyle {
    /// Line width in points, 1 to 5.
    pub penwidth: f64,
    /// Graphviz layout weight (heavier edges are kept shorter), 1 to
    /// [`MAX_LAYOUT_WEIGHT`].
    pub layout_weight: u64,
    /// Line colour.
    pub colour: &'static str,
    /// Solid for met, dashed for co-mention, dotted for affiliation only.
    pub line: LineKind,
}

/// Cap on the Graphviz `weight` attribute: dot's integer arithmetic overflows
/// on huge weights (dot 2.43 segfaults at `weight=2147483647`).
pub(crate) const MAX_LAYOUT_WEIGHT: u64 = 1000;

/// The style of `edge` in a graph whose heaviest edge weighs `max_weight`.
pub(crate) fn edge_style(edge: &EdgeRecord, max_weight: u64) -> EdgeStyle {
    let met = edge.relations.get("met").is_some_and(|&n| n > 0);
    EdgeStyle {
        penwidth: penwidth(edge.weight, max_weight),
        layout_weight: edge.weight.clamp(1, MAX_LAYOUT_WEIGHT),
        colour: if met { MET_COLOUR } else { CO_MENTION_COLOUR },
        line: if met {
            LineKind::Solid
        } else if edge.weight == 0 && edge.affiliation.is_some() {
            LineKind::Dotted
        } else {
            LineKind::Dashed
        },
    }
}

/// Colour of co-mention and affiliation edges: lighter than node outlines, so the
/// many co-mentions stay in the background and met edges stand out.
pub(crate) const CO_MENTION_COLOUR: &str = "#999999";

/// Colour of co-mentions between two neighbours in an ego graph.
pub(crate) const FAINT_COLOUR: &str = "#CCCCCC";

/// Colour of edges whose text says the two met (Paul Tol's "muted" wine).
pub(crate) const MET_COLOUR: &str = "#882255";

/// Line width for an edge: `1 + 4·ln(w)/ln(max_w)`, between 1 and 5.
pub(crate) fn penwidth(weight: u64, max_weight: u64) -> f64 {
    if weight <= 1 || max_weight <= 1 {
        return 1.0;
    }
    let scaled = 1.0 + 4.0 * (weight as f64).ln() / (max_weight as f64).ln();
    scaled.clamp(1.0, 5.0)
}

/// Formats a number with at most two decimals and no trailing zeros.
pub(crate) fn format_decimal(x: f64) -> String {
    let text = format!("{x:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text.is_empty() || text == "-" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

/// Cleans text for any output: CRLF and lone CR become `\n`, tabs become
/// spaces, other control characters and the XML-forbidden U+FFFE/U+FFFF are
/// dropped. Everything else (quotes, markup, RTL marks, emoji) is kept.
pub(crate) fn sanitize_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{FFFE}' | '\u{FFFF}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The body of a quoted DOT string for `s` (without the quotes): sanitized,
/// then `\` -> `\\`, `"` -> `\"`, newline -> `\n`.
pub(crate) fn escape_dot(s: &str) -> String {
    let clean = sanitize_text(s);
    let mut out = String::with_capacity(clean.len() + 2);
    for c in clean.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// An edge's meetings for a tooltip: ", met in 3 sentences (meeting 1, phone 2)", or
/// nothing when the two never met.
pub(crate) fn met_summary(edge: &EdgeRecord) -> String {
    let met = edge.relations.get("met").copied().unwrap_or(0);
    if met == 0 {
        return String::new();
    }
    let kinds: Vec<String> = edge
        .meetings
        .iter()
        .map(|(kind, n)| format!("{kind} {n}"))
        .collect();
    let kinds = if kinds.is_empty() {
        String::new()
    } else {
        format!(" ({})", kinds.join(", "))
    };
    format!(", met in {}{kinds}", count(met, "sentence"))
}

/// The body of a quoted DOT string shown to people (labels, tooltips): as
/// [`escape_dot`], and `&` -> `&amp;`, because Graphviz decodes HTML entities
/// in labels (`AT&amp;T` would otherwise be drawn as `AT&T`).
pub(crate) fn escape_dot_text(s: &str) -> String {
    escape_dot(s).replace('&', "&amp;")
}

/// A quoted, escaped DOT id.
fn quoted(s: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape_dot(s)))
}

/// A quoted, escaped DOT string for text that is displayed.
fn quoted_text(s: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape_dot_text(s)))
}

/// An unquoted DOT id; only for constants and numbers written by this module.
fn plain(s: &str) -> Id {
    Id::Plain(s.to_string())
}

fn attr(name: &str, value: Id) -> Attribute {
    Attribute(plain(name), value)
}

/// `1 document`, `2 documents`.
fn count(n: u64, noun: &str) -> String {
    match (n, noun) {
        (1, _) => format!("{n} {noun}"),
        (_, "entity") => format!("{n} entities"),
        _ => format!("{n} {noun}s"),
    }
}

/// The title of a picture: generator, documents, entities and links drawn.
pub(crate) fn graph_title(graph: &NodeLinkGraph) -> String {
    title(&graph.graph, graph.nodes.len(), graph.edges.len())
}

/// [`graph_title`] of a graph with `nodes` entities and `edges` links.
fn title(info: &GraphInfo, nodes: usize, edges: usize) -> String {
    format!(
        "{}: {}, {}, {}",
        info.generator,
        count(info.documents, "document"),
        count(nodes as u64, "entity"),
        count(edges as u64, "link"),
    )
}

fn graph_attributes(
    title: &str,
    nodes: &[NodeRecord],
    caption: Option<&str>,
    root: Option<&str>,
) -> Vec<Attribute> {
    let mut attributes = vec![
        attr("label", Id::Html(legend_label(title, caption))),
        attr("labelloc", plain("t")),
        attr("fontname", quoted(FONT)),
        attr("fontsize", plain("14")),
    ];
    match root.filter(|r| nodes.iter().any(|n| n.id == *r)) {
        // An ego graph reads best radially: the focus in the middle.
        Some(root) => attributes.extend([
            attr("layout", plain("twopi")),
            attr("root", quoted(root)),
            attr("ranksep", plain("2.2")),
        ]),
        // A co-mention graph has no direction: a force-directed layout reads best.
        None => attributes.push(attr("layout", plain("neato"))),
    }
    attributes.extend([
        attr("overlap", plain("false")),
        attr("splines", plain("true")),
        attr("outputorder", plain("edgesfirst")),
    ]);
    attributes
}

/// Escapes text for an HTML-like Graphviz label: sanitized, `&<>"` as entities,
/// line breaks as `<BR/>`.
pub(crate) fn escape_html(s: &str) -> String {
    let clean = sanitize_text(s);
    let mut out = String::with_capacity(clean.len() + 8);
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("<BR/>"),
            c => out.push(c),
        }
    }
    out
}

/// The entity types in legend order.
pub(crate) const LEGEND_KINDS: [EntityKind; 4] = [
    EntityKind::Person,
    EntityKind::Country,
    EntityKind::Organization,
    EntityKind::Place,
];

/// A short line sample for the legend: a row of cells, `dashes` of them, each
/// `width` points wide (one long cell is a solid line), `height` points thick.
fn line_swatch(colour: &str, dashes: usize, width: usize, height: usize) -> String {
    let cells: String = (0..dashes)
        .map(|_| {
            format!(
                r#"<TD BGCOLOR="{colour}" WIDTH="{width}" HEIGHT="{height}" FIXEDSIZE="TRUE"></TD>"#
            )
        })
        .collect();
    format!(
        r#"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3" CELLPADDING="0"><TR>{cells}</TR></TABLE>"#
    )
}

/// The graph label: the title, an optional caption and a legend of node types and
/// edge styles, as an HTML-like table (`ID="legend"`, so SVG readers can find it).
fn legend_label(title: &str, caption: Option<&str>) -> String {
    let swatch = |fill: &str, shape: &str| {
        format!(
            r#"<TD BGCOLOR="{fill}" BORDER="1" COLOR="{LINE_COLOUR}" WIDTH="22" HEIGHT="14" FIXEDSIZE="TRUE"></TD><TD ALIGN="LEFT">{shape}</TD>"#
        )
    };
    let kinds: String = LEGEND_KINDS
        .iter()
        .map(|k| swatch(k.fill(), &format!("{} ({})", k.css_class(), k.dot_shape())))
        .collect();
    let edge =
        |swatch: String, text: &str| format!(r#"<TD>{swatch}</TD><TD ALIGN="LEFT">{text}</TD>"#);
    let edges = [
        edge(
            line_swatch(CO_MENTION_COLOUR, 4, 5, 2),
            "mentioned together (dashed)",
        ),
        edge(line_swatch(MET_COLOUR, 1, 29, 3), "met (solid, wine)"),
        edge(
            line_swatch(CO_MENTION_COLOUR, 7, 2, 2),
            "affiliation (dotted)",
        ),
        edge(
            line_swatch(CO_MENTION_COLOUR, 1, 29, 5),
            "thicker = more sentences",
        ),
    ]
    .concat();
    let caption = caption
        .map(|c| {
            format!(
                r#"<TR><TD COLSPAN="8"><FONT POINT-SIZE="13">{}</FONT></TD></TR>"#,
                escape_html(c)
            )
        })
        .unwrap_or_default();
    format!(
        r#"<<TABLE ID="legend" BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2"><TR><TD COLSPAN="8"><FONT POINT-SIZE="16"><B>{}</B></FONT></TD></TR>{caption}<TR>{kinds}</TR><TR>{edges}</TR></TABLE>>"#,
        escape_html(title)
    )
}

fn dot_node(node: &NodeRecord) -> Node {
    let kind = EntityKind::parse(&node.kind);
    let tooltip = format!(
        "{} ({}), {} in {}",
        node.id,
        node.kind,
        count(node.mentions, "mention"),
        count(node.documents, "document"),
    );
    Node {
        id: NodeId(quoted(&node.id), None),
        attributes: vec![
            attr("label", quoted_text(&node.id)),
            attr("shape", plain(kind.dot_shape())),
            attr("fillcolor", quoted(kind.fill())),
            attr("tooltip", quoted_text(&tooltip)),
        ],
    }
}

fn dot_edge(edge: &EdgeRecord, max_weight: u64, width: Option<f64>, faint: bool) -> Edge {
    let mut style = edge_style(edge, max_weight);
    if let Some(width) = width {
        style.penwidth = width;
    }
    if faint && style.colour == CO_MENTION_COLOUR {
        style.colour = FAINT_COLOUR;
        style.penwidth = style.penwidth.min(2.0);
    }
    let tooltip = format!(
        "{} \u{2013} {}: weight {}, {}{}",
        edge.source,
        edge.target,
        edge.weight,
        count(edge.documents, "document"),
        met_summary(edge),
    );
    let mut attributes = vec![
        attr("penwidth", plain(&format_decimal(style.penwidth))),
        attr("weight", plain(&style.layout_weight.to_string())),
        attr("tooltip", quoted_text(&tooltip)),
        attr("style", plain(style.line.dot_style())),
    ];
    if style.colour != CO_MENTION_COLOUR {
        attributes.push(attr("color", quoted(style.colour)));
    }
    Edge {
        ty: EdgeTy::Pair(
            Vertex::N(NodeId(quoted(&edge.source), None)),
            Vertex::N(NodeId(quoted(&edge.target), None)),
        ),
        attributes,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::BTreeMap;
    use std::process::{Command, Stdio};

    use super::super::schema::GraphInfo;
    use super::*;

    pub(crate) fn node(id: &str, kind: &str, mentions: u64, documents: u64) -> NodeRecord {
        NodeRecord {
            id: id.to_string(),
            kind: kind.to_string(),
            mentions,
            documents,
            aliases: BTreeMap::new(),
            windows: mentions,
            affiliations: Vec::new(),
            first_seen: None,
            last_seen: None,
            timeline: Vec::new(),
        }
    }

    pub(crate) fn edge(source: &str, target: &str, weight: u64, documents: u64) -> EdgeRecord {
        EdgeRecord {
            source: source.to_string(),
            target: target.to_string(),
            weight,
            documents,
            relations: BTreeMap::from([("co_mention".to_string(), weight)]),
            meetings: BTreeMap::new(),
            affiliation: None,
            first_seen: None,
            last_seen: None,
            timeline: Vec::new(),
            evidence: Vec::new(),
        }
    }

    pub(crate) fn graph(nodes: Vec<NodeRecord>, edges: Vec<EdgeRecord>) -> NodeLinkGraph {
        NodeLinkGraph {
            directed: false,
            multigraph: false,
            graph: GraphInfo {
                generator: "newsgraph 0.1.0".to_string(),
                documents: 2,
                sentences: 10,
                window: "sentence".to_string(),
                windows: 10,
                evidence_limit: 5,
                provenance: Default::default(),
                timeline: None,
                evidence_documents: Vec::new(),
                evidence_windows: Vec::new(),
            },
            nodes,
            edges,
        }
    }

    pub(crate) fn tiny() -> NodeLinkGraph {
        graph(
            vec![
                node("Angela Merkel", "person", 3, 2),
                node("France", "country", 2, 1),
                node("NATO", "organization", 1, 1),
            ],
            vec![
                edge("Angela Merkel", "France", 4, 2),
                edge("France", "NATO", 1, 1),
            ],
        )
    }

    /// Entity names chosen to break naive DOT or XML writers.
    pub(crate) const HOSTILE: &[&str] = &[
        "say \"hi\"",
        "back\\slash",
        "ends in backslash\\",
        "\\N \\G \\L",
        "<b>&amp;</b> & <",
        "two\nlines",
        "crlf\r\nend",
        "lone\rcr",
        "tab\there",
        "bell\u{7}nul\u{0}esc\u{1b}del\u{7f}",
        "rtl \u{200F}\u{202E}abc",
        "emoji 🦀👩‍🚀",
        "node",
        "EDGE",
        "Graph",
        "strict",
        "subgraph",
        "digraph",
        "-- -> ; { } [ ] =",
        "",
        "'single'",
        "// comment /* open",
        "#preprocessor",
        "noncharacter \u{FFFF}",
    ];

    pub(crate) fn hostile_graph() -> NodeLinkGraph {
        let kinds = ["person", "country", "organization", "place", "<weird&kind>"];
        let mut nodes: Vec<NodeRecord> = HOSTILE
            .iter()
            .enumerate()
            .map(|(i, name)| node(name, kinds[i % kinds.len()], i as u64 + 1, 1))
            .collect();
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        let mut edges: Vec<EdgeRecord> = HOSTILE
            .windows(2)
            .enumerate()
            .map(|(i, pair)| {
                let (a, b) = if pair[0] < pair[1] {
                    (pair[0], pair[1])
                } else {
                    (pair[1], pair[0])
                };
                edge(a, b, i as u64 + 1, 1)
            })
            .collect();
        edges.sort_by(|a, b| (&a.source, &a.target).cmp(&(&b.source, &b.target)));
        let mut g = graph(nodes, edges);
        g.graph.generator = "gen \"quoted\" \\ <x>".to_string();
        g
    }

    #[test]
    fn escaping() {
        struct Row {
            name: &'static str,
            input: &'static str,
            expected: &'static str,
        }
        let rows = [
            Row {
                name: "plain",
                input: "Angela Merkel",
                expected: r#""Angela Merkel""#,
            },
            Row {
                name: "quotes",
                input: "say \"hi\"",
                expected: r#""say \"hi\"""#,
            },
            Row {
                name: "backslash",
                input: "back\\slash",
                expected: r#""back\\slash""#,
            },
            Row {
                name: "trailing backslash",
                input: "end\\",
                expected: r#""end\\""#,
            },
            Row {
                name: "backslash before quote",
                input: "a\\\"b",
                expected: r#""a\\\"b""#,
            },
            Row {
                name: "graphviz escapes",
                input: "\\N\\G\\n",
                expected: r#""\\N\\G\\n""#,
            },
            Row {
                name: "markup",
                input: "<b>&amp;</b>",
                expected: r#""<b>&amp;</b>""#,
            },
            Row {
                name: "newline",
                input: "two\nlines",
                expected: r#""two\nlines""#,
            },
            Row {
                name: "crlf",
                input: "a\r\nb",
                expected: r#""a\nb""#,
            },
            Row {
                name: "lone cr",
                input: "a\rb",
                expected: r#""a\nb""#,
            },
            Row {
                name: "tab",
                input: "a\tb",
                expected: r#""a b""#,
            },
            Row {
                name: "controls dropped",
                input: "a\u{0}\u{7}\u{1b}\u{7f}\u{85}b",
                expected: r#""ab""#,
            },
            Row {
                name: "rtl marks kept",
                input: "\u{200F}x\u{202E}",
                expected: "\"\u{200F}x\u{202E}\"",
            },
            Row {
                name: "emoji kept",
                input: "🦀👩‍🚀",
                expected: "\"🦀👩‍🚀\"",
            },
            Row {
                name: "noncharacters dropped",
                input: "a\u{FFFE}\u{FFFF}b",
                expected: r#""ab""#,
            },
            Row {
                name: "keyword node",
                input: "node",
                expected: r#""node""#,
            },
            Row {
                name: "keyword EDGE",
                input: "EDGE",
                expected: r#""EDGE""#,
            },
            Row {
                name: "keyword Graph",
                input: "Graph",
                expected: r#""Graph""#,
            },
            Row {
                name: "keyword strict",
                input: "strict",
                expected: r#""strict""#,
            },
            Row {
                name: "keyword subgraph",
                input: "subgraph",
                expected: r#""subgraph""#,
            },
            Row {
                name: "empty",
                input: "",
                expected: r#""""#,
            },
        ];
        for row in rows {
            let got = quoted(row.input).print(&mut PrinterContext::default());
            assert_eq!(got, row.expected, "row {:?}", row.name);
        }
    }

    #[test]
    fn label_escaping() {
        let rows = [
            ("ampersand", "AT&T", r#""AT&amp;T""#),
            (
                "entity stays literal",
                "&amp; &#945;",
                r#""&amp;amp; &amp;#945;""#,
            ),
            ("quote and backslash", "\\\"", r#""\\\"""#),
            ("newline", "a\nb", r#""a\nb""#),
        ];
        for (name, input, expected) in rows {
            let got = quoted_text(input).print(&mut PrinterContext::default());
            assert_eq!(got, expected, "row {name:?}");
        }
    }

    #[test]
    fn every_hostile_name_is_one_quoted_token() {
        for name in HOSTILE {
            let text = format!("\"{}\"", escape_dot(name));
            let inner = &text[1..text.len() - 1];
            // No unescaped quote inside, no raw line break, no trailing lone backslash.
            let mut escaped = false;
            for c in inner.chars() {
                assert!(!c.is_control(), "{name:?}: raw control char in {text:?}");
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else {
                    assert_ne!(c, '"', "{name:?}: unescaped quote in {text:?}");
                }
            }
            assert!(!escaped, "{name:?}: dangling backslash in {text:?}");
        }
    }

    #[test]
    fn tiny_graph_snapshot() {
        let legend = legend_label("newsgraph 0.1.0: 2 documents, 3 entities, 2 links", None);
        let expected = r##"graph newsgraph {
  graph[label=LEGEND labelloc=t fontname="Helvetica" fontsize=14 layout=neato overlap=false splines=true outputorder=edgesfirst]
  node[style=filled fontname="Helvetica" fontsize=11 color="#555555"]
  edge[color="#999999"]
  "Angela Merkel"[label="Angela Merkel" shape=ellipse fillcolor="#77AADD" tooltip="Angela Merkel (person), 3 mentions in 2 documents"]
  "France"[label="France" shape=box fillcolor="#44BB99" tooltip="France (country), 2 mentions in 1 document"]
  "NATO"[label="NATO" shape=hexagon fillcolor="#EE8866" tooltip="NATO (organization), 1 mention in 1 document"]
  "Angela Merkel" -- "France" [penwidth=5 weight=4 tooltip="Angela Merkel – France: weight 4, 2 documents" style=dashed]
  "France" -- "NATO" [penwidth=1 weight=1 tooltip="France – NATO: weight 1, 1 document" style=dashed]
}
"##
        .replace("LEGEND", &legend);
        assert_eq!(to_dot(&tiny()), expected);
    }

    #[test]
    fn legend_lists_types_and_edge_styles() {
        let dot = to_dot(&tiny());
        for needle in [
            "ID=\"legend\"",
            "person (ellipse)",
            "country (box)",
            "organization (hexagon)",
            "place (house)",
            "mentioned together (dashed)",
            "met (solid, wine)",
            "affiliation (dotted)",
            "thicker = more sentences",
        ] {
            assert!(dot.contains(needle), "legend lacks {needle:?}:\n{dot}");
        }
    }

    #[test]
    fn met_tooltips_name_the_kinds() {
        let mut met = edge("a", "b", 2, 1);
        assert_eq!(met_summary(&met), "");
        met.relations.insert("met".into(), 3);
        assert_eq!(met_summary(&met), ", met in 3 sentences");
        met.meetings.insert("phone".into(), 2);
        met.meetings.insert("meeting".into(), 1);
        assert_eq!(
            met_summary(&met),
            ", met in 3 sentences (meeting 1, phone 2)"
        );
    }

    #[test]
    fn edge_line_kinds() {
        let mut met = edge("a", "b", 2, 1);
        met.relations.insert("met".into(), 1);
        let mut aff = edge("a", "c", 0, 0);
        aff.affiliation = Some(super::super::schema::AffiliationRecord {
            member: "a".into(),
            of: "c".into(),
            sources: vec!["gazetteer".into()],
        });
        for (name, e, line, colour) in [
            (
                "co-mention",
                edge("a", "b", 3, 1),
                LineKind::Dashed,
                CO_MENTION_COLOUR,
            ),
            ("met", met, LineKind::Solid, MET_COLOUR),
            ("affiliation only", aff, LineKind::Dotted, CO_MENTION_COLOUR),
        ] {
            let style = edge_style(&e, 3);
            assert_eq!(style.line, line, "row {name:?}");
            assert_eq!(style.colour, colour, "row {name:?}");
        }
    }

    #[test]
    fn html_escaping_rows() {
        for (input, expected) in [
            ("AT&T", "AT&amp;T"),
            ("<b>", "&lt;b&gt;"),
            ("say \"hi\"", "say &quot;hi&quot;"),
            ("a\nb", "a<BR/>b"),
            ("a\u{0}b", "ab"),
            ("]]>", "]]&gt;"),
        ] {
            assert_eq!(escape_html(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn ego_layout_is_radial_around_the_root() {
        let dot = to_dot_captioned(&hostile_graph(), "ego <\"x\">", Some(HOSTILE[0]));
        assert!(dot.contains("layout=twopi"), "{dot}");
        assert!(
            dot.contains(&format!("root=\"{}\"", escape_dot(HOSTILE[0]))),
            "{dot}"
        );
        assert!(dot.contains("ego &lt;&quot;x&quot;&gt;"), "{dot}");
        // Links between two neighbours are faint; the focus's own are not.
        let ego = to_dot_captioned(&tiny(), "c", Some("France"));
        let line = |from: &str| {
            ego.lines()
                .find(|l| l.trim_start().starts_with(from))
                .unwrap_or_default()
                .to_string()
        };
        assert!(
            !line("\"Angela Merkel\" --").contains(FAINT_COLOUR),
            "{ego}"
        );
        let mut g = tiny();
        g.edges.push(edge("Angela Merkel", "NATO", 9, 1));
        let ego = to_dot_captioned(&g, "c", Some("France"));
        let faint = ego
            .lines()
            .find(|l| l.contains("\"Angela Merkel\" -- \"NATO\""))
            .unwrap_or_default();
        assert!(
            faint.contains(FAINT_COLOUR) && faint.contains("penwidth=2 "),
            "{ego}"
        );
        // A root that is not in the graph falls back to the force-directed layout.
        let dot = to_dot_captioned(&tiny(), "c", Some("nobody"));
        assert!(
            dot.contains("layout=neato") && !dot.contains("root="),
            "{dot}"
        );
        if let Some((ok, _, stderr)) = run_dot(
            &["-Tsvg"],
            &to_dot_captioned(&hostile_graph(), "ego <\"x\">", Some(HOSTILE[0])),
        ) {
            assert!(ok, "{stderr}");
            assert_eq!(stderr, "", "dot warned");
        }
    }

    #[test]
    fn empty_graph_is_valid_dot() {
        let mut g = graph(vec![], vec![]);
        g.graph.documents = 0;
        let dot = to_dot(&g);
        assert!(dot.starts_with("graph newsgraph {\n"), "{dot}");
        assert!(dot.ends_with("}\n"), "{dot}");
        assert!(dot.contains("0 documents, 0 entities, 0 links"), "{dot}");
    }

    #[test]
    fn deterministic() {
        for g in [tiny(), hostile_graph(), graph(vec![], vec![])] {
            assert_eq!(to_dot(&g).as_bytes(), to_dot(&g).as_bytes());
        }
    }

    #[test]
    fn printing_in_batches_gives_the_printer_s_bytes() {
        let statements = |n: usize| -> Vec<Stmt> {
            (0..n)
                .map(|i| {
                    let e = edge(&format!("a{i}"), &format!("b \"{i}\""), i as u64, 1);
                    Stmt::Edge(dot_edge(&e, n as u64, None, i % 3 == 0))
                })
                .collect()
        };
        for n in [
            0,
            1,
            PRINT_BATCH - 1,
            PRINT_BATCH,
            PRINT_BATCH + 1,
            3 * PRINT_BATCH + 7,
        ] {
            let whole = Graph::Graph {
                id: plain("newsgraph"),
                strict: false,
                stmts: statements(n),
            }
            .print(&mut PrinterContext::default())
                + "\n";
            let mut printed = Vec::new();
            print_graph(statements(n).into_iter(), &mut printed).unwrap();
            assert_eq!(String::from_utf8(printed).unwrap(), whole, "{n} statements");
        }
    }

    #[test]
    fn node_shapes_and_fills_per_type() {
        struct Row {
            kind: &'static str,
            shape: &'static str,
            fill: &'static str,
        }
        let rows = [
            Row {
                kind: "person",
                shape: "shape=ellipse",
                fill: "fillcolor=\"#77AADD\"",
            },
            Row {
                kind: "country",
                shape: "shape=box",
                fill: "fillcolor=\"#44BB99\"",
            },
            Row {
                kind: "organization",
                shape: "shape=hexagon",
                fill: "fillcolor=\"#EE8866\"",
            },
            Row {
                kind: "place",
                shape: "shape=house",
                fill: "fillcolor=\"#DDDDDD\"",
            },
            Row {
                kind: "spaceship",
                shape: "shape=ellipse",
                fill: "fillcolor=\"#FFFFFF\"",
            },
        ];
        for row in rows {
            let dot = to_dot(&graph(vec![node("X", row.kind, 1, 1)], vec![]));
            let line = dot
                .lines()
                .find(|l| l.trim_start().starts_with("\"X\""))
                .unwrap_or_else(|| panic!("{}: no node line in {dot}", row.kind));
            assert!(line.contains(row.shape), "{}: {line}", row.kind);
            assert!(line.contains(row.fill), "{}: {line}", row.kind);
            assert!(
                line.contains(&format!("X ({}),", row.kind)),
                "{}: {line}",
                row.kind
            );
        }
    }

    #[test]
    fn penwidth_scaling() {
        struct Row {
            name: &'static str,
            weight: u64,
            max: u64,
            expected: &'static str,
        }
        let rows = [
            Row {
                name: "zero weight",
                weight: 0,
                max: 10,
                expected: "1",
            },
            Row {
                name: "weight one",
                weight: 1,
                max: 10,
                expected: "1",
            },
            Row {
                name: "all ones",
                weight: 1,
                max: 1,
                expected: "1",
            },
            Row {
                name: "max is five",
                weight: 10,
                max: 10,
                expected: "5",
            },
            Row {
                name: "sqrt of max",
                weight: 10,
                max: 100,
                expected: "3",
            },
            Row {
                name: "two of ten",
                weight: 2,
                max: 10,
                expected: "2.2",
            },
            Row {
                name: "three of ten",
                weight: 3,
                max: 10,
                expected: "2.91",
            },
            Row {
                name: "above max clamps",
                weight: 1000,
                max: 10,
                expected: "5",
            },
            Row {
                name: "huge",
                weight: u64::MAX,
                max: u64::MAX,
                expected: "5",
            },
        ];
        for row in rows {
            let got = format_decimal(penwidth(row.weight, row.max));
            assert_eq!(got, row.expected, "row {:?}", row.name);
        }
    }

    #[test]
    fn layout_weight_rows() {
        for (weight, expected) in [
            (0, 1),
            (1, 1),
            (7, 7),
            (1000, 1000),
            (1001, 1000),
            (u64::MAX, 1000),
        ] {
            let style = edge_style(&edge("a", "b", weight, 1), weight);
            assert_eq!(style.layout_weight, expected, "weight {weight}");
        }
    }

    #[test]
    fn graphviz_survives_huge_weights() {
        let g = graph(
            vec![
                node("a", "person", 1, 1),
                node("b", "person", 1, 1),
                node("c", "place", 1, 1),
            ],
            vec![
                edge("a", "b", u64::MAX, 1),
                edge("a", "c", 2_147_483_647, 1),
                edge("b", "c", 1, 1),
            ],
        );
        let Some((ok, _, stderr)) = run_dot(&["-Tsvg"], &to_dot(&g)) else {
            println!("note: Graphviz `dot` not installed; skipping the Graphviz check");
            return;
        };
        assert!(ok, "{stderr}");
    }

    #[test]
    fn format_decimal_rows() {
        for (input, expected) in [
            (1.0, "1"),
            (2.5, "2.5"),
            (2.345, "2.35"),
            (0.0, "0"),
            (4.999, "5"),
        ] {
            assert_eq!(format_decimal(input), expected, "input {input}");
        }
    }

    #[test]
    fn hostile_graph_dot_contains_escaped_ids() {
        let dot = to_dot(&hostile_graph());
        for name in HOSTILE {
            let id = format!("\"{}\"[label=", escape_dot(name));
            assert!(dot.contains(&id), "missing {id} in\n{dot}");
        }
        assert!(
            dot.contains("<B>gen &quot;quoted&quot; \\ &lt;x&gt;: "),
            "{dot}"
        );
    }

    /// Runs `dot` on `input` and returns (success, stdout, stderr), or `None`
    /// when Graphviz is not installed.
    pub(crate) fn run_dot(args: &[&str], input: &str) -> Option<(bool, Vec<u8>, String)> {
        use std::io::Write;
        let mut child = Command::new("dot")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .ok()?;
        let mut stdin = child.stdin.take().expect("stdin piped");
        let input = input.to_string();
        let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
        let out = child.wait_with_output().expect("dot ran");
        writer.join().expect("writer thread").expect("wrote stdin");
        Some((
            out.status.success(),
            out.stdout,
            String::from_utf8_lossy(&out.stderr).into_owned(),
        ))
    }

    #[test]
    fn graphviz_accepts_hostile_dot_without_warnings() {
        let g = hostile_graph();
        let dot = to_dot(&g);
        let Some((ok, svg, stderr)) = run_dot(&["-Tsvg"], &dot) else {
            println!("note: Graphviz `dot` not installed; skipping the Graphviz check");
            return;
        };
        assert!(ok, "dot failed: {stderr}\n{dot}");
        assert_eq!(stderr, "", "dot warned on\n{dot}");
        // Every node survives as its own node: Graphviz read each id as one token.
        let svg = String::from_utf8_lossy(&svg);
        assert_eq!(
            svg.matches("class=\"node\"").count(),
            g.nodes.len(),
            "node count in\n{svg}"
        );
        assert_eq!(svg.matches("class=\"edge\"").count(), g.edges.len());
    }

    #[test]
    fn graphviz_reads_labels_back_verbatim() {
        // `-Tcanon` prints what Graphviz parsed: labels must come back exactly as escaped.
        let dot = to_dot(&hostile_graph());
        let Some((ok, canon, stderr)) = run_dot(&["-Tcanon"], &dot) else {
            println!("note: Graphviz `dot` not installed; skipping the Graphviz check");
            return;
        };
        assert!(ok, "{stderr}");
        let canon = String::from_utf8_lossy(&canon);
        for name in HOSTILE {
            let escaped = escape_dot_text(name);
            // Canon leaves plain identifiers unquoted.
            let quoted_form = format!("label=\"{escaped}\"");
            let plain_form = format!("label={escaped},");
            assert!(
                canon.contains(&quoted_form) || canon.contains(&plain_form),
                "label of {name:?} not read back as {escaped:?}:\n{canon}"
            );
        }
    }
}
