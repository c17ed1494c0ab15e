//! `newsgraph mentions`: every mention found in the input.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;
use newsgraph::input::{collect_inputs, DocumentReader};
use newsgraph::matcher::AnyMention;
use newsgraph::pipeline::{skipped_message, Analyzer};
use serde::Serialize;

use super::flags::{GazetteerArgs, ReadArgs};
use super::output::sanitize;
use super::Exit;

/// How to print mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// Aligned columns for people.
    Table,
}

/// List every mention, to check a gazetteer against a corpus.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, folders (every .txt and .jsonl file below, plain or .gz, sorted) or - for
    /// standard input.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
    /// Which gazetteer (default: the built-in one).
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// How documents are read.
    #[command(flatten)]
    pub read: ReadArgs,
}

/// One line of output.
#[derive(Debug, Serialize)]
struct MentionRecord<'a> {
    document: &'a str,
    /// Canonical name; `null` when ambiguous.
    entity: Option<&'a str>,
    #[serde(rename = "type")]
    kind: Option<&'a str>,
    text: &'a str,
    start: usize,
    end: usize,
    sentence: u32,
    flags: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    candidates: Vec<&'a str>,
}

/// Runs `mentions`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let model = args.gazetteer.load()?;
    let gazetteer = &model.gazetteer;
    let inputs = collect_inputs(&args.inputs)?;
    let sources = inputs.sources;
    let mut exit = Exit::Success;
    for problem in &inputs.problems {
        say!("newsgraph: warning: {}", sanitize(&problem.message));
        exit = Exit::Partial;
    }
    let mut analyzer = Analyzer::new(&model);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.format == Format::Table {
        writeln!(
            out,
            "{:<24} {:>4} {:>13}  {:<30} {:<12} {:<24} FLAGS",
            "DOCUMENT", "SENT", "SPAN", "ENTITY", "TYPE", "TEXT"
        )?;
    }
    for document in
        DocumentReader::new(sources, None).max_document_size(args.read.max_document_size)
    {
        let document = match document {
            Ok(document) => document,
            Err(problem) => {
                say!("newsgraph: warning: {}", sanitize(&problem.message));
                exit = Exit::Partial;
                continue;
            }
        };
        for warning in &document.warnings {
            say!("newsgraph: warning: {}", sanitize(warning));
            exit = Exit::Partial;
        }
        let text = document.text.as_str();
        let date = document.meta.date.as_deref();
        if let Err(why) = analyzer.isolated(|analyzer| analyzer.analyze_dated(text, date)) {
            say!(
                "newsgraph: warning: {}",
                sanitize(&skipped_message(&document.meta.id, &why))
            );
            exit = Exit::Partial;
            continue;
        }
        let doc = &analyzer.mentions;
        for mention in doc.in_text_order() {
            let (entity, candidates) = match mention {
                AnyMention::Resolved(m) => (Some(gazetteer.entity(m.entity)), Vec::new()),
                AnyMention::Ambiguous(m) => {
                    let candidates = doc.candidates_of(m).iter();
                    (
                        None,
                        candidates
                            .map(|id| gazetteer.entity(*id).name.as_str())
                            .collect(),
                    )
                }
            };
            let mut flags = Vec::new();
            if mention.glued() {
                flags.push("glued");
            }
            if entity.is_none() {
                flags.push("ambiguous");
            }
            if mention.demonym() {
                flags.push("demonym");
            }
            let span = mention.span();
            let record = MentionRecord {
                document: &document.meta.id,
                entity: entity.map(|e| e.name.as_str()),
                kind: entity.map(|e| e.kind.as_str()),
                text: &text[span.clone()],
                start: span.start,
                end: span.end,
                sentence: mention.sentence(),
                flags,
                candidates,
            };
            match args.format {
                Format::Jsonl => {
                    serde_json::to_writer(&mut out, &record)?;
                    writeln!(out)?;
                }
                Format::Table => writeln!(
                    out,
                    "{:<24} {:>4} {:>13}  {:<30} {:<12} {:<24} {}",
                    sanitize(record.document),
                    record.sentence,
                    format!("{}-{}", record.start, record.end),
                    sanitize(record.entity.unwrap_or("?")),
                    record.kind.unwrap_or("-"),
                    sanitize(record.text),
                    if record.candidates.is_empty() {
                        record.flags.join(",")
                    } else {
                        format!(
                            "{} ({})",
                            record.flags.join(","),
                            record.candidates.join(" | ")
                        )
                    }
                )?,
            }
        }
    }
    out.flush()?;
    Ok(exit)
}
