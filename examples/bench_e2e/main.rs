//! End-to-end benchmark driver (`make bench`). See `bench/README.md`.
mod corpus;
mod floor;
mod gazetteer;

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use newsgraph::pipeline::Model;

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a synthetic JSON Lines corpus of about BYTES bytes.
    Corpus {
        /// Size, e.g. 10M, 1G.
        #[arg(long)]
        bytes: String,
        /// Output file.
        #[arg(long)]
        out: PathBuf,
    },
    /// The floor: a plain aho-corasick count of the aliases over the corpus.
    Floor {
        /// JSON Lines corpus.
        corpus: PathBuf,
        /// Automaton kind: nfa, contiguous, dfa (default: the crate's choice).
        #[arg(long)]
        kind: Option<String>,
    },
    /// Write a synthetic gazetteer folder of about N entities (built-in ones included).
    Gazetteer {
        /// Number of entities, e.g. 200000.
        #[arg(long)]
        entities: usize,
        /// Output folder.
        #[arg(long)]
        out: PathBuf,
    },
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Corpus { bytes, out } => {
            let model = Model::builtin()?;
            corpus::generate(&model, "corpus".as_ref(), parse_size(&bytes)?, &out)
        }
        Command::Floor { corpus, kind } => {
            let kind = match kind.as_deref() {
                None => None,
                Some("nfa") => Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA),
                Some("contiguous") => Some(aho_corasick::AhoCorasickKind::ContiguousNFA),
                Some("dfa") => Some(aho_corasick::AhoCorasickKind::DFA),
                Some(other) => anyhow::bail!("unknown kind {other}"),
            };
            let gazetteer = newsgraph::gazetteer::Gazetteer::builtin()?;
            let started = std::time::Instant::now();
            let (bytes, matches) = floor::count(&gazetteer, &corpus, kind)?;
            let seconds = started.elapsed().as_secs_f64();
            println!("{{\"bytes\": {bytes}, \"matches\": {matches}, \"seconds\": {seconds:.3}}}");
            Ok(())
        }
        Command::Gazetteer { entities, out } => gazetteer::generate(entities, &out),
    }
}

/// "10M" -> 10_000_000.
fn parse_size(s: &str) -> anyhow::Result<u64> {
    let (digits, unit) = s.split_at(s.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len());
    let n: u64 = digits.parse()?;
    let unit = match unit.to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" => 1_000,
        "M" | "MB" => 1_000_000,
        "G" | "GB" => 1_000_000_000,
        other => anyhow::bail!("unknown size unit {other:?}"),
    };
    Ok(n * unit)
}
