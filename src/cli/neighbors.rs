//! `newsgraph neighbors`: an entity's neighbours in a built graph.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;
use newsgraph::export::csv::defang;
use newsgraph::gazetteer::EntityType;
use newsgraph::graph::Relation;
use newsgraph::measures::Measure;
use newsgraph::query::{edge_score, find_entity, k_hop, EdgeFilter};
use newsgraph::relate::Evidence;
use serde::Serialize;

use super::{default_graph, graph_in, load_graph, load_model, Exit, GazetteerArgs, RangeArgs};

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
    /// The date range counted (default: every document).
    #[command(flatten)]
    pub range: RangeArgs,
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
    /// Hops from the entity asked about.
    distance: usize,
    /// The entity this one is reached through (the one asked about for neighbours).
    via: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    evidence: Vec<EvidenceLine<'a>>,
}

/// One evidence sentence in `--why` (and in `path`).
#[derive(Debug, Serialize)]
pub struct EvidenceLine<'a> {
    pub document: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub planned: bool,
    /// For a meeting: `meeting`, `phone`, `visit`, `host` or `talks`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// For a meeting: its CAMEO event code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cameo: Option<&'static str>,
    /// The two entities as written in the text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<&'a str>,
}

impl<'a> EvidenceLine<'a> {
    /// The wire form of one evidence window.
    pub fn of(e: &'a Evidence) -> EvidenceLine<'a> {
        EvidenceLine {
            document: &e.doc.id,
            start: e.start,
            end: e.end,
            text: &e.text,
            date: e.doc.date.as_deref(),
            met: e.met.as_ref().map(|m| &*m.cue),
            planned: e.met.as_ref().is_some_and(|m| m.planned),
            kind: e.met.as_ref().map(|m| m.kind.as_str()),
            cameo: e.met.as_ref().map(|m| m.kind.cameo(m.planned)),
            forms: e
                .forms
                .iter()
                .map(|f| &**f)
                .filter(|f| !f.is_empty())
                .collect(),
        }
    }
}

/// Runs `neighbors`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let range = args.range.range()?;
    let graph = load_graph(&args.graph)?;
    let model = load_model(&args.gazetteer)?;
    // Names are found in the whole graph: an entity the range does not mention has no
    // neighbours in it, rather than no name.
    let id = find_entity(&graph, &model.gazetteer, &args.entity)?;
    let affiliated_with = args
        .affiliated_with
        .as_deref()
        .map(|name| find_entity(&graph, &model.gazetteer, name))
        .transpose()?;
    let graph = graph_in(graph, &range, &args.graph)?;
    let filter = EdgeFilter {
        relation: args.relation,
        min_weight: args.min_weight,
        min_documents: args.min_documents,
    };
    let mut neighbors: Vec<_> = k_hop(&graph, &id, usize::from(args.depth), &filter)
        .unwrap_or_default()
        .into_iter()
        .filter(|n| args.kind.is_none_or(|k| n.node.kind == k))
        .filter(|n| {
            affiliated_with
                .as_ref()
                .is_none_or(|of| n.node.affiliations.contains(of))
        })
        .map(|n| {
            let score = edge_score(&graph, n.via, n.node, n.edge, args.measure);
            (n, score)
        })
        .collect();
    // Nearer first; then by meetings (with --relation met), by the measure, or by weight.
    neighbors.sort_by(|(x, sx), (y, sy)| {
        let by_strength = if args.measure != Measure::Count {
            sy.unwrap_or(f64::NEG_INFINITY)
                .total_cmp(&sx.unwrap_or(f64::NEG_INFINITY))
        } else if args.relation == Some(Relation::Met) {
            y.edge
                .met
                .cmp(&x.edge.met)
                .then(y.edge.weight.cmp(&x.edge.weight))
        } else {
            y.edge
                .weight
                .cmp(&x.edge.weight)
                .then(y.edge.documents.cmp(&x.edge.documents))
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
            distance: n.distance,
            via: &n.via.id,
            evidence: if args.why {
                n.edge
                    .evidence
                    .iter()
                    .filter(|e| args.relation != Some(Relation::Met) || e.met.is_some())
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

/// Terminal styling: ANSI colours on a terminal (unless `NO_COLOR` is set), plain
/// brackets around highlighted names otherwise.
#[derive(Debug, Clone, Copy)]
struct Style {
    colour: bool,
}

impl Style {
    fn for_stdout() -> Style {
        use std::io::IsTerminal;
        Style {
            colour: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        }
    }

    fn bold(self, s: &str) -> String {
        if self.colour {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn met(self, s: &str) -> String {
        if self.colour {
            format!("\x1b[35m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn highlight(self, s: &str) -> String {
        if self.colour {
            format!("\x1b[1;33m{s}\x1b[0m")
        } else {
            format!("[{s}]")
        }
    }
}

/// `text` with each of `forms` highlighted where it first occurs.
fn highlight(text: &str, forms: &[&str], style: Style) -> String {
    let mut spans: Vec<(usize, usize)> = forms
        .iter()
        .filter(|f| !f.is_empty())
        .filter_map(|f| text.find(f).map(|i| (i, i + f.len())))
        .collect();
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len() + 16);
    let mut pos = 0;
    for (start, end) in spans {
        if start < pos {
            continue;
        }
        out.push_str(&sanitize(&text[pos..start]));
        out.push_str(&style.highlight(&sanitize(&text[start..end])));
        pos = end;
    }
    out.push_str(&sanitize(&text[pos..]));
    out
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
        .map(|r| r.id.chars().count())
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
            let tag = evidence_tag(e);
            writeln!(
                out,
                "    {}:{}-{}{tag}  {}",
                sanitize(e.document),
                e.start,
                e.end,
                highlight(e.text, &e.forms, style)
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

/// The tag after an evidence window's place: ` [met: "cue"; phone, CAMEO 041]`,
/// ` [met, planned: "cue"; meeting, CAMEO 036]`, or nothing for a plain co-mention.
pub fn evidence_tag(e: &EvidenceLine<'_>) -> String {
    let Some(cue) = e.met else {
        return String::new();
    };
    let planned = if e.planned { ", planned" } else { "" };
    let kind = e.kind.unwrap_or("meeting");
    let cameo = e.cameo.unwrap_or("");
    format!(" [met{planned}: \"{cue}\"; {kind}, CAMEO {cameo}]")
}

/// Replaces control characters so a name cannot move the terminal's cursor.
pub fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}
