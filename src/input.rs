//! Input documents: which files to read, their ids and metadata, and reading them.
//!
//! Inputs are files, folders (every `.txt`, `.jsonl`, `.txt.gz` and `.jsonl.gz` file
//! below, in sorted order) or `-` for standard input. A plain file is one document
//! whose id is its file stem (`corpus/000_51bb.txt` and `corpus/000_51bb.txt.gz` ->
//! `000_51bb`); when two files share a stem, the later one is named by its path without
//! the extensions instead, so ids stay unique.
//!
//! A `.jsonl` file holds one document per line: `{"id", "text", "date", "title",
//! "url"}`, only `text` required. A missing id becomes `STEM:LINE`; `date` is ISO 8601
//! (`2024-09-17` or `2024-09-17T10:00:00Z`; the date part is kept). A bad line is a
//! [`Problem`] naming file and line, and reading goes on.
//!
//! A name ending in `.gz` means gzip ([`gzip`]): the magic bytes are checked, every
//! member is read, and corrupt or truncated data is a [`Problem`] naming the file (and
//! the line reached, for JSON Lines); the documents before it are kept.
//!
//! Standard input has no name, so its first bytes decide: gzip magic means gzip (and
//! the decompressed bytes are looked at again), a `{` as the first non-whitespace byte
//! means JSON Lines (ids default to `stdin:LINE`), anything else is one plain-text
//! document `stdin`.
//!
//! [`DocumentReader`] reads the documents one at a time, and JSON Lines a line at a
//! time (decompressing as it goes), so memory does not grow with the corpus.

pub mod gzip;

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use regex::Regex;
use serde::Deserialize;

use crate::relate::DocumentMeta;
use crate::text::{decode, DecodeError, Decoded};

/// Where a document's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

/// A document to read, with its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentSource {
    /// Unique document id.
    pub id: String,
    /// Where to read it.
    pub source: Source,
}

impl DocumentSource {
    /// The path or `<stdin>`, for messages.
    pub fn display(&self) -> String {
        match &self.source {
            Source::File(path) => path.display().to_string(),
            Source::Stdin => "<stdin>".to_string(),
        }
    }
}

/// Why the list of inputs could not be made.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// A named path does not exist or cannot be read.
    #[error("cannot read input {}: {source}", path.display())]
    Unreadable {
        /// The path as given.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A folder could not be walked.
    #[error("cannot list folder {}: {message}", path.display())]
    Walk {
        /// The folder or the entry that failed.
        path: PathBuf,
        /// The cause.
        message: String,
    },
    /// `-` was given more than once.
    #[error("standard input (-) can be read only once")]
    StdinTwice,
}

/// Why one document could not be used.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// Reading failed.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// Path or `<stdin>`.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The bytes look binary.
    #[error("{path}: skipped: looks binary (NUL byte at offset {offset})")]
    Binary {
        /// Path or `<stdin>`.
        path: String,
        /// Where the NUL byte is.
        offset: usize,
    },
}

/// Expands inputs into documents, in the order given (folders sorted by path).
///
/// # Errors
/// A path that does not exist or cannot be listed; `-` twice.
pub fn collect_sources(inputs: &[PathBuf]) -> Result<Vec<DocumentSource>, InputError> {
    let mut sources = Vec::new();
    let mut ids = HashSet::new();
    let mut stdin = false;
    let mut add = |sources: &mut Vec<DocumentSource>, path: PathBuf| {
        let inner = if gzip::has_gz_extension(&path) {
            path.with_extension("")
        } else {
            path.clone()
        };
        let stem = inner
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let id = if ids.insert(stem.clone()) {
            stem
        } else {
            let long = inner.with_extension("").display().to_string();
            ids.insert(long.clone());
            long
        };
        sources.push(DocumentSource {
            id,
            source: Source::File(path),
        });
    };
    for input in inputs {
        if input.as_os_str() == "-" {
            if stdin {
                return Err(InputError::StdinTwice);
            }
            stdin = true;
            sources.push(DocumentSource {
                id: "stdin".into(),
                source: Source::Stdin,
            });
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|source| InputError::Unreadable {
            path: input.clone(),
            source,
        })?;
        if !meta.is_dir() {
            add(&mut sources, input.clone());
            continue;
        }
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(input).follow_links(true) {
            let entry = entry.map_err(|e| InputError::Walk {
                path: e.path().unwrap_or(input).to_path_buf(),
                message: e.to_string(),
            })?;
            if entry.file_type().is_file() && FileKind::is_document(entry.path()) {
                files.push(entry.into_path());
            }
        }
        files.sort();
        for file in files {
            add(&mut sources, file);
        }
    }
    Ok(sources)
}

