//! `newsgraph suggest`: who is missing from the gazetteer.
//!
//! Reads the input as `build` does and prints the proper names the gazetteer does not
//! know ([`newsgraph::suggest`]) as a single-file gazetteer (`.tsv` with a `type`
//! column) that `--gazetteer` reads as it is: review it, delete the wrong rows, and
//! build with it.

use std::io::Write;
use std::path::PathBuf;

use newsgraph::input::{collect_sources, DocumentReader};
use newsgraph::pipeline::{skipped_message, Analyzer};
use newsgraph::suggest::Suggester;

use super::flags::GazetteerArgs;
use super::output::{is_unsafe, sanitize};
use super::Exit;

/// Propose gazetteer rows for the proper names the gazetteer does not know.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, folders (every .txt and .jsonl file below, plain or .gz, sorted) or - for
    /// standard input.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
    /// Which gazetteer (default: the built-in one).
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    /// How many candidates to print, best first.
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub limit: usize,
}

/// Runs `suggest`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let model = args.gazetteer.load()?;
    let gazetteer = &model.gazetteer;
    let sources = collect_sources(&args.inputs)?;
    let mut analyzer = Analyzer::new(&model);
    let mut suggester = Suggester::new();
    let mut exit = Exit::Success;
    for document in DocumentReader::new(sources, None) {
        let document = match document {
            Ok(document) => document,
            Err(problem) => {
                say!("newsgraph: warning: {}", sanitize(&problem.message));
                exit = Exit::Partial;
                continue;
            }
        };
        let text = document.text.as_str();
        // A bug costs this document only (what it added before it stays).
        let added = analyzer.isolated(|analyzer| {
            analyzer.analyze(text);
            suggester.add_document(analyzer, text, gazetteer);
        });
        if let Err(why) = added {
            say!(
                "newsgraph: warning: {}",
                sanitize(&skipped_message(&document.meta.id, &why))
            );
            exit = Exit::Partial;
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    writeln!(
        out,
        "# newsgraph suggest: proper names the gazetteer does not know, best first."
    )?;
    writeln!(out, "# Review the rows (delete wrong ones, fix types), then: newsgraph build INPUT --gazetteer THIS.tsv")?;
    writeln!(out, "name\taliases\ttype\taffiliation\trole\tnotes")?;
    for s in suggester.ranked(args.limit, gazetteer) {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}",
            field(&s.name),
            field(s.alias.as_deref().unwrap_or("")),
            s.kind,
            field(s.affiliation.as_deref().unwrap_or("")),
            field(s.role.as_deref().unwrap_or("")),
            field(&format!(
                "suggested: {} documents, {} mentions; e.g. {}",
                s.documents,
                s.mentions,
                shorten(&s.example, 200)
            )),
        )?;
    }
    out.flush()?;
    Ok(exit)
}

/// A TSV field: tabs, line breaks and control characters become spaces, and the other
/// characters a terminal must not see raw (bidi overrides, zero-width and tag
/// characters: [`is_unsafe`]) are dropped, as no name needs them; `|` (the alias
/// separator) is kept only in notes, where it means nothing.
fn field(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            c if c.is_control() => Some(' '),
            c if is_unsafe(c) => None,
            c => Some(c),
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first `max` characters of `s`, with "…" when cut.
fn shorten(s: &str, max: usize) -> String {
    let s = s.trim();
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_one_line() {
        assert_eq!(field("a\tb\nc  d"), "a b c d");
        assert_eq!(field("a|b\u{202E}c"), "a|bc");
        assert_eq!(shorten("abcdef", 3), "abc…");
        assert_eq!(shorten("abc", 3), "abc");
    }
}
