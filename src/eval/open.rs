//! Names inside names on open text (`tests/eval/open/`): real articles nobody
//! annotated, scanned for matches inside longer unlisted names.
//!
//! A set is a folder of `NAME.txt` files, the text as published (where each came from
//! is listed beside the folders, in `sources.tsv`). Nothing is expected, so nothing is
//! scored but two counts over every resolved mention:
//!
//! - **names inside names**: the matches the strict scan of [`super::entities`] finds
//!   inside a longer capitalised name, per 1,000 matches, each listed;
//! - **people by one word**: person mentions written as one word (a surname or a short
//!   form: "Harris", "Lula"), each listed, to be read by hand for surnames that are
//!   places or words ("Santos", "Henderson").
//!
//! Open text is what the matcher's rules were not written on: its tuning half may be
//! read item by item, its held-out half only in totals.

use std::path::Path;

use super::entities::{context, inside_names};
use super::EvalError;
use crate::gazetteer::EntityType;
use crate::pipeline::{Analyzer, Model};

/// One unannotated article.
#[derive(Debug, Clone)]
pub struct OpenArticle {
    /// The file stem.
    pub name: String,
    /// The text.
    pub text: String,
}

/// Reads every `NAME.txt` in `dir`, sorted by name.
///
/// # Errors
/// A folder or file that cannot be read.
pub fn load_open_articles(dir: &Path) -> Result<Vec<OpenArticle>, EvalError> {
    super::files_with_extension(dir, "txt")?
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).map_err(|source| EvalError::Io {
                path: path.clone(),
                source,
            })?;
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            Ok(OpenArticle { name, text })
        })
        .collect()
}

/// What [`scan_open_articles`] counted.
#[derive(Debug, Clone, Default)]
pub struct OpenReport {
    /// Articles scanned.
    pub articles: usize,
    /// Every resolved match, all types.
    pub mentions: usize,
    /// The matches the strict scan finds inside a longer capitalised name, one line each.
    pub inside_names: Vec<String>,
    /// Person mentions written as one word, one line each.
    pub one_word_people: Vec<String>,
}

impl OpenReport {
    /// Names inside longer names per 1,000 matches.
    pub fn inside_per_thousand(&self) -> f64 {
        1000.0 * self.inside_names.len() as f64 / self.mentions.max(1) as f64
    }
}

/// Scans `articles` with `model` (see the module docs).
pub fn scan_open_articles(articles: &[OpenArticle], model: &Model) -> OpenReport {
    let gazetteer = &model.gazetteer;
    let mut analyzer = Analyzer::new(model);
    let mut report = OpenReport {
        articles: articles.len(),
        ..OpenReport::default()
    };
    for article in articles {
        let text = article.text.as_str();
        analyzer.analyze(text);
        let mentions = &analyzer.mentions.resolved;
        report.mentions += mentions.len();
        inside_names(
            &article.name,
            text,
            mentions,
            gazetteer,
            &mut report.inside_names,
        );
        for m in mentions {
            let entity = gazetteer.entity(m.entity);
            let span = &text[m.start..m.end];
            if entity.kind == EntityType::Person && !span.contains(char::is_whitespace) {
                report.one_word_people.push(format!(
                    "  person by one word   {}:{} {span:?} as {} in {:?}",
                    article.name,
                    m.start,
                    entity.name,
                    context(text, m.start, m.end),
                ));
            }
        }
    }
    report
}
