//! `newsgraph gazetteer check`: validate a gazetteer folder or single file.

use std::io::Write;
use std::path::PathBuf;

use newsgraph::gazetteer::Severity;

use super::flags::GazetteerArgs;
use super::output::sanitize;
use super::Exit;

/// Gazetteer subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Report duplicate names, shared aliases, common-word aliases and empty aliases.
    /// Exits 1 on errors, 0 when there are only warnings.
    Check(CheckArgs),
}

/// Arguments of `gazetteer check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The gazetteer folder or single file (.tsv, .jsonl, .jsonl.gz), checked as added
    /// to the built-in entities (default: the built-in gazetteer alone).
    #[arg(value_name = "PATH")]
    pub dir: Option<PathBuf>,
    /// Check PATH alone, without the built-in entities.
    #[arg(long, requires = "dir")]
    pub no_builtin: bool,
    /// Print only the summary, not each warning.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Runs a gazetteer subcommand.
pub fn run(command: Command) -> anyhow::Result<Exit> {
    match command {
        Command::Check(args) => check(args),
    }
}

fn check(args: CheckArgs) -> anyhow::Result<Exit> {
    let model = GazetteerArgs {
        gazetteer: args.dir.clone(),
        no_builtin: args.no_builtin,
    }
    .load()?;
    let (gazetteer, matcher) = (&model.gazetteer, &model.matcher);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let diagnostics = gazetteer.diagnostics();
    if !args.quiet {
        for diagnostic in diagnostics {
            writeln!(out, "{}", sanitize(&diagnostic.to_string()))?;
        }
    }
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let counts: Vec<String> = gazetteer
        .counts()
        .iter()
        .map(|(kind, n)| format!("{n} {kind}"))
        .collect();
    let aliases: usize = gazetteer.entities().iter().map(|e| e.aliases.len()).sum();
    let extension = gazetteer
        .extension()
        .map(|(added, overridden)| {
            format!(" ({added} added to the built-in ones, {overridden} overridden)")
        })
        .unwrap_or_default();
    writeln!(
        out,
        "{}: {} entities{extension} ({}), {} names and aliases, {} patterns, {} meeting cues; {} errors, {} warnings",
        args.dir
            .as_ref()
            .map_or("built-in gazetteer".to_string(), |d| sanitize(
                &d.display().to_string()
            )
            .into_owned()),
        gazetteer.entities().len(),
        counts.join(", "),
        aliases,
        matcher.pattern_count(),
        model.cues.len(),
        errors,
        diagnostics.len() - errors
    )?;
    Ok(if errors > 0 {
        Exit::Failure
    } else {
        Exit::Success
    })
}
