//! Exporters: one file per format, all rendering from the wire types in [`schema`];
//! [`render`] gives the files of any [`Format`].
//!
//! Every file is written atomically ([`write_atomic`], [`output`]): to a temporary file
//! in the same folder, then renamed, so a crash never leaves half a `graph.json`; the
//! formats of one build are written as one unit ([`output::Staged`]).

mod builtin;
pub mod csv;
pub mod dot;
pub mod graphml;
pub mod html;
pub mod json;
pub mod layout;
pub mod output;
pub mod parquet;
pub mod schema;
pub mod select;
pub mod svg;

use std::path::Path;

pub use output::write_atomic_with;
use schema::NodeLinkGraph;

/// An output format, and the files it writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// `graph.json`: networkx node-link JSON.
    Json,
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
    /// `nodes.parquet`, `edges.parquet` and `evidence.parquet`: for DuckDB, pandas, Spark.
    Parquet,
}

impl Format {
    /// Every format, in the order outputs are written.
    pub const ALL: [Format; 8] = [
        Format::Json,
        Format::Dot,
        Format::Svg,
        Format::Graphml,
        Format::Csv,
        Format::Neo4j,
        Format::Html,
        Format::Parquet,
    ];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::Svg => "svg",
            Format::Graphml => "graphml",
            Format::Csv => "csv",
            Format::Neo4j => "neo4j",
            Format::Html => "html",
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
                format!("unknown format {s:?}: use json, dot, svg, graphml, csv, neo4j, html or parquet")
            })
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
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
) -> Result<Rendered, ExportError> {
    render_with(format, graph, dot, frame, csv::CsvOptions::default())
}

/// [`render`] with the options of CSV output.
///
/// # Errors
/// As [`render`].
pub fn render_with(
    format: Format,
    graph: &NodeLinkGraph,
    dot: &str,
    frame: &svg::Frame<'_>,
    csv_options: csv::CsvOptions,
) -> Result<Rendered, ExportError> {
    let mut binary = Vec::new();
    let (files, renderer) = match format {
        Format::Json => (vec![("graph.json", json::to_json(graph))], None),
        Format::Dot => (vec![("graph.dot", dot.to_string())], None),
        Format::Svg => {
            let (text, renderer) = svg::render_svg(graph, dot, frame)?;
            (vec![("graph.svg", text)], Some(renderer))
        }
        Format::Graphml => (vec![("graph.graphml", graphml::to_graphml(graph))], None),
        Format::Html => {
            let view = html::View {
                caption: frame.caption.map(str::to_string),
                focus: frame.root.map(str::to_string),
            };
            (vec![("graph.html", html::to_html(graph, &view))], None)
        }
        Format::Csv => {
            let tables = csv::to_csv_with(graph, csv_options)?;
            (
                vec![("nodes.csv", tables.nodes), ("edges.csv", tables.edges)],
                None,
            )
        }
        Format::Neo4j => {
            let tables = csv::to_neo4j_csv_with(graph, csv_options)?;
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
