//! Single-file gazetteers in JSON Lines: one entity per line, the shape a Wikidata
//! export takes.
//!
//! ```json
//! {"name": "Antony Blinken", "type": "person", "aliases": ["Blinken", "Tony Blinken"], "affiliation": "United States", "role": "Secretary of State"}
//! {"name": "Egypt", "type": "country", "aliases": ["Arab Republic of Egypt"], "demonyms": ["Egyptian", "Egyptians"]}
//! ```
//!
//! Keys: `name` (string) and `type` (`person`, `country`, `organization` or `place`)
//! are required; `aliases`, `demonyms`, `context_aliases` and `role_aliases` (arrays of
//! strings, a role alias written `PHRASE@FROM..UNTIL` as in a TSV file), `affiliation`, `role`,
//! `notes` and `term` (strings; a term `FROM..UNTIL` as in a TSV file) are optional and may be `null`. Any other key is an error, as an
//! unknown column is in a TSV file, so a misspelt key is not silently ignored. Blank
//! lines and lines starting with `#` are skipped. The file is read a line at a time
//! (decompressed as it is read when its name ends in `.gz`). The common words and
//! meeting cues are the built-in ones.
//!
//! Errors name the file and line, and the column for malformed JSON.

use std::borrow::Cow;
use std::io::{BufRead, BufReader};
use std::ops::Range;
use std::path::Path;

use rayon::prelude::*;
use serde::Deserialize;

use super::{
    parse_role_alias, unknown_type, AliasKind, EntityType, Field, Gazetteer, GazetteerError,
    Location, Prepared, Row, BUILTIN_COMMON_WORDS,
};
use crate::input::gzip;

/// One line of the file. Strings borrow from the line unless they hold escapes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(rename = "type", borrow)]
    kind: Cow<'a, str>,
    #[serde(default, borrow)]
    aliases: Option<Vec<Cow<'a, str>>>,
    #[serde(default, borrow)]
    demonyms: Option<Vec<Cow<'a, str>>>,
    #[serde(default, borrow)]
    context_aliases: Option<Vec<Cow<'a, str>>>,
    #[serde(default, borrow)]
    role_aliases: Option<Vec<Cow<'a, str>>>,
    #[serde(default, borrow)]
    affiliation: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    role: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    term: Option<Cow<'a, str>>,
    /// For humans; read only to check that it is a string.
    #[serde(default, borrow)]
    #[allow(dead_code)]
    notes: Option<Cow<'a, str>>,
}

/// Loads a `.jsonl` or `.jsonl.gz` gazetteer file, with the built-in common words.
///
/// # Errors
/// An unreadable file, data that is not gzip where the name says so, or the first
/// invalid line.
pub fn load(path: &Path) -> Result<Gazetteer, GazetteerError> {
    load_onto(path, Gazetteer::empty(BUILTIN_COMMON_WORDS))
}

/// [`load`] adding to (and overriding entities of) `gazetteer`.
///
/// # Errors
/// As [`load`].
pub fn load_onto(path: &Path, gazetteer: Gazetteer) -> Result<Gazetteer, GazetteerError> {
    let io = |source| GazetteerError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let reader: Box<dyn BufRead> = if gzip::has_gz_extension(path) {
        Box::new(BufReader::new(gzip::decompress(file).map_err(io)?))
    } else {
        Box::new(BufReader::new(file))
    };
    from_reader_onto(path, reader, gazetteer)
}

/// Lines parsed together (in parallel) before their entities are added in order.
const BATCH: usize = 4096;

/// Builds a gazetteer from JSON Lines read from `reader`; `path` is used in messages.
///
/// Lines are read in batches, parsed and checked on all cores, and added in line
/// order, so the result and the first error reported are those of reading line by line.
///
/// # Errors
/// The first line that cannot be read or is invalid, a duplicate name or an
/// affiliation naming no entity.
pub fn from_reader(
    path: &Path,
    reader: impl BufRead,
    common_words: &str,
) -> Result<Gazetteer, GazetteerError> {
    from_reader_onto(path, reader, Gazetteer::empty(common_words))
}

