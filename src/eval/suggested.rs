//! How many of the names the annotators found missing `newsgraph suggest` proposes.
//!
//! Each article's `.ents` lists, besides the gazetteer entities it names, the people
//! and organisations a reader expects that the gazetteer lacks (`outside-person`,
//! `outside-org`). [`score_suggestions`] runs the [`Suggester`] over the articles'
//! texts, as `newsgraph suggest` does over a folder, and counts the distinct missing
//! names found among its first `limit` rows: a row proposes a name when the folded words
//! of the name or of the row's alias are the same, or when the row holds the name's
//! words in order and the name has two words or more ("Erlan Idrissov" in "Ambassador
//! Erlan Idrissov").
//!
//! How many of its first rows are real entities is read from a file of rows judged by
//! hand ([`load_judged`]): `name<TAB>judgement[<TAB>note]`, the judgement one of the
//! gazetteer's types (`person`, `organization`, `place`, `country`: a real entity of
//! that type), `other` (a real name of no type the gazetteer holds: an event, an
//! agreement, a document, a ship) or `no` (no name: a word, a fragment, a title alone).
//! [`judge_top`] counts the real entities among the first rows, those whose suggested
//! type is the judged one, and the rows nobody has judged yet, never guessing them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::entities::EntityArticle;
use super::EvalError;
use crate::gazetteer::EntityType;
use crate::pipeline::{Analyzer, Model};
use crate::suggest::{Suggester, Suggestion};
use crate::text::fold_str;

/// What [`score_suggestions`] measured.
#[derive(Debug, Clone, Default)]
pub struct SuggestReport {
    /// Distinct people and organisations the articles name that the gazetteer lacks.
    pub missing: usize,
    /// Of those, the ones proposed among the first rows.
    pub proposed: usize,
    /// Rows `suggest` gave.
    pub rows: usize,
    /// One line per missing name: proposed (at which rank) or not.
    pub items: Vec<String>,
}

impl SuggestReport {
    /// Share of the missing names proposed (1 when none is missing).
    pub fn share(&self) -> f64 {
        if self.missing == 0 {
            1.0
        } else {
            self.proposed as f64 / self.missing as f64
        }
    }
}

/// Runs the suggester over documents (text and date), as `newsgraph suggest` does, and
/// gives its first `limit` rows.
pub fn suggest_rows<'a>(
    documents: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
    model: &Model,
    limit: usize,
) -> Vec<Suggestion> {
    let mut analyzer = Analyzer::new(model);
    let mut suggester = Suggester::new();
    for (text, date) in documents {
        analyzer.analyze_dated(text, date);
        suggester.add_document(&analyzer, text, &model.gazetteer);
    }
    suggester.ranked(limit, &model.gazetteer)
}

/// Runs the suggester over `articles` and scores its first `limit` rows against the
/// people and organisations the annotators found outside the gazetteer.
pub fn score_suggestions(articles: &[EntityArticle], model: &Model, limit: usize) -> SuggestReport {
    let documents = articles
        .iter()
        .map(|a| (a.text.as_str(), a.date.as_deref()));
    let rows = suggest_rows(documents, model, limit);
    score_rows(articles, &rows)
}

/// Scores `rows` against the people and organisations `articles` name outside the
/// gazetteer.
pub fn score_rows(articles: &[EntityArticle], rows: &[Suggestion]) -> SuggestReport {
    // A row proposes a name by its name or by the acronym it gives ("Association of
    // Southeast Asian Nations", alias "ASEAN", proposes ASEAN).
    let row_words: Vec<Vec<Vec<String>>> = rows
        .iter()
        .map(|r| {
            std::iter::once(words(&r.name))
                .chain(r.alias.as_deref().map(words))
                .collect()
        })
        .collect();
    let missing: BTreeSet<(String, &str)> = articles
        .iter()
        .flat_map(|a| &a.outside)
        .filter(|(kind, _)| matches!(kind, EntityType::Person | EntityType::Organization))
        .map(|(_, name)| (fold_str(name), name.as_str()))
        .collect();
    let mut report = SuggestReport {
        missing: missing.len(),
        rows: rows.len(),
        ..SuggestReport::default()
    };
    for (_, name) in &missing {
        let wanted = words(name);
        match row_words
            .iter()
            .position(|forms| forms.iter().any(|row| proposes(row, &wanted)))
        {
            Some(rank) => {
                report.proposed += 1;
                report.items.push(format!(
                    "  suggested            {name:?} as row {} {:?}",
                    rank + 1,
                    rows[rank].name
                ));
            }
            None => report
                .items
                .push(format!("  not suggested        {name:?}")),
        }
    }
    report
}

/// A hand judgement of a suggested name ([`load_judged`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judgement {
    /// A real entity, of this type.
    Entity(EntityType),
    /// A real name of no type the gazetteer holds (an event, an agreement, a ship).
    Other,
    /// No name at all (a word, a fragment, a title alone).
    NoName,
}

/// Judged names, by folded name.
pub type Judged = BTreeMap<String, Judgement>;

/// Reads a file of judged names (see the module docs); `#` starts a comment.
///
/// # Errors
/// A file that cannot be read, or a line without a known judgement (naming its line).
pub fn load_judged(path: &Path) -> Result<Judged, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut judged = Judged::new();
    for (line, data) in super::data_lines(&text) {
        let mut fields = data.split('\t');
        let name = fields.next().unwrap_or("").trim();
        let word = fields.next().unwrap_or("").trim();
        let judgement = match word {
            "other" => Judgement::Other,
            "no" => Judgement::NoName,
            kind => match EntityType::parse(kind) {
                Some(kind) => Judgement::Entity(kind),
                None => {
                    return Err(EvalError::Invalid {
                        path: path.to_path_buf(),
                        line,
                        message: format!(
                            "judgement {word:?} of {name:?} is none of person, organization, place, country, other, no"
                        ),
                    })
                }
            },
        };
        if name.is_empty() {
            return Err(EvalError::Invalid {
                path: path.to_path_buf(),
                line,
                message: "no name".into(),
            });
        }
        judged.insert(fold_str(name), judgement);
    }
    Ok(judged)
}

