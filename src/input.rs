//! Input documents: which files to read, their ids, and reading them.
//!
//! Inputs are files, folders (every `.txt` file below, in sorted order) or `-` for
//! standard input. A document's id is its file stem (`corpus/000_51bb.txt` ->
//! `000_51bb`); when two files share a stem, the later one is named by its path
//! without the extension instead, so ids stay unique. Standard input is the
//! document `stdin`.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::text::{decode, Decoded};

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
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let id = if ids.insert(stem.clone()) {
            stem
        } else {
            let long = path.with_extension("").display().to_string();
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
            if entry.file_type().is_file() && has_text_extension(entry.path()) {
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

fn has_text_extension(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "txt")
}

/// Reads and decodes one document (BOM dropped, invalid UTF-8 replaced with a warning).
///
/// # Errors
/// Unreadable files and binary content.
pub fn read_document(source: &DocumentSource) -> Result<Decoded, DocumentError> {
    let bytes = match &source.source {
        Source::File(path) => std::fs::read(path),
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
        }
    }
    .map_err(|e| DocumentError::Read {
        path: source.display(),
        source: e,
    })?;
    decode(&bytes).map_err(|e| match e {
        crate::text::DecodeError::Binary { offset } => DocumentError::Binary {
            path: source.display(),
            offset,
        },
    })
}
