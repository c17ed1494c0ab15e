//! Scoring the matcher against hand-annotated documents (`make eval`).
//!
//! An annotated set is a folder of documents `NAME.txt`, each with `NAME.ann`: one
//! expected mention per line, `start<TAB>end<TAB>entity<TAB>text`, where `start` and
//! `end` are byte offsets in the document, `entity` the canonical name and `text`
//! the span as written (checked, so a shifted annotation is caught). `#` starts a
//! comment. A folder may also hold `NAME.marked` files, easier to write by hand: the
//! text with each expected mention marked `[[as written|Canonical Name]]` (lines
//! starting with `#` are comments). A predicted mention counts as correct when span
//! and entity both agree; ambiguous mentions predict nothing.

mod articles;
mod entities;
mod open;
mod suggested;

pub use entities::{load_entity_articles, score_entity_articles, EntityArticle, EntityReport};
pub use open::{load_open_articles, scan_open_articles, OpenArticle, OpenReport};
pub use suggested::{
    judge_top, load_judged, score_rows, score_suggestions, suggest_rows, Judged, Judgement,
    SuggestReport, TopJudged,
};

pub use articles::{
    load_met_articles, score_met_articles, ExpectedMeeting, MetArticle, MetArticlesReport,
};

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::gazetteer::Gazetteer;
use crate::pipeline::{Analyzer, Model};

/// One mention: byte span and canonical entity name.
pub type Labeled = (usize, usize, String);

/// An annotated document.
#[derive(Debug, Clone)]
pub struct AnnotatedDocument {
    /// The document's name (file stem).
    pub name: String,
    /// Its text.
    pub text: String,
    /// The expected mentions.
    pub expected: BTreeSet<Labeled>,
}

/// Why an annotated set could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    /// A file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// An annotation line is wrong.
    #[error("{}:{line}: {message}", path.display())]
    Invalid {
        /// The annotation file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Precision and recall counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    /// Predicted and expected.
    pub true_positives: usize,
    /// Predicted, not expected.
    pub false_positives: usize,
    /// Expected, not predicted.
    pub false_negatives: usize,
}

impl Score {
    /// Share of predictions that are right (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }
    /// Share of expected mentions found (1 when nothing was expected).
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Adds another score's counts.
    pub fn add(&mut self, other: Score) {
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
    }
}

/// The lines of an annotation file that hold data, with their numbers (from 1): blank
/// lines and `#` comments left out.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line))
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
}

