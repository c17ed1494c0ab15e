//! `newsgraph path`: the shortest chain of links between two entities, with evidence.

use std::io::Write;

use anyhow::Context;
use clap::ValueEnum;
use newsgraph::analysis::{shortest_path, Hop, PathCost};
use newsgraph::graph::evidence::EvidenceRef;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::measures::Measure;
use newsgraph::query::{find_entity, EdgeFilter};
use serde::Serialize;

use super::flags::{FilterArgs, GazetteerArgs, GraphArgs};
use super::output::{sanitize, EvidenceLine};
use super::Exit;

/// How to print a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One line per hop, with its best evidence sentence below it.
    Table,
    /// One JSON object: from, to, hops, length.
    Json,
}

/// Find the shortest path between two entities, each hop with its best evidence.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where the path starts: a canonical name or any alias, in any case.
    pub from: String,
    /// Where it ends.
    pub to: String,
    /// The graph to read.
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Prefer strong links: minimise the sum over hops of 1 / (1 + score - lowest score)
    /// of this measure (count, documents, pmi, npmi, dice or jaccard) instead of the
    /// number of hops.
    #[arg(long, value_name = "MEASURE")]
    pub measure: Option<Measure>,
    /// Which links count.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Which gazetteer (default: the built-in one).
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
}

/// The whole answer in `--format json`.
#[derive(Debug, Serialize)]
struct PathRecord<'a> {
    from: &'a str,
    to: &'a str,
    hops: Vec<HopRecord<'a>>,
    length: usize,
}

/// One hop in `--format json`.
#[derive(Debug, Serialize)]
struct HopRecord<'a> {
    source: &'a str,
    target: &'a str,
    weight: u64,
    met: u64,
    documents: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<EvidenceLine<'a>>,
}

/// A hop's best evidence: the first meeting if there is one, else the first window.
fn best_evidence<'g>(graph: &'g KnowledgeGraph, hop: &Hop<'g>) -> Option<EvidenceRef<'g>> {
    graph
        .evidence(hop.edge)
        .find(|e| e.met.is_some())
        .or_else(|| graph.evidence(hop.edge).next())
}

/// Runs `path`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let counted = args.filter.graph_in(&args.graph)?;
    let gazetteer = args.gazetteer.load_entities()?;
    // Names are found in the whole graph, the path in the range's.
    let from = find_entity(&counted.whole, &gazetteer, &args.from)?;
    let to = find_entity(&counted.whole, &gazetteer, &args.to)?;
    let graph = counted.counted();
    let filter = args.filter.edge_filter();
    let cost = args.measure.map_or(PathCost::Hops, PathCost::Strength);
    let filtered = filter != EdgeFilter::default() || counted.range.is_restricted();
    let hops = shortest_path(graph, &from, &to, cost, &filter).with_context(|| {
        format!(
            "no path between {} and {} (they are in different components{})",
            sanitize(&from),
            sanitize(&to),
            if filtered {
                " of the links the filters keep"
            } else {
                ""
            }
        )
    })?;
    let record = PathRecord {
        from: &from,
        to: &to,
        length: hops.len(),
        hops: hops
            .iter()
            .map(|hop| HopRecord {
                source: hop.from,
                target: hop.to,
                weight: hop.edge.weight(),
                met: hop.edge.met(),
                documents: hop.edge.documents(),
                evidence: best_evidence(graph, hop).map(EvidenceLine::of),
            })
            .collect(),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &record)?;
            writeln!(out)?;
        }
        Format::Table => print_table(&mut out, &record)?,
    }
    out.flush()?;
    Ok(Exit::Success)
}

fn print_table(out: &mut impl Write, path: &PathRecord<'_>) -> std::io::Result<()> {
    let hops = match path.length {
        1 => "1 hop".to_string(),
        n => format!("{n} hops"),
    };
    writeln!(
        out,
        "{} → {}: {hops}",
        sanitize(path.from),
        sanitize(path.to)
    )?;
    for hop in &path.hops {
        writeln!(
            out,
            "{} — {} (weight {}, met {}, documents {})",
            sanitize(hop.source),
            sanitize(hop.target),
            hop.weight,
            hop.met,
            hop.documents
        )?;
        if let Some(e) = &hop.evidence {
            writeln!(
                out,
                "    {}:{}-{}{}  {}",
                sanitize(e.document),
                e.start,
                e.end,
                e.tag(),
                sanitize(e.text)
            )?;
        }
    }
    Ok(())
}
