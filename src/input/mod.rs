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
//! time (decompressing as it goes), so memory does not grow with the corpus. It streams
//! each document in 64 KB chunks, so a NUL byte (binary: `/dev/zero`, a gzip bomb of
//! zeros) stops the read at the first chunk, and a document or record over the size
//! limit (default 64 MiB, [`DocumentReader::max_document_size`]) is skipped without
//! being held whole.
//!
//! Folders: an entry that cannot be followed or listed (a broken or looping symbolic
//! link, an unreadable subfolder) is a [`Problem`], and the walk goes on
//! ([`collect_inputs`]); a file named twice, directly or through folders and links, is
//! read once. Ids are unique per run: a document whose id was already read is skipped
//! with a [`Problem`] naming both places (the first one read wins).
//!
//! A plain file has no place for a date, title or URL: a sidecar file gives them by
//! document id ([`metadata`], `build --metadata FILE`), and replaces what a JSON Lines
//! record or `--date-from` said where it gives a value.

pub mod gzip;
pub mod metadata;

pub use metadata::{Metadata, MetadataError};

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use regex::Regex;
use serde::Deserialize;

use crate::text::{decode, DecodeError, Decoded};

/// What is known of a document besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentMeta {
    /// Document id.
    pub id: String,
    /// Date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// URL.
    pub url: Option<String>,
}

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
#[non_exhaustive]
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
#[non_exhaustive]
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
    /// The document is larger than the limit (`--max-document-size`).
    #[error(
        "{path}: skipped: larger than the {limit}-byte document limit \
         (raise it with --max-document-size)"
    )]
    TooLarge {
        /// Path or `<stdin>`.
        path: String,
        /// The limit, in bytes.
        limit: u64,
    },
}

/// The default per-document size limit (`--max-document-size`): 64 MiB of decompressed
/// text per plain document or JSON Lines record.
pub const DEFAULT_MAX_DOCUMENT_SIZE: u64 = 64 << 20;

/// The documents to read, and what was skipped or merged while listing them.
#[derive(Debug, Default)]
pub struct Inputs {
    /// The documents, in order.
    pub sources: Vec<DocumentSource>,
    /// Entries of input folders that could not be listed or followed (broken or looping
    /// symbolic links, unreadable folders): skipped, and the run goes on.
    pub problems: Vec<Problem>,
    /// Files named more than once (`build corpus corpus/`), read only the first time.
    pub repeated: usize,
}

/// Expands inputs into documents, in the order given (folders sorted by path); see
/// [`collect_inputs`].
///
/// # Errors
/// As [`collect_inputs`].
pub fn collect_sources(inputs: &[PathBuf]) -> Result<Vec<DocumentSource>, InputError> {
    collect_inputs(inputs).map(|inputs| inputs.sources)
}

/// A message naming a folder entry that cannot be walked, and why it is skipped.
fn walk_problem(error: &walkdir::Error, input: &Path) -> Problem {
    let path = error.path().unwrap_or(input).display().to_string();
    let why = if let Some(ancestor) = error.loop_ancestor() {
        format!(
            "a symbolic link loop (it leads back to {})",
            ancestor.display()
        )
    } else if error
        .io_error()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound)
        && error
            .path()
            .is_some_and(|p| p.symlink_metadata().is_ok_and(|m| m.is_symlink()))
    {
        "a broken symbolic link (its target does not exist)".to_string()
    } else {
        match error.io_error() {
            Some(io) => format!("cannot read: {io}"),
            None => error.to_string(),
        }
    };
    Problem {
        document: path.clone(),
        message: format!("{path}: skipped: {why}"),
        skipped: true,
    }
}