/// The files of `dir` whose extension is `extension`, sorted by name.
fn files_with_extension(dir: &Path, extension: &str) -> Result<Vec<PathBuf>, EvalError> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|source| EvalError::Io {
            path: dir.to_path_buf(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    names.sort();
    Ok(names)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The result for one document: its score and the mistakes.
#[derive(Debug, Clone)]
pub struct DocumentResult {
    /// Document name.
    pub name: String,
    /// Counts.
    pub score: Score,
    /// Predicted but not expected, with the text.
    pub false_positives: Vec<(Labeled, String)>,
    /// Expected but not predicted, with the text.
    pub false_negatives: Vec<(Labeled, String)>,
}

/// Reads every `*.txt` with its `*.ann` in `dir`, sorted by name.
///
/// # Errors
/// Unreadable files, a document without annotations, or a bad annotation line.
pub fn load_set(dir: &Path, gazetteer: &Gazetteer) -> Result<Vec<AnnotatedDocument>, EvalError> {
    let io = |path: &Path, source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "marked"))
        .collect();
    paths.sort();
    let mut docs = Vec::new();
    for path in paths {
        if path.extension().is_some_and(|e| e == "marked") {
            let source = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
            docs.push(parse_marked(&path, &source, gazetteer)?);
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
        let ann_path = path.with_extension("ann");
        let ann = std::fs::read_to_string(&ann_path).map_err(|e| io(&ann_path, e))?;
        let mut expected = BTreeSet::new();
        for (number, line) in data_lines(&ann) {
            let invalid = |message: String| EvalError::Invalid {
                path: ann_path.clone(),
                line: number,
                message,
            };
            let fields: Vec<&str> = line.split('\t').collect();
            let [start, end, entity, written] = fields[..] else {
                return Err(invalid(format!(
                    "expected 4 tab-separated fields, found {}",
                    fields.len()
                )));
            };
            let start: usize = start
                .parse()
                .map_err(|_| invalid(format!("bad start {start:?}")))?;
            let end: usize = end
                .parse()
                .map_err(|_| invalid(format!("bad end {end:?}")))?;
            match text.get(start..end) {
                Some(actual) if actual == written => {}
                actual => {
                    return Err(invalid(format!(
                        "span {start}..{end} is {actual:?} in the document, not {written:?}"
                    )))
                }
            }
            if gazetteer.by_name(entity).is_none() {
                return Err(invalid(format!(
                    "{entity:?} is not an entity of the gazetteer"
                )));
            }
            expected.insert((start, end, entity.to_string()));
        }
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        docs.push(AnnotatedDocument {
            name,
            text,
            expected,
        });
    }
    Ok(docs)
}

/// Parses a `.marked` document: `[[as written|Canonical Name]]` marks a mention (a
/// mark may span a line break, as a name broken across lines does).
fn parse_marked(
    path: &Path,
    source: &str,
    gazetteer: &Gazetteer,
) -> Result<AnnotatedDocument, EvalError> {
    // The text without comment lines, and the source line each body line came from.
    let mut body = String::new();
    let mut lines = Vec::new();
    for (index, line) in source.split_inclusive('\n').enumerate() {
        if !line.starts_with('#') {
            body.push_str(line);
            lines.push(index + 1);
        }
    }
    let invalid = |at: usize, message: String| EvalError::Invalid {
        path: path.to_path_buf(),
        line: lines
            .get(body[..at].matches('\n').count())
            .copied()
            .unwrap_or(0),
        message,
    };
    let mut text = String::new();
    let mut expected = BTreeSet::new();
    let mut pos = 0;
    while let Some(open) = body[pos..].find("[[").map(|i| pos + i) {
        text.push_str(&body[pos..open]);
        let close = body[open..]
            .find("]]")
            .map(|i| open + i)
            .ok_or_else(|| invalid(open, "`[[` without `]]`".into()))?;
        let (written, entity) = body[open + 2..close]
            .split_once('|')
            .ok_or_else(|| invalid(open, "expected [[as written|Canonical Name]]".into()))?;
        if gazetteer.by_name(entity).is_none() {
            return Err(invalid(
                open,
                format!("{entity:?} is not an entity of the gazetteer"),
            ));
        }
        let start = text.len();
        text.push_str(written);
        expected.insert((start, text.len(), entity.to_string()));
        pos = close + 2;
    }
    text.push_str(&body[pos..]);
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(AnnotatedDocument {
        name,
        text,
        expected,
    })
}

/// Scores the matcher on each document.
pub fn evaluate(docs: &[AnnotatedDocument], model: &Model) -> Vec<DocumentResult> {
    let gazetteer = &model.gazetteer;
    let mut analyzer = Analyzer::new(model);
    docs.iter()
        .map(|doc| {
            analyzer.analyze(&doc.text);
            let predicted: BTreeSet<Labeled> = analyzer
                .mentions
                .resolved
                .iter()
                .map(|m| (m.start, m.end, gazetteer.entity(m.entity).name.clone()))
                .collect();
            let with_text = |l: &Labeled| (l.clone(), doc.text[l.0..l.1].to_string());
            let false_positives: Vec<_> =
                predicted.difference(&doc.expected).map(with_text).collect();
            let false_negatives: Vec<_> =
                doc.expected.difference(&predicted).map(with_text).collect();
            DocumentResult {
                name: doc.name.clone(),
                score: Score {
                    true_positives: predicted.intersection(&doc.expected).count(),
                    false_positives: false_positives.len(),
                    false_negatives: false_negatives.len(),
                },
                false_positives,
                false_negatives,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_formulas() {
        let s = Score {
            true_positives: 8,
            false_positives: 2,
            false_negatives: 4,
        };
        assert!((s.precision() - 0.8).abs() < 1e-12);
        assert!((s.recall() - 8.0 / 12.0).abs() < 1e-12);
        assert!((s.f1() - 2.0 * 0.8 * (8.0 / 12.0) / (0.8 + 8.0 / 12.0)).abs() < 1e-12);
        assert_eq!(Score::default().precision(), 1.0);
    }
}

/// One row of the met test set: a short document and the pairs that met in it.
#[derive(Debug, Clone)]
pub struct MetCase {
    /// Line in the file.
    pub line: usize,
    /// The text (`\n` in the file is a line break).
    pub text: String,
    /// Expected pairs, each sorted, canonical names.
    pub expected: BTreeSet<(String, String)>,
}

/// A met case scored.
#[derive(Debug, Clone)]
pub struct MetResult {
    /// The case.
    pub case: MetCase,
    /// The pairs newsgraph says met.
    pub predicted: BTreeSet<(String, String)>,
    /// Counts over pairs.
    pub score: Score,
}

fn sorted_pair(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_string(), b.to_string())
    } else {
        (b.to_string(), a.to_string())
    }
}

/// Reads a met test set: TSV with header `text<TAB>met<TAB>notes`; `met` lists pairs
/// `A + B` separated by `; `.
///
/// # Errors
/// Unreadable file, a bad row, or a name that is not in the gazetteer.
pub fn load_met_cases(path: &Path, gazetteer: &Gazetteer) -> Result<Vec<MetCase>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut cases = Vec::new();
    // The first line is the header.
    for (number, line) in data_lines(&text).filter(|&(number, _)| number > 1) {
        let invalid = |message: String| EvalError::Invalid {
            path: path.to_path_buf(),
            line: number,
            message,
        };
        let mut fields = line.split('\t');
        let body = fields.next().unwrap_or("").replace("\\n", "\n");
        let met = fields.next().unwrap_or("").trim();
        let mut expected = BTreeSet::new();
        for pair in met.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (a, b) = pair
                .split_once(" + ")
                .ok_or_else(|| invalid(format!("pair {pair:?} is not `A + B`")))?;
            for name in [a.trim(), b.trim()] {
                if gazetteer.by_name(name).is_none() {
                    return Err(invalid(format!(
                        "{name:?} is not an entity of the gazetteer"
                    )));
                }
            }
            expected.insert(sorted_pair(a.trim(), b.trim()));
        }
        cases.push(MetCase {
            line: number,
            text: body,
            expected,
        });
    }
    Ok(cases)
}

/// Scores the `met` relation on each case.
pub fn evaluate_met(cases: &[MetCase], model: &Model) -> Vec<MetResult> {
    let mut analyzer = Analyzer::new(model);
    let options = crate::pipeline::BuildOptions::default();
    cases
        .iter()
        .map(|case| {
            let meta = crate::relate::DocumentMeta {
                id: format!("line {}", case.line),
                ..Default::default()
            };
            let relations = analyzer.relate(&meta, &case.text, &options);
            let predicted: BTreeSet<(String, String)> = relations
                .pairs
                .iter()
                .filter(|p| p.met > 0)
                .map(|p| {
                    sorted_pair(
                        &model.gazetteer.entity(p.a).name,
                        &model.gazetteer.entity(p.b).name,
                    )
                })
                .collect();
            let score = Score {
                true_positives: predicted.intersection(&case.expected).count(),
                false_positives: predicted.difference(&case.expected).count(),
                false_negatives: case.expected.difference(&predicted).count(),
            };
            MetResult {
                case: case.clone(),
                predicted,
                score,
            }
        })
        .collect()
}
