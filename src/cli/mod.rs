//! The subcommands, one file each: an `Args` struct whose doc comments are the help
//! text, and a `run` function. No command imports another: the flag groups they share
//! are in [`flags`], the printing they share in [`output`], and the work in the library.
//!
//! Messages go to standard error through [`say!`], never `eprintln!`: they are escaped
//! for the terminal, and a closed or full standard error (`2>&1 | head -1`,
//! `2>/dev/full`) must not stop a run that can still write its outputs, so a message
//! that cannot be written is dropped.

/// Writes one line to standard error, like `eprintln!`, but escaped for the terminal
/// ([`output::sanitize`]: a file name or entity in a message cannot move the cursor), and
/// dropped if standard error is closed or full instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let line = format!($($arg)*);
        let _ = writeln!(
            std::io::stderr().lock(),
            "{}",
            $crate::cli::output::sanitize(&line)
        );
    }};
}
pub(crate) use say;

pub mod build;
pub mod export;
pub mod flags;
pub mod gazetteer;
pub mod mentions;
pub mod merge;
pub mod neighbors;
pub mod output;
pub mod path;
mod progress;
pub mod render;
pub mod signals;
pub mod stats;
pub mod suggest;
pub mod top;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    /// Build the graph of a corpus and write graph.json.gz and graph.dot (--format for others).
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
    /// Write a built graph as DOT, SVG, GraphML, CSV or Neo4j import files.
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
    /// A usage error: clap's own, or a [`UsageError`] found while a command's config
    /// was made; nothing was read.
    Usage = 2,
    /// The run finished, but some input was skipped or repaired (see the warnings).
    Partial = 3,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit as u8)
    }
}

/// Flags that parse one by one but cannot work together or with the machine (`--since`
/// after `--until`, `--out -` with two files, a bad `--date-from` pattern): found when a
/// command's config is made from its flags, before anything is read. Exit 2, as
/// clap's usage errors.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// A [`UsageError`] with this message, for `?` in a function returning `anyhow`.
pub fn usage(message: impl std::fmt::Display) -> anyhow::Error {
    UsageError(message.to_string()).into()
}

/// The exit code of a failed run: [`Exit::Usage`] for a [`UsageError`], else
/// [`Exit::Failure`].
pub fn exit_of(error: &anyhow::Error) -> Exit {
    // A usage error is the error itself, one of its causes, or the context of one.
    if error.downcast_ref::<UsageError>().is_some()
        || error.chain().any(|cause| cause.is::<UsageError>())
    {
        Exit::Usage
    } else {
        Exit::Failure
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