/// Expands inputs into documents, in the order given (folders sorted by path).
///
/// Inside a folder, an entry that cannot be followed or listed (a broken or looping
/// symbolic link, an unreadable subfolder) is skipped with a [`Problem`]; a file named
/// twice (directly or through folders or links) is read once, where it first appears.
///
/// # Errors
/// A named path that does not exist or cannot be read; `-` twice.
pub fn collect_inputs(inputs: &[PathBuf]) -> Result<Inputs, InputError> {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    let mut seen = HashSet::new();
    let mut repeated = 0;
    let mut stdin = false;
    let mut add = |sources: &mut Vec<DocumentSource>, path: PathBuf| {
        let real = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if !seen.insert(real) {
            repeated += 1;
            return;
        }
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
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    problems.push(walk_problem(&e, input));
                    continue;
                }
            };
            if entry.file_type().is_file() && FileKind::is_document(entry.path()) {
                files.push(entry.into_path());
            }
        }
        files.sort();
        for file in files {
            add(&mut sources, file);
        }
    }
    Ok(Inputs {
        sources,
        problems,
        repeated,
    })
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

/// Reads all of `reader` and decodes it as one document, stopping early at the first
/// NUL byte (binary) or past `limit` bytes, so `/dev/zero` or a gzip bomb costs one
/// chunk of memory, not all of it.
fn read_text(
    source: &DocumentSource,
    mut reader: impl Read,
    limit: u64,
) -> Result<Decoded, DocumentError> {
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(DocumentError::Read {
                    path: source.display(),
                    source: e,
                })
            }
        };
        let read = &chunk[..n];
        if let Some(at) = read.iter().position(|&b| b == 0) {
            return Err(DocumentError::Binary {
                path: source.display(),
                offset: bytes.len() + at,
            });
        }
        if (bytes.len() + n) as u64 > limit {
            return Err(DocumentError::TooLarge {
                path: source.display(),
                limit,
            });
        }
        bytes.extend_from_slice(read);
    }
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
        Source::File(path) => {
            return read_text(
                source,
                File::open(path).map_err(error)?,
                DEFAULT_MAX_DOCUMENT_SIZE,
            )
        }
        Source::Stdin => {
            let (content, stdin) = gzip::sniff(std::io::stdin()).map_err(error)?;
            if content == gzip::Content::Gzip {
                gzip::decompress(stdin).map_err(error)?
            } else {
                Box::new(stdin)
            }
        }
    };
    read_text(source, reader, DEFAULT_MAX_DOCUMENT_SIZE)
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

impl Document {
    /// A document from the fields of a record, as a JSON Lines line (or a row of a
    /// table) gives them: the date normalised to `YYYY-MM-DD` (one that is not ISO 8601
    /// is ignored, with a warning naming `location`), a blank title or URL left out.
    pub fn from_fields(
        location: &str,
        id: String,
        text: String,
        date: Option<&str>,
        title: Option<String>,
        url: Option<String>,
    ) -> Document {
        let mut warnings = Vec::new();
        let date = date.and_then(|d| match parse_date(d) {
            Ok(day) => Some(day),
            Err(e) => {
                warnings.push(format!("{location}: {e}; the date is ignored"));
                None
            }
        });
        Document {
            meta: DocumentMeta {
                id,
                date,
                title: title.filter(|t| !t.trim().is_empty()),
                url: url.filter(|u| !u.trim().is_empty()),
            },
            text,
            warnings,
        }
    }
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

/// Why a date was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// The text is not shaped like a date.
    #[error("{0:?} is not a date: use YYYY-MM-DD (or an ISO 8601 timestamp)")]
    Shape(String),
    /// The text is shaped like a date, but no calendar has that day or time
    /// (`2024-02-31`, `2023-02-29`, `T25:00`).
    #[error("{text:?} is not a real date: {reason}")]
    Impossible {
        /// The text.
        text: String,
        /// What is out of range, as `jiff` says it.
        reason: String,
    },
}

