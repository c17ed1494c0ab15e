//! The subcommands, one file each: an `Args` struct whose doc comments are the help
//! text, and a `run` function.
//!
//! Messages go to standard error through [`say!`], never `eprintln!`: a closed or full
//! standard error (`2>&1 | head -1`, `2>/dev/full`) must not stop a run that can still
//! write its outputs, so a message that cannot be written is dropped.

/// Writes one line to standard error, like `eprintln!`, but drops it if standard error
/// is closed or full instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}
pub(crate) use say;

pub mod build;
pub mod export;
pub mod gazetteer;
pub mod mentions;
pub mod merge;
pub mod neighbors;
pub mod path;
mod progress;
pub mod render;
pub mod signals;
pub mod stats;
pub mod suggest;
pub mod top;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use newsgraph::export::json::read_graph;
use newsgraph::export::schema::NodeLinkGraph;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::pipeline::Model;
use newsgraph::timeline::{restrict, Day, DayRange};

/// Turn news articles into a knowledge graph of who met whom.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the graph of a corpus and write graph.json, graph.dot and graph.svg.
    Build(build::Args),
    /// List an entity's neighbours in a built graph.
    Neighbors(neighbors::Args),
    /// Find the shortest path between two entities, each hop with its evidence.
    Path(path::Args),
    /// Count entities, links, components and communities in a built graph.
    Stats(stats::Args),
    /// Rank entities by degree, weighted degree, betweenness or PageRank; list communities.
    Top(top::Args),
    /// Draw the graph, or an entity's ego graph, as SVG or DOT with a legend.
    ///
    /// Without --focus, draws the 20 entities with the largest weighted degree (set --top
    /// to draw more: a whole co-mention graph is a hairball). With --focus, draws the
    /// entity and its 15 strongest neighbours within --depth links.
    Render(render::Args),
    /// List every entity mention found in the input, one JSON object per line.
    Mentions(mentions::Args),
    /// Write a built graph as DOT, SVG, GraphML, GEXF, CSV or Neo4j import files.
    Export(export::Args),
    /// Merge graphs built from shards of a corpus into the graph of the whole.
    Merge(merge::Args),
    /// Propose gazetteer rows for the proper names the gazetteer does not know, ranked,
    /// as a single-file gazetteer (.tsv) that --gazetteer reads.
    Suggest(suggest::Args),
    /// Work with gazetteers (folders or single files).
    #[command(subcommand)]
    Gazetteer(gazetteer::Command),
}

/// Exit codes (documented in the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything worked.
    Success = 0,
    /// A fatal error: nothing (or nothing more) was written.
    Failure = 1,
    /// The run finished, but some input was skipped or repaired (see the warnings).
    Partial = 3,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit as u8)
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<Exit> {
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Neighbors(args) => neighbors::run(args),
        Command::Path(args) => path::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Top(args) => top::run(args),
        Command::Render(args) => render::run(args),
        Command::Mentions(args) => mentions::run(args),
        Command::Export(args) => export::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Suggest(args) => suggest::run(args),
        Command::Gazetteer(command) => gazetteer::run(command),
    }
}

/// Whether an error is a closed output pipe (`newsgraph ... | head`), which is success.
///
/// serde_json and csv wrap the I/O error without exposing it as a `source`, so their
/// errors are asked for the kind of I/O error they hold.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(BrokenPipe))
            || cause.downcast_ref::<csv::Error>().is_some_and(
                |e| matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe),
            )
    })
}

/// The gazetteer flags every command that reads one shares.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct GazetteerArgs {
    /// Add a gazetteer folder or single file (.tsv, .jsonl, .jsonl.gz) to the built-in
    /// entities: an entity with a built-in name replaces it, and affiliations may name
    /// built-in entities. A folder's meeting-cues.tsv replaces the built-in cues.
    #[arg(long, value_name = "PATH")]
    pub gazetteer: Option<PathBuf>,
    /// Use only the --gazetteer entities, without the built-in ones.
    #[arg(long, requires = "gazetteer")]
    pub no_builtin: bool,
}

/// Loads the gazetteer the flags name: the built-in one, extended by `--gazetteer PATH`
/// (a folder, with its meeting cues, or a single file), or that alone with `--no-builtin`.
pub fn load_model(args: &GazetteerArgs) -> anyhow::Result<Model> {
    match &args.gazetteer {
        Some(path) if args.no_builtin => Model::load(path)
            .with_context(|| format!("cannot load the gazetteer {}", path.display())),
        Some(path) => Model::load_extending(path)
            .with_context(|| format!("cannot load the gazetteer {}", path.display())),
        None => Model::builtin().context("the built-in gazetteer is invalid"),
    }
}

