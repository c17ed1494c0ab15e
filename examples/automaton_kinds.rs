//! Compares the automaton kinds the matcher can walk: build time, memory and matching
//! throughput (folding excluded) over a corpus, for one gazetteer.
//!
//! ```sh
//! cargo run --release --example automaton_kinds -- CORPUS.jsonl [--gazetteer DIR] [--runs 3]
//! ```
//!
//! Prints one line per kind; the numbers behind `gazetteer/README.md` ("Speed and size").

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use newsgraph::gazetteer::Gazetteer;
use newsgraph::input::{collect_sources, DocumentReader};
use newsgraph::matcher::{AutomatonKind, DocumentMentions, Matcher};
use newsgraph::text::FoldedText;

fn main() -> anyhow::Result<()> {
    let mut corpus = None;
    let mut dir: Option<PathBuf> = None;
    let mut runs = 3;
    let mut kinds = vec![
        AutomatonKind::Dfa,
        AutomatonKind::ContiguousNfa,
        AutomatonKind::NoncontiguousNfa,
        AutomatonKind::Trie,
    ];
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--gazetteer" => dir = Some(args.next().context("--gazetteer DIR")?.into()),
            "--runs" => runs = args.next().context("--runs N")?.parse()?,
            "--kinds" => {
                kinds = args
                    .next()
                    .context("--kinds dfa,contiguous,noncontiguous,trie")?
                    .split(',')
                    .map(|k| AutomatonKind::parse(k).with_context(|| format!("kind {k}")))
                    .collect::<anyhow::Result<_>>()?
            }
            _ => corpus = Some(PathBuf::from(arg)),
        }
    }
    let corpus = corpus.context("usage: automaton_kinds CORPUS [--gazetteer DIR] [--runs N]")?;

    let started = Instant::now();
    let gazetteer = match &dir {
        Some(dir) => Gazetteer::load_dir(dir)?,
        None => Gazetteer::builtin()?,
    };
    let load = started.elapsed().as_secs_f64();

    let sources = collect_sources(&[corpus])?;
    let texts: Vec<String> = DocumentReader::new(sources, None)
        .filter_map(Result::ok)
        .map(|d| d.text)
        .collect();
    let folded: Vec<FoldedText> = texts.iter().map(|t| FoldedText::new(t)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "{}: {} entities loaded in {load:.3} s; corpus {} documents, {:.1} MB of text",
        dir.as_ref()
            .map_or("built-in".into(), |d| d.display().to_string()),
        gazetteer.entities().len(),
        texts.len(),
        bytes as f64 / 1e6
    );

    for kind in kinds {
        let started = Instant::now();
        let matcher = Matcher::with_kind(&gazetteer, Some(kind))?;
        let build = started.elapsed().as_secs_f64();
        let mut seconds = Vec::new();
        let mut mentions = 0;
        let mut doc = DocumentMentions::default();
        for _ in 0..runs {
            mentions = 0;
            let started = Instant::now();
            for (text, folded) in texts.iter().zip(&folded) {
                doc.clear();
                matcher.find_into(text, folded, &mut doc);
                mentions += doc.mentions.len();
            }
            seconds.push(started.elapsed().as_secs_f64());
        }
        seconds.sort_by(f64::total_cmp);
        let median = seconds[seconds.len() / 2];
        println!(
            "{:<14} {} patterns, build {build:.3} s, memory {:.1} MB, matching {:.1} MB/s ({mentions} mentions)",
            kind.as_str(),
            matcher.pattern_count(),
            matcher.automaton_memory_usage() as f64 / 1e6,
            bytes as f64 / 1e6 / median,
        );
    }
    Ok(())
}
