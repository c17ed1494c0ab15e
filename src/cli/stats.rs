//! `newsgraph stats`: counts that describe a built graph.

use std::collections::BTreeMap;
use std::io::Write;

use clap::ValueEnum;
use newsgraph::analysis::summary;
use serde::Serialize;

use super::flags::GraphArgs;
use super::Exit;

/// How to print the counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One count per line.
    Table,
    /// One JSON object.
    Json,
}

/// Count documents, entities by type, links by relation, components and communities.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The graph to read.
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// How many of the largest components are listed.
const LARGEST: usize = 5;

/// The whole answer in `--format json`.
#[derive(Debug, Serialize)]
struct StatsRecord {
    documents: u64,
    sentences: u64,
    nodes: usize,
    edges: usize,
    nodes_by_type: BTreeMap<&'static str, usize>,
    edges_by_relation: BTreeMap<&'static str, usize>,
    components: ComponentsRecord,
    density: f64,
    communities: usize,
}

/// Connected components in `--format json`.
#[derive(Debug, Serialize)]
struct ComponentsRecord {
    count: usize,
    /// The sizes of the largest, largest first.
    largest: Vec<usize>,
    isolated: usize,
}

/// Runs `stats`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let graph = args.graph.load()?;
    let s = summary(&graph);
    let record = StatsRecord {
        documents: s.documents,
        sentences: s.sentences,
        nodes: s.nodes,
        edges: s.edges,
        nodes_by_type: s
            .nodes_by_type
            .iter()
            .map(|(t, n)| (t.as_str(), *n))
            .collect(),
        edges_by_relation: s
            .edges_by_relation
            .iter()
            .map(|(r, n)| (r.as_str(), *n))
            .collect(),
        components: ComponentsRecord {
            count: s.component_sizes.len(),
            largest: s.component_sizes.iter().take(LARGEST).copied().collect(),
            isolated: s.component_sizes.iter().filter(|&&n| n == 1).count(),
        },
        density: s.density,
        communities: s.communities,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &record)?;
            writeln!(out)?;
        }
        Format::Table => {
            writeln!(out, "{:<15}{}", "documents", record.documents)?;
            writeln!(out, "{:<15}{}", "sentences", record.sentences)?;
            writeln!(out, "{:<15}{}", "nodes", record.nodes)?;
            for (t, n) in &s.nodes_by_type {
                writeln!(out, "  {:<13}{n}", t.as_str())?;
            }
            writeln!(out, "{:<15}{}", "edges", record.edges)?;
            for (r, n) in &s.edges_by_relation {
                writeln!(out, "  {:<13}{n}", r.as_str())?;
            }
            let largest: Vec<String> = record
                .components
                .largest
                .iter()
                .map(usize::to_string)
                .collect();
            writeln!(
                out,
                "{:<15}{} (largest: {}; isolated: {})",
                "components",
                record.components.count,
                if largest.is_empty() {
                    "-".to_string()
                } else {
                    largest.join(", ")
                },
                record.components.isolated
            )?;
            writeln!(out, "{:<15}{:.4}", "density", record.density)?;
            writeln!(out, "{:<15}{}", "communities", record.communities)?;
        }
    }
    out.flush()?;
    Ok(Exit::Success)
}
