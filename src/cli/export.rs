//! `newsgraph export`: write a built graph in other formats.

use newsgraph::export::{write_formats, Format, GraphSource};

use super::flags::{GraphArgs, QuietArgs, WriteArgs};
use super::Exit;

/// Write a built graph (graph.json.gz or graph.json) as DOT, SVG, GraphML, GEXF, CSV, Neo4j import files or the HTML explorer.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Formats to write, comma-separated: json, json.gz, dot, svg, graphml, csv, neo4j,
    /// html, gexf, parquet.
    #[arg(
        long,
        short,
        value_name = "FORMATS",
        value_delimiter = ',',
        required = true,
        visible_alias = "formats"
    )]
    pub format: Vec<Format>,
    /// The graph to read.
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Where to write, and CSV cells.
    #[command(flatten)]
    pub write: WriteArgs,
    /// Messages.
    #[command(flatten)]
    pub quiet: QuietArgs,
}

/// Runs `export`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let write = args.write.config(&args.format)?;
    let (graph, wire) = args.graph.load_with_records()?;
    let written = write_formats(
        &write.formats,
        GraphSource::Loaded(&graph, &wire),
        None,
        &write.destination,
        &write.options,
    )?;
    if !args.quiet.quiet {
        for note in &written.notes {
            say!("newsgraph: {note}");
        }
        say!("newsgraph: wrote {}", written.files.join(", "));
    }
    Ok(Exit::Success)
}
