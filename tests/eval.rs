//! The mention evaluation (`make eval`) as a test: the annotated set must stay above a
//! floor, so a gazetteer or matcher change that loses mentions fails here.

use std::path::Path;

use newsgraph::eval::{evaluate, load_set, Score};
use newsgraph::gazetteer::Gazetteer;
use newsgraph::matcher::Matcher;

#[test]
fn mentions_precision_and_recall_floor() {
    let gazetteer = Gazetteer::builtin().unwrap();
    let matcher = Matcher::new(&gazetteer).unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/mentions");
    let docs = load_set(&dir, &gazetteer).expect("annotations load");
    assert!(docs.len() >= 5, "the sample corpus and the hard sentences");
    let results = evaluate(&docs, &gazetteer, &matcher);
    let mut total = Score::default();
    let mut mistakes = Vec::new();
    for r in &results {
        total.add(r.score);
        mistakes.extend(
            r.false_positives
                .iter()
                .map(|(l, t)| format!("false positive {}: {t:?} {l:?}", r.name)),
        );
        mistakes.extend(
            r.false_negatives
                .iter()
                .map(|(l, t)| format!("missed {}: {t:?} {l:?}", r.name)),
        );
    }
    assert!(
        total.precision() >= 0.98 && total.recall() >= 0.98,
        "precision {:.3}, recall {:.3}\n{}",
        total.precision(),
        total.recall(),
        mistakes.join("\n")
    );
}
