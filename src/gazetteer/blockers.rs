//! Names inside names: where an alias is part of a longer proper name that is not in
//! the gazetteer ("Bank of Japan", "Qatar Airways", "New Mexico", "US dollars"), it is
//! not that entity. The list is data (`gazetteer/blockers.tsv`, columns `kind`,
//! `phrase`, `notes`), read like the meeting cues; the matcher applies it
//! (`crate::matcher`).
//!
//! | kind | effect |
//! |---|---|
//! | `name` | a longer name, matched like an alias (longest first), that yields no mention |
//! | `head` | a capitalised head noun right after a match ("Qatar Airways") or before "of" and the match ("Bank of Japan") |
//! | `of` | a capitalised word that makes a longer name only before "of" ("Gulf of Aden") |
//! | `prefix` | a capitalised word right before a match that is not a demonym ("New Mexico") |
//! | `currency` | a word (or `$`) right after the match: a currency, not the country ("US dollars", "US$") |
//! | `body` | a capitalised word ending a name after a hyphenated pair of parties: a body that is neither ("U.S.-China Business *Council*") |
//! | `part` | a capitalised word ending the capitalised words after a match that names the match's own office or post, so the match stays ("White House Press *Office*", "U.S. *Embassy*") |

use std::path::Path;

use super::{GazetteerError, Location};
use crate::text::fold_str;

/// The file beside the entity files (optional in user folders).
pub const BLOCKERS_FILE: &str = "blockers.tsv";

const BUILTIN_BLOCKERS: &str = include_str!("../../gazetteer/blockers.tsv");

/// The kinds a row may have, for errors.
const KINDS: &str = "name, head, of, prefix, currency, body, part";

/// The blocker list, folded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Blockers {
    /// Longer names, as written.
    pub names: Vec<String>,
    /// Head nouns (after a match, or before "of"), folded.
    pub heads: Vec<String>,
    /// Words that make a name only before "of", folded.
    pub of_heads: Vec<String>,
    /// Words before a match, folded.
    pub prefixes: Vec<String>,
    /// Currency words after a match, folded.
    pub currencies: Vec<String>,
    /// Words ending a body's name after a pair of parties, folded.
    pub bodies: Vec<String>,
    /// Words ending the name of the match's own office or post, folded.
    pub parts: Vec<String>,
}

impl Blockers {
    /// The shipped list.
    pub fn builtin() -> Blockers {
        Self::parse(Path::new("<built-in>/blockers.tsv"), BUILTIN_BLOCKERS)
            .expect("the shipped blockers.tsv is valid (a test checks it)")
    }

    /// A folder's `blockers.tsv`, or the shipped list when it has none.
    ///
    /// # Errors
    /// An unreadable or invalid file.
    pub fn load_dir(dir: &Path) -> Result<Blockers, GazetteerError> {
        let path = dir.join(BLOCKERS_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => Self::parse(&path, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::builtin()),
            Err(source) => Err(GazetteerError::Io { path, source }),
        }
    }

    /// Adds another list's entries (a user folder's, to the built-in list).
    pub fn extend(&mut self, other: Blockers) {
        self.names.extend(other.names);
        self.heads.extend(other.heads);
        self.of_heads.extend(other.of_heads);
        self.prefixes.extend(other.prefixes);
        self.currencies.extend(other.currencies);
        self.bodies.extend(other.bodies);
        self.parts.extend(other.parts);
    }

    /// Parses a blocker file: a header row (`kind`, `phrase`, `notes`), `#` comments.
    ///
    /// # Errors
    /// An unknown kind or an empty phrase, naming file and line.
    pub fn parse(path: &Path, text: &str) -> Result<Blockers, GazetteerError> {
        let mut blockers = Blockers::default();
        let mut header = false;
        for (index, line) in text.lines().enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            if !header {
                header = true;
                continue;
            }
            let invalid = |column: usize, message: String| GazetteerError::Invalid {
                location: Location {
                    file: path.to_path_buf(),
                    line: index + 1,
                },
                column: Some(column),
                message,
            };
            let mut fields = line.split('\t');
            let kind = fields.next().unwrap_or("").trim();
            let phrase = fields.next().unwrap_or("").trim();
            if phrase.is_empty() {
                return Err(invalid(2, "empty phrase".into()));
            }
            let folded = || fold_str(phrase).trim().to_string();
            match kind {
                "name" => blockers.names.push(phrase.to_string()),
                "head" => blockers.heads.push(folded()),
                "of" => blockers.of_heads.push(folded()),
                "prefix" => blockers.prefixes.push(folded()),
                "currency" => blockers.currencies.push(folded()),
                "body" => blockers.bodies.push(folded()),
                "part" => blockers.parts.push(folded()),
                other => {
                    let message = format!("unknown kind {other:?} (expected {KINDS})");
                    return Err(invalid(1, message));
                }
            }
        }
        Ok(blockers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_loads() {
        let b = Blockers::builtin();
        assert!(b.names.iter().any(|n| n == "Real Madrid"));
        assert!(b.heads.iter().any(|n| n == "airways"));
        assert!(b.prefixes.iter().any(|n| n == "new"));
        assert!(b.currencies.iter().any(|n| n == "$"));
        assert!(b.bodies.iter().any(|n| n == "council"));
        assert!(b.parts.iter().any(|n| n == "office"));
    }

    #[test]
    fn errors_name_file_and_line() {
        let rows: &[(&str, &str)] = &[
            (
                "kind\tphrase\nplace\tX\n",
                "b.tsv:2:1: unknown kind \"place\"",
            ),
            ("kind\tphrase\nhead\t\n", "b.tsv:2:2: empty phrase"),
        ];
        for (text, want) in rows {
            let err = Blockers::parse(Path::new("b.tsv"), text).unwrap_err();
            assert!(err.to_string().starts_with(want), "{text:?}: {err}");
        }
    }
}
