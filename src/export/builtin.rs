//! The built-in SVG renderer: pictures without Graphviz.
//!
//! The page has three bands, top to bottom, that never overlap: the title (what graph,
//! how many documents, entities and links) and the caption (what part is drawn), the
//! drawing, and the legend (entity types by fill and shape, links by line). Nodes are
//! placed by [`super::layout`]: a stress layout for a whole graph, rings around the
//! focus for an ego graph, then a pass that pushes apart any node or label box that
//! overlaps another, so no label covers another label or a node.
//!
//! Styling follows [`super::dot`]: the same fill per entity type, the same width per
//! link weight, met links solid wine, co-mentions dashed grey, affiliations dotted grey,
//! and in an ego graph the links between two neighbours faint. Labels are sanitized
//! ([`super::dot::sanitize_text`]) and XML-escaped; every number is written with at most
//! one decimal, so the same graph gives the same bytes.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::dot::{
    edge_style, graph_title, met_summary, sanitize_text, EntityKind, LineKind, CO_MENTION_COLOUR,
    FAINT_COLOUR, LEGEND_KINDS, LINE_COLOUR, MET_COLOUR,
};
use super::layout::{force_placement, radial_placement, text_width, Item, Rect, Side};
use super::schema::NodeLinkGraph;
use super::svg::Frame;

/// Label font size in pixels.
pub const FONT_SIZE: f64 = 12.0;
/// Height of one label line in pixels.
pub const LINE_HEIGHT: f64 = 15.0;
/// Font stack: DejaVu Sans first, whose widths [`text_width`] estimates.
const FONT_FAMILY: &str = "DejaVu Sans, Verdana, Arial, sans-serif";
/// Pixels per hop in a whole-graph layout.
const UNIT: f64 = 95.0;
/// Distance between the rings of an ego graph (before they grow to fit).
const RING_GAP: f64 = 150.0;
/// Space around the drawing.
const MARGIN: f64 = 20.0;

/// Writes a number with at most one decimal ("5", "12.5").
fn num(v: f64) -> String {
    let text = format!("{:.1}", v);
    match text.strip_suffix(".0") {
        Some("-0") => "0".to_string(),
        Some(whole) => whole.to_string(),
        None => text,
    }
}

/// Escapes text for SVG character data and attribute values.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// The lines of a label: sanitized, never empty.
fn label_lines(id: &str) -> Vec<String> {
    let clean = sanitize_text(id);
    let lines: Vec<String> = clean.lines().map(str::to_string).collect();
    if lines.is_empty() {
        vec![String::new()]
    } else {
        lines
    }
}

/// The outline of a node of `kind` centred on `(x, y)` with half size `r`.
fn shape(kind: EntityKind, x: f64, y: f64, r: f64) -> String {
    let polygon = |points: &[(f64, f64)]| {
        let list: Vec<String> = points
            .iter()
            .map(|(px, py)| format!("{},{}", num(x + px * r), num(y + py * r)))
            .collect();
        format!("<polygon points=\"{}\"", list.join(" "))
    };
    match kind {
        EntityKind::Person | EntityKind::Other => {
            format!(
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"",
                num(x),
                num(y),
                num(r)
            )
        }
        EntityKind::Country => format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
            num(x - r * 0.9),
            num(y - r * 0.9),
            num(r * 1.8),
            num(r * 1.8)
        ),
        EntityKind::Organization => polygon(&[
            (-1.0, 0.0),
            (-0.5, -0.87),
            (0.5, -0.87),
            (1.0, 0.0),
            (0.5, 0.87),
            (-0.5, 0.87),
        ]),
        EntityKind::Place => polygon(&[
            (0.0, -1.0),
            (0.9, -0.3),
            (0.9, 0.9),
            (-0.9, 0.9),
            (-0.9, -0.3),
        ]),
    }
}

/// `stroke-dasharray` of a line kind.
fn dashes(line: LineKind) -> &'static str {
    match line {
        LineKind::Solid => "",
        LineKind::Dashed => " stroke-dasharray=\"6 4\"",
        LineKind::Dotted => " stroke-dasharray=\"2 3\"",
    }
}

/// A text element of `lines` with its first line's top at `top`, on a white halo so the
/// lines under a label do not cross its letters.
fn text_block(lines: &[String], x: f64, top: f64, anchor: &str, class: &str) -> String {
    let mut out = format!(
        "<text class=\"{class}\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" stroke=\"white\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">",
        num(x),
        num(top + FONT_SIZE * 0.95)
    );
    for (k, line) in lines.iter().enumerate() {
        if k == 0 {
            out.push_str(&format!("<tspan>{}</tspan>", xml(line)));
        } else {
            out.push_str(&format!(
                "<tspan x=\"{}\" dy=\"{}\">{}</tspan>",
                num(x),
                num(LINE_HEIGHT),
                xml(line)
            ));
        }
    }
    out.push_str("</text>");
    out
}

/// One node to draw.
struct Drawn<'g> {
    id: &'g str,
    kind: EntityKind,
    lines: Vec<String>,
    item: Item,
}

