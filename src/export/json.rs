//! `graph.json`: networkx node-link JSON, through serde only.

use std::io::Write;
use std::path::Path;

use super::schema::NodeLinkGraph;

/// Why a `graph.json` could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadGraphError {
    /// The file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not a newsgraph graph.
    #[error("{}:{line}:{column}: not a newsgraph graph.json: {message}", path.display())]
    Parse {
        /// The file.
        path: std::path::PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What serde said.
        message: String,
    },
}

/// The graph as pretty-printed JSON with a final newline; the same graph always
/// gives the same bytes.
pub fn to_json(graph: &NodeLinkGraph) -> String {
    let mut bytes = Vec::new();
    write_json(graph, &mut bytes).expect("wire types always serialize");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

/// Streams the bytes of [`to_json`] to `out`.
///
/// # Errors
/// Only what `out` reports.
pub fn write_json(graph: &NodeLinkGraph, out: impl std::io::Write) -> std::io::Result<()> {
    write_serialized(graph, out)
}

/// Writes `value` as `graph.json` is written: pretty-printed, with a final newline.
pub(crate) fn write_serialized(
    value: &impl serde::Serialize,
    out: impl std::io::Write,
) -> std::io::Result<()> {
    // serde_json writes token by token: a buffer of a concrete type keeps that cheap
    // even when `out` is a `dyn Write`.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut out, value)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Reads a `graph.json`.
///
/// # Errors
/// Unreadable file, or JSON that is not in newsgraph's node-link form (with line and column).
pub fn read_graph(path: &Path) -> Result<NodeLinkGraph, ReadGraphError> {
    let text = std::fs::read(path).map_err(|source| ReadGraphError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_slice(&text).map_err(|e| ReadGraphError::Parse {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}
