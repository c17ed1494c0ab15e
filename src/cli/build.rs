//! `newsgraph build`: read a corpus, write the graph.

use std::path::PathBuf;

use anyhow::{bail, Context};
use newsgraph::export::{dot, render, write_atomic, Format};
use newsgraph::input::{collect_sources, DateRule, DocumentReader};
use newsgraph::measures::Measure;
use newsgraph::pipeline::{build_graph, BuildOptions, DEFAULT_EVIDENCE};
use newsgraph::query::{edge_score, EdgeFilter};
use newsgraph::relate::Window;

use super::{load_model, parse_day, Exit};

/// Build the graph of a corpus.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, folders (every .txt and .jsonl file below, plain or .gz, sorted) or - for
    /// standard input (plain text, JSON Lines or gzip of either).
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
    /// Gazetteer folder or file to use instead of the built-in one.
    #[arg(long, value_name = "PATH")]
    pub gazetteer: Option<PathBuf>,
    /// Folder to write the outputs to (created if missing).
    #[arg(long, short, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// Outputs to write, comma-separated: json, dot, svg, graphml, csv, neo4j.
    #[arg(long, value_delimiter = ',', default_value = "json,dot,svg")]
    pub formats: Vec<Format>,
    /// Co-occurrence window: sentence, paragraph, document or tokens:K.
    #[arg(long, value_name = "WINDOW", default_value = "sentence")]
    pub window: Window,
    /// Evidence windows kept per edge, earliest documents first (and as many meetings).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_EVIDENCE)]
    pub evidence: usize,
    /// Drop edges with a co-mention weight below N (met and affiliation edges stay).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_weight: u64,
    /// Drop edges seen in fewer than N documents.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_documents: u64,
    /// Draw DOT/SVG edge widths by this measure: count, documents, pmi, npmi, dice, jaccard.
    #[arg(long, value_name = "MEASURE", default_value = "count")]
    pub measure: Measure,
    /// Read only documents dated on or after this day (YYYY-MM-DD); undated ones are left out.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub since: Option<String>,
    /// Read only documents dated on or before this day (YYYY-MM-DD); undated ones are left out.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub until: Option<String>,
    /// Date plain files from their file name: a regular expression whose first group
    /// (or whole match) is the date, e.g. '(\d{4}-\d{2}-\d{2})'.
    #[arg(long, value_name = "REGEX")]
    pub date_from: Option<String>,
    /// Treat any skipped or repaired input as an error: exit 1 and write nothing.
    #[arg(long)]
    pub strict: bool,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Runs `build`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let started = std::time::Instant::now();
    let model = load_model(args.gazetteer.as_deref())?;
    let date_rule = args
        .date_from
        .as_deref()
        .map(DateRule::new)
        .transpose()
        .context("invalid --date-from regular expression")?;
    let sources = collect_sources(&args.inputs)?;
    if sources.is_empty() {
        bail!(
            "no documents: the inputs hold no .txt or .jsonl files ({})",
            args.inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let options = BuildOptions {
        window: args.window,
        evidence_limit: args.evidence,
        since: args.since.clone(),
        until: args.until.clone(),
    };
    let mut report = build_graph(DocumentReader::new(sources, date_rule), &model, &options);
    if args.strict {
        if let Some(problem) = report.problems.first() {
            bail!("{} (--strict: nothing written)", problem.message);
        }
    }
    for problem in &report.problems {
        eprintln!("newsgraph: warning: {}", problem.message);
    }
    if args.min_weight > 0 || args.min_documents > 0 {
        let filter = EdgeFilter {
            min_weight: args.min_weight,
            min_documents: args.min_documents,
            ..EdgeFilter::default()
        };
        report.graph.retain_edges(|_, _, edge| {
            edge.met > 0 || edge.affiliation.is_some() || filter.accepts(edge)
        });
    }
    let graph = &report.graph;
    let wire = graph.to_node_link();
    let dot_text = if args.measure == Measure::Count {
        dot::to_dot(&wire)
    } else {
        let strengths: Vec<f64> = wire
            .edges
            .iter()
            .map(|e| {
                match (
                    graph.node(&e.source),
                    graph.node(&e.target),
                    graph.edge(&e.source, &e.target),
                ) {
                    (Some(x), Some(y), Some(edge)) => {
                        edge_score(graph, x, y, edge, args.measure).unwrap_or(f64::NAN)
                    }
                    _ => f64::NAN,
                }
            })
            .collect();
        dot::to_dot_with(&wire, Some(&strengths))
    };
    let written = write_formats(&args.formats, &wire, &dot_text, &args.out, args.quiet)?;
    let skipped = report.problems.iter().filter(|p| p.skipped).count();
    let met = wire
        .edges
        .iter()
        .filter(|e| e.relations.get("met").is_some_and(|&n| n > 0))
        .count();
    if !args.quiet {
        eprintln!(
            "newsgraph: {} documents ({} skipped{}), {} sentences, {} mentions ({} ambiguous left out); \
             {} nodes, {} edges ({} met); wrote {} in {:.2}s",
            wire.graph.documents,
            skipped,
            if report.filtered > 0 { format!(", {} outside --since/--until", report.filtered) } else { String::new() },
            wire.graph.sentences,
            report.mentions,
            report.ambiguous,
            wire.nodes.len(),
            wire.edges.len(),
            met,
            written.join(", "),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(if report.problems.is_empty() {
        Exit::Success
    } else {
        Exit::Partial
    })
}

/// Writes each format's files into `out` (atomically); returns the paths written.
pub fn write_formats(
    formats: &[Format],
    wire: &newsgraph::export::schema::NodeLinkGraph,
    dot_text: &str,
    out: &std::path::Path,
    quiet: bool,
) -> anyhow::Result<Vec<String>> {
    let mut formats = formats.to_vec();
    formats.sort();
    formats.dedup();
    let mut written = Vec::new();
    for format in formats {
        let newsgraph::export::Rendered { files, renderer } = render(format, wire, dot_text)?;
        if let (Some(renderer), false) = (renderer, quiet) {
            eprintln!("newsgraph: SVG drawn by {renderer}");
        }
        for (name, bytes) in files {
            let path = out.join(name);
            write_atomic(&path, bytes.as_bytes())
                .with_context(|| format!("cannot write {}", path.display()))?;
            written.push(path.display().to_string());
        }
    }
    Ok(written)
}
