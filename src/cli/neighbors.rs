//! `newsgraph neighbors`: an entity's neighbours in a built graph.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::ValueEnum;
use newsgraph::export::json::read_graph;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::pipeline::DEFAULT_EVIDENCE;
use newsgraph::query::find_entity;
use serde::Serialize;

use super::{default_graph, load_gazetteer, Exit};

/// How to print neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// A JSON array of objects.
    Json,
}

/// List an entity's neighbours, heaviest links first.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The entity: its canonical name or any alias, in any case ("Blinken", "el-Sisi", "US").
    pub entity: String,
    /// The graph to read.
    #[arg(long, value_name = "FILE", default_value_os_t = default_graph())]
    pub graph: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Gazetteer folder whose aliases the entity may be given by (default: built-in).
    #[arg(long, value_name = "DIR")]
    pub gazetteer: Option<PathBuf>,
    /// Print at most N neighbours.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

/// One line of `--format json`.
#[derive(Debug, Serialize)]
struct NeighborRecord<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    weight: u64,
    documents: u64,
}

/// Runs `neighbors`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let wire = read_graph(&args.graph).with_context(|| {
        format!(
            "cannot load the graph (build it first with `newsgraph build corpus/ --out {}`)",
            args.graph
                .parent()
                .map_or("out".into(), |p| p.display().to_string())
        )
    })?;
    let graph = KnowledgeGraph::from_node_link(wire, DEFAULT_EVIDENCE)
        .with_context(|| format!("{} is not a valid newsgraph graph", args.graph.display()))?;
    let gazetteer = load_gazetteer(args.gazetteer.as_deref())?;
    let id = find_entity(&graph, &gazetteer, &args.entity)?;
    let mut neighbors = graph.neighbors(&id).unwrap_or_default();
    if let Some(limit) = args.limit {
        neighbors.truncate(limit);
    }
    let records: Vec<NeighborRecord<'_>> = neighbors
        .iter()
        .map(|n| NeighborRecord {
            id: &n.node.id,
            kind: n.node.kind.as_str(),
            weight: n.edge.weight,
            documents: n.edge.documents,
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &records)?;
            writeln!(out)?;
        }
        Format::Table => {
            let width = records
                .iter()
                .map(|r| r.id.chars().count())
                .chain([9])
                .max()
                .unwrap_or(9);
            writeln!(
                out,
                "{:<width$}  {:<12}  {:>6}  {:>9}",
                "NEIGHBOUR", "TYPE", "WEIGHT", "DOCUMENTS"
            )?;
            for r in &records {
                writeln!(
                    out,
                    "{:<width$}  {:<12}  {:>6}  {:>9}",
                    sanitize(r.id),
                    r.kind,
                    r.weight,
                    r.documents
                )?;
            }
            if records.is_empty() {
                writeln!(out, "({id} has no neighbours)")?;
            }
        }
    }
    out.flush()?;
    Ok(Exit::Success)
}

/// Replaces control characters so a name cannot move the terminal's cursor.
pub fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}
