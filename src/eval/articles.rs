//! Scoring `met` on whole annotated articles (`tests/eval/met/real/`).
//!
//! A set is a folder of real articles, each `NAME.txt` (the text as published) with
//! `NAME.met`: `# key: value` header lines (`source`, `url`, `date`, `title`), then one
//! tab-separated line per met pair per sentence:
//!
//! ```text
//! snippet <TAB> A + B <TAB> kind <TAB> planned [<TAB> note]
//! snippet <TAB> - <TAB> - <TAB> - [<TAB> note]
//! ```
//!
//! `snippet` is a verbatim piece of one sentence (it says which sentence), `A + B` the
//! two parties by canonical name, `kind` one of [`MeetingKind`]'s names and `planned`
//! `yes` or `no`. A `-` line marks a sentence with a meeting word that states no
//! meeting; it documents the trap, and any pair predicted there is a false positive.
//!
//! A pair is scored per sentence: predicted when a met evidence of the pair lies in
//! the sentence that holds the snippet (or, when the splitter cut the annotator's
//! sentence, any sentence the snippet overlaps). Parties the gazetteer does not know
//! cannot be found, so such pairs are counted apart and left out of the score.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::{EvalError, Score};
use crate::gazetteer::{EntityId, Gazetteer};
use crate::pipeline::{Analyzer, BuildOptions, Model};
use crate::relate::meeting::MeetingKind;
use crate::relate::DocumentMeta;
use crate::text::sentences;

/// One expected met pair of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedMeeting {
    /// Line in the `.met` file.
    pub line: usize,
    /// Byte span of the snippet in the text.
    pub snippet: std::ops::Range<usize>,
    /// The two parties, smaller id first.
    pub pair: (EntityId, EntityId),
    /// What kind of meeting.
    pub kind: MeetingKind,
    /// Announced, not yet held.
    pub planned: bool,
}

/// An annotated article.
#[derive(Debug, Clone)]
pub struct MetArticle {
    /// The file stem.
    pub name: String,
    /// The text.
    pub text: String,
    /// Id, date, title and URL from the header.
    pub meta: DocumentMeta,
    /// Pairs of gazetteer entities that met, per sentence.
    pub expected: Vec<ExpectedMeeting>,
    /// Annotated pairs with a party the gazetteer does not know.
    pub out_of_gazetteer: usize,
    /// Sentences marked as holding a meeting word but no meeting.
    pub traps: usize,
}

/// Reads every `NAME.met` with its `NAME.txt` in `dir`, sorted by name.
///
/// # Errors
/// A missing text, a malformed line, a snippet not in the text, an unknown kind.
pub fn load_met_articles(dir: &Path, gazetteer: &Gazetteer) -> Result<Vec<MetArticle>, EvalError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| EvalError::Io { path, source }
    };
    super::files_with_extension(dir, "met")?
        .iter()
        .map(|met_path| {
            let text_path = met_path.with_extension("txt");
            let text = std::fs::read_to_string(&text_path).map_err(io(&text_path))?;
            let annotations = std::fs::read_to_string(met_path).map_err(io(met_path))?;
            parse_article(met_path, text, &annotations, gazetteer)
        })
        .collect()
}

