//! `newsgraph neighbors`: an entity's neighbours in a built graph.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::ValueEnum;
use newsgraph::export::json::read_graph;
use newsgraph::gazetteer::EntityType;
use newsgraph::graph::{KnowledgeGraph, Relation};
use newsgraph::measures::Measure;
use newsgraph::query::{edge_score, find_entity, EdgeFilter};
use serde::Serialize;

use super::{default_graph, load_model, parse_day, Exit};

/// How to print neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// A JSON array of objects.
    Json,
}

/// List an entity's neighbours, strongest links first.
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
    /// Only links with this relation: co_mention, met or affiliation.
    #[arg(long, value_name = "RELATION")]
    pub relation: Option<Relation>,
    /// Only neighbours of this type: person, country, organization or place.
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    pub kind: Option<EntityType>,
    /// Only neighbours affiliated with this entity ("Egypt": which Egyptians).
    #[arg(long, value_name = "ENTITY")]
    pub affiliated_with: Option<String>,
    /// Only links with at least this co-mention weight.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_weight: u64,
    /// Only links seen in at least N documents.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_documents: u64,
    /// Rank by this measure: count, documents, pmi, npmi, dice or jaccard.
    #[arg(long, value_name = "MEASURE", default_value = "count")]
    pub measure: Measure,
    /// Only links seen on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub since: Option<String>,
    /// Only links seen on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub until: Option<String>,
    /// Print at most N neighbours.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Print each link's evidence sentences.
    #[arg(long)]
    pub why: bool,
    /// Gazetteer folder whose aliases the entity may be given by (default: built-in).
    #[arg(long, value_name = "DIR")]
    pub gazetteer: Option<PathBuf>,
}

fn parse_type(s: &str) -> Result<EntityType, String> {
    EntityType::parse(s)
        .ok_or_else(|| format!("unknown type {s:?}: use person, country, organization or place"))
}

/// One neighbour in `--format json`.
#[derive(Debug, Serialize)]
struct NeighborRecord<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    weight: u64,
    documents: u64,
    relations: BTreeMap<&'static str, u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    measure: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    affiliations: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    evidence: Vec<EvidenceLine<'a>>,
}

