//! `newsgraph merge`: combine graphs built from shards of a corpus.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context};
use newsgraph::export::gz;
use newsgraph::export::json::{read_graph, to_json};
use newsgraph::export::write_atomic;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::input::gzip::has_gz_extension;

use super::flags::{GazetteerArgs, QuietArgs};
use super::Exit;

/// Merge graphs built from separate shards of a corpus into the graph of the whole.
///
/// Counts add up, evidence is re-selected (earliest first, `--evidence` per edge), and
/// the gazetteer's affiliations are re-applied, so merging the shards' graphs gives the
/// graph built from the whole corpus, byte for byte. The shards must not share
/// documents (a document named in the evidence of two shards, or one file named twice,
/// is refused), must use the same window, and must keep the same number of evidence
/// windows (or --evidence at most the smallest), so the order of the arguments never
/// changes the result. Shards built with another gazetteer than --gazetteer (by the
/// fingerprint graph.json records) or pruned with --min-weight/--min-documents are
/// refused too.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shards' graph.json (or graph.json.gz) files.
    #[arg(value_name = "GRAPH", required = true, num_args = 1..)]
    pub graphs: Vec<PathBuf>,
    /// The merged graph.json to write (gzip-compressed, as `build --format json.gz`
    /// writes it, when the name ends in .gz); - for standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: PathBuf,
    /// Evidence windows kept per edge (default: the shards' own setting).
    #[arg(long, value_name = "N")]
    pub evidence: Option<usize>,
    /// Which gazetteer (default: the built-in one).
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    /// Messages.
    #[command(flatten)]
    pub quiet: QuietArgs,
}

/// Runs `merge`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let gazetteer = args.gazetteer.load_entities()?;
    let mut merged: Option<KnowledgeGraph> = None;
    let mut seen_paths: HashMap<PathBuf, &PathBuf> = HashMap::new();
    // Document id -> the shard whose evidence names it.
    let mut documents: HashMap<std::sync::Arc<str>, usize> = HashMap::new();
    let mut first_limit: Option<(usize, &PathBuf)> = None;
    let mut first_gazetteer: Option<(&PathBuf, Option<String>)> = None;
    let fingerprint = gazetteer.fingerprint();
    for (shard, path) in args.graphs.iter().enumerate() {
        let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        if let Some(before) = seen_paths.insert(real, path) {
            bail!(
                "{} is named twice (also as {}): merging a shard with itself counts every document twice",
                path.display(),
                before.display()
            );
        }
        let wire = read_graph(path)?;
        let own = wire.graph.evidence_limit;
        match (args.evidence, first_limit) {
            (None, Some((limit, first))) if limit != own => bail!(
                "{} keeps {own} evidence windows per edge, {} keeps {limit}: the merge would \
                 depend on their order; pass --evidence N with N at most the smaller",
                path.display(),
                first.display()
            ),
            (Some(wanted), _) if wanted > own => bail!(
                "{} keeps only {own} evidence windows per edge: --evidence {wanted} cannot be \
                 merged exactly (use at most {own})",
                path.display()
            ),
            _ => {}
        }
        first_limit.get_or_insert((own, path));
        let provenance = &wire.graph.provenance;
        if provenance.min_weight > 0 || provenance.min_documents > 0 {
            bail!(
                "{} was pruned (--min-weight {}, --min-documents {}): the edges it dropped \
                 cannot be added back; merge unpruned shards, then prune",
                path.display(),
                provenance.min_weight,
                provenance.min_documents
            );
        }
        match &first_gazetteer {
            Some((first, gazetteer)) if *gazetteer != provenance.gazetteer => bail!(
                "{} was built with gazetteer {}, {} with {}: shards must share their gazetteer",
                path.display(),
                provenance.gazetteer.as_deref().unwrap_or("(unrecorded)"),
                first.display(),
                gazetteer.as_deref().unwrap_or("(unrecorded)")
            ),
            Some(_) => {}
            None => first_gazetteer = Some((path, provenance.gazetteer.clone())),
        }
        if let Some(built) = &provenance.gazetteer {
            if *built != fingerprint {
                bail!(
                    "{} was built with gazetteer {built}, but {} is {fingerprint}: pass the \
                     shards' gazetteer with --gazetteer",
                    path.display(),
                    args.gazetteer
                        .gazetteer
                        .as_ref()
                        .map_or("the built-in gazetteer".to_string(), |g| g
                            .display()
                            .to_string())
                );
            }
        }
        for document in &wire.graph.evidence_documents {
            let owner = *documents.entry(document.id.clone()).or_insert(shard);
            if owner != shard {
                bail!(
                    "{} and {} share document {:?} (both name it in their evidence): \
                     shards must not overlap, or its counts would be added twice",
                    args.graphs[owner].display(),
                    path.display(),
                    &*document.id
                );
            }
        }
        let limit = args.evidence.unwrap_or(own);
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
    merged.add_gazetteer_affiliations(&gazetteer);
    let wire = merged.to_node_link();
    if args.output.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        out.write_all(to_json(&wire).as_bytes())
            .and_then(|()| out.flush())
            .context("cannot write to standard output")?;
    } else if has_gz_extension(&args.output) {
        write_atomic(&args.output, &gz::compress(to_json(&wire).as_bytes()))
            .with_context(|| format!("cannot write {}", args.output.display()))?;
    } else {
        write_atomic(&args.output, to_json(&wire).as_bytes())
            .with_context(|| format!("cannot write {}", args.output.display()))?;
    }
    if !args.quiet.quiet {
        say!(
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