/// Draws `graph` as SVG, with `frame`'s caption and, for an ego graph, its root in the
/// middle.
pub(crate) fn render(graph: &NodeLinkGraph, frame: &Frame<'_>) -> String {
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(graph.nodes.len());
    let mut nodes: Vec<Drawn<'_>> = Vec::with_capacity(graph.nodes.len());
    let max_weight = graph.edges.iter().map(|e| e.weight).max().unwrap_or(0);
    let mut degree: HashMap<&str, u64> = HashMap::new();
    for e in &graph.edges {
        *degree.entry(e.source.as_str()).or_default() += e.weight;
        *degree.entry(e.target.as_str()).or_default() += e.weight;
    }
    for node in &graph.nodes {
        if index.contains_key(node.id.as_str()) {
            continue; // a duplicate id: drawn once
        }
        let lines = label_lines(&node.id);
        let width = lines
            .iter()
            .map(|l| text_width(l, FONT_SIZE))
            .fold(0.0, f64::max);
        let strength = degree.get(node.id.as_str()).copied().unwrap_or(0) as f64;
        index.insert(node.id.as_str(), nodes.len());
        nodes.push(Drawn {
            id: &node.id,
            kind: EntityKind::parse(&node.kind),
            item: Item {
                radius: (6.0 + strength.sqrt()).min(16.0),
                label_width: width,
                label_height: LINE_HEIGHT * lines.len() as f64,
            },
            lines,
        });
    }
    let mut links = Vec::new();
    for edge in &graph.edges {
        let (Some(&a), Some(&b)) = (
            index.get(edge.source.as_str()),
            index.get(edge.target.as_str()),
        ) else {
            continue; // an edge to an unknown node cannot be placed
        };
        if a != b {
            links.push((a, b, edge));
        }
    }
    let items: Vec<Item> = nodes.iter().map(|n| n.item).collect();
    let pairs: Vec<(usize, usize)> = links.iter().map(|&(a, b, _)| (a, b)).collect();
    let root = frame.root.and_then(|r| index.get(r).copied());
    let placement = match root {
        Some(root) => radial_placement(&items, &pairs, root, RING_GAP),
        None => force_placement(&items, &pairs, UNIT),
    };

    // The drawing's extent.
    let bounds = items
        .iter()
        .zip(&placement.positions)
        .zip(&placement.sides)
        .map(|((item, &(x, y)), &side)| item.full_box(x, y, side))
        .reduce(|a, b| a.union(&b))
        .unwrap_or(Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 260.0,
            y1: 40.0,
        });
    let title = graph_title(graph);
    let title_width = text_width(&title, 16.0) * 1.08; // bold
    let caption_width = frame.caption.map_or(0.0, |c| text_width(c, 13.0));
    let header = if frame.caption.is_some() { 58.0 } else { 38.0 };
    let (legend, legend_width, legend_height) = legend();
    let drawing_width = bounds.x1 - bounds.x0;
    let drawing_height = bounds.y1 - bounds.y0;
    let width = (drawing_width
        .max(legend_width)
        .max(title_width)
        .max(caption_width)
        + 2.0 * MARGIN)
        .ceil();
    // Centre the drawing horizontally in the page.
    let dx = (width - drawing_width) / 2.0 - bounds.x0;
    let dy = header + MARGIN - bounds.y0;
    let legend_top = header + drawing_height + 2.0 * MARGIN;
    let height = (legend_top + legend_height + MARGIN).ceil();

    let mut svg = String::with_capacity(4096 + graph.edges.len() * 200);
    let _ = write!(
        svg,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_FAMILY}\" font-size=\"{}\">\n",
        num(FONT_SIZE),
        w = num(width),
        h = num(height),
    );
    svg.push_str("<rect class=\"background\" width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    let _ = writeln!(
        svg,
        "<g class=\"title\"><text x=\"{}\" y=\"26\" font-size=\"16\" font-weight=\"bold\">{}</text>",
        num(MARGIN),
        xml(&title)
    );
    if let Some(caption) = frame.caption {
        let _ = write!(
            svg,
            "<text class=\"caption\" x=\"{}\" y=\"48\" font-size=\"13\">{}</text>",
            num(MARGIN),
            xml(&sanitize_text(caption).replace('\n', " "))
        );
    }
    svg.push_str("</g>\n<g class=\"drawing\">\n");
    let at = |i: usize| {
        let (x, y) = placement.positions[i];
        (x + dx, y + dy)
    };
    for &(a, b, edge) in &links {
        let style = edge_style(edge, max_weight);
        let faint = root.is_some_and(|r| a != r && b != r);
        let (colour, width) = if faint {
            (FAINT_COLOUR, 1.0)
        } else {
            (style.colour, style.penwidth)
        };
        let relation = if style.line == LineKind::Solid {
            "met"
        } else if style.line == LineKind::Dotted {
            "affiliation"
        } else {
            "co_mention"
        };
        let ((x1, y1), (x2, y2)) = (at(a), at(b));
        let _ = writeln!(
            svg,
            "<line class=\"edge {relation}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{colour}\" stroke-width=\"{}\"{}><title>{} — {}: weight {}{}</title></line>",
            num(x1),
            num(y1),
            num(x2),
            num(y2),
            num(width),
            dashes(style.line),
            xml(&sanitize_text(&edge.source)),
            xml(&sanitize_text(&edge.target)),
            edge.weight,
            xml(&met_summary(edge)),
        );
    }
    for (i, node) in nodes.iter().enumerate() {
        let (x, y) = at(i);
        let label = node.item.label_box(x, y, placement.sides[i]);
        let (anchor, tx) = match placement.sides[i] {
            Side::Below | Side::Above => ("middle", x),
            Side::Right => ("start", label.x0),
            Side::Left => ("end", label.x1),
        };
        let focus = if Some(i) == root { " focus" } else { "" };
        let _ = writeln!(
            svg,
            "<g class=\"node {}{focus}\"><title>{}</title>{} fill=\"{}\" stroke=\"{LINE_COLOUR}\" stroke-width=\"{}\"/>{}</g>",
            node.kind.css_class(),
            xml(&sanitize_text(node.id)),
            shape(node.kind, x, y, node.item.radius),
            node.kind.fill(),
            if focus.is_empty() { "1" } else { "2.5" },
            text_block(&node.lines, tx, label.y0, anchor, "label"),
        );
    }
    if nodes.is_empty() {
        let note = format!(
            "no entities found ({} documents read)",
            graph.graph.documents
        );
        let _ = writeln!(
            svg,
            "<text class=\"note\" x=\"{}\" y=\"{}\">{}</text>",
            num(MARGIN),
            num(header + MARGIN + 20.0),
            xml(&note)
        );
    }
    let _ = writeln!(
        svg,
        "</g>\n<g class=\"legend\" transform=\"translate({},{})\">\n{legend}</g>\n</svg>",
        num(MARGIN),
        num(legend_top)
    );
    svg
}

