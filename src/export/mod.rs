//! Exporters: one file per format, all rendering from the wire types in [`schema`];
//! [`render`] gives the files of any [`Format`].
//!
//! Every file is written atomically ([`write_atomic`], [`output`]): to a temporary file
//! in the same folder, then renamed, so a crash never leaves half a `graph.json`; the
//! formats of one build are written as one unit ([`output::Staged`]).

mod builtin;
pub mod csv;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod gz;
pub mod html;
pub mod json;
mod json_bytes;
pub mod layout;
pub mod output;
pub mod parquet;
pub mod range;
pub mod schema;
pub mod svg;
pub mod write;

use std::path::Path;

pub use output::write_atomic_with;
use schema::NodeLinkGraph;
pub use write::{write_formats, Destination, GraphSource, WriteError, WriteOptions, Written};

/// An output format, and the files it writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// `graph.json`: networkx node-link JSON.
    Json,
    /// `graph.json.gz`: the bytes of `graph.json`, gzip-compressed ([`gz`]).
    JsonGz,
    /// `graph.dot`: Graphviz source.
    Dot,
    /// `graph.svg`: drawn by Graphviz `dot` when installed, else by the built-in layout.
    Svg,
    /// `graph.graphml`: for Gephi, yEd, Cytoscape, `networkx.read_graphml`.
    Graphml,
    /// `nodes.csv` and `edges.csv`: for pandas and spreadsheets.
    Csv,
    /// `neo4j-nodes.csv` and `neo4j-edges.csv`: for `neo4j-admin database import`.
    Neo4j,
    /// `graph.html`: an offline explorer (search, neighbours, evidence, filters).
    Html,
    /// `graph.gexf`: GEXF 1.2 with a spell per day, for Gephi's timeline and
    /// `networkx.read_gexf`.
    Gexf,
    /// `nodes.parquet`, `edges.parquet` and `evidence.parquet`: for DuckDB, pandas, Spark.
    Parquet,
}

