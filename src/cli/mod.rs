//! The subcommands, one file each: an `Args` struct whose doc comments are the help
//! text, and a `run` function.

pub mod build;
pub mod gazetteer;
pub mod mentions;
pub mod neighbors;
pub mod render;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use newsgraph::pipeline::Model;

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
    /// Draw the graph, or an entity's ego graph, as SVG or DOT with a legend.
    ///
    /// Without --focus, draws the 20 entities with the largest weighted degree (set --top
    /// to draw more: a whole co-mention graph is a hairball). With --focus, draws the
    /// entity and its 15 strongest neighbours within --depth links.
    Render(render::Args),
    /// List every entity mention found in the input, one JSON object per line.
    Mentions(mentions::Args),
    /// Work with gazetteer folders.
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
        Command::Render(args) => render::run(args),
        Command::Mentions(args) => mentions::run(args),
        Command::Gazetteer(command) => gazetteer::run(command),
    }
}

/// Whether an error is a closed output pipe (`newsgraph ... | head`), which is success.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Loads `--gazetteer DIR` (with its meeting cues), or the built-in gazetteer.
pub fn load_model(dir: Option<&Path>) -> anyhow::Result<Model> {
    match dir {
        Some(dir) => Model::load_dir(dir)
            .with_context(|| format!("cannot load the gazetteer in {}", dir.display())),
        None => Model::builtin().context("the built-in gazetteer is invalid"),
    }
}

/// Parses a `YYYY-MM-DD` argument (`--since`, `--until`).
pub fn parse_day(s: &str) -> Result<String, String> {
    newsgraph::input::normalize_date(s)
        .filter(|d| d.len() == s.trim().len())
        .ok_or_else(|| format!("{s:?} is not a date: use YYYY-MM-DD"))
}

/// The default graph file read by query commands.
pub fn default_graph() -> PathBuf {
    PathBuf::from("out/graph.json")
}
