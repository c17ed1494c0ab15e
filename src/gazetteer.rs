//! The gazetteer: entities, their aliases, and loading and checking the files.
//!
//! A gazetteer is a folder of tab-separated files, one per entity type
//! (`people.tsv`, `countries.tsv`, `organizations.tsv`, `places.tsv`), each with a
//! header row. Columns: `name` (canonical, unique across all files) and `aliases`
//! (`|`-separated) are required; `demonyms`, `affiliation`, `role` and `notes` are
//! optional. Lines starting with `#` and blank lines are ignored. A file may be
//! absent, but at least one must exist. `gazetteer/README.md` is the user guide.
//!
//! Loading fails on anything that would make the matcher wrong (a missing column, a
//! duplicate name, an affiliation naming no entity, a stray field) with an error
//! naming file, line and column. Softer problems (empty aliases, an alias claimed by
//! several entities, an alias that is a common English word) are kept as
//! [`Diagnostic`]s for `newsgraph gazetteer check`.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use foldhash::fast::FixedState;
use serde::{Deserialize, Serialize};

use crate::text::fold_str;

/// The files a gazetteer folder may hold, with the entity type of each.
pub const FILES: [(&str, EntityType); 4] = [
    ("people.tsv", EntityType::Person),
    ("countries.tsv", EntityType::Country),
    ("organizations.tsv", EntityType::Organization),
    ("places.tsv", EntityType::Place),
];

/// The common-English-word list beside the entity files (optional in user folders).
pub const COMMON_WORDS_FILE: &str = "common-words.txt";

const BUILTIN: [(&str, &str); 4] = [
    ("people.tsv", include_str!("../gazetteer/people.tsv")),
    ("countries.tsv", include_str!("../gazetteer/countries.tsv")),
    (
        "organizations.tsv",
        include_str!("../gazetteer/organizations.tsv"),
    ),
    ("places.tsv", include_str!("../gazetteer/places.tsv")),
];
const BUILTIN_COMMON_WORDS: &str = include_str!("../gazetteer/common-words.txt");

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A person.
    Person,
    /// A country or territory.
    Country,
    /// An organization, agency, armed group or news outlet.
    Organization,
    /// A city, region or other place.
    Place,
}

impl EntityType {
    /// Every type, in declaration order.
    pub const ALL: [EntityType; 4] = [
        EntityType::Person,
        EntityType::Country,
        EntityType::Organization,
        EntityType::Place,
    ];