/// [`from_reader`] adding to (and overriding entities of) `gazetteer`, as
/// [`Gazetteer::load_onto`] does.
///
/// # Errors
/// As [`from_reader`].
pub fn from_reader_onto(
    path: &Path,
    mut reader: impl BufRead,
    mut gazetteer: Gazetteer,
) -> Result<Gazetteer, GazetteerError> {
    // One batch of lines, back to back in `text`; `lines[i]` = (line number, range).
    let mut text = Vec::new();
    let mut lines: Vec<(usize, Range<usize>)> = Vec::with_capacity(BATCH);
    let mut line = 0;
    loop {
        text.clear();
        lines.clear();
        let mut failure = None;
        while lines.len() < BATCH {
            line += 1;
            let start = text.len();
            match reader.read_until(b'\n', &mut text) {
                Ok(0) => break,
                Ok(_) => lines.push((line, start..text.len())),
                Err(e) => {
                    failure = Some(GazetteerError::Invalid {
                        location: Location {
                            file: path.to_path_buf(),
                            line,
                        },
                        column: None,
                        message: format!("cannot read: {e}"),
                    });
                    break;
                }
            }
        }
        let done = lines.len() < BATCH;
        let parsed: Vec<Option<Result<Prepared, GazetteerError>>> = lines
            .par_iter()
            .map(|(line, range)| parse_line(path, *line, &text[range.clone()]))
            .collect();
        for entity in parsed.into_iter().flatten() {
            gazetteer.insert(entity?)?;
        }
        if let Some(failure) = failure {
            return Err(failure);
        }
        if done {
            break;
        }
    }
    gazetteer.finish()
}

/// Parses and checks one line: `None` for a blank or comment line.
fn parse_line(path: &Path, line: usize, bytes: &[u8]) -> Option<Result<Prepared, GazetteerError>> {
    let location = Location {
        file: path.to_path_buf(),
        line,
    };
    let invalid = |column: Option<usize>, message: String| GazetteerError::Invalid {
        location: location.clone(),
        column,
        message,
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            return Some(Err(invalid(
                Some(e.valid_up_to() + 1),
                "not valid UTF-8".into(),
            )))
        }
    };
    let text = if line == 1 {
        text.strip_prefix('\u{feff}').unwrap_or(text)
    } else {
        text
    };
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return None;
    }
    let record: Record = match serde_json::from_str(text) {
        Ok(record) => record,
        Err(e) => {
            // The line is parsed alone: serde_json's line is 1 and its column is ours.
            let message = e.to_string();
            let position = format!(" at line {} column {}", e.line(), e.column());
            let message = message.strip_suffix(&position).unwrap_or(&message);
            return Some(Err(invalid(
                Some(e.column()).filter(|c| *c > 0),
                format!("invalid entity: {message}"),
            )));
        }
    };
    let Some(kind) = EntityType::parse(record.kind.trim()) else {
        return Some(Err(invalid(
            None,
            format!("`type`: {}", unknown_type(&record.kind)),
        )));
    };
    let mut aliases = Vec::new();
    for (list, alias_kind, key) in [
        (&record.aliases, AliasKind::Alias, "aliases"),
        (&record.demonyms, AliasKind::Demonym, "demonyms"),
    ] {
        let field = Field::Key(key);
        aliases.extend(
            list.iter()
                .flatten()
                .map(|alias| (alias.as_ref(), alias_kind, field)),
        );
    }
    for entry in record.role_aliases.iter().flatten() {
        match parse_role_alias(entry) {
            Ok((phrase, alias_kind)) => {
                aliases.push((phrase, alias_kind, Field::Key("role_aliases")));
            }
            Err(message) => return Some(Err(invalid(None, format!("`role_aliases`: {message}")))),
        }
    }
    Some(
        Row {
            location,
            kind,
            name: &record.name,
            name_field: Field::Key("name"),
            aliases,
            context: record
                .context_aliases
                .iter()
                .flatten()
                .map(|a| a.as_ref())
                .collect(),
            affiliation: optional(&record.affiliation),
            role: optional(&record.role),
            term: optional(&record.term).map(|t| (t, Field::Key("term"))),
        }
        .prepare(),
    )
}

/// A string value that says something: trimmed, `None` when empty.
fn optional<'a>(value: &'a Option<Cow<'_, str>>) -> Option<&'a str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}