/// Parses an ISO 8601 date or timestamp (or `YYYYMMDD`) to its day, `YYYY-MM-DD`.
///
/// The day must exist in the proleptic Gregorian calendar (checked by `jiff`):
/// `2024-02-29` is a day, `2023-02-29` and `2024-02-31` are not. A time after `T` (or a
/// space) must be a real `HH:MM[:SS]` (a leap second `:60` is allowed); an offset or a
/// fraction may follow it and is ignored, so a timestamp counts for the day written in it.
///
/// # Errors
/// [`DateError::Shape`] for text that is not a date; [`DateError::Impossible`] for a
/// day or time no calendar has.
pub fn parse_date(s: &str) -> Result<String, DateError> {
    let text = s;
    let s = s.trim();
    let shape = || DateError::Shape(text.to_string());
    let digits = |r: Range<usize>| s.get(r).filter(|d| d.bytes().all(|b| b.is_ascii_digit()));
    let (y, m, d, rest) = if s.get(4..5) == Some("-") && s.get(7..8) == Some("-") {
        (digits(0..4), digits(5..7), digits(8..10), s.get(10..))
    } else {
        (digits(0..4), digits(4..6), digits(6..8), s.get(8..))
    };
    let (Some(y), Some(m), Some(d), Some(rest)) = (y, m, d, rest) else {
        return Err(shape());
    };
    let impossible = |e: jiff::Error| DateError::Impossible {
        text: text.to_string(),
        reason: e.to_string(),
    };
    let number = |d: &str| d.parse::<i16>().map_err(|_| shape());
    let (year, month, day) = (number(y)?, number(m)?, number(d)?);
    let (Ok(month), Ok(day)) = (i8::try_from(month), i8::try_from(day)) else {
        return Err(shape());
    };
    jiff::civil::Date::new(year, month, day).map_err(impossible)?;
    if !rest.is_empty() {
        let time = rest
            .strip_prefix(['T', 't', ' '])
            .and_then(time_fields)
            .ok_or_else(shape)?;
        let (hour, minute, second) = time;
        // jiff has no leap seconds; `:60` is the last second of its minute.
        jiff::civil::Time::new(hour, minute, second.min(59), 0).map_err(impossible)?;
    }
    Ok(format!("{y}-{m}-{d}"))
}

/// Parses a day given on the command line (`--since`, `--until`): exactly `YYYY-MM-DD`,
/// a real calendar day.
///
/// # Errors
/// As [`parse_date`]; a timestamp or `YYYYMMDD` is a [`DateError::Shape`] here.
pub fn parse_day(s: &str) -> Result<String, DateError> {
    let day = parse_date(s)?;
    if day.len() == s.trim().len() {
        Ok(day)
    } else {
        Err(DateError::Shape(s.to_string()))
    }
}

/// [`parse_date`], or `None` when it is not a date.
pub fn normalize_date(s: &str) -> Option<String> {
    parse_date(s).ok()
}

/// The `HH:MM[:SS]` at the start of a time (an offset or fraction may follow).
fn time_fields(s: &str) -> Option<(i8, i8, i8)> {
    let field = |r: Range<usize>| {
        s.get(r)
            .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse::<i8>().ok())
    };
    if s.get(2..3) != Some(":") {
        return None;
    }
    let (hour, minute) = (field(0..2)?, field(3..5)?);
    let second = if s.get(5..6) == Some(":") {
        field(6..8)?
    } else {
        0
    };
    Some((hour, minute, second))
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
///
/// Each plain document and each JSON Lines record may be at most
/// [`DocumentReader::max_document_size`] bytes (decompressed); a larger one is skipped
/// with a [`Problem`], as is one with a NUL byte, found while streaming.
///
/// Document ids are unique: a document whose id was already used (two JSON Lines
/// records with one `"id"`, or a record named like a plain file) is skipped with a
/// [`Problem`] naming both places, so nothing is counted twice. The first one read wins.
pub struct DocumentReader {
    sources: std::vec::IntoIter<DocumentSource>,
    jsonl: Option<JsonlState>,
    date_rule: Option<DateRule>,
    metadata: Option<std::sync::Arc<Metadata>>,
    limit: u64,
    /// Every id read so far: the source (index into `names`) and line it came from.
    seen: std::collections::HashMap<String, (usize, usize)>,
    /// The display names of the sources opened so far.
    names: Vec<String>,
}