    /// The lowercase name used in files and outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Country => "country",
            EntityType::Organization => "organization",
            EntityType::Place => "place",
        }
    }

    /// Parses `person`, `country`, `organization` or `place`.
    pub fn parse(s: &str) -> Option<EntityType> {
        match s {
            "person" => Some(EntityType::Person),
            "country" => Some(EntityType::Country),
            "organization" => Some(EntityType::Organization),
            "place" => Some(EntityType::Place),
            _ => None,
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Index of an entity in its [`Gazetteer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityId(pub u32);

impl EntityId {
    /// The index as `usize`.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// How an alias names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AliasKind {
    /// The canonical name itself.
    Name,
    /// An entry of the `aliases` column.
    Alias,
    /// An entry of the `demonyms` column ("Egyptian" for Egypt).
    Demonym,
}

/// One way of writing an entity's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// The alias as written in the gazetteer.
    pub text: String,
    /// Where it came from.
    pub kind: AliasKind,
}

/// A file and line in a gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file (for the built-in gazetteer, `<built-in>/people.tsv` etc.).
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}

/// One entity of the gazetteer.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Canonical name, unique in the gazetteer.
    pub name: String,
    /// Its type (from the file it is in).
    pub kind: EntityType,
    /// The canonical name first, then aliases and demonyms, as written.
    pub aliases: Vec<Alias>,
    /// The canonical name of the country or organization it belongs to.
    pub affiliation: Option<String>,
    /// A short role ("Secretary of State").
    pub role: Option<String>,
    /// Where it is defined.
    pub location: Location,
}

/// Why a gazetteer could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// A file or folder could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The folder holds none of the entity files.
    #[error("{}: no gazetteer files (expected one or more of people.tsv, countries.tsv, organizations.tsv, places.tsv)", .0.display())]
    Empty(PathBuf),
    /// A line is wrong.
    #[error("{location}{}: {message}", column.map(|c| format!(":{c}")).unwrap_or_default())]
    Invalid {
        /// File and line.
        location: Location,
        /// 1-based column (field) number, when one field is at fault.
        column: Option<usize>,
        /// What is wrong.
        message: String,
    },
}

/// How serious a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth a look; the gazetteer still works.
    Warning,
    /// The gazetteer is wrong.
    Error,
}

/// A problem found while loading or checking a gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// Where.
    pub location: Location,
    /// What.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{}: {level}: {}", self.location, self.message)
    }
}

/// A loaded gazetteer: entities plus the common-word list the matcher uses.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    by_name: HashMap<String, EntityId, FixedState>,
    /// Every entity's aliases folded ([`fold_str`], untrimmed), in entity and alias order.
    folded: Vec<Box<str>>,
    /// Where each entity's aliases start in `folded` (one more entry at the end).
    folded_start: Vec<u32>,
    /// Folded common words with their frequency rank (0 = most frequent), sorted by word.
    common_words: Vec<(String, u32)>,
    diagnostics: Vec<Diagnostic>,
}

/// Columns a gazetteer file may have.
const KNOWN_COLUMNS: [&str; 6] = [
    "name",
    "aliases",
    "demonyms",
    "affiliation",
    "role",
    "notes",
];

impl Gazetteer {
    /// The gazetteer compiled into the binary (the repository's `gazetteer/` folder).
    pub fn builtin() -> Result<Gazetteer, GazetteerError> {
        let files: Vec<(PathBuf, EntityType, &str)> = BUILTIN
            .iter()
            .zip(FILES)
            .map(|((name, text), (_, kind))| (Path::new("<built-in>").join(name), kind, *text))
            .collect();
        Self::from_texts(&files, BUILTIN_COMMON_WORDS)
    }

    /// Loads a gazetteer folder. A missing `common-words.txt` falls back to the built-in list.
    ///
    /// # Errors
    /// Unreadable files, a folder with no entity file, or an invalid line.
    pub fn load_dir(dir: &Path) -> Result<Gazetteer, GazetteerError> {
        let io = |path: &Path, source| GazetteerError::Io {
            path: path.to_path_buf(),
            source,
        };
        let meta = std::fs::metadata(dir).map_err(|e| io(dir, e))?;
        if !meta.is_dir() {
            return Err(io(
                dir,
                std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a folder"),
            ));
        }
        let mut texts = Vec::new();
        for (name, kind) in FILES {
            let path = dir.join(name);
            match std::fs::read(&path) {
                Ok(bytes) => {
                    let text = String::from_utf8(bytes).map_err(|e| GazetteerError::Invalid {
                        location: Location {
                            file: path.clone(),
                            line: line_of_byte(e.as_bytes(), e.utf8_error().valid_up_to()),
                        },
                        column: None,
                        message: "not valid UTF-8".into(),
                    })?;
                    texts.push((path, kind, text));
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(io(&path, e)),
            }
        }
        if texts.is_empty() {
            return Err(GazetteerError::Empty(dir.to_path_buf()));
        }
        let words_path = dir.join(COMMON_WORDS_FILE);
        let words = match std::fs::read_to_string(&words_path) {
            Ok(words) => words,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BUILTIN_COMMON_WORDS.to_string(),
            Err(e) => return Err(io(&words_path, e)),
        };
        let borrowed: Vec<(PathBuf, EntityType, &str)> = texts
            .iter()
            .map(|(p, k, t)| (p.clone(), *k, t.as_str()))
            .collect();
        Self::from_texts(&borrowed, &words)
    }

    /// Builds a gazetteer from file contents (path used in messages, entity type, text).
    ///
    /// # Errors
    /// The first invalid line, duplicate name or unknown affiliation.
    pub fn from_texts(
        files: &[(PathBuf, EntityType, &str)],
        common_words: &str,
    ) -> Result<Gazetteer, GazetteerError> {
        // Room for every line: loading 200,000 entities never rehashes.
        let lines: usize = files.iter().map(|(_, _, text)| text.lines().count()).sum();
        let mut gazetteer = Gazetteer {
            entities: Vec::with_capacity(lines),
            by_name: HashMap::with_capacity_and_hasher(lines, FixedState::default()),
            folded: Vec::new(),
            folded_start: vec![0],
            common_words: parse_common_words(common_words),
            diagnostics: Vec::new(),
        };
        for (path, kind, text) in files {
            gazetteer.parse_file(path, *kind, text)?;
        }
        gazetteer.check_affiliations()?;
        gazetteer.check_aliases();
        Ok(gazetteer)
    }

    fn parse_file(
        &mut self,
        path: &Path,
        kind: EntityType,
        text: &str,
    ) -> Result<(), GazetteerError> {
        let mut columns: Option<Columns> = None;
        let mut fields: Vec<&str> = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let location = Location {
                file: path.to_path_buf(),
                line: index + 1,
            };
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            let line = if index == 0 {
                line.strip_prefix('\u{feff}').unwrap_or(line)
            } else {
                line
            };
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            fields.clear();
            fields.extend(line.split('\t'));
            let Some(cols) = &columns else {
                columns = Some(Columns::parse(&fields, &location)?);
                continue;
            };
            let invalid = |column: Option<usize>, message: String| GazetteerError::Invalid {
                location: location.clone(),
                column,
                message,
            };
            if fields.len() > cols.count {
                return Err(invalid(
                    Some(cols.count + 1),
                    format!(
                        "{} fields but the header has {} columns (a stray tab?)",
                        fields.len(),
                        cols.count
                    ),
                ));
            }
            let field = |i: Option<usize>| i.and_then(|i| fields.get(i)).map_or("", |f| f.trim());
            let name = field(Some(cols.name));
            if name.is_empty() {
                return Err(invalid(Some(cols.name + 1), "empty name".into()));
            }
            let folded_name = fold_str(name);
            if folded_name.trim().is_empty() {
                return Err(invalid(
                    Some(cols.name + 1),
                    format!("name {name:?} has no letters or digits to match"),
                ));
            }
            if let Some(first) = self.by_name.get(name) {
                let first = &self.entities[first.index()].location;
                return Err(invalid(
                    Some(cols.name + 1),
                    format!("duplicate name {name:?} (first defined at {first})"),
                ));
            }
            let mut aliases = vec![Alias {
                text: name.to_string(),
                kind: AliasKind::Name,
            }];
            let mut folded = vec![folded_name.into_boxed_str()];
            for (column, alias_kind) in [
                (cols.aliases, AliasKind::Alias),
                (cols.demonyms, AliasKind::Demonym),
            ] {
                let value = field(column);
                if value.is_empty() {
                    continue;
                }
                for alias in value.split('|') {
                    let alias = alias.trim();
                    let folded_alias = fold_str(alias);
                    if alias.is_empty() || folded_alias.trim().is_empty() {
                        self.diagnostics.push(Diagnostic {
                            severity: Severity::Warning,
                            location: location.clone(),
                            message: format!(
                                "{name}: empty or blank alias in column {} (ignored)",
                                column.map_or(0, |c| c + 1)
                            ),
                        });
                        continue;
                    }
                    aliases.push(Alias {
                        text: alias.to_string(),
                        kind: alias_kind,
                    });
                    folded.push(folded_alias.into_boxed_str());
                }
            }
            let optional = |i: Option<usize>| Some(field(i)).filter(|v| !v.is_empty());
            let id = EntityId(self.entities.len() as u32);
            self.by_name.insert(name.to_string(), id);
            self.folded.extend(folded);
            self.folded_start.push(self.folded.len() as u32);
            self.entities.push(Entity {
                name: name.to_string(),
                kind,
                aliases,
                affiliation: optional(cols.affiliation).map(str::to_string),
                role: optional(cols.role).map(str::to_string),
                location,
            });
        }
        if columns.is_none() {
            self.diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                location: Location {
                    file: path.to_path_buf(),
                    line: 1,
                },
                message: "no header row and no entities".into(),
            });
        }
        Ok(())
    }

    fn check_affiliations(&self) -> Result<(), GazetteerError> {
        for entity in &self.entities {
            if let Some(affiliation) = &entity.affiliation {
                if !self.by_name.contains_key(affiliation) {
                    return Err(GazetteerError::Invalid {
                        location: entity.location.clone(),
                        column: None,
                        message: format!(
                            "{}: affiliation {affiliation:?} is not the name of any entity",
                            entity.name
                        ),
                    });
                }
            }
        }
        Ok(())
    }

    /// Records shared, duplicate and common-word aliases as warnings.
    fn check_aliases(&mut self) {
        // The first entity of each folded alias; the others, in entity order, apart.
        let mut owners: HashMap<&str, EntityId, FixedState> =
            HashMap::with_capacity_and_hasher(self.folded.len(), FixedState::default());
        let mut others: Vec<(&str, EntityId)> = Vec::new();
        let mut diagnostics = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for (index, entity) in self.entities.iter().enumerate() {
            let id = EntityId(index as u32);
            seen.clear();
            for (alias, folded) in entity.aliases.iter().zip(self.folded_aliases(id)) {
                if seen.contains(&folded) {
                    if alias.kind != AliasKind::Name {
                        diagnostics.push(Diagnostic {
                            severity: Severity::Warning,
                            location: entity.location.clone(),
                            message: format!(
                                "{}: alias {:?} repeats another alias once folded (matching ignores case, accents, quotes and dashes)",
                                entity.name, alias.text
                            ),
                        });
                    }
                    continue;
                }
                if alias.kind != AliasKind::Name
                    && !is_capitals_alias(&alias.text)
                    && self.is_common_word(folded)
                {
                    diagnostics.push(Diagnostic {
                        severity: Severity::Warning,
                        location: entity.location.clone(),
                        message: format!(
                            "{}: alias {:?} is a common English word",
                            entity.name, alias.text
                        ),
                    });
                }
                match owners.entry(folded) {
                    Entry::Occupied(_) => others.push((folded, id)),
                    Entry::Vacant(first) => {
                        first.insert(id);
                    }
                }
                seen.push(folded);
            }
        }
        // Shared aliases in alias order, each with its entities in entity order.
        others.sort_by(|a, b| a.0.cmp(b.0));
        for group in others.chunk_by(|a, b| a.0 == b.0) {
            let alias = group[0].0;
            let ids: Vec<EntityId> = std::iter::once(owners[alias])
                .chain(group.iter().map(|(_, id)| *id))
                .collect();
            let names: Vec<&str> = ids
                .iter()
                .map(|id| self.entity(*id).name.as_str())
                .collect();
            let first = self.entity(ids[0]);
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                location: first.location.clone(),
                message: format!(
                    "alias {alias:?} is claimed by {} entities: {} (resolved per document from fuller names)",
                    ids.len(),
                    names.join(", ")
                ),
            });
        }
        self.diagnostics.extend(diagnostics);
    }

    /// The aliases of an entity folded by [`fold_str`] (not trimmed), in the order of
    /// [`Entity::aliases`].
    pub(crate) fn folded_aliases(&self, id: EntityId) -> impl ExactSizeIterator<Item = &str> + '_ {
        let range =
            self.folded_start[id.index()] as usize..self.folded_start[id.index() + 1] as usize;
        self.folded[range].iter().map(|f| &**f)
    }

    /// All entities, in file order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity with this id.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.index()]
    }

    /// The entity with this canonical name.
    pub fn by_name(&self, name: &str) -> Option<EntityId> {
        self.by_name.get(name).copied()
    }

    /// Entities any of whose names or aliases folds to the same text as `query`
    /// (case-insensitively, whatever the alias's case policy).
    pub fn lookup(&self, query: &str) -> Vec<EntityId> {
        let folded = fold_str(query.trim());
        let mut found: Vec<EntityId> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                self.folded_aliases(EntityId(*i as u32))
                    .any(|a| a == folded)
            })
            .map(|(i, _)| EntityId(i as u32))
            .collect();
        found.dedup();
        found
    }

    /// Warnings found while loading (empty, duplicate, shared and common-word aliases).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The common English words (folded), sorted, each with its frequency rank
    /// (its position in `common-words.txt`, 0 for the most frequent).
    pub fn common_words(&self) -> &[(String, u32)] {
        &self.common_words
    }

    /// The frequency rank of `folded` if it is a common English word.
    pub fn common_word_rank(&self, folded: &str) -> Option<u32> {
        common_word_rank(&self.common_words, folded)
    }

    /// Whether `folded` is a common English word.
    pub fn is_common_word(&self, folded: &str) -> bool {
        self.common_word_rank(folded).is_some()
    }

    /// Whether `folded` is a common English word or the start of one ("gall" of "gallant").
    pub fn is_common_word_prefix(&self, folded: &str) -> bool {
        let start = self
            .common_words
            .partition_point(|(w, _)| w.as_str() < folded);
        self.common_words
            .get(start)
            .is_some_and(|(w, _)| w.starts_with(folded))
    }

    /// Number of entities of each type.
    pub fn counts(&self) -> BTreeMap<EntityType, usize> {
        let mut counts = BTreeMap::new();
        for entity in &self.entities {
            *counts.entry(entity.kind).or_default() += 1;
        }
        counts
    }
}

/// Whether an alias is written in capitals ("US", "PLO", "U.N."): such aliases only
/// match text written in capitals.
pub fn is_capitals_alias(alias: &str) -> bool {
    let letters = alias.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && alias
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
}

/// The rank of `folded` in a sorted `(word, rank)` list.
pub fn common_word_rank(words: &[(String, u32)], folded: &str) -> Option<u32> {
    words
        .binary_search_by(|(w, _)| w.as_str().cmp(folded))
        .ok()
        .map(|i| words[i].1)
}

/// Reads a word list, most frequent first: the position is the rank.
fn parse_common_words(text: &str) -> Vec<(String, u32)> {
    let mut words: Vec<(String, u32)> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .enumerate()
        .map(|(rank, word)| (fold_str(word).trim().to_string(), rank as u32))
        .collect();
    // Keep the best rank of a word listed twice.
    words.sort();
    words.dedup_by(|later, earlier| later.0 == earlier.0);
    words
}

fn line_of_byte(bytes: &[u8], offset: usize) -> usize {
    1 + bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
}

/// Column positions of one file's header.
struct Columns {
    count: usize,
    name: usize,
    aliases: Option<usize>,
    demonyms: Option<usize>,
    affiliation: Option<usize>,
    role: Option<usize>,
}

impl Columns {
    fn parse(fields: &[&str], location: &Location) -> Result<Columns, GazetteerError> {
        let invalid = |column: usize, message: String| GazetteerError::Invalid {
            location: location.clone(),
            column: Some(column),
            message,
        };
        let mut positions: HashMap<&str, usize> = HashMap::new();
        for (i, field) in fields.iter().enumerate() {
            let field = field.trim();
            if !KNOWN_COLUMNS.contains(&field) {
                return Err(invalid(
                    i + 1,
                    format!(
                        "unknown column {field:?} in the header (known: {})",
                        KNOWN_COLUMNS.join(", ")
                    ),
                ));
            }
            if positions.insert(field, i).is_some() {
                return Err(invalid(i + 1, format!("column {field:?} appears twice")));
            }
        }
        let name = positions.get("name").copied().ok_or_else(|| {
            invalid(
                1,
                "the header has no `name` column (the first non-comment line must be the header)"
                    .into(),
            )
        })?;
        if !positions.contains_key("aliases") {
            return Err(invalid(1, "the header has no `aliases` column".into()));
        }
        Ok(Columns {
            count: fields.len(),
            name,
            aliases: positions.get("aliases").copied(),
            demonyms: positions.get("demonyms").copied(),
            affiliation: positions.get("affiliation").copied(),
            role: positions.get("role").copied(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(files: &[(&str, &str)]) -> Result<Gazetteer, GazetteerError> {
        let files: Vec<(PathBuf, EntityType, &str)> = files
            .iter()
            .map(|(name, text)| {
                let kind = FILES.iter().find(|(f, _)| f == name).unwrap().1;
                (PathBuf::from(format!("g/{name}")), kind, *text)
            })
            .collect();
        Gazetteer::from_texts(&files, "said\nis\nperusal\nturkey\n")
    }

    struct Row {
        name: &'static str,
        files: &'static [(&'static str, &'static str)],
        /// `Ok(entity count)` or `Err(substring of the error)`.
        expected: Result<usize, &'static str>,
    }

    const ROWS: &[Row] = &[
        Row {
            name: "minimal",
            files: &[("people.tsv", "name\taliases\nAntony Blinken\tBlinken\n")],
            expected: Ok(1),
        },
        Row {
            name: "comments, blank lines and CRLF",
            files: &[(
                "people.tsv",
                "# people\r\n\r\nname\taliases\r\n# x\r\nA B\tB\r\n\r\nC D\t\r\n",
            )],
            expected: Ok(2),
        },
        Row {
            name: "columns in any order, trailing fields omitted",
            files: &[(
                "countries.tsv",
                "aliases\tname\tdemonyms\tnotes\nEG\tEgypt\tEgyptian|Egyptians\nUSA|US\tUnited States\n",
            )],
            expected: Ok(2),
        },
        Row {
            name: "BOM before the header",
            files: &[("places.tsv", "\u{feff}name\taliases\nCairo\t\n")],
            expected: Ok(1),
        },
        Row {
            name: "missing name column",
            files: &[("people.tsv", "aliases\nBlinken\n")],
            expected: Err("g/people.tsv:1:1: the header has no `name` column"),
        },
        Row {
            name: "missing aliases column",
            files: &[("people.tsv", "name\nBlinken\n")],
            expected: Err("no `aliases` column"),
        },
        Row {
            name: "unknown column",
            files: &[("people.tsv", "name\taliases\tbirthday\n")],
            expected: Err("g/people.tsv:1:3: unknown column \"birthday\""),
        },
        Row {
            name: "stray tab",
            files: &[("people.tsv", "name\taliases\nA\tB\tC\n")],
            expected: Err("g/people.tsv:2:3: 3 fields but the header has 2 columns"),
        },
        Row {
            name: "empty name",
            files: &[("people.tsv", "name\taliases\n\tB\n")],
            expected: Err("g/people.tsv:2:1: empty name"),
        },
        Row {
            name: "duplicate name across files",
            files: &[
                ("people.tsv", "name\taliases\nJordan\t\n"),
                ("countries.tsv", "name\taliases\n\nJordan\t\n"),
            ],
            expected: Err("g/countries.tsv:3:1: duplicate name \"Jordan\" (first defined at g/people.tsv:2)"),
        },
        Row {
            name: "unknown affiliation",
            files: &[("people.tsv", "name\taliases\taffiliation\nA B\t\tAtlantis\n")],
            expected: Err("g/people.tsv:2: A B: affiliation \"Atlantis\" is not the name of any entity"),
        },
        Row {
            name: "affiliation in another file",
            files: &[
                ("people.tsv", "name\taliases\taffiliation\nSameh Shoukry\tShoukry\tEgypt\n"),
                ("countries.tsv", "name\taliases\nEgypt\t\n"),
            ],
            expected: Ok(2),
        },
    ];

    #[test]
    fn parsing_table() {
        for row in ROWS {
            let got = load(row.files);
            match (&row.expected, got) {
                (Ok(n), Ok(g)) => assert_eq!(g.entities().len(), *n, "row {:?}", row.name),
                (Err(want), Err(e)) => {
                    let msg = e.to_string();
                    assert!(
                        msg.contains(want),
                        "row {:?}: error {msg:?} lacks {want:?}",
                        row.name
                    )
                }
                (want, got) => panic!("row {:?}: expected {want:?}, got {got:?}", row.name),
            }
        }
    }

    #[test]
    fn diagnostics_name_the_problem() {
        let g = load(&[
            (
                "people.tsv",
                "name\taliases\nMohammed bin Abdulrahman Al Thani\tAl Thani\nTamim bin Hamad Al Thani\tAl Thani|Tamim||Perusal\n",
            ),
            ("countries.tsv", "name\taliases\nTurkey\tTürkiye|TURKIYE|Turkiye\n"),
        ])
        .unwrap();
        let messages: Vec<String> = g.diagnostics().iter().map(|d| d.to_string()).collect();
        let has = |s: &str| messages.iter().any(|m| m.contains(s));
        assert!(
            has("g/people.tsv:3: warning: Tamim bin Hamad Al Thani: empty or blank alias"),
            "{messages:#?}"
        );
        assert!(has("alias \"al thani\" is claimed by 2 entities: Mohammed bin Abdulrahman Al Thani, Tamim bin Hamad Al Thani"), "{messages:#?}");
        assert!(
            has("alias \"Perusal\" is a common English word"),
            "{messages:#?}"
        );
        assert!(
            has("alias \"Turkiye\" repeats another alias once folded"),
            "{messages:#?}"
        );
        // A canonical name that is a common word ("Turkey") is the user's choice: no warning.
        assert!(!has("\"Turkey\" is a common"), "{messages:#?}");
        assert_eq!(
            g.entity(g.by_name("Tamim bin Hamad Al Thani").unwrap())
                .aliases
                .len(),
            4
        );
    }

    #[test]
    fn lookup_folds_case_and_accents() {
        let g = load(&[(
            "people.tsv",
            "name\taliases\nAbdel Fattah el-Sisi\tel-Sisi|Sisi\nAntony Blinken\tBlinken\n",
        )])
        .unwrap();
        assert_eq!(
            g.lookup("EL-SISI"),
            vec![g.by_name("Abdel Fattah el-Sisi").unwrap()]
        );
        assert_eq!(
            g.lookup(" blinken "),
            vec![g.by_name("Antony Blinken").unwrap()]
        );
        assert!(g.lookup("Netanyahu").is_empty());
    }

    #[test]
    fn common_word_prefixes() {
        let g = load(&[("people.tsv", "name\taliases\n")]).unwrap();
        assert!(g.is_common_word("said"));
        assert!(g.is_common_word_prefix("peru"));
        assert!(g.is_common_word_prefix("turkey"));
        assert!(!g.is_common_word_prefix("doha"));
        assert_eq!(g.common_word_rank("said"), Some(0));
        assert_eq!(g.common_word_rank("turkey"), Some(3));
        assert_eq!(g.common_word_rank("doha"), None);
    }

    #[test]
    fn capitals_aliases() {
        for (alias, caps) in [
            ("US", true),
            ("U.S.", true),
            ("PLO", true),
            ("Us", false),
            ("A", false),
            ("DR Congo", false),
            ("Blinken", false),
        ] {
            assert_eq!(is_capitals_alias(alias), caps, "{alias}");
        }
    }

    #[test]
    fn builtin_loads() {
        let g = Gazetteer::builtin().expect("the shipped gazetteer loads");
        assert!(g.entities().len() <= u32::MAX as usize);
    }
}