/// What [`judge_top`] counted among the first rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TopJudged {
    /// Rows counted (the first `n`, or fewer when there are fewer).
    pub rows: usize,
    /// Real entities (a person, organization, place or country).
    pub real: usize,
    /// Real entities whose suggested type is the judged one.
    pub typed_right: usize,
    /// Real names of no type the gazetteer holds.
    pub other: usize,
    /// No names.
    pub no_name: usize,
    /// Rows nobody has judged.
    pub unjudged: usize,
    /// One line per row: rank, name, suggested type, judgement.
    pub items: Vec<String>,
}

/// Counts the real entities, right types and unjudged rows among the first `n` `rows`.
pub fn judge_top(rows: &[Suggestion], judged: &Judged, n: usize) -> TopJudged {
    let mut top = TopJudged::default();
    for (rank, row) in rows.iter().take(n).enumerate() {
        top.rows += 1;
        let verdict = match judged.get(&fold_str(&row.name)) {
            Some(Judgement::Entity(kind)) => {
                top.real += 1;
                if *kind == row.kind {
                    top.typed_right += 1;
                    format!("{kind}")
                } else {
                    format!("{kind}, typed wrong")
                }
            }
            Some(Judgement::Other) => {
                top.other += 1;
                "other name".into()
            }
            Some(Judgement::NoName) => {
                top.no_name += 1;
                "no name".into()
            }
            None => {
                top.unjudged += 1;
                "UNJUDGED".into()
            }
        };
        top.items.push(format!(
            "  top {:>2}               {:?} as {}: {verdict}",
            rank + 1,
            row.name,
            row.kind
        ));
    }
    top
}

/// The folded words of a name.
fn words(name: &str) -> Vec<String> {
    fold_str(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether a row with the words `row` proposes the name with the words `wanted`.
fn proposes(row: &[String], wanted: &[String]) -> bool {
    !wanted.is_empty()
        && (row == wanted || (wanted.len() >= 2 && row.windows(wanted.len()).any(|w| w == wanted)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suggestion(name: &str, kind: EntityType) -> Suggestion {
        Suggestion {
            name: name.into(),
            alias: None,
            kind,
            affiliation: None,
            role: None,
            documents: 1,
            mentions: 1,
            example: String::new(),
        }
    }

    #[test]
    fn the_first_rows_are_counted_by_their_judgements() {
        let judged: Judged = [
            ("nabih berri", Judgement::Entity(EntityType::Person)),
            ("uss quincy", Judgement::Other),
            ("readout", Judgement::NoName),
            (
                "lebanese forces party",
                Judgement::Entity(EntityType::Organization),
            ),
        ]
        .into_iter()
        .map(|(n, j)| (n.to_string(), j))
        .collect();
        let rows = [
            suggestion("Nabih Berri", EntityType::Person),
            suggestion("USS Quincy", EntityType::Person),
            suggestion("Readout", EntityType::Organization),
            suggestion("Lebanese Forces Party", EntityType::Person),
            suggestion("Zorbo Quandt", EntityType::Person),
            suggestion("Beyond The Limit", EntityType::Person),
        ];
        let top = judge_top(&rows, &judged, 5);
        assert_eq!(
            (
                top.rows,
                top.real,
                top.typed_right,
                top.other,
                top.no_name,
                top.unjudged
            ),
            (5, 2, 1, 1, 1, 1)
        );
        assert_eq!(top.items.len(), 5);
        assert!(
            top.items[3].ends_with("organization, typed wrong"),
            "{:?}",
            top.items[3]
        );
        assert!(top.items[4].ends_with("UNJUDGED"), "{:?}", top.items[4]);
    }

    #[test]
    fn a_judgement_file_is_read_and_checked() {
        let dir = std::env::temp_dir().join(format!("newsgraph-judged-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.tsv");
        std::fs::write(
            &good,
            "# comment\nNabih Berri\tperson\tspeaker\nReadout\tno\n",
        )
        .unwrap();
        let judged = load_judged(&good).unwrap();
        assert_eq!(
            judged.get("nabih berri"),
            Some(&Judgement::Entity(EntityType::Person))
        );
        assert_eq!(judged.get("readout"), Some(&Judgement::NoName));
        let bad = dir.join("bad.tsv");
        std::fs::write(&bad, "Nabih Berri\tpeople\n").unwrap();
        let err = load_judged(&bad).unwrap_err().to_string();
        assert!(err.contains(":1:") && err.contains("people"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_row_proposes_the_same_words_or_a_longer_run_holding_them() {
        let rows: &[(&str, &str, bool)] = &[
            ("Munkhjin", "Munkhjin", true),
            ("Erlan Idrissov", "Ambassador Erlan Idrissov", true),
            ("Foreign Ministry", "Kazakh Foreign Ministry", true),
            ("Kazakh Foreign Ministry", "Foreign Ministry", false),
            ("Idrissov", "Erlan Idrissov", false),
            ("Erlan Idrissov", "Idrissov Erlan", false),
            ("Nabih Berri", "Nabih", false),
            ("Quad", "Quad Summit", false),
        ];
        for (wanted, row, want) in rows {
            assert_eq!(
                proposes(&words(row), &words(wanted)),
                *want,
                "{wanted:?} / {row:?}"
            );
        }
    }
}