/// What a file holds, from its name: `.jsonl` (or `.jsonl.gz`) is JSON Lines, anything
/// else one plain-text document; a final `.gz` means gzip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileKind {
    /// JSON Lines, one document per line.
    pub jsonl: bool,
    /// Gzip-compressed.
    pub gzip: bool,
}

impl FileKind {
    /// The kind of the file at `path`, by its name.
    pub fn of(path: &Path) -> FileKind {
        let gzip = gzip::has_gz_extension(path);
        let inner = if gzip {
            path.file_stem().map(Path::new)
        } else {
            Some(path)
        };
        FileKind {
            jsonl: inner
                .and_then(Path::extension)
                .is_some_and(|e| e == "jsonl"),
            gzip,
        }
    }

    /// Whether a file found in a folder is read: `.txt`, `.jsonl`, `.txt.gz`, `.jsonl.gz`.
    pub fn is_document(path: &Path) -> bool {
        let inner = if gzip::has_gz_extension(path) {
            path.file_stem().map(Path::new)
        } else {
            Some(path)
        };
        inner
            .and_then(Path::extension)
            .is_some_and(|e| e == "txt" || e == "jsonl")
    }
}

/// An opened source: a stream of JSON Lines, or the bytes of one plain-text document.
enum Opened {
    Jsonl(Box<dyn BufRead + Send>),
    Text(Box<dyn Read + Send>),
}

/// Opens a source as a stream: a file by its name ([`FileKind`]), standard input by
/// its first bytes ([`gzip::sniff`]).
fn open(source: &DocumentSource) -> Result<Opened, DocumentError> {
    let error = |e| DocumentError::Read {
        path: source.display(),
        source: e,
    };
    let (jsonl, reader): (bool, Box<dyn Read + Send>) = match &source.source {
        Source::File(path) => {
            let kind = FileKind::of(path);
            let file = File::open(path).map_err(error)?;
            let reader: Box<dyn Read + Send> = if kind.gzip {
                gzip::decompress(file).map_err(error)?
            } else {
                Box::new(file)
            };
            (kind.jsonl, reader)
        }
        Source::Stdin => {
            let (mut content, stdin) = gzip::sniff(std::io::stdin()).map_err(error)?;
            let mut reader: Box<dyn Read + Send> = Box::new(stdin);
            if content == gzip::Content::Gzip {
                let (inner, decompressed) =
                    gzip::sniff(gzip::decompress(reader).map_err(error)?).map_err(error)?;
                content = inner;
                reader = Box::new(decompressed);
            }
            (content == gzip::Content::Jsonl, reader)
        }
    };
    Ok(if jsonl {
        Opened::Jsonl(Box::new(BufReader::with_capacity(64 * 1024, reader)))
    } else {
        Opened::Text(reader)
    })
}

/// Reads all of `reader` and decodes it as one document.
fn read_text(source: &DocumentSource, mut reader: impl Read) -> Result<Decoded, DocumentError> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| DocumentError::Read {
            path: source.display(),
            source: e,
        })?;
    decode(&bytes).map_err(|e| match e {
        DecodeError::Binary { offset } => DocumentError::Binary {
            path: source.display(),
            offset,
        },
    })
}

/// Reads and decodes a source as one plain-text document (BOM dropped, invalid UTF-8
/// replaced with a warning), decompressing gzip: a file whose name ends in `.gz`, or
/// standard input that starts with the gzip magic. JSON Lines are not split into
/// records here; [`DocumentReader`] does that.
///
/// # Errors
/// Unreadable files, corrupt gzip data and binary content.
pub fn read_document(source: &DocumentSource) -> Result<Decoded, DocumentError> {
    let error = |e| DocumentError::Read {
        path: source.display(),
        source: e,
    };
    let reader: Box<dyn Read + Send> = match &source.source {
        Source::File(path) if gzip::has_gz_extension(path) => {
            gzip::decompress(File::open(path).map_err(error)?).map_err(error)?
        }
        Source::File(path) => return read_text(source, File::open(path).map_err(error)?),
        Source::Stdin => {
            let (content, stdin) = gzip::sniff(std::io::stdin()).map_err(error)?;
            if content == gzip::Content::Gzip {
                gzip::decompress(stdin).map_err(error)?
            } else {
                Box::new(stdin)
            }
        }
    };
    read_text(source, reader)
}

