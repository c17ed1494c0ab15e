//! `newsgraph export`: write a built graph in other formats.

use std::path::PathBuf;

use newsgraph::export::csv::CsvOptions;
use newsgraph::export::{dot, Format};

use super::build::{write_formats, GraphSource};
use super::{default_graph, read_wire, Exit};

/// Write a built graph (graph.json) as DOT, SVG, GraphML, CSV, Neo4j import files or the HTML explorer.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Formats to write, comma-separated: json, dot, svg, graphml, csv, neo4j, html, parquet.
    #[arg(long, short, value_delimiter = ',', required = true)]
    pub format: Vec<Format>,
    /// The graph to read.
    #[arg(long, value_name = "FILE", default_value_os_t = default_graph())]
    pub graph: PathBuf,
    /// Folder to write to (created if missing); - writes the one file of a single format
    /// (json, dot, svg or graphml) to standard output.
    #[arg(long, short, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// Write CSV cells that start with = + - @ (or a tab or CR) as they are, instead of
    /// with a ' in front that stops spreadsheets running them as formulas.
    #[arg(long)]
    pub csv_keep_formulas: bool,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Runs `export`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let wire = read_wire(&args.graph)?;
    let written = write_formats(
        &args.format,
        GraphSource::Loaded(&wire),
        &|part| dot::to_dot(part),
        &args.out,
        CsvOptions {
            keep_formulas: args.csv_keep_formulas,
        },
        args.quiet,
    )?;
    if !args.quiet {
        say!("newsgraph: wrote {}", written.join(", "));
    }
    Ok(Exit::Success)
}
