//! `make eval`: precision and recall of entity mentions and of `met` pairs on the
//! annotated sets.
//!
//! Usage: `cargo run --release --example eval -- [DIR]` (default `tests/eval`, holding
//! `mentions/` and `met/sentences.tsv`). Prints a line per document, the totals, and
//! every mistake; on the open text of `open/`, names inside names per 1,000 matches.
//! On both real-news sets, how many of `suggest`'s first 50 rows are real entities and
//! typed right, by the hand judgements of `suggest/judged.tsv` (rows not judged yet
//! are counted as such).

use std::path::PathBuf;
use std::process::ExitCode;

use newsgraph::eval::{
    evaluate, evaluate_met, judge_top, load_entity_articles, load_judged, load_met_articles,
    load_met_cases, load_open_articles, load_set, scan_open_articles, score_entity_articles,
    score_met_articles, score_rows, suggest_rows, Judged, Score, TopJudged,
};
use newsgraph::pipeline::Model;

fn row(name: &str, s: Score) {
    println!(
        "{:<28} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>6.3}",
        name,
        s.true_positives,
        s.false_positives,
        s.false_negatives,
        s.precision(),
        s.recall(),
        s.f1()
    );
}

/// How many of `suggest`'s first rows are judged by hand (`suggest/judged.tsv`).
const JUDGED_TOP: usize = 50;

fn top_line(top: &TopJudged) {
    println!(
        "suggest top {JUDGED_TOP}: {} real entities, {} typed right (of {} rows; {} other names, {} no names, {} unjudged)",
        top.real, top.typed_right, top.rows, top.other, top.no_name, top.unjudged
    );
}

fn header() {
    println!(
        "{:<28} {:>5} {:>5} {:>5} {:>9} {:>7} {:>6}",
        "", "tp", "fp", "fn", "precision", "recall", "f1"
    );
}

