//! `newsgraph merge`: combine graphs built from shards of a corpus.

use std::path::PathBuf;

use anyhow::{bail, Context};
use newsgraph::export::json::{read_graph, to_json};
use newsgraph::export::write_atomic;
use newsgraph::graph::KnowledgeGraph;

use super::{load_model, Exit, GazetteerArgs};

/// Merge graphs built from separate shards of a corpus into the graph of the whole.
///
/// Counts add up, evidence is re-selected (earliest first, `--evidence` per edge), and
/// the gazetteer's affiliations are re-applied, so merging the shards' graphs gives the
/// graph built from the whole corpus, byte for byte. The shards must not share
/// documents and must use the same window.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shards' graph.json files.
    #[arg(value_name = "GRAPH", required = true, num_args = 1..)]
    pub graphs: Vec<PathBuf>,
    /// The merged graph.json to write.
    #[arg(long, short, value_name = "FILE")]
    pub output: PathBuf,
    /// Evidence windows kept per edge (default: the shards' own setting).
    #[arg(long, value_name = "N")]
    pub evidence: Option<usize>,
    /// Which gazetteer (default: the built-in one).
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Runs `merge`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let model = load_model(&args.gazetteer)?;
    let mut merged: Option<KnowledgeGraph> = None;
    for path in &args.graphs {
        let wire = read_graph(path)?;
        let limit = args.evidence.unwrap_or(wire.graph.evidence_limit);
        let graph = KnowledgeGraph::from_node_link(wire, limit)
            .with_context(|| format!("{} is not a valid newsgraph graph", path.display()))?;
        match &mut merged {
            None => merged = Some(graph),
            Some(all) => {
                if all.window() != graph.window() {
                    bail!(
                        "{} was built with window {:?}, the first graph with {:?}: shards must share their window",
                        path.display(),
                        graph.window(),
                        all.window()
                    );
                }
                all.merge(graph);
            }
        }
    }
    let mut merged = merged.context("no graphs to merge")?;
    merged.add_gazetteer_affiliations(&model.gazetteer);
    let wire = merged.to_node_link();
    write_atomic(&args.output, to_json(&wire).as_bytes())
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    if !args.quiet {
        eprintln!(
            "newsgraph: merged {} graphs: {} documents, {} nodes, {} edges; wrote {}",
            args.graphs.len(),
            wire.graph.documents,
            wire.nodes.len(),
            wire.edges.len(),
            args.output.display()
        );
    }
    Ok(Exit::Success)
}
