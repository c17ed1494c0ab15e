//! How many of the names the annotators found missing `newsgraph suggest` proposes.
//!
//! Each article's `.ents` lists, besides the gazetteer entities it names, the people
//! and organisations a reader expects that the gazetteer lacks (`outside-person`,
//! `outside-org`). [`score_suggestions`] runs the [`Suggester`] over the articles'
//! texts, as `newsgraph suggest` does over a folder, and counts the distinct missing
//! names found among its first `limit` rows: a row proposes a name when their folded
//! words are the same, or when the row holds the name's words in order and the name has
//! two words or more ("Erlan Idrissov" in "Ambassador Erlan Idrissov").

use std::collections::BTreeSet;

use super::entities::EntityArticle;
use crate::gazetteer::EntityType;
use crate::pipeline::{Analyzer, Model};
use crate::suggest::Suggester;
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

/// Runs the suggester over `articles` and scores its first `limit` rows against the
/// people and organisations the annotators found outside the gazetteer.
pub fn score_suggestions(articles: &[EntityArticle], model: &Model, limit: usize) -> SuggestReport {
    let mut analyzer = Analyzer::new(model);
    let mut suggester = Suggester::new();
    for article in articles {
        analyzer.analyze_dated(&article.text, article.date.as_deref());
        suggester.add_document(&analyzer, &article.text, &model.gazetteer);
    }
    let rows = suggester.ranked(limit, &model.gazetteer);
    let row_words: Vec<Vec<String>> = rows.iter().map(|r| words(&r.name)).collect();
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
        match row_words.iter().position(|row| proposes(row, &wanted)) {
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
