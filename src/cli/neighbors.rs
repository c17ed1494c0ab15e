//! `newsgraph neighbors`: an entity's neighbours in a built graph.

use std::collections::BTreeMap;
use std::io::Write;

use clap::ValueEnum;
use newsgraph::export::csv::defang;
use newsgraph::gazetteer::EntityType;
use newsgraph::graph::Relation;
use newsgraph::measures::Measure;
use newsgraph::query::{edge_score, find_entity, k_hop};
use serde::Serialize;

use super::flags::{parse_type, FilterArgs, GazetteerArgs, GraphArgs};
use super::output::{sanitize, width, EvidenceLine, Style};
use super::Exit;

/// How to print neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// A JSON array of objects.
    Json,
    /// CSV with a header row.
    Csv,
}

/// List an entity's neighbours, strongest links first.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The entity: its canonical name or any alias, in any case ("Blinken", "el-Sisi", "US").
    pub entity: String,
    /// The graph to read.
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Which links count.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Only neighbours of this type: person, country, organization or place.
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    pub kind: Option<EntityType>,
    /// Only neighbours affiliated with this entity ("Egypt": which Egyptians).
    #[arg(long, value_name = "ENTITY")]
    pub affiliated_with: Option<String>,
    /// Rank by this measure: count, documents, pmi, npmi, dice or jaccard.
    #[arg(long, value_name = "MEASURE", default_value = "count")]
    pub measure: Measure,
    /// Print at most N neighbours.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Also list entities up to K hops away (with the entity they are reached through).
    #[arg(long, value_name = "K", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..))]
    pub depth: u16,
    /// Print each link's evidence sentences.
    #[arg(long)]
    pub why: bool,
    /// Which gazetteer (default: the built-in one).
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
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
    /// Hops from the entity asked about.
    distance: usize,
    /// The entity this one is reached through (the one asked about for neighbours).
    via: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    evidence: Vec<EvidenceLine<'a>>,
}

/// Runs `neighbors`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let counted = args.filter.graph_in(&args.graph)?;
    let gazetteer = args.gazetteer.load_entities()?;
    // Names are found in the whole graph: an entity the range does not mention has no
    // neighbours in it, rather than no name.
    let whole = &counted.whole;
    let id = find_entity(whole, &gazetteer, &args.entity)?;
    let affiliated_with = args
        .affiliated_with
        .as_deref()
        .map(|name| find_entity(whole, &gazetteer, name))
        .transpose()?;
    let graph = counted.counted();
    let filter = args.filter.edge_filter();
    let relation = filter.relation;
    let mut neighbors: Vec<_> = k_hop(graph, &id, usize::from(args.depth), &filter)
        .unwrap_or_default()
        .into_iter()
        .filter(|n| args.kind.is_none_or(|k| n.node.kind == k))
        .filter(|n| {
            affiliated_with
                .as_ref()
                .is_none_or(|of| n.node.affiliations.contains(of))
        })
        .map(|n| {
            let score = edge_score(graph, n.via, n.node, n.edge, args.measure);
            (n, score)
        })
        .collect();
    // Nearer first; then by meetings (with --relation met), by the measure, or by weight.
    neighbors.sort_by(|(x, sx), (y, sy)| {
        let by_strength = if args.measure != Measure::Count {
            sy.unwrap_or(f64::NEG_INFINITY)
                .total_cmp(&sx.unwrap_or(f64::NEG_INFINITY))
        } else if relation == Some(Relation::Met) {
            y.edge
                .met()
                .cmp(&x.edge.met())
                .then(y.edge.weight().cmp(&x.edge.weight()))
        } else {
            y.edge
                .weight()
                .cmp(&x.edge.weight())
                .then(y.edge.documents().cmp(&x.edge.documents()))
        };
        x.distance
            .cmp(&y.distance)
            .then(by_strength)
            .then(x.node.id.cmp(&y.node.id))
    });
    if let Some(limit) = args.limit {
        neighbors.truncate(limit);
    }
    let records: Vec<NeighborRecord<'_>> = neighbors
        .iter()
        .map(|(n, score)| NeighborRecord {
            id: &n.node.id,
            kind: n.node.kind.as_str(),
            weight: n.edge.weight(),
            documents: n.edge.documents(),
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
            distance: n.distance,
            via: &n.via.id,
            evidence: if args.why {
                graph
                    .evidence(n.edge)
                    .filter(|e| relation != Some(Relation::Met) || e.met.is_some())
                    .map(EvidenceLine::of)
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
        Format::Table => {
            let style = Style::for_stdout();
            print_table(&mut out, &id, &records, args.measure, args.depth > 1, style)?
        }
        Format::Csv => print_csv(&mut out, &records)?,
    }
    out.flush()?;
    Ok(Exit::Success)
}

fn print_table(
    out: &mut impl Write,
    id: &str,
    records: &[NeighborRecord<'_>],
    measure: Measure,
    hops: bool,
    style: Style,
) -> std::io::Result<()> {
    let width = records
        .iter()
        .map(|r| width(r.id))
        .chain([9])
        .max()
        .unwrap_or(9);
    let score_header = if measure == Measure::Count {
        String::new()
    } else {
        format!("  {:>8}", measure.as_str().to_uppercase())
    };
    let hop_header = if hops { "  HOPS  VIA" } else { "" };
    let header = format!(
        "{:<width$}  {:<12}  {:>6}  {:>9}  {:>4}{score_header}{hop_header}",
        "NEIGHBOUR", "TYPE", "WEIGHT", "DOCUMENTS", "MET"
    );
    writeln!(out, "{}", style.bold(&header))?;
    for r in records {
        let score = match (measure, r.score) {
            (Measure::Count, _) => String::new(),
            (_, Some(s)) => format!("  {s:>8.3}"),
            (_, None) => format!("  {:>8}", "-"),
        };
        let hop = if hops {
            format!("  {:>4}  {}", r.distance, sanitize(r.via))
        } else {
            String::new()
        };
        let met = r.relations.get("met").copied().unwrap_or(0);
        let met = if met > 0 {
            style.met(&format!("{met:>4}"))
        } else {
            format!("{met:>4}")
        };
        writeln!(
            out,
            "{:<width$}  {:<12}  {:>6}  {:>9}  {met}{score}{hop}",
            sanitize(r.id),
            r.kind,
            r.weight,
            r.documents,
        )?;
        for e in &r.evidence {
            writeln!(out, "{}", e.to_table_line(style))?;
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

fn print_csv(out: &mut impl Write, records: &[NeighborRecord<'_>]) -> anyhow::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "id",
        "type",
        "weight",
        "documents",
        "met",
        "affiliation",
        "score",
        "distance",
        "via",
    ])?;
    for r in records {
        // Names and ids defanged for spreadsheets; numbers (a score may be negative) not.
        writer.write_record([
            defang(r.id).into_owned(),
            r.kind.to_string(),
            r.weight.to_string(),
            r.documents.to_string(),
            r.relations.get("met").copied().unwrap_or(0).to_string(),
            r.relations
                .get("affiliation")
                .copied()
                .unwrap_or(0)
                .to_string(),
            r.score.map(|s| s.to_string()).unwrap_or_default(),
            r.distance.to_string(),
            defang(r.via).into_owned(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}
