//! `newsgraph top`: entities ranked by centrality, or the graph's communities.

use std::collections::HashMap;
use std::io::Write;

use clap::ValueEnum;
use newsgraph::analysis::{centrality_with, communities, rank, Betweenness, Centrality, RankBy};
use newsgraph::export::csv::defang;
use newsgraph::gazetteer::EntityType;
use serde::Serialize;

use super::flags::{parse_type, FilterArgs, GraphArgs};
use super::output::{sanitize, width};
use super::Exit;

/// Above this many entities, `--by betweenness` is estimated from [`SAMPLE_PIVOTS`]
/// sources instead of computed exactly.
pub const SAMPLE_ABOVE: usize = 5000;

/// Sources of the betweenness estimate on big graphs.
pub const SAMPLE_PIVOTS: usize = 500;

/// How to print the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns.
    Table,
    /// A JSON array of objects.
    Json,
    /// CSV with a header row.
    Csv,
}

/// What to rank by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    /// Number of links.
    Degree,
    /// Sum of the links' weights (co-mention windows, or met count with --relation met).
    WeightedDegree,
    /// Shortest paths between other entities passing through it (not normalised).
    Betweenness,
    /// Weighted PageRank (damping 0.85).
    Pagerank,
}

impl From<By> for RankBy {
    fn from(by: By) -> RankBy {
        match by {
            By::Degree => RankBy::Degree,
            By::WeightedDegree => RankBy::WeightedDegree,
            By::Betweenness => RankBy::Betweenness,
            By::Pagerank => RankBy::PageRank,
        }
    }
}

/// Rank entities by degree, weighted degree, betweenness or PageRank, or list communities.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The score to rank by. Degree, weighted degree and PageRank are always printed;
    /// betweenness (costly) only when ranking by it, estimated from 500 sources on
    /// graphs of more than 5000 entities (with a note).
    #[arg(long, value_enum, default_value_t = By::Degree)]
    pub by: By,
    /// Only entities of this type: person, country, organization or place (scores are
    /// computed on the whole graph).
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    pub kind: Option<EntityType>,
    /// Which links count.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Print at most N entities (default 10), or N communities with --communities (default all).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// List the communities (Louvain), largest first, members by degree.
    #[arg(long)]
    pub communities: bool,
    /// The graph to read.
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// One ranked entity in `--format json` and `csv`.
#[derive(Debug, Serialize)]
struct RankRecord<'a> {
    rank: usize,
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    degree: usize,
    weighted_degree: u64,
    /// Computed only with `--by betweenness` (null otherwise).
    betweenness: Option<f64>,
    pagerank: f64,
}

/// One community in `--format json`.
#[derive(Debug, Serialize)]
struct CommunityRecord<'a> {
    community: usize,
    size: usize,
    members: Vec<&'a str>,
}

/// One community member in `--format csv`.
#[derive(Debug, Serialize)]
struct MemberRecord<'a> {
    community: usize,
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    degree: usize,
}

/// Runs `top`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let graph = args.filter.graph_in(&args.graph)?.into_counted();
    let filter = args.filter.edge_filter();
    let betweenness = match args.by {
        By::Betweenness if !args.communities && graph.node_count() > SAMPLE_ABOVE => {
            say!(
                "newsgraph: betweenness estimated from {SAMPLE_PIVOTS} of {} entities \
                 (exact above {SAMPLE_ABOVE} entities would take minutes)",
                graph.node_count()
            );
            Betweenness::Sampled {
                pivots: SAMPLE_PIVOTS,
            }
        }
        By::Betweenness if !args.communities => Betweenness::Exact,
        _ => Betweenness::Skip,
    };
    let mut rows = centrality_with(&graph, &filter, betweenness);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.communities {
        let by_id: HashMap<&str, &Centrality> = rows.iter().map(|r| (r.id.as_str(), r)).collect();
        let mut groups = communities(&graph, &filter);
        if let Some(limit) = args.limit {
            groups.truncate(limit);
        }
        let groups: Vec<Vec<&Centrality>> = groups
            .iter()
            .map(|g| {
                let mut members: Vec<&Centrality> = g
                    .iter()
                    .filter_map(|id| by_id.get(id.as_str()).copied())
                    .collect();
                members.sort_by(|a, b| b.degree.cmp(&a.degree).then_with(|| a.id.cmp(&b.id)));
                members
            })
            .collect();
        print_communities(&mut out, &groups, args.format)?;
    } else {
        rank(&mut rows, args.by.into());
        let records: Vec<RankRecord<'_>> = rows
            .iter()
            .filter(|r| args.kind.is_none_or(|k| r.kind == k))
            .take(args.limit.unwrap_or(10))
            .enumerate()
            .map(|(i, r)| RankRecord {
                rank: i + 1,
                id: &r.id,
                kind: r.kind.as_str(),
                degree: r.degree,
                weighted_degree: r.weighted_degree,
                betweenness: Some(r.betweenness).filter(|b| !b.is_nan()),
                pagerank: r.pagerank,
            })
            .collect();
        print_ranking(&mut out, &records, args.format)?;
    }
    out.flush()?;
    Ok(Exit::Success)
}

fn print_ranking(
    out: &mut impl Write,
    records: &[RankRecord<'_>],
    format: Format,
) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, records)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let mut csv = csv::Writer::from_writer(&mut *out);
            for r in records {
                let id = defang(r.id);
                csv.serialize(RankRecord { id: &id, ..*r })?;
            }
            csv.flush()?;
        }
        Format::Table => {
            let width = records
                .iter()
                .map(|r| width(r.id))
                .chain([6])
                .max()
                .unwrap_or(6);
            writeln!(
                out,
                "{:>4}  {:<width$}  {:<12}  {:>6}  {:>8}  {:>11}  {:>8}",
                "RANK", "ENTITY", "TYPE", "DEGREE", "WEIGHTED", "BETWEENNESS", "PAGERANK"
            )?;
            for r in records {
                writeln!(
                    out,
                    "{:>4}  {:<width$}  {:<12}  {:>6}  {:>8}  {:>11}  {:>8.4}",
                    r.rank,
                    sanitize(r.id),
                    r.kind,
                    r.degree,
                    r.weighted_degree,
                    r.betweenness.map_or("-".to_string(), |b| format!("{b:.2}")),
                    r.pagerank
                )?;
            }
        }
    }
    Ok(())
}

fn print_communities(
    out: &mut impl Write,
    groups: &[Vec<&Centrality>],
    format: Format,
) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            let records: Vec<CommunityRecord<'_>> = groups
                .iter()
                .enumerate()
                .map(|(i, g)| CommunityRecord {
                    community: i + 1,
                    size: g.len(),
                    members: g.iter().map(|m| m.id.as_str()).collect(),
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &records)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let mut csv = csv::Writer::from_writer(&mut *out);
            for (i, g) in groups.iter().enumerate() {
                for m in g {
                    csv.serialize(MemberRecord {
                        community: i + 1,
                        id: &defang(&m.id),
                        kind: m.kind.as_str(),
                        degree: m.degree,
                    })?;
                }
            }
            csv.flush()?;
        }
        Format::Table => {
            for (i, g) in groups.iter().enumerate() {
                let members: Vec<_> = g.iter().map(|m| sanitize(&m.id)).collect();
                writeln!(
                    out,
                    "community {} ({}): {}",
                    i + 1,
                    g.len(),
                    members.join(", ")
                )?;
            }
        }
    }
    Ok(())
}
