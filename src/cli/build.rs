//! `newsgraph build`: read a corpus, write the graph.

use std::path::PathBuf;

use anyhow::{bail, Context};
use clap::ValueEnum;
use newsgraph::export::{dot, json, svg, write_atomic};
use newsgraph::input::collect_sources;
use newsgraph::matcher::Matcher;
use newsgraph::pipeline::{build_graph, BuildOptions, DEFAULT_EVIDENCE};

use super::{load_gazetteer, Exit};

/// An output format of `build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum Format {
    /// graph.json, networkx node-link form.
    Json,
    /// graph.dot, Graphviz source.
    Dot,
    /// graph.svg, drawn by Graphviz `dot` when installed, else by a built-in layout.
    Svg,
}

/// Build the graph of a corpus.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, folders (every .txt file below, sorted) or - for standard input.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
    /// Gazetteer folder to use instead of the built-in one.
    #[arg(long, value_name = "DIR")]
    pub gazetteer: Option<PathBuf>,
    /// Folder to write the outputs to (created if missing).
    #[arg(long, short, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// Outputs to write, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "json,dot,svg")]
    pub formats: Vec<Format>,
    /// Evidence windows kept per edge (earliest documents first).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_EVIDENCE)]
    pub evidence: usize,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Runs `build`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let started = std::time::Instant::now();
    let gazetteer = load_gazetteer(args.gazetteer.as_deref())?;
    let matcher = Matcher::new(&gazetteer)?;
    let sources = collect_sources(&args.inputs)?;
    if sources.is_empty() {
        bail!(
            "no documents: the inputs hold no .txt files ({})",
            args.inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let options = BuildOptions {
        evidence_limit: args.evidence,
        ..BuildOptions::default()
    };
    let report = build_graph(&sources, &gazetteer, &matcher, &options);
    for problem in &report.problems {
        eprintln!("newsgraph: warning: {}", problem.message);
    }
    let wire = report.graph.to_node_link();
    let mut formats = args.formats.clone();
    formats.sort();
    formats.dedup();
    let mut written = Vec::new();
    let mut dot_text = None;
    for format in formats {
        let (name, bytes) = match format {
            Format::Json => ("graph.json", json::to_json(&wire)),
            Format::Dot => (
                "graph.dot",
                dot_text.get_or_insert_with(|| dot::to_dot(&wire)).clone(),
            ),
            Format::Svg => {
                let dot_text = dot_text.get_or_insert_with(|| dot::to_dot(&wire));
                let (svg, renderer) = svg::render_svg(&wire, dot_text)?;
                if !args.quiet {
                    eprintln!("newsgraph: graph.svg drawn by {renderer}");
                }
                ("graph.svg", svg)
            }
        };
        let path = args.out.join(name);
        write_atomic(&path, bytes.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
        written.push(path.display().to_string());
    }
    let skipped = report.problems.iter().filter(|p| p.skipped).count();
    if !args.quiet {
        eprintln!(
            "newsgraph: {} documents ({} skipped), {} sentences, {} mentions ({} ambiguous left out); \
             {} nodes, {} edges; wrote {} in {:.2}s",
            wire.graph.documents,
            skipped,
            wire.graph.sentences,
            report.mentions,
            report.ambiguous,
            wire.nodes.len(),
            wire.edges.len(),
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