/// What one bounded line read found.
enum Line {
    /// End of the stream.
    End,
    /// A whole line (up to the limit) is in the buffer.
    Read,
    /// The line is longer than the limit; it was skipped up to its end.
    TooLong,
    /// A NUL byte: the stream is binary.
    Binary,
}

/// Reads one line into `buffer` (at most `limit` bytes, newline included); a longer
/// line is read to its end without being kept, and a NUL byte stops the read.
fn read_line(reader: &mut dyn BufRead, buffer: &mut Vec<u8>, limit: u64) -> std::io::Result<Line> {
    let mut length: u64 = 0;
    let mut any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(match (any, length > limit) {
                (false, _) => Line::End,
                (true, true) => Line::TooLong,
                (true, false) => Line::Read,
            });
        }
        any = true;
        let (part, done) = match available.iter().position(|&b| b == b'\n') {
            Some(at) => (&available[..=at], true),
            None => (available, false),
        };
        if part.contains(&0) {
            return Ok(Line::Binary);
        }
        let used = part.len();
        length = length.saturating_add(used as u64);
        if length <= limit {
            buffer.extend_from_slice(part);
        } else {
            buffer.clear();
        }
        reader.consume(used);
        if done {
            return Ok(if length > limit {
                Line::TooLong
            } else {
                Line::Read
            });
        }
    }
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
            metadata: None,
            limit: DEFAULT_MAX_DOCUMENT_SIZE,
            seen: std::collections::HashMap::new(),
            names: Vec::new(),
        }
    }

    /// Sets the largest document (or JSON Lines record) read, in bytes; larger ones are
    /// skipped with a [`Problem`]. The default is [`DEFAULT_MAX_DOCUMENT_SIZE`].
    pub fn max_document_size(mut self, limit: u64) -> DocumentReader {
        self.limit = limit;
        self
    }

    /// Gives documents the date, title and URL of their row in a sidecar file (see
    /// [`metadata`]); the sidecar notes which rows were used.
    pub fn metadata(mut self, metadata: std::sync::Arc<Metadata>) -> DocumentReader {
        self.metadata = Some(metadata);
        self
    }

    /// Records `id` as read from the current source at `line` (0 for a plain file), or
    /// says where it was read before.
    fn claim(&mut self, id: &str, line: usize) -> Result<(), String> {
        let here = (self.names.len().saturating_sub(1), line);
        match self.seen.entry(id.to_string()) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(here);
                Ok(())
            }
            std::collections::hash_map::Entry::Occupied(first) => {
                let (source, line) = *first.get();
                let name = self.names.get(source).map_or("?", String::as_str);
                Err(if line == 0 {
                    name.to_string()
                } else {
                    format!("{name}:{line}")
                })
            }
        }
    }

    fn next_jsonl(&mut self) -> Option<Result<Document, Problem>> {
        let state = self.jsonl.as_mut()?;
        loop {
            state.buffer.clear();
            state.line += 1;
            let location = format!("{}:{}", state.name, state.line);
            match read_line(&mut state.reader, &mut state.buffer, self.limit) {
                Ok(Line::End) => {
                    self.jsonl = None;
                    return None;
                }
                Ok(Line::Read) => {}
                Ok(Line::TooLong) => {
                    return Some(Err(Problem {
                        document: location.clone(),
                        message: format!(
                            "{location}: skipped: record larger than the {}-byte document \
                             limit (raise it with --max-document-size)",
                            self.limit
                        ),
                        skipped: true,
                    }));
                }
                Ok(Line::Binary) => {
                    self.jsonl = None;
                    return Some(Err(Problem {
                        document: location.clone(),
                        message: format!(
                            "{location}: skipped: looks binary (NUL byte); the rest of the \
                             file is skipped"
                        ),
                        skipped: true,
                    }));
                }
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
            // `from_utf8` first: it reads ASCII a word at a time, `from_utf8_lossy` a byte.
            let decoded = match std::str::from_utf8(&state.buffer) {
                Ok(line) => std::borrow::Cow::Borrowed(line),
                Err(_) => String::from_utf8_lossy(&state.buffer),
            };
            // Borrowed exactly when the line is valid UTF-8: not checked a second time.
            let invalid_utf8 = matches!(decoded, std::borrow::Cow::Owned(_));
            let line = decoded.trim_start_matches('\u{feff}').trim();
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
            let id = match record.id {
                Some(serde_json::Value::String(id)) if !id.trim().is_empty() => id,
                Some(serde_json::Value::Number(n)) => n.to_string(),
                _ => format!("{}:{}", state.stem, state.line),
            };
            let line = state.line;
            if let Err(first) = self.claim(&id, line) {
                return Some(Err(problem(format!(
                    "skipped: document id {id:?} is already used by {first}"
                ))));
            }
            let mut document = Document::from_fields(
                &location,
                id,
                text,
                record.date.as_deref(),
                record.title,
                record.url,
            );
            if let Some(metadata) = &self.metadata {
                metadata.apply(&mut document.meta);
            }
            if invalid_utf8 {
                document
                    .warnings
                    .push(format!("{location}: invalid UTF-8 replaced"));
            }
            return Some(Ok(document));
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
            self.names.push(source.display());
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
                Ok(Opened::Text(reader)) => read_text(&source, reader, self.limit),
                Err(e) => Err(e),
            };
            if read.is_ok() {
                if let Err(first) = self.claim(&source.id, 0) {
                    return Some(Err(Problem {
                        document: source.id.clone(),
                        message: format!(
                            "{}: skipped: document id {:?} is already used by {first}",
                            source.display(),
                            source.id
                        ),
                        skipped: true,
                    }));
                }
            }
            let date = match (&source.source, &self.date_rule) {
                (Source::File(path), Some(rule)) => rule.date_of(path),
                _ => None,
            };
            return Some(match read {
                Ok(decoded) => {
                    let mut meta = DocumentMeta {
                        id: source.id.clone(),
                        date,
                        title: None,
                        url: None,
                    };
                    if let Some(metadata) = &self.metadata {
                        metadata.apply(&mut meta);
                    }
                    Ok(Document {
                        warnings: decoded
                            .warnings
                            .iter()
                            .map(|w| format!("{}: {w}", source.display()))
                            .collect(),
                        meta,
                        text: decoded.text,
                    })
                }
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
            ("2024-02-29", Some("2024-02-29")),
            ("2023-02-29", None),
            ("2024-02-30", None),
            ("2100-02-29", None),
            ("2000-02-29", Some("2000-02-29")),
            ("2024-04-31", None),
            ("9999-12-31T25:99:99Z", None),
            ("2024-09-17T23:59:60Z", Some("2024-09-17")),
            ("2024-09-17T10:00+02:00", Some("2024-09-17")),
            ("2024-09-17T10", None),
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
    fn impossible_dates_say_why_and_shapes_say_how() {
        let impossible = |s: &str| matches!(parse_date(s), Err(DateError::Impossible { .. }));
        let shape = |r: Result<String, DateError>| matches!(r, Err(DateError::Shape(_)));
        for s in [
            "2024-02-31",
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-09-17T24:00",
        ] {
            assert!(impossible(s), "{s:?}: {:?}", parse_date(s));
        }
        let message = parse_date("2024-02-31").unwrap_err().to_string();
        assert!(
            message.starts_with("\"2024-02-31\" is not a real date: ") && message.contains("day"),
            "{message}"
        );
        assert!(shape(parse_date("31/02/2024")));
        // A command-line day is a day: no time, no compact form.
        assert_eq!(parse_day(" 2024-02-29 ").as_deref(), Ok("2024-02-29"));
        assert!(shape(parse_day("2024-02-29T10:00")));
        assert!(shape(parse_day("20240229")));
        assert!(matches!(
            parse_day("2024-02-30"),
            Err(DateError::Impossible { .. })
        ));
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
