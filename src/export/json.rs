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
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, Layout::default());
    value.serialize(&mut serializer)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// serde_json's pretty printer, except that an array directly inside an array (a
/// timeline's `[day, count, count, count]`) is written on one line: a graph of many
/// days would otherwise spend five lines on each.
#[derive(Default)]
struct Layout {
    pretty: serde_json::ser::PrettyFormatter<'static>,
    /// For each open array or object: whether it is an array, and whether it is
    /// written on one line.
    open: Vec<(bool, bool)>,
}

impl Layout {
    fn in_flat(&self) -> bool {
        self.open.last().is_some_and(|&(_, flat)| flat)
    }
}

impl serde_json::ser::Formatter for Layout {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        let flat = self.open.last().is_some_and(|&(array, flat)| array || flat);
        self.open.push((true, flat));
        if flat {
            w.write_all(b"[")
        } else {
            self.pretty.begin_array(w)
        }
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.open.pop().is_some_and(|(_, flat)| flat) {
            w.write_all(b"]")
        } else {
            self.pretty.end_array(w)
        }
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if self.in_flat() {
            if first {
                Ok(())
            } else {
                w.write_all(b",")
            }
        } else {
            self.pretty.begin_array_value(w, first)
        }
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.in_flat() {
            Ok(())
        } else {
            self.pretty.end_array_value(w)
        }
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        let flat = self.in_flat();
        self.open.push((false, flat));
        if flat {
            w.write_all(b"{")
        } else {
            self.pretty.begin_object(w)
        }
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.open.pop().is_some_and(|(_, flat)| flat) {
            w.write_all(b"}")
        } else {
            self.pretty.end_object(w)
        }
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if self.in_flat() {
            if first {
                Ok(())
            } else {
                w.write_all(b",")
            }
        } else {
            self.pretty.begin_object_key(w, first)
        }
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.in_flat() {
            w.write_all(b":")
        } else {
            self.pretty.begin_object_value(w)
        }
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.in_flat() {
            Ok(())
        } else {
            self.pretty.end_object_value(w)
        }
    }
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