/// The legend: a row of entity types (fill and shape) and a row of link kinds (line),
/// with its width and height.
fn legend() -> (String, f64, f64) {
    let mut out = String::new();
    let mut x = 0.0;
    let row1 = 12.0;
    for kind in LEGEND_KINDS {
        let _ = writeln!(
            out,
            "{} fill=\"{}\" stroke=\"{LINE_COLOUR}\"/><text x=\"{}\" y=\"{}\">{}</text>",
            shape(kind, x + 8.0, row1, 8.0),
            kind.fill(),
            num(x + 22.0),
            num(row1 + 4.0),
            kind.css_class()
        );
        x += 22.0 + text_width(kind.css_class(), FONT_SIZE) + 22.0;
    }
    let mut width: f64 = x;
    let row2 = 40.0;
    x = 0.0;
    let samples = [
        (MET_COLOUR, LineKind::Solid, 3.0, "met (solid, wine)"),
        (
            CO_MENTION_COLOUR,
            LineKind::Dashed,
            2.0,
            "mentioned together (dashed)",
        ),
        (
            CO_MENTION_COLOUR,
            LineKind::Dotted,
            2.0,
            "affiliation (dotted)",
        ),
        (
            CO_MENTION_COLOUR,
            LineKind::Solid,
            5.0,
            "thicker = more sentences",
        ),
    ];
    for (colour, line, stroke, text) in samples {
        let _ = writeln!(
            out,
            "<line x1=\"{}\" y1=\"{row2}\" x2=\"{}\" y2=\"{row2}\" stroke=\"{colour}\" stroke-width=\"{}\"{}/><text x=\"{}\" y=\"{}\">{text}</text>",
            num(x),
            num(x + 30.0),
            num(stroke),
            dashes(line),
            num(x + 36.0),
            num(row2 + 4.0)
        );
        x += 36.0 + text_width(text, FONT_SIZE) + 22.0;
    }
    width = width.max(x);
    (out, width, row2 + 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn num_rows() {
        let rows: &[(f64, &str)] = &[
            (5.0, "5"),
            (12.54, "12.5"),
            (-0.01, "0"),
            (0.0, "0"),
            (-3.25, "-3.2"),
        ];
        for (value, expected) in rows {
            assert_eq!(num(*value), *expected, "row {value}");
        }
    }

    #[test]
    fn label_lines_rows() {
        let rows: &[(&str, &[&str])] = &[
            ("plain", &["plain"]),
            ("two\nlines", &["two", "lines"]),
            ("", &[""]),
            ("tab\there", &["tab here"]),
        ];
        for (id, expected) in rows {
            assert_eq!(label_lines(id), *expected, "row {id:?}");
        }
    }

    #[test]
    fn title_and_legend_frame_the_drawing() {
        use super::super::dot::tests::tiny;
        let frame = Frame {
            caption: Some("a caption"),
            ..Frame::default()
        };
        let svg = render(&tiny(), &frame);
        let title = svg.find("class=\"title\"").expect("title");
        let drawing = svg.find("class=\"drawing\"").expect("drawing");
        let legend = svg.find("class=\"legend\"").expect("legend");
        assert!(
            title < drawing && drawing < legend,
            "title, drawing, legend in order"
        );
        assert!(svg.contains(">a caption</text>"), "caption drawn");
    }
}