/// Something that went wrong with one document; the run goes on without it or with a
/// repaired copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Document id (or file path when no document could be made).
    pub document: String,
    /// The message, naming the file (and line for JSON Lines).
    pub message: String,
    /// Whether the document was left out.
    pub skipped: bool,
}

/// A document ready for analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Id, date, title, URL.
    pub meta: DocumentMeta,
    /// The decoded text.
    pub text: String,
    /// Repairs made while reading (invalid UTF-8), as messages naming the file.
    pub warnings: Vec<String>,
}

/// One JSON Lines record.
#[derive(Debug, Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// Normalises an ISO 8601 date or timestamp (or `YYYYMMDD`) to `YYYY-MM-DD`.
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    let digits = |r: Range<usize>| s.get(r).filter(|d| d.bytes().all(|b| b.is_ascii_digit()));
    let (y, m, d, rest) = if s.get(4..5) == Some("-") && s.get(7..8) == Some("-") {
        (
            digits(0..4)?,
            digits(5..7)?,
            digits(8..10)?,
            &s[10.min(s.len())..],
        )
    } else {
        (
            digits(0..4)?,
            digits(4..6)?,
            digits(6..8)?,
            &s[8.min(s.len())..],
        )
    };
    let (month, day): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    let ok_rest = rest.is_empty() || rest.starts_with(['T', 't', ' ']);
    (ok_rest && (1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{y}-{m}-{d}"))
}

use std::ops::Range;

/// How plain files get a date: a regular expression over the file name whose first
/// capture group (or whole match) is a date (`--date-from`).
#[derive(Debug, Clone)]
pub struct DateRule(Regex);

impl DateRule {
    /// Compiles the rule.
    ///
    /// # Errors
    /// An invalid regular expression.
    pub fn new(pattern: &str) -> Result<DateRule, regex::Error> {
        Regex::new(pattern).map(DateRule)
    }

    /// The date in a file name, if the rule finds one.
    pub fn date_of(&self, path: &Path) -> Option<String> {
        let name = path.file_name()?.to_string_lossy();
        let captures = self.0.captures(&name)?;
        let found = captures.get(1).or_else(|| captures.get(0))?;
        normalize_date(found.as_str())
    }
}

/// Reads documents one at a time from a list of sources.
pub struct DocumentReader {
    sources: std::vec::IntoIter<DocumentSource>,
    jsonl: Option<JsonlState>,
    date_rule: Option<DateRule>,
}

struct JsonlState {
    reader: Box<dyn BufRead + Send>,
    /// The path or `<stdin>`, for messages.
    name: String,
    stem: String,
    line: usize,
    buffer: Vec<u8>,
}

impl DocumentReader {
    /// A reader over `sources`, dating plain files with `date_rule` if given.
    pub fn new(sources: Vec<DocumentSource>, date_rule: Option<DateRule>) -> DocumentReader {
        DocumentReader {
            sources: sources.into_iter(),
            jsonl: None,
            date_rule,
        }
    }

    fn next_jsonl(&mut self) -> Option<Result<Document, Problem>> {
        let state = self.jsonl.as_mut()?;
        loop {
            state.buffer.clear();
            state.line += 1;
            let location = format!("{}:{}", state.name, state.line);
            match state.reader.read_until(b'\n', &mut state.buffer) {
                Ok(0) => {
                    self.jsonl = None;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    self.jsonl = None;
                    return Some(Err(Problem {
                        document: location.clone(),
                        message: format!(
                            "{location}: cannot read: {e}; the rest of the file is skipped"
                        ),
                        skipped: true,
                    }));
                }
            }
            let line = String::from_utf8_lossy(&state.buffer);
            let line = line.trim_start_matches('\u{feff}').trim();
            if line.is_empty() {
                continue;
            }
            let problem = |message: String| Problem {
                document: location.clone(),
                message: format!("{location}: {message}"),
                skipped: true,
            };
            let record: Record = match serde_json::from_str(line) {
                Ok(record) => record,
                Err(e) => return Some(Err(problem(format!("invalid JSON record: {e}")))),
            };
            let Some(text) = record.text else {
                return Some(Err(problem("record has no \"text\" string".into())));
            };
            let mut warnings = Vec::new();
            let id = match record.id {
                Some(serde_json::Value::String(id)) if !id.trim().is_empty() => id,
                Some(serde_json::Value::Number(n)) => n.to_string(),
                _ => format!("{}:{}", state.stem, state.line),
            };
            let date = record.date.as_deref().and_then(|d| {
                let normalized = normalize_date(d);
                if normalized.is_none() {
                    warnings.push(format!(
                        "{location}: date {d:?} is not ISO 8601 (YYYY-MM-DD); ignored"
                    ));
                }
                normalized
            });
            if std::str::from_utf8(&state.buffer).is_err() {
                warnings.push(format!("{location}: invalid UTF-8 replaced"));
            }
            return Some(Ok(Document {
                meta: DocumentMeta {
                    id,
                    date,
                    title: record.title.filter(|t| !t.trim().is_empty()),
                    url: record.url.filter(|u| !u.trim().is_empty()),
                },
                text,
                warnings,
            }));
        }
    }
}

impl Iterator for DocumentReader {
    type Item = Result<Document, Problem>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.jsonl.is_some() {
                if let Some(item) = self.next_jsonl() {
                    return Some(item);
                }
                continue;
            }
            let source = self.sources.next()?;
            let read = match open(&source) {
                Ok(Opened::Jsonl(reader)) => {
                    self.jsonl = Some(JsonlState {
                        reader,
                        name: source.display(),
                        stem: source.id.clone(),
                        line: 0,
                        buffer: Vec::new(),
                    });
                    continue;
                }
                Ok(Opened::Text(reader)) => read_text(&source, reader),
                Err(e) => Err(e),
            };
            let date = match (&source.source, &self.date_rule) {
                (Source::File(path), Some(rule)) => rule.date_of(path),
                _ => None,
            };
            return Some(match read {
                Ok(decoded) => Ok(Document {
                    warnings: decoded
                        .warnings
                        .iter()
                        .map(|w| format!("{}: {w}", source.display()))
                        .collect(),
                    meta: DocumentMeta {
                        id: source.id.clone(),
                        date,
                        title: None,
                        url: None,
                    },
                    text: decoded.text,
                }),
                Err(e) => Err(Problem {
                    document: source.id.clone(),
                    message: e.to_string(),
                    skipped: true,
                }),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for (input, expected) in [
            ("2024-09-17", Some("2024-09-17")),
            ("2024-09-17T10:00:00Z", Some("2024-09-17")),
            ("2024-09-17 10:00", Some("2024-09-17")),
            ("20240917", Some("2024-09-17")),
            (" 2024-01-31 ", Some("2024-01-31")),
            ("2024-13-01", None),
            ("2024-00-10", None),
            ("2024-1-5", None),
            ("17/09/2024", None),
            ("2024-09-17x", None),
            ("", None),
            ("é", None),
        ] {
            assert_eq!(normalize_date(input).as_deref(), expected, "{input:?}");
        }
    }

    #[test]
    fn file_kinds_by_name() {
        for (name, jsonl, gzip, document) in [
            ("a.txt", false, false, true),
            ("a.jsonl", true, false, true),
            ("a.txt.gz", false, true, true),
            ("a.jsonl.gz", true, true, true),
            ("dir.v2/a.jsonl.gz", true, true, true),
            ("a.gz", false, true, false),
            ("a.tar.gz", false, true, false),
            ("a.md", false, false, false),
            ("a.TXT", false, false, false),
            (".txt", false, false, false),
            (".txt.gz", false, true, false),
        ] {
            let path = Path::new(name);
            assert_eq!(FileKind::of(path), FileKind { jsonl, gzip }, "{name}");
            assert_eq!(FileKind::is_document(path), document, "{name}");
        }
    }

    #[test]
    fn compressed_files_are_named_by_their_stem() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a.txt", "a.txt.gz", "b.jsonl.gz", "c.txt.gz", "notes.gz"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let ids: Vec<String> = collect_sources(&[dir.path().to_path_buf()])
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        let long = dir.path().join("a").display().to_string();
        assert_eq!(ids, ["a", long.as_str(), "b", "c"]);
    }

    #[test]
    fn the_reader_can_move_to_another_thread() {
        fn send<T: Send>() {}
        send::<DocumentReader>();
    }

    #[test]
    fn date_rule_reads_file_names() {
        let rule = DateRule::new(r"(\d{4}-\d{2}-\d{2})").unwrap();
        assert_eq!(
            rule.date_of(Path::new("news/2024-09-17_cairo.txt"))
                .as_deref(),
            Some("2024-09-17")
        );
        assert_eq!(rule.date_of(Path::new("news/cairo.txt")), None);
        let rule = DateRule::new(r"^\d{8}").unwrap();
        assert_eq!(
            rule.date_of(Path::new("20240917-x.txt")).as_deref(),
            Some("2024-09-17")
        );
    }
}
