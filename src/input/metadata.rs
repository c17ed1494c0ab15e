//! A metadata sidecar: the date, title and URL of documents named by id, for corpora
//! whose files cannot carry them (a folder of `.txt` articles).
//!
//! `build --metadata FILE` reads it. The file is CSV (`.csv`: a header row, then one row
//! per document) or JSON Lines (`.jsonl`: one object per line):
//!
//! ```text
//! # comment lines start with '#' (CSV only)
//! id,date,title,url
//! 000_51bb5d51aefbd0d7,2024-03-21,Blinken arrives in Cairo,
//! ```
//!
//! The rules:
//! - **Columns**: `id` (required) and any of `date`, `title`, `url`, in any order, named
//!   case-insensitively. Any other column (or JSON field) is an error: `data` for `date`
//!   would otherwise drop every date in silence.
//! - **Ids** are the ids `build` gives documents ([`super::collect_inputs`]): a plain
//!   file's stem (`corpus/000_51bb.txt` is `000_51bb`), a JSON Lines record's `"id"`.
//!   Each id once.
//! - **Cells**: an empty cell (or a missing JSON field) is "not known". A date is ISO 8601
//!   and a real calendar day ([`super::parse_date`], checked by `jiff`); its day is kept.
//! - **Bad rows are errors**: a row without an id, a repeated id, an impossible date, a
//!   row with more or fewer cells than the header, invalid UTF-8. Every bad row is listed
//!   (file and line) and nothing is built: the sidecar is the user's own statement about
//!   the corpus, and a date dropped with a warning would move a document out of every
//!   date range unnoticed. (A bad date inside a JSON Lines document is only a warning,
//!   as one bad document does not stop a run.)
//! - **Precedence**: a value given here replaces the document's own (a JSON Lines field,
//!   a `--date-from` match); an empty cell leaves it.
//! - **Rows that match no document** are not errors (a part of a corpus is built with
//!   the whole corpus's sidecar): [`Metadata::unused`] lists them after the run, and
//!   [`Metadata::documents_without_row`] counts the documents it said nothing about, so
//!   the caller can report a misspelt id.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use serde::Deserialize;

use super::{parse_date, DocumentMeta};

/// The bad rows listed in a [`MetadataError::Rows`]; more are counted.
const MAX_LISTED: usize = 20;

/// The columns a sidecar may have.
const COLUMNS: [&str; 4] = ["id", "date", "title", "url"];

/// One bad row of a sidecar: its line (1-based) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The line the row starts on.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

/// Why a sidecar could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MetadataError {
    /// The file cannot be opened or read.
    #[error("cannot read metadata file {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file name ends in neither `.csv` nor `.jsonl`.
    #[error(
        "metadata file {}: name it .csv (columns id,date,title,url) or .jsonl \
         ({{\"id\", \"date\", \"title\", \"url\"}} per line)",
        path.display()
    )]
    Format {
        /// The file.
        path: PathBuf,
    },
    /// Rows (or the header) are wrong; nothing is read.
    #[error("{}", list_rows(path, rows, *more))]
    Rows {
        /// The file.
        path: PathBuf,
        /// The first bad rows, in file order.
        rows: Vec<RowError>,
        /// Bad rows past the first ones listed.
        more: usize,
    },
}

/// `FILE:LINE: message` per bad row, one per line.
fn list_rows(path: &Path, rows: &[RowError], more: usize) -> String {
    let mut text = rows
        .iter()
        .map(|row| format!("{}:{}: {}", path.display(), row.line, row.message))
        .collect::<Vec<_>>()
        .join("\n");
    if more > 0 {
        text.push_str(&format!("\nand {more} more bad rows in {}", path.display()));
    }
    text
}

/// One row: where it is and what it says.
#[derive(Debug)]
struct Row {
    line: usize,
    id: String,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
}

/// A sidecar, read and checked: what it says per document id, and which rows were used.
#[derive(Debug)]
pub struct Metadata {
    path: PathBuf,
    rows: Vec<Row>,
    index: HashMap<String, usize>,
    used: Vec<AtomicBool>,
    without_row: AtomicU64,
}

/// Collects bad rows (the first [`MAX_LISTED`], then a count).
#[derive(Default)]
struct Bad {
    rows: Vec<RowError>,
    more: usize,
}

impl Bad {
    fn push(&mut self, line: usize, message: String) {
        if self.rows.len() < MAX_LISTED {
            self.rows.push(RowError { line, message });
        } else {
            self.more += 1;
        }
    }
}