/// One evidence sentence in `--why`.
#[derive(Debug, Serialize)]
struct EvidenceLine<'a> {
    document: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    met: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    planned: bool,
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
    let graph = KnowledgeGraph::from_node_link(wire, usize::MAX)
        .with_context(|| format!("{} is not a valid newsgraph graph", args.graph.display()))?;
    let model = load_model(args.gazetteer.as_deref())?;
    let id = find_entity(&graph, &model.gazetteer, &args.entity)?;
    let affiliated_with = args
        .affiliated_with
        .as_deref()
        .map(|name| find_entity(&graph, &model.gazetteer, name))
        .transpose()?;
    let filter = EdgeFilter {
        relation: args.relation,
        min_weight: args.min_weight,
        min_documents: args.min_documents,
        since: args.since.clone(),
        until: args.until.clone(),
    };
    let me = graph.node(&id).context("entity vanished from the graph")?;
    let mut neighbors: Vec<_> = graph
        .neighbors(&id)
        .unwrap_or_default()
        .into_iter()
        .filter(|n| filter.accepts(n.edge))
        .filter(|n| args.kind.is_none_or(|k| n.node.kind == k))
        .filter(|n| {
            affiliated_with
                .as_ref()
                .is_none_or(|of| n.node.affiliations.contains(of))
        })
        .map(|n| {
            let score = edge_score(&graph, me, n.node, n.edge, args.measure);
            (n, score)
        })
        .collect();
    if args.relation == Some(Relation::Met) && args.measure == Measure::Count {
        neighbors.sort_by(|(x, _), (y, _)| {
            y.edge
                .met
                .cmp(&x.edge.met)
                .then(y.edge.weight.cmp(&x.edge.weight))
                .then(x.node.id.cmp(&y.node.id))
        });
    }
    if args.measure != Measure::Count {
        neighbors.sort_by(|(x, sx), (y, sy)| {
            sy.unwrap_or(f64::NEG_INFINITY)
                .total_cmp(&sx.unwrap_or(f64::NEG_INFINITY))
                .then(x.node.id.cmp(&y.node.id))
        });
    }
    if let Some(limit) = args.limit {
        neighbors.truncate(limit);
    }
    let records: Vec<NeighborRecord<'_>> = neighbors
        .iter()
        .map(|(n, score)| NeighborRecord {
            id: &n.node.id,
            kind: n.node.kind.as_str(),
            weight: n.edge.weight,
            documents: n.edge.documents,
            relations: [Relation::CoMention, Relation::Met, Relation::Affiliation]
                .into_iter()
                .map(|r| (r.as_str(), n.edge.relation(r)))
                .filter(|(name, count)| *count > 0 || *name == "co_mention")
                .collect(),
            measure: (args.measure != Measure::Count).then(|| args.measure.as_str()),
            score: if args.measure != Measure::Count {
                *score
            } else {
                None
            },
            affiliations: n.node.affiliations.iter().map(String::as_str).collect(),
            evidence: if args.why {
                n.edge
                    .evidence
                    .iter()
                    .filter(|e| args.relation != Some(Relation::Met) || e.met.is_some())
                    .map(|e| EvidenceLine {
                        document: &e.document,
                        start: e.start,
                        end: e.end,
                        text: &e.text,
                        date: e.date.as_deref(),
                        met: e.met.as_ref().map(|(cue, _)| cue.as_str()),
                        planned: e.met.as_ref().is_some_and(|(_, p)| *p),
                    })
                    .collect()
            } else {
                Vec::new()
            },
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &records)?;
            writeln!(out)?;
        }
        Format::Table => print_table(&mut out, &id, &records, args.measure)?,
    }
    out.flush()?;
    Ok(Exit::Success)
}

fn print_table(
    out: &mut impl Write,
    id: &str,
    records: &[NeighborRecord<'_>],
    measure: Measure,
) -> std::io::Result<()> {
    let width = records
        .iter()
        .map(|r| r.id.chars().count())
        .chain([9])
        .max()
        .unwrap_or(9);
    let score_header = if measure == Measure::Count {
        String::new()
    } else {
        format!("  {:>8}", measure.as_str().to_uppercase())
    };
    writeln!(
        out,
        "{:<width$}  {:<12}  {:>6}  {:>9}  {:>4}{score_header}",
        "NEIGHBOUR", "TYPE", "WEIGHT", "DOCUMENTS", "MET"
    )?;
    for r in records {
        let score = match (measure, r.score) {
            (Measure::Count, _) => String::new(),
            (_, Some(s)) => format!("  {s:>8.3}"),
            (_, None) => format!("  {:>8}", "-"),
        };
        writeln!(
            out,
            "{:<width$}  {:<12}  {:>6}  {:>9}  {:>4}{score}",
            sanitize(r.id),
            r.kind,
            r.weight,
            r.documents,
            r.relations.get("met").copied().unwrap_or(0),
        )?;
        for e in &r.evidence {
            let tag = match (e.met, e.planned) {
                (Some(cue), true) => format!(" [met, planned: \"{cue}\"]"),
                (Some(cue), false) => format!(" [met: \"{cue}\"]"),
                _ => String::new(),
            };
            writeln!(
                out,
                "    {}:{}-{}{tag}  {}",
                sanitize(e.document),
                e.start,
                e.end,
                sanitize(e.text)
            )?;
        }
    }
    if records.is_empty() {
        writeln!(
            out,
            "({} has no neighbours matching the filters)",
            sanitize(id)
        )?;
    }
    Ok(())
}

/// Replaces control characters so a name cannot move the terminal's cursor.
pub fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}
