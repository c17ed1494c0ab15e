//! `graph.json`: networkx node-link JSON, through serde only.

use std::path::Path;

use super::schema::NodeLinkGraph;

/// Why a `graph.json` could not be read.
#[derive(Debug, thiserror::Error)]
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
    let mut text = serde_json::to_string_pretty(graph).expect("wire types always serialize");
    text.push('\n');
    text
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