fn parse_article(
    path: &Path,
    text: String,
    annotations: &str,
    gazetteer: &Gazetteer,
) -> Result<MetArticle, EvalError> {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut meta = DocumentMeta {
        id: name.clone(),
        ..DocumentMeta::default()
    };
    let mut article = MetArticle {
        name,
        text: String::new(),
        meta: DocumentMeta::default(),
        expected: Vec::new(),
        out_of_gazetteer: 0,
        traps: 0,
    };
    for (index, line) in annotations.lines().enumerate() {
        let invalid = |message: String| EvalError::Invalid {
            path: path.to_path_buf(),
            line: index + 1,
            message,
        };
        if let Some(header) = line.strip_prefix('#') {
            if let Some((key, value)) = header.split_once(':') {
                let value = value.trim().to_string();
                match key.trim() {
                    "date" => meta.date = Some(value),
                    "title" => meta.title = Some(value),
                    "url" => meta.url = Some(value),
                    _ => {}
                }
            }
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 4 {
            return Err(invalid(format!(
                "expected snippet, pair, kind and planned separated by tabs, found {} field(s)",
                fields.len()
            )));
        }
        let snippet = fields[0];
        let Some(at) = text.find(snippet).filter(|_| !snippet.is_empty()) else {
            return Err(invalid(format!("snippet {snippet:?} is not in the text")));
        };
        if fields[1].trim() == "-" {
            article.traps += 1;
            continue;
        }
        let (a, b) = fields[1]
            .split_once(" + ")
            .ok_or_else(|| invalid(format!("pair {:?} is not `A + B`", fields[1])))?;
        let kind = MeetingKind::parse(fields[2].trim())
            .ok_or_else(|| invalid(format!("unknown meeting kind {:?}", fields[2])))?;
        let planned = match fields[3].trim() {
            "yes" => true,
            "no" => false,
            other => return Err(invalid(format!("planned must be yes or no, not {other:?}"))),
        };
        match (resolve(gazetteer, a), resolve(gazetteer, b)) {
            (Some(x), Some(y)) if x != y => article.expected.push(ExpectedMeeting {
                line: index + 1,
                snippet: at..at + snippet.len(),
                pair: (x.min(y), x.max(y)),
                kind,
                planned,
            }),
            (Some(_), Some(_)) => {}
            _ => article.out_of_gazetteer += 1,
        }
    }
    article.text = text;
    article.meta = meta;
    Ok(article)
}

/// The entity a canonical name (or, failing that, a unique alias) names.
fn resolve(gazetteer: &Gazetteer, name: &str) -> Option<EntityId> {
    let name = name.trim();
    gazetteer
        .by_name(name)
        .or_else(|| match gazetteer.lookup(name)[..] {
            [only] => Some(only),
            _ => None,
        })
}

/// Two entities, smaller id first, and the index of a sentence.
type PairInSentence = ((EntityId, EntityId), usize);

/// The score of a set of articles.
#[derive(Debug, Clone, Default)]
pub struct MetArticlesReport {
    /// Articles read.
    pub articles: usize,
    /// Sentences of all articles.
    pub sentences: usize,
    /// Pairs per sentence, all kinds.
    pub total: Score,
    /// Recall per expected kind and precision per predicted kind: `true_positives`
    /// and `false_negatives` count expected pairs of the kind, `false_positives`
    /// predicted pairs of the kind that are wrong.
    pub by_kind: BTreeMap<MeetingKind, Score>,
    /// Found pairs whose predicted kind is the annotated one.
    pub kind_right: usize,
    /// Found pairs whose planned flag is the annotated one.
    pub planned_right: usize,
    /// Pairs per document (whatever the sentence).
    pub documents: Score,
    /// Annotated pairs left out: a party is not in the gazetteer.
    pub out_of_gazetteer: usize,
    /// Missed pairs with a party not named in its sentence (a pronoun, a title, a
    /// name the matcher does not know): the share of misses that party finding
    /// cannot reach.
    pub missed_unnamed: usize,
    /// Of those, the pairs with a party named nowhere in the document ("his
    /// Ukrainian counterpart" alone): only knowing who held an office when reaches them.
    pub missed_absent: usize,
    /// Sentences annotated as traps (a meeting word, no meeting).
    pub traps: usize,
    /// Every mistake, one line each.
    pub mistakes: Vec<String>,
}

/// Scores `met` on `articles`: pairs per sentence, per kind, and per document.
pub fn score_met_articles(articles: &[MetArticle], model: &Model) -> MetArticlesReport {
    let mut analyzer = Analyzer::new(model);
    let options = BuildOptions {
        evidence_limit: usize::MAX / 4,
        ..BuildOptions::default()
    };
    let gazetteer = &model.gazetteer;
    let name = |id: EntityId| gazetteer.entity(id).name.as_str();
    let mut report = MetArticlesReport {
        articles: articles.len(),
        ..MetArticlesReport::default()
    };
    for article in articles {
        let text = &article.text;
        let spans: Vec<std::ops::Range<usize>> = sentences(text).collect();
        report.sentences += spans.len();
        report.out_of_gazetteer += article.out_of_gazetteer;
        report.traps += article.traps;
        let sentence_of = |offset: usize| spans.partition_point(|s| s.end <= offset);
        let relations = analyzer.relate(&article.meta, text, &options);
        // Predicted: (pair, sentence) -> (kind, planned, cue).
        let mut predicted: BTreeMap<PairInSentence, (MeetingKind, bool, String)> = BTreeMap::new();
        for pair in relations.pairs.iter().filter(|p| p.met > 0) {
            for evidence in &pair.evidence {
                if let Some(met) = &evidence.met {
                    predicted
                        .entry(((pair.a, pair.b), sentence_of(evidence.start)))
                        .or_insert((met.kind, met.planned, met.cue.to_string()));
                }
            }
        }
        let mut matched: BTreeSet<PairInSentence> = BTreeSet::new();
        let mut seen: BTreeSet<PairInSentence> = BTreeSet::new();
        for expected in &article.expected {
            let first = sentence_of(expected.snippet.start);
            let last = sentence_of(expected.snippet.end.saturating_sub(1)).max(first);
            if !seen.insert((expected.pair, first)) {
                continue;
            }
            let hit = (first..=last).find(|s| predicted.contains_key(&(expected.pair, *s)));
            let kind_score = report.by_kind.entry(expected.kind).or_default();
            match hit {
                Some(sentence) => {
                    matched.insert((expected.pair, sentence));
                    report.total.true_positives += 1;
                    kind_score.true_positives += 1;
                    let (kind, planned, cue) = &predicted[&(expected.pair, sentence)];
                    report.kind_right += usize::from(*kind == expected.kind);
                    report.planned_right += usize::from(*planned == expected.planned);
                    if *kind != expected.kind || *planned != expected.planned {
                        report.mistakes.push(format!(
                            "  kind/planned  {}:{} {} + {}: {}{} via {cue:?}, annotated {}{}",
                            article.name,
                            expected.line,
                            name(expected.pair.0),
                            name(expected.pair.1),
                            kind.as_str(),
                            if *planned { " (planned)" } else { "" },
                            expected.kind.as_str(),
                            if expected.planned { " (planned)" } else { "" },
                        ));
                    }
                }
                None => {
                    report.total.false_negatives += 1;
                    kind_score.false_negatives += 1;
                    let region = spans.get(first).map_or(0, |s| s.start)
                        ..spans.get(last).map_or(text.len(), |s| s.end);
                    let named = |e: EntityId| {
                        analyzer.mentions.resolved.iter().any(|m| {
                            m.entity == e && m.start >= region.start && m.end <= region.end
                        })
                    };
                    let unnamed = !named(expected.pair.0) || !named(expected.pair.1);
                    report.missed_unnamed += usize::from(unnamed);
                    let in_document =
                        |e: EntityId| analyzer.mentions.resolved.iter().any(|m| m.entity == e);
                    report.missed_absent +=
                        usize::from(!in_document(expected.pair.0) || !in_document(expected.pair.1));
                    report.mistakes.push(format!(
                        "  missed{}{}:{} {} + {} ({}) in {:?}",
                        if unnamed { " (unnamed) " } else { "        " },
                        article.name,
                        expected.line,
                        name(expected.pair.0),
                        name(expected.pair.1),
                        expected.kind.as_str(),
                        &text[spans.get(first).cloned().unwrap_or(0..0)],
                    ));
                }
            }
        }
        for (key, (kind, _, cue)) in &predicted {
            if matched.contains(key) {
                continue;
            }
            report.total.false_positives += 1;
            report.by_kind.entry(*kind).or_default().false_positives += 1;
            let ((a, b), sentence) = *key;
            report.mistakes.push(format!(
                "  wrong         {} {} + {} via {cue:?} in {:?}",
                article.name,
                name(a),
                name(b),
                &text[spans.get(sentence).cloned().unwrap_or(0..0)],
            ));
        }
        let expected_pairs: BTreeSet<(EntityId, EntityId)> =
            article.expected.iter().map(|e| e.pair).collect();
        let predicted_pairs: BTreeSet<(EntityId, EntityId)> =
            predicted.keys().map(|(pair, _)| *pair).collect();
        report.documents.add(Score {
            true_positives: expected_pairs.intersection(&predicted_pairs).count(),
            false_positives: predicted_pairs.difference(&expected_pairs).count(),
            false_negatives: expected_pairs.difference(&predicted_pairs).count(),
        });
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_is_scored_per_sentence() {
        let model = Model::builtin().unwrap();
        let text = "Blinken met Netanyahu in Jerusalem. Erdogan spoke with Putin by phone. \
                    Egypt hopes to meet the deadline."
            .to_string();
        let annotations = "# date: 2024-05-01\n\
            Blinken met Netanyahu in Jerusalem\tAntony Blinken + Benjamin Netanyahu\tmeeting\tno\n\
            Erdogan spoke with Putin\tRecep Tayyip Erdogan + Vladimir Putin\tphone\tno\n\
            Egypt hopes to meet\t-\t-\t-\tidiom\n\
            Egypt hopes to meet\tUnknown Person + Vladimir Putin\tmeeting\tno\n";
        let article =
            parse_article(Path::new("a.met"), text, annotations, &model.gazetteer).unwrap();
        assert_eq!(article.expected.len(), 2);
        assert_eq!((article.traps, article.out_of_gazetteer), (1, 1));
        assert_eq!(article.meta.date.as_deref(), Some("2024-05-01"));
        let report = score_met_articles(&[article], &model);
        assert_eq!(report.total.true_positives, 2, "{:#?}", report.mistakes);
        assert_eq!(report.total.false_positives, 0, "{:#?}", report.mistakes);
        assert_eq!(report.sentences, 3);
    }

    #[test]
    fn bad_lines_name_the_line() {
        let model = Model::builtin().unwrap();
        for (annotations, needle) in [
            ("not there\tA + B\tmeeting\tno\n", "not in the text"),
            (
                "Blinken met\tAntony Blinken + Benjamin Netanyahu\tlunch\tno\n",
                "kind",
            ),
            ("Blinken met\tAntony Blinken\tmeeting\tno\n", "A + B"),
            (
                "Blinken met\tAntony Blinken + Benjamin Netanyahu\tmeeting\tmaybe\n",
                "planned",
            ),
            ("Blinken met\n", "field"),
        ] {
            let err = parse_article(
                Path::new("x.met"),
                "Blinken met Netanyahu.".into(),
                &format!("# url: u\n{annotations}"),
                &model.gazetteer,
            )
            .unwrap_err()
            .to_string();
            assert!(err.contains("x.met:2") && err.contains(needle), "{err}");
        }
    }
}