/// One JSON Lines row.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonRow {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// A row as read, before it is checked: line, then the id, date, title and URL cells.
type Cells = (
    usize,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// A cell's value: trimmed, `None` when empty.
fn cell(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

impl Metadata {
    /// Reads a sidecar, CSV or JSON Lines by its extension.
    ///
    /// # Errors
    /// [`MetadataError::Read`] for an unreadable file, [`MetadataError::Format`] for
    /// another extension, [`MetadataError::Rows`] listing every bad row.
    pub fn from_path(path: &Path) -> Result<Metadata, MetadataError> {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let jsonl = match extension.to_ascii_lowercase().as_str() {
            "csv" => false,
            "jsonl" => true,
            _ => {
                return Err(MetadataError::Format {
                    path: path.to_path_buf(),
                })
            }
        };
        let file = File::open(path).map_err(|source| MetadataError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        if jsonl {
            Metadata::from_jsonl(path, BufReader::new(file))
        } else {
            Metadata::from_csv(path, file)
        }
    }

    /// Reads CSV rows from `reader`; `path` names it in errors.
    ///
    /// # Errors
    /// As [`Metadata::from_path`].
    pub fn from_csv(path: &Path, reader: impl Read) -> Result<Metadata, MetadataError> {
        let read_error = |e: csv::Error| MetadataError::Read {
            path: path.to_path_buf(),
            source: std::io::Error::other(e.to_string()),
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .comment(Some(b'#'))
            .flexible(false)
            .from_reader(reader);
        let mut bad = Bad::default();
        let header = reader.byte_headers().map_err(read_error)?.clone();
        let header_line = header.position().map_or(1, |p| p.line() as usize);
        if header.is_empty() {
            bad.push(
                header_line,
                "no header row: the first line names the columns, e.g. id,date,title,url".into(),
            );
            return Err(bad.into_error(path));
        }
        // Column positions of id, date, title, url.
        let mut columns: [Option<usize>; 4] = [None; 4];
        for (at, name) in header.iter().enumerate() {
            let name = String::from_utf8_lossy(name).trim().to_ascii_lowercase();
            match COLUMNS.iter().position(|c| *c == name) {
                Some(known) if columns[known].is_some() => {
                    bad.push(header_line, format!("column {name:?} is named twice"))
                }
                Some(known) => columns[known] = Some(at),
                None => bad.push(
                    header_line,
                    format!(
                        "unknown column {name:?}: the columns are id (required), date, \
                         title and url"
                    ),
                ),
            }
        }
        if columns[0].is_none() {
            bad.push(
                header_line,
                "no id column: the header names the columns, e.g. id,date,title,url".into(),
            );
        }
        if !bad.rows.is_empty() {
            return Err(bad.into_error(path));
        }
        let mut rows = Vec::new();
        for record in reader.byte_records() {
            let record = match record {
                Ok(record) => record,
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line() as usize);
                    match e.kind() {
                        csv::ErrorKind::UnequalLengths {
                            expected_len, len, ..
                        } => bad.push(
                            line,
                            format!(
                                "the row has {len} cells and the header {expected_len} \
                                 (quote a cell holding a comma: \"Cairo, Egypt\")"
                            ),
                        ),
                        csv::ErrorKind::Io(_) => return Err(read_error(e)),
                        _ => bad.push(line, e.to_string()),
                    }
                    continue;
                }
            };
            let line = record.position().map_or(0, |p| p.line() as usize);
            let Ok(record) = csv::StringRecord::from_byte_record(record) else {
                bad.push(line, "invalid UTF-8".into());
                continue;
            };
            let get = |column: Option<usize>| {
                cell(column.and_then(|at| record.get(at)).map(str::to_string))
            };
            rows.push((
                line,
                get(columns[0]),
                get(columns[1]),
                get(columns[2]),
                get(columns[3]),
            ));
        }
        Metadata::from_rows(path, rows, bad)
    }

    /// Reads JSON Lines rows from `reader`; `path` names it in errors. Blank lines are
    /// skipped.
    ///
    /// # Errors
    /// As [`Metadata::from_path`].
    pub fn from_jsonl(path: &Path, reader: impl BufRead) -> Result<Metadata, MetadataError> {
        let mut bad = Bad::default();
        let mut rows = Vec::new();
        for (at, line) in reader.split(b'\n').enumerate() {
            let number = at + 1;
            let line = line.map_err(|source| MetadataError::Read {
                path: path.to_path_buf(),
                source,
            })?;
            let Ok(text) = std::str::from_utf8(&line) else {
                bad.push(number, "invalid UTF-8".into());
                continue;
            };
            let text = text.trim_start_matches('\u{feff}').trim();
            if text.is_empty() {
                continue;
            }
            match serde_json::from_str::<JsonRow>(text) {
                Ok(row) => {
                    let id = match row.id {
                        Some(serde_json::Value::String(id)) => Some(id),
                        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
                        _ => None,
                    };
                    rows.push((
                        number,
                        cell(id),
                        cell(row.date),
                        cell(row.title),
                        cell(row.url),
                    ));
                }
                Err(e) if e.to_string().starts_with("unknown field `text`") => bad.push(
                    number,
                    "a \"text\" field: this is a file of documents; give it as an input, \
                     not as --metadata"
                        .into(),
                ),
                Err(e) => bad.push(
                    number,
                    format!(
                        "not a metadata record ({e}); each line is {{\"id\", \"date\", \
                         \"title\", \"url\"}}, only id required"
                    ),
                ),
            }
        }
        Metadata::from_rows(path, rows, bad)
    }

    /// Checks the rows' ids and dates and indexes them.
    fn from_rows(path: &Path, rows: Vec<Cells>, mut bad: Bad) -> Result<Metadata, MetadataError> {
        let mut kept = Vec::with_capacity(rows.len());
        let mut index: HashMap<String, usize> = HashMap::with_capacity(rows.len());
        for (line, id, date, title, url) in rows {
            let Some(id) = id else {
                bad.push(
                    line,
                    "no id: each row names the document it describes".into(),
                );
                continue;
            };
            let date = match date.as_deref().map(parse_date).transpose() {
                Ok(date) => date,
                Err(e) => {
                    bad.push(line, format!("document {id:?}: {e}"));
                    continue;
                }
            };
            if let Some(&first) = index.get(&id) {
                let first: &Row = &kept[first];
                bad.push(
                    line,
                    format!(
                        "document {id:?} is described twice (first on line {})",
                        first.line
                    ),
                );
                continue;
            }
            index.insert(id.clone(), kept.len());
            kept.push(Row {
                line,
                id,
                date,
                title,
                url,
            });
        }
        if !bad.rows.is_empty() {
            return Err(bad.into_error(path));
        }
        Ok(Metadata {
            path: path.to_path_buf(),
            used: kept.iter().map(|_| AtomicBool::new(false)).collect(),
            rows: kept,
            index,
            without_row: AtomicU64::new(0),
        })
    }

    /// The file read.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many documents it describes.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether it describes no document.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Sets what the sidecar says of the document `meta.id` (its non-empty cells replace
    /// the document's own values), and notes the row as used or the document as without
    /// a row.
    pub fn apply(&self, meta: &mut DocumentMeta) {
        let Some(&at) = self.index.get(&meta.id) else {
            self.without_row.fetch_add(1, Ordering::Relaxed);
            return;
        };
        self.used[at].store(true, Ordering::Relaxed);
        let row = &self.rows[at];
        if let Some(date) = &row.date {
            meta.date = Some(date.clone());
        }
        if let Some(title) = &row.title {
            meta.title = Some(title.clone());
        }
        if let Some(url) = &row.url {
            meta.url = Some(url.clone());
        }
    }

    /// The rows no document read so far matched, as (line, id) in file order.
    pub fn unused(&self) -> Vec<(usize, &str)> {
        self.rows
            .iter()
            .zip(&self.used)
            .filter(|(_, used)| !used.load(Ordering::Relaxed))
            .map(|(row, _)| (row.line, row.id.as_str()))
            .collect()
    }

    /// How many documents read so far have no row.
    pub fn documents_without_row(&self) -> u64 {
        self.without_row.load(Ordering::Relaxed)
    }
}

impl Bad {
    fn into_error(self, path: &Path) -> MetadataError {
        MetadataError::Rows {
            path: path.to_path_buf(),
            rows: self.rows,
            more: self.more,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(text: &str) -> Result<Metadata, MetadataError> {
        Metadata::from_csv(Path::new("meta.csv"), text.as_bytes())
    }

    fn jsonl(text: &str) -> Result<Metadata, MetadataError> {
        Metadata::from_jsonl(Path::new("meta.jsonl"), text.as_bytes())
    }

    /// What the sidecar gives document `id` (starting from no metadata).
    fn meta_of(metadata: &Metadata, id: &str) -> DocumentMeta {
        let mut meta = DocumentMeta {
            id: id.into(),
            ..DocumentMeta::default()
        };
        metadata.apply(&mut meta);
        meta
    }

    fn meta(id: &str, date: Option<&str>, title: Option<&str>, url: Option<&str>) -> DocumentMeta {
        DocumentMeta {
            id: id.into(),
            date: date.map(str::to_string),
            title: title.map(str::to_string),
            url: url.map(str::to_string),
        }
    }

    #[test]
    fn good_files_give_each_document_its_cells() {
        // name, file (CSV unless it starts with '{'), id asked, expected meta
        for (name, text, id, expected) in [
            (
                "all columns",
                "id,date,title,url\na,2024-03-21,Blinken in Cairo,https://x.org/a\n",
                "a",
                meta(
                    "a",
                    Some("2024-03-21"),
                    Some("Blinken in Cairo"),
                    Some("https://x.org/a"),
                ),
            ),
            (
                "columns in any order, any case, padded",
                " URL , Title,ID,Date\nhttps://x.org/a, T ,a, 2024-03-21 \n",
                "a",
                meta("a", Some("2024-03-21"), Some("T"), Some("https://x.org/a")),
            ),
            (
                "empty cells are not known",
                "id,date,title,url\na,,,\n",
                "a",
                meta("a", None, None, None),
            ),
            (
                "only an id and a date",
                "id,date\na,2024-02-29\n",
                "a",
                meta("a", Some("2024-02-29"), None, None),
            ),
            (
                "a timestamp keeps its day",
                "id,date\na,2024-09-17T23:30:00-05:00\n",
                "a",
                meta("a", Some("2024-09-17"), None, None),
            ),
            (
                "quoted cells hold commas and quotes",
                "id,title\na,\"Cairo, Egypt: \"\"talks\"\"\"\n",
                "a",
                meta("a", None, Some("Cairo, Egypt: \"talks\""), None),
            ),
            (
                "comments and a byte-order mark",
                "\u{feff}# how the dates were found\nid,date\n# a comment row\na,2024-03-21\n",
                "a",
                meta("a", Some("2024-03-21"), None, None),
            ),
            (
                "CRLF line ends",
                "id,date\r\na,2024-03-21\r\n",
                "a",
                meta("a", Some("2024-03-21"), None, None),
            ),
            (
                "an id no row names gets nothing",
                "id,date\na,2024-03-21\n",
                "b",
                meta("b", None, None, None),
            ),
            (
                "JSON Lines, blank lines skipped, numeric id",
                "{\"id\": 7, \"date\": \"2024-03-21\", \"url\": \"https://x.org\"}\n\n",
                "7",
                meta("7", Some("2024-03-21"), None, Some("https://x.org")),
            ),
            (
                "JSON Lines, only an id",
                "{\"id\": \"a\"}\n",
                "a",
                meta("a", None, None, None),
            ),
        ] {
            let read = if text.starts_with('{') {
                jsonl(text)
            } else {
                csv(text)
            };
            let metadata = read.unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(meta_of(&metadata, id), expected, "{name}");
        }
    }

    #[test]
    fn bad_rows_are_errors_naming_each_line() {
        // name, file, expected "LINE: message fragment" per bad row
        for (name, text, expected) in [
            (
                "impossible date",
                "id,date\na,2024-02-31\n",
                vec![(2, "\"2024-02-31\" is not a real date")],
            ),
            (
                "not a leap year",
                "id,date\na,2023-02-29\n",
                vec![(2, "is not a real date")],
            ),
            (
                "not a date",
                "id,date\na,21/03/2024\n",
                vec![(2, "is not a date: use YYYY-MM-DD")],
            ),
            ("no id", "id,date\n,2024-03-21\n", vec![(2, "no id")]),
            (
                "repeated id",
                "id\na\nb\na\n",
                vec![(4, "described twice (first on line 2)")],
            ),
            (
                "too many cells",
                "id,title\na,Cairo, Egypt\n",
                vec![(2, "3 cells and the header 2")],
            ),
            (
                "too few cells",
                "id,date,title\na,2024-03-21\n",
                vec![(2, "2 cells and the header 3")],
            ),
            (
                "unknown column",
                "id,data\na,2024-03-21\n",
                vec![(1, "unknown column \"data\"")],
            ),
            (
                "no id column",
                "date,title\n2024-03-21,x\n",
                vec![(1, "no id column")],
            ),
            (
                "column twice",
                "id,date,Date\na,,\n",
                vec![(1, "column \"date\" is named twice")],
            ),
            ("empty file", "", vec![(1, "no header row")]),
            (
                "every bad row is listed, after comments",
                "# note\nid,date\na,2024-13-01\nb,2024-03-21\nc,2024-04-31\n",
                vec![(3, "\"2024-13-01\""), (5, "\"2024-04-31\"")],
            ),
            (
                "JSON Lines: a documents file",
                "{\"id\": \"a\", \"text\": \"Blinken met Shoukry.\"}\n",
                vec![(1, "this is a file of documents")],
            ),
            (
                "JSON Lines: unknown field and impossible date",
                "{\"id\": \"a\", \"data\": \"x\"}\n{\"id\": \"b\", \"date\": \"2024-02-30\"}\n",
                vec![
                    (1, "unknown field `data`"),
                    (2, "\"2024-02-30\" is not a real date"),
                ],
            ),
            (
                "JSON Lines: not JSON",
                "id,date\n",
                vec![(1, "not a metadata record")],
            ),
            (
                "JSON Lines: no id",
                "{\"date\": \"2024-03-21\"}\n",
                vec![(1, "no id")],
            ),
        ] {
            let read = if name.starts_with("JSON") {
                jsonl(text)
            } else {
                csv(text)
            };
            let Err(MetadataError::Rows { rows, more, path }) = read else {
                panic!("{name}: expected bad rows, got {read:?}");
            };
            assert_eq!(more, 0, "{name}");
            let got: Vec<usize> = rows.iter().map(|r| r.line).collect();
            let lines: Vec<usize> = expected.iter().map(|e| e.0).collect();
            assert_eq!(got, lines, "{name}: {rows:?}");
            for (row, (_, fragment)) in rows.iter().zip(&expected) {
                assert!(
                    row.message.contains(fragment),
                    "{name}: {:?} lacks {fragment:?}",
                    row.message
                );
            }
            let shown = MetadataError::Rows { path, rows, more }.to_string();
            assert!(
                shown.starts_with(&format!(
                    "meta.{}:{}: ",
                    if name.starts_with("JSON") {
                        "jsonl"
                    } else {
                        "csv"
                    },
                    lines[0]
                )),
                "{name}: {shown}"
            );
        }
    }

    #[test]
    fn many_bad_rows_are_counted_past_the_first_twenty() {
        let text: String = std::iter::once("id,date\n".to_string())
            .chain((0..25).map(|i| format!("d{i},2024-02-30\n")))
            .collect();
        let error = csv(&text).unwrap_err();
        let MetadataError::Rows { rows, more, .. } = &error else {
            panic!("{error:?}");
        };
        assert_eq!((rows.len(), *more), (20, 5));
        assert!(
            error
                .to_string()
                .ends_with("and 5 more bad rows in meta.csv"),
            "{error}"
        );
    }

    #[test]
    fn other_extensions_and_missing_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let tsv = dir.path().join("meta.tsv");
        std::fs::write(&tsv, "id\tdate\n").unwrap();
        assert!(matches!(
            Metadata::from_path(&tsv),
            Err(MetadataError::Format { .. })
        ));
        let missing = dir.path().join("missing.csv");
        let error = Metadata::from_path(&missing).unwrap_err();
        assert!(matches!(error, MetadataError::Read { .. }));
        assert!(error.to_string().contains("missing.csv"), "{error}");
        let good = dir.path().join("meta.JSONL");
        std::fs::write(&good, "{\"id\": \"a\"}\n").unwrap();
        assert_eq!(Metadata::from_path(&good).unwrap().len(), 1);
    }

    #[test]
    fn cells_replace_the_documents_own_values_and_uses_are_counted() {
        let metadata = csv("id,date,title,url\na,2024-03-21,,\nb,,New title,\nc,,,\n").unwrap();
        let mut own = meta(
            "a",
            Some("2020-01-01"),
            Some("Own title"),
            Some("https://own"),
        );
        metadata.apply(&mut own);
        assert_eq!(
            own,
            meta(
                "a",
                Some("2024-03-21"),
                Some("Own title"),
                Some("https://own")
            )
        );
        let mut other = meta("b", Some("2020-01-01"), None, None);
        metadata.apply(&mut other);
        assert_eq!(
            other,
            meta("b", Some("2020-01-01"), Some("New title"), None)
        );
        let mut stranger = meta("z", None, None, None);
        metadata.apply(&mut stranger);
        assert_eq!(metadata.unused(), vec![(4, "c")]);
        assert_eq!(metadata.documents_without_row(), 1);
    }
}