impl Format {
    /// Every format, in the order outputs are written.
    pub const ALL: [Format; 10] = [
        Format::Json,
        Format::JsonGz,
        Format::Dot,
        Format::Svg,
        Format::Graphml,
        Format::Csv,
        Format::Neo4j,
        Format::Html,
        Format::Gexf,
        Format::Parquet,
    ];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::JsonGz => "json.gz",
            Format::Dot => "dot",
            Format::Svg => "svg",
            Format::Graphml => "graphml",
            Format::Csv => "csv",
            Format::Neo4j => "neo4j",
            Format::Html => "html",
            Format::Gexf => "gexf",
            Format::Parquet => "parquet",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        Format::ALL
            .into_iter()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown format {s:?}: use json, json.gz, dot, svg, graphml, csv, neo4j, html, gexf or parquet"
                )
            })
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// Drawing the SVG failed.
    #[error(transparent)]
    Svg(#[from] svg::SvgError),
    /// Writing CSV failed.
    #[error(transparent)]
    Csv(#[from] csv::CsvError),
    /// Writing Parquet failed.
    #[error(transparent)]
    Parquet(#[from] parquet::ParquetError),
}

/// The files one format writes.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// (file name, contents) pairs.
    pub files: Vec<(&'static str, String)>,
    /// (file name, contents) pairs of binary files (Parquet).
    pub binary: Vec<(&'static str, Vec<u8>)>,
    /// Which renderer drew an SVG.
    pub renderer: Option<svg::Renderer>,
}

/// How [`render`] makes the files of a format.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// CSV cells: formulas defanged or kept.
    pub csv: csv::CsvOptions,
    /// How SVG is drawn (the built-in layout by default).
    pub svg: svg::SvgOptions,
}

/// The files of one format. `dot` is the graph's DOT text (used by `Dot` and `Svg`),
/// `frame` what the built-in SVG renderer writes under the title.
///
/// # Errors
/// An SVG that cannot be drawn; CSV that cannot be written.
pub fn render(
    format: Format,
    graph: &NodeLinkGraph,
    dot: &str,
    frame: &svg::Frame<'_>,
    options: &RenderOptions,
) -> Result<Rendered, ExportError> {
    let mut binary = Vec::new();
    let (files, renderer) = match format {
        Format::Json => (vec![(json::PLAIN_GRAPH_FILE, json::to_json(graph))], None),
        Format::JsonGz => {
            let packed = gz::compress(json::to_json(graph).as_bytes());
            binary.push((json::GRAPH_FILE, packed));
            (Vec::new(), None)
        }
        Format::Dot => (vec![(dot::GRAPH_FILE, dot.to_string())], None),
        Format::Svg => {
            let text = svg::render_svg(graph, dot, frame, &options.svg)?;
            (vec![("graph.svg", text)], Some(options.svg.renderer))
        }
        Format::Graphml => (vec![("graph.graphml", graphml::to_graphml(graph))], None),
        Format::Gexf => (vec![("graph.gexf", gexf::to_gexf(graph))], None),
        Format::Html => {
            let view = html::View {
                caption: frame.caption.map(str::to_string),
                focus: frame.root.map(str::to_string),
                pruned_from: frame.pruned_from,
            };
            (vec![("graph.html", html::to_html(graph, &view))], None)
        }
        Format::Csv => {
            let tables = csv::to_csv_with(graph, options.csv)?;
            (
                vec![("nodes.csv", tables.nodes), ("edges.csv", tables.edges)],
                None,
            )
        }
        Format::Neo4j => {
            let tables = csv::to_neo4j_csv_with(graph, options.csv)?;
            (
                vec![
                    ("neo4j-nodes.csv", tables.nodes),
                    ("neo4j-edges.csv", tables.edges),
                ],
                None,
            )
        }
        Format::Parquet => {
            let tables = parquet::to_parquet(graph)?;
            binary = vec![
                ("nodes.parquet", tables.nodes),
                ("edges.parquet", tables.edges),
                ("evidence.parquet", tables.evidence),
            ];
            (Vec::new(), None)
        }
    };
    Ok(Rendered {
        files,
        binary,
        renderer,
    })
}

/// Writes `bytes` to `path` atomically, creating the parent folder if needed (see
/// [`output`] for links, devices and FIFOs).
///
/// # Errors
/// The folder cannot be created or written, or the rename fails.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |out| out.write_all(bytes))
}

/// The records of `wire` that `part` keeps ([`crate::graph::select::select`]), in `wire`'s
/// order: the wire form is only cut here, never searched or ranked.
pub fn cut(wire: &NodeLinkGraph, part: &crate::graph::select::Part) -> NodeLinkGraph {
    let mut cut = NodeLinkGraph {
        directed: wire.directed,
        multigraph: wire.multigraph,
        graph: wire.graph.clone(),
        nodes: wire
            .nodes
            .iter()
            .filter(|n| part.nodes.contains(&n.id))
            .cloned()
            .collect(),
        edges: wire
            .edges
            .iter()
            .filter(|e| part.has_edge(&e.source, &e.target))
            .cloned()
            .collect(),
    };
    cut.drop_unused_evidence();
    cut
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
    use super::*;

    #[test]
    fn slug_rows() {
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

    #[test]
    fn cut_keeps_the_wire_order_and_only_the_parts_links() {
        use dot::tests::{edge, graph, node};
        let wire = graph(
            vec![
                node("b", "person", 1, 1),
                node("a", "person", 1, 1),
                node("c", "person", 1, 1),
            ],
            vec![
                edge("b", "a", 1, 1),
                edge("a", "c", 1, 1),
                edge("b", "c", 1, 1),
            ],
        );
        let part = crate::graph::select::Part {
            nodes: ["a", "b", "c"].into_iter().map(String::from).collect(),
            edges: [("a".to_string(), "b".to_string())].into_iter().collect(),
        };
        let got = cut(&wire, &part);
        let ids: Vec<&str> = got.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["b", "a", "c"]);
        assert_eq!(got.edges.len(), 1);
        assert_eq!((&*got.edges[0].source, &*got.edges[0].target), ("b", "a"));
    }
}
