//! `newsgraph export`: write a built graph in other formats.

use std::path::PathBuf;

use anyhow::Context;
use newsgraph::export::json::read_graph;
use newsgraph::export::{dot, Format};

use super::build::{write_formats, GraphSource};
use super::{default_graph, Exit};

/// Write a built graph (graph.json) as DOT, SVG, GraphML, CSV, Neo4j import files or the HTML explorer.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Formats to write, comma-separated: json, dot, svg, graphml, csv, neo4j, html.
    #[arg(long, short, value_delimiter = ',', required = true)]
    pub format: Vec<Format>,
    /// The graph to read.
    #[arg(long, value_name = "FILE", default_value_os_t = default_graph())]
    pub graph: PathBuf,
    /// Folder to write to (created if missing).
    #[arg(long, short, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Runs `export`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let wire = read_graph(&args.graph).context("cannot load the graph")?;
    let written = write_formats(
        &args.format,
        GraphSource::Loaded(&wire),
        &|part| dot::to_dot(part),
        &args.out,
        args.quiet,
    )?;
    if !args.quiet {
        eprintln!("newsgraph: wrote {}", written.join(", "));
    }
    Ok(Exit::Success)
}
