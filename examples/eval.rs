//! `make eval`: precision and recall of entity mentions on the annotated set.
//!
//! Usage: `cargo run --release --example eval -- [DIR]` (default `tests/eval`).
//! Prints a line per document, the total, and every mistake.

use std::path::PathBuf;
use std::process::ExitCode;

use newsgraph::eval::{evaluate, load_set, Score};
use newsgraph::gazetteer::Gazetteer;
use newsgraph::matcher::Matcher;

fn main() -> ExitCode {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "tests/eval".into()),
    );
    let mentions_dir = dir.join("mentions");
    let result = (|| -> anyhow::Result<()> {
        let gazetteer = Gazetteer::builtin()?;
        let matcher = Matcher::new(&gazetteer)?;
        let docs = load_set(&mentions_dir, &gazetteer)?;
        let results = evaluate(&docs, &gazetteer, &matcher);
        println!("Entity mentions ({}):", mentions_dir.display());
        println!(
            "{:<28} {:>5} {:>5} {:>5} {:>9} {:>7} {:>6}",
            "document", "tp", "fp", "fn", "precision", "recall", "f1"
        );
        let mut total = Score::default();
        for r in &results {
            let s = r.score;
            total.add(s);
            println!(
                "{:<28} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>6.3}",
                r.name,
                s.true_positives,
                s.false_positives,
                s.false_negatives,
                s.precision(),
                s.recall(),
                s.f1()
            );
        }
        println!(
            "{:<28} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>6.3}",
            "TOTAL",
            total.true_positives,
            total.false_positives,
            total.false_negatives,
            total.precision(),
            total.recall(),
            total.f1()
        );
        for r in &results {
            for ((s, e, entity), text) in &r.false_positives {
                println!("  false positive  {}:{s}-{e} {text:?} as {entity}", r.name);
            }
            for ((s, e, entity), text) in &r.false_negatives {
                println!("  missed          {}:{s}-{e} {text:?} ({entity})", r.name);
            }
        }
        Ok(())
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