fn main() -> ExitCode {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "tests/eval".into()),
    );
    let result = (|| -> anyhow::Result<()> {
        let model = Model::builtin()?;
        // Names `suggest` proposed, judged by hand (real entity and type), if any.
        let judged_path = dir.join("suggest").join("judged.tsv");
        let judged = if judged_path.exists() {
            load_judged(&judged_path)?
        } else {
            Judged::new()
        };
        let mentions_dir = dir.join("mentions");
        let docs = load_set(&mentions_dir, &model.gazetteer)?;
        let results = evaluate(&docs, &model);
        println!("Entity mentions ({}):", mentions_dir.display());
        header();
        let mut total = Score::default();
        for r in &results {
            total.add(r.score);
            row(&r.name, r.score);
        }
        row("TOTAL", total);
        for r in &results {
            for ((s, e, entity), text) in &r.false_positives {
                println!("  false positive  {}:{s}-{e} {text:?} as {entity}", r.name);
            }
            for ((s, e, entity), text) in &r.false_negatives {
                println!("  missed          {}:{s}-{e} {text:?} ({entity})", r.name);
            }
        }

        for file in ["sentences.tsv", "heldout.tsv"] {
            let met_path = dir.join("met").join(file);
            if !met_path.exists() {
                continue;
            }
            let cases = load_met_cases(&met_path, &model.gazetteer)?;
            let results = evaluate_met(&cases, &model);
            let mut total = Score::default();
            let mut exact = 0;
            for r in &results {
                total.add(r.score);
                exact += usize::from(r.predicted == r.case.expected);
            }
            println!();
            println!(
                "Met pairs ({}, {} sentences, {} exactly right):",
                met_path.display(),
                results.len(),
                exact
            );
            header();
            row("TOTAL", total);
            for r in results.iter().filter(|r| r.predicted != r.case.expected) {
                let text: String = r.case.text.chars().take(110).collect();
                println!("  line {}: {text:?}", r.case.line);
                for (a, b) in r.predicted.difference(&r.case.expected) {
                    println!("      false positive  {a} + {b}");
                }
                for (a, b) in r.case.expected.difference(&r.predicted) {
                    println!("      missed          {a} + {b}");
                }
            }
        }

        // Real news: public-domain articles annotated for met pairs, per sentence.
        // `EVAL_MISTAKES=heldout` lists the held-out half's mistakes too; by default
        // only the development half's are printed, so nobody tunes on the other.
        let show = std::env::var("EVAL_MISTAKES").unwrap_or_default();
        let halves = std::env::var("EVAL_HALVES").unwrap_or_else(|_| "dev,heldout".into());
        // The halves asked for that exist, each with its folder.
        let real_halves: Vec<(&str, std::path::PathBuf)> = ["dev", "heldout"]
            .into_iter()
            .filter(|h| halves.split(',').any(|x| x == *h))
            .map(|half| (half, dir.join("met/real").join(half)))
            .filter(|(_, dir)| dir.exists())
            .collect();
        for (half, dir) in &real_halves {
            let half = *half;
            let articles = load_met_articles(dir, &model.gazetteer)?;
            let report = score_met_articles(&articles, &model);
            println!();
            println!(
                "Met pairs on real news ({}: {} articles, {} sentences, {} traps, {} pairs with a party outside the gazetteer left out):",
                dir.display(),
                report.articles,
                report.sentences,
                report.traps,
                report.out_of_gazetteer
            );
            header();
            row("per sentence", report.total);
            row("per document", report.documents);
            for (kind, score) in &report.by_kind {
                row(&format!("  {kind}"), *score);
            }
            let found = report.total.true_positives.max(1);
            println!(
                "kind right on {:.3} of found pairs, planned right on {:.3}; {} of {} misses have a party not named in the sentence (pronoun, title, unknown name), {} not in the document",
                report.kind_right as f64 / found as f64,
                report.planned_right as f64 / found as f64,
                report.missed_unnamed,
                report.total.false_negatives,
                report.missed_absent
            );
            if half == "dev" || show == "heldout" {
                for line in &report.mistakes {
                    println!("{line}");
                }
            }
        }

        // Entities on the same real news (`NAME.ents`): which people, organisations and
        // countries each article names, per document; surnames; names inside names.
        for (half, dir) in &real_halves {
            let half = *half;
            let articles = load_entity_articles(dir, &model.gazetteer)?;
            let report = score_entity_articles(&articles, &model);
            println!();
            println!(
                "Entities on real news ({}: {} articles, {} expected names outside the gazetteer):",
                dir.display(),
                report.articles,
                report.outside.len()
            );
            header();
            row("people and orgs per document", report.people_and_orgs);
            row("countries per document", report.countries);
            println!(
                "surname-only mentions of people matched in full: {} of {} matched ({:.3}); names inside longer names: {} in {} matches ({:.1} per 1,000)",
                report.surname_matched,
                report.surname_occurrences,
                report.surname_share(),
                report.inside_names,
                report.mentions,
                report.inside_per_thousand()
            );
            if half == "dev" || show == "heldout" {
                for line in &report.mistakes {
                    println!("{line}");
                }
            }
            let rows = suggest_rows(
                articles
                    .iter()
                    .map(|a| (a.text.as_str(), a.date.as_deref())),
                &model,
                100,
            );
            let suggested = score_rows(&articles, &rows);
            println!(
                "suggest over the half: {} of {} people and orgs outside the gazetteer proposed in its first {} rows ({:.2})",
                suggested.proposed,
                suggested.missing,
                suggested.rows,
                suggested.share()
            );
            let top = judge_top(&rows, &judged, JUDGED_TOP);
            top_line(&top);
            if half == "dev" || show == "heldout" {
                for line in suggested.items.iter().chain(&top.items) {
                    println!("{line}");
                }
            }
        }

        // Open text (`open/`): real articles nobody annotated, where only names inside
        // names (and people named by one word, read by hand) are counted. The tuning
        // half is listed; the held-out half only with `EVAL_MISTAKES=heldout`.
        for half in ["dev", "heldout"] {
            let open_dir = dir.join("open").join(half);
            if !open_dir.exists() || !halves.split(',').any(|x| x == half) {
                continue;
            }
            let articles = load_open_articles(&open_dir)?;
            let report = scan_open_articles(&articles, &model);
            println!();
            println!(
                "Open text ({}: {} articles): names inside longer names: {} in {} matches ({:.1} per 1,000); people named by one word: {}",
                open_dir.display(),
                report.articles,
                report.inside_names.len(),
                report.mentions,
                report.inside_per_thousand(),
                report.one_word_people.len()
            );
            let rows = suggest_rows(
                articles.iter().map(|a| (a.text.as_str(), None)),
                &model,
                JUDGED_TOP,
            );
            let top = judge_top(&rows, &judged, JUDGED_TOP);
            top_line(&top);
            if half == "dev" || show == "heldout" {
                for line in report
                    .inside_names
                    .iter()
                    .chain(&report.one_word_people)
                    .chain(&top.items)
                {
                    println!("{line}");
                }
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