/// Parses a `YYYY-MM-DD` argument (`--since`, `--until`).
pub fn parse_day(s: &str) -> Result<String, String> {
    newsgraph::input::normalize_date(s)
        .filter(|d| d.len() == s.trim().len())
        .ok_or_else(|| format!("{s:?} is not a date: use YYYY-MM-DD"))
}

/// Flags of the commands that read documents (`build`, `mentions`).
#[derive(Debug, clap::Args)]
pub struct ReadArgs {
    /// Skip documents (and JSON Lines records) larger than this, decompressed: bytes, or
    /// a number with K, M or G.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_document_size: u64,
}

/// Parses a size in bytes (`--max-document-size`): a number with an optional suffix K,
/// M or G (powers of 1024), e.g. `64M`.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, shift) = match t.char_indices().last() {
        Some((at, 'k' | 'K')) => (&t[..at], 10),
        Some((at, 'm' | 'M')) => (&t[..at], 20),
        Some((at, 'g' | 'G')) => (&t[..at], 30),
        _ => (t, 0),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1 << shift))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{s:?} is not a size: use bytes or a number with K, M or G"))
}

/// The default graph file read by query commands.
pub fn default_graph() -> PathBuf {
    PathBuf::from("out/graph.json")
}

/// Reads a built graph.json (`--graph FILE`), saying how to build one if it is missing,
/// and checks it as the query commands do (no duplicate node, no edge to a missing node).
pub fn read_wire(path: &Path) -> anyhow::Result<newsgraph::export::schema::NodeLinkGraph> {
    let wire = read_graph(path).with_context(|| {
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or(".".into(), |p| p.display().to_string());
        format!(
            "cannot load the graph (build it first with `newsgraph build corpus/ --out {folder}`)"
        )
    })?;
    KnowledgeGraph::validate(&wire)
        .with_context(|| format!("{} is not a valid newsgraph graph", path.display()))?;
    Ok(wire)
}

/// Loads a built graph (`--graph FILE`), saying how to build one if it is missing.
pub fn load_graph(path: &Path) -> anyhow::Result<KnowledgeGraph> {
    let wire = read_wire(path)?;
    KnowledgeGraph::from_node_link(wire, usize::MAX)
        .with_context(|| format!("{} is not a valid newsgraph graph", path.display()))
}

/// `--since`/`--until` of the query commands: counts recomputed over a date range.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct RangeArgs {
    /// Count only documents dated on or after this day (YYYY-MM-DD): weights, meetings,
    /// documents and measures are recomputed from the per-day counts; undated documents
    /// are left out.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub since: Option<String>,
    /// Count only documents dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub until: Option<String>,
}

impl RangeArgs {
    /// The range the flags name.
    ///
    /// # Errors
    /// `--since` after `--until`.
    pub fn range(&self) -> anyhow::Result<DayRange> {
        let day = |s: &Option<String>| s.as_deref().and_then(Day::parse);
        let range = DayRange {
            since: day(&self.since),
            until: day(&self.until),
        };
        if let (Some(since), Some(until)) = (range.since, range.until) {
            anyhow::ensure!(
                since <= until,
                "--since {since} is after --until {until}: no document could be counted"
            );
        }
        Ok(range)
    }
}

/// `wire` recomputed over `range` ([`newsgraph::timeline::restrict`]), with a note on
/// standard error saying what is counted (unless `quiet`); `path` names the graph in
/// errors.
pub fn restrict_wire(
    wire: &NodeLinkGraph,
    range: &DayRange,
    path: &Path,
    quiet: bool,
) -> anyhow::Result<NodeLinkGraph> {
    if !range.is_restricted() {
        return Ok(wire.clone());
    }
    let part = restrict(wire, range).with_context(|| format!("cannot read {}", path.display()))?;
    if !quiet {
        say!(
            "newsgraph: counting the {} of {} documents dated {range} (undated documents are left out)",
            part.graph.documents,
            wire.graph.documents
        );
    }
    Ok(part)
}

/// `graph` recomputed over `range` (itself when the range is the whole corpus).
pub fn graph_in(
    graph: KnowledgeGraph,
    range: &DayRange,
    path: &Path,
) -> anyhow::Result<KnowledgeGraph> {
    if !range.is_restricted() {
        return Ok(graph);
    }
    let part = restrict_wire(&graph.to_node_link(), range, path, false)?;
    KnowledgeGraph::from_node_link(part, usize::MAX)
        .with_context(|| format!("{} is not a valid newsgraph graph", path.display()))
}
