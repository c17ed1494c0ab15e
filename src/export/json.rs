//! `graph.json`: networkx node-link JSON, through serde only, and the conversions
//! between [`KnowledgeGraph`] and its wire form ([`NodeLinkGraph`]). The same bytes
//! gzip-compressed are `graph.json.gz` ([`super::gz`]); [`read_graph`] reads both.
//!
//! Evidence is written by reference: the graph attributes hold `evidence_documents`
//! and `evidence_windows` (every window once, numbered in evidence order on each
//! write), and an edge's evidence names windows by position. Each node, edge and row
//! of those tables is written on one line. The texts of a graph built with a
//! [`crate::graph::texts::TextStore`] are copied out of it as the windows table is
//! written.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;

use super::json_bytes::{push_key, push_str, push_u64, Raw};
use super::schema::{
    AffiliationRecord, DayRecord, DocumentRecord, EdgeRecord, EvidenceRecord, GraphInfo,
    NodeLinkGraph, NodeRecord, SharedText, WindowRecord,
};
use crate::gazetteer::EntityType;
use crate::graph::evidence::{merge_kept, Document, EvidenceRef};
use crate::graph::timeline::{Day, Seen, Timeline};
use crate::graph::windows::{DocumentId, EvidenceWindows, WindowId};
use crate::graph::{add_affiliation, GraphError, KnowledgeGraph, Relation};
use crate::input::DocumentMeta;
use crate::relate::meeting::MeetingKind;

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
    /// Neither the file named nor its other form ([`other_form`]) exists.
    #[error("neither {} nor {} exists", path.display(), other.display())]
    Missing {
        /// The file named.
        path: std::path::PathBuf,
        /// Its other form, tried too.
        other: std::path::PathBuf,
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
/// timeline's `[day, count, count, count]`) is written on one line, and so is an
/// object in a list below the top level (a node, an edge, a row of the windows
/// table), without spaces: a big graph would otherwise spend a line and an indent on
/// each field (a quarter of its bytes).
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
        // A record in a list below the top-level object (a node, an edge, a row of the
        // evidence tables) takes one line.
        let row = self.open.len() >= 2 && self.open.last().is_some_and(|&(array, _)| array);
        let flat = self.in_flat() || row;
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

    /// A byte array is JSON already written ([`Raw`]): its bytes, as they
    /// are. No wire type has a byte array field.
    fn write_byte_array<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        raw: &[u8],
    ) -> std::io::Result<()> {
        w.write_all(raw)
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

/// The name of the graph file `newsgraph build` writes into a folder by default
/// (`--format json.gz`); [`PLAIN_GRAPH_FILE`] is the plain form (`--format json`).
pub const GRAPH_FILE: &str = "graph.json.gz";

/// The name of the plain `graph.json` (`build --format json`).
pub const PLAIN_GRAPH_FILE: &str = "graph.json";

/// The other form of a graph file's name: `graph.json.gz` for `graph.json`, and
/// `graph.json` for `graph.json.gz` (any name: `.gz` added or taken off).
pub fn other_form(path: &Path) -> std::path::PathBuf {
    let name = path.as_os_str();
    match name.to_str().and_then(|s| s.strip_suffix(".gz")) {
        Some(plain) if !plain.is_empty() && !plain.ends_with('/') => plain.into(),
        _ => {
            let mut compressed = name.to_os_string();
            compressed.push(".gz");
            compressed.into()
        }
    }
}

/// The graph file a reader takes in folder `dir` when no file is named (the query
/// commands' default `out/`): [`GRAPH_FILE`] (`graph.json.gz`, what `build` writes by
/// default) or [`PLAIN_GRAPH_FILE`] (`graph.json`), whichever exists. When both do, the
/// one modified last (`graph.json.gz` on a tie): a graph written after the other is the
/// one just built or merged. `build` itself removes the other form when it writes one
/// ([`super::WriteOptions::one_graph`]), so both are left side by side only by other
/// writers (`merge -o`, `export`, a copy).
///
/// # Errors
/// [`ReadGraphError::Missing`] when neither exists, naming both.
pub fn find_graph(dir: &Path) -> Result<std::path::PathBuf, ReadGraphError> {
    let compressed = dir.join(GRAPH_FILE);
    let plain = dir.join(PLAIN_GRAPH_FILE);
    let modified = |path: &Path| {
        std::fs::metadata(path)
            .ok()
            .filter(|meta| !meta.is_dir())
            .map(|meta| meta.modified().ok())
    };
    match (modified(&compressed), modified(&plain)) {
        (Some(Some(gz)), Some(Some(json))) if json > gz => Ok(plain),
        (Some(_), _) => Ok(compressed),
        (None, Some(_)) => Ok(plain),
        (None, None) => Err(ReadGraphError::Missing {
            path: compressed,
            other: plain,
        }),
    }
}

/// Reads a `graph.json`, or a `graph.json.gz` ([`super::gz`]: a file starting with the
/// gzip magic bytes is decompressed, whatever its name). When `path` does not exist
/// but its other form ([`other_form`]) does, that one is read: `out/graph.json` reads
/// `out/graph.json.gz` (what `build` writes by default), and `out/graph.json.gz` reads
/// `out/graph.json` (of `build --format json`).
///
/// # Errors
/// [`ReadGraphError::Missing`] when neither exists; an unreadable file or corrupt gzip
/// data; JSON that is not in newsgraph's node-link form (with line and column).
pub fn read_graph(path: &Path) -> Result<NodeLinkGraph, ReadGraphError> {
    let other = other_form(path);
    let path = if path.exists() {
        path
    } else if other.exists() {
        other.as_path()
    } else if std::fs::symlink_metadata(path).is_ok() {
        // A dangling link: the error names it.
        path
    } else {
        return Err(ReadGraphError::Missing {
            path: path.to_path_buf(),
            other,
        });
    };
    let io = |source| ReadGraphError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut text = std::fs::read(path).map_err(io)?;
    if text.starts_with(&crate::input::gzip::MAGIC) {
        use std::io::Read as _;
        let mut plain = Vec::with_capacity(text.len() * 4);
        flate2::read::MultiGzDecoder::new(&text[..])
            .read_to_end(&mut plain)
            .map_err(io)?;
        text = plain;
    }
    serde_json::from_slice(&text).map_err(|e| ReadGraphError::Parse {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}

/// The graph's evidence tables as `graph.json` writes them: documents and windows
/// in evidence order, each distinct once, and the number of every stored window.
///
/// Four bytes a window slot (its number) and four a row, and no hash set: at 1 GB of
/// input (2 M windows) these tables are made while the whole graph is in memory, so
/// what they take adds to the peak. They are made by bucketing the kept windows by
/// their document's rank and sorting each bucket, so nothing larger than a list of the
/// kept windows is ever held (a list of (rank, position) pairs and one of
/// (document, address) pairs to rank the documents took 24 bytes a window, 50 MB at the
/// peak of a 1 GB write).
struct Tables<'g> {
    /// The graph's windows and documents.
    table: &'g EvidenceWindows,
    /// Distinct documents, in order.
    documents: Vec<&'g Document>,
    /// The number in the windows table of each stored window, by window id (0 for a
    /// slot no kept evidence names).
    ids: Vec<u32>,
    /// The table's rows: the first stored window of each row, in order.
    rows: Vec<WindowId>,
}

/// Document order in `graph.json`: day, id, then title and URL (two documents sharing
/// an id are listed apart).
fn document_order(a: &Document, b: &Document) -> std::cmp::Ordering {
    a.listing_order(b)
}

/// Whether two stored documents are one row of the documents table.
fn same_document(a: (DocumentId, &Document), b: (DocumentId, &Document)) -> bool {
    a.0 == b.0 || document_order(a.1, b.1).is_eq()
}

/// Window order in `graph.json`: document, start and end, then text (two stored
/// windows equal in all of these are one row).
fn window_order(table: &EvidenceWindows, a: WindowId, b: WindowId) -> std::cmp::Ordering {
    if a == b {
        return std::cmp::Ordering::Equal;
    }
    let (x, y) = (table.place(a), table.place(b));
    (if x.document_id == y.document_id {
        std::cmp::Ordering::Equal
    } else {
        document_order(x.document, y.document)
    })
    .then_with(|| (x.start, x.end).cmp(&(y.start, y.end)))
    .then_with(|| table.text_order(a, b))
}

/// The ids set in a bit set, in order.
fn set_bits(bits: &[u64]) -> impl Iterator<Item = u32> + '_ {
    bits.iter().enumerate().flat_map(|(word_at, &word)| {
        let mut word = word;
        std::iter::from_fn(move || {
            (word != 0).then(|| {
                let bit = word.trailing_zeros();
                word &= word - 1;
                word_at as u32 * 64 + bit
            })
        })
    })
}

/// Sets bit `at` of `bits`, growing it if need be.
fn set_bit(bits: &mut Vec<u64>, at: usize) {
    if bits.len() <= at / 64 {
        bits.resize(at / 64 + 1, 0);
    }
    bits[at / 64] |= 1 << (at % 64);
}

/// The rank of each document slot named by the windows of `marked` in `graph.json`'s
/// documents table (documents equal in [`document_order`] share one; 0 for other
/// slots), and the table's documents in order.
fn document_ranks<'g>(table: &'g EvidenceWindows, marked: &[u64]) -> (Vec<u32>, Vec<&'g Document>) {
    let mut used = vec![0u64; table.document_slots().div_ceil(64)];
    for window in set_bits(marked) {
        let (id, _) = table.document(WindowId::from_index(window));
        set_bit(&mut used, id.index() as usize);
    }
    let by_id: Vec<(DocumentId, &'g Document)> = set_bits(&used)
        .map(|at| {
            let id = DocumentId::from_index(at);
            (id, table.document_of(id))
        })
        .collect();
    drop(used);
    let mut sorted: Vec<u32> = (0..by_id.len() as u32).collect();
    sorted.sort_unstable_by(|&a, &b| document_order(by_id[a as usize].1, by_id[b as usize].1));
    let slots = by_id.last().map_or(0, |(id, _)| id.index() as usize + 1);
    let mut rank_of = vec![0u32; slots];
    let mut documents: Vec<&'g Document> = Vec::new();
    for &at in &sorted {
        let (id, document) = by_id[at as usize];
        if !documents
            .last()
            .is_some_and(|&last| document_order(last, document).is_eq())
        {
            documents.push(document);
        }
        rank_of[id.index() as usize] = documents.len() as u32 - 1;
    }
    (rank_of, documents)
}

impl<'g> Tables<'g> {
    fn of(graph: &'g KnowledgeGraph) -> Tables<'g> {
        use rayon::prelude::*;
        let table = &graph.evidence_windows;
        // The windows the kept evidence names, each once: marked in a bit set over the
        // window slots (a list of every kept window, sorted and deduplicated, took 4
        // bytes a kept window at the peak of a big write).
        let mut marked = vec![0u64; table.slots().div_ceil(64)];
        for edge in graph.links.iter() {
            for kept in graph.kept_lists.get(edge.evidence) {
                set_bit(&mut marked, kept.window().index() as usize);
            }
        }
        let (rank_of, documents) = document_ranks(table, &marked);
        let rank = |window: u32| -> usize {
            let (id, _) = table.document(WindowId::from_index(window));
            rank_of.get(id.index() as usize).map_or(0, |&r| r as usize)
        };
        // The windows by their document's rank (a counting sort, in id order within a
        // rank), then each rank's few by `window_order`.
        let mut starts = vec![0usize; documents.len() + 1];
        for window in set_bits(&marked) {
            starts[rank(window) + 1] += 1;
        }
        for r in 1..starts.len() {
            starts[r] += starts[r - 1];
        }
        let count = starts.last().copied().unwrap_or(0);
        let mut order = vec![WindowId::from_index(0); count];
        {
            let mut next = starts.clone();
            for window in set_bits(&marked) {
                let r = rank(window);
                order[next[r]] = WindowId::from_index(window);
                next[r] += 1;
            }
        }
        drop(marked);
        drop(rank_of);
        let mut buckets: Vec<&mut [WindowId]> = Vec::with_capacity(documents.len());
        let mut rest: &mut [WindowId] = &mut order;
        for r in 0..documents.len() {
            let (bucket, tail) = rest.split_at_mut(starts[r + 1] - starts[r]);
            if bucket.len() > 1 {
                buckets.push(bucket);
            }
            rest = tail;
        }
        buckets
            .into_par_iter()
            .with_min_len(64)
            .for_each(|bucket| bucket.sort_unstable_by(|&a, &b| window_order(table, a, b)));
        // The rows, written over the order: the first window of each run of equal ones.
        let mut ids = vec![0u32; table.slots()];
        let mut rows = 0usize;
        for r in 0..documents.len() {
            let mut last: Option<WindowId> = None;
            for at in starts[r]..starts[r + 1] {
                let window = order[at];
                if !last.is_some_and(|w| window_order(table, w, window).is_eq()) {
                    order[rows] = window;
                    rows += 1;
                    last = Some(window);
                }
                if let Some(id) = ids.get_mut(window.index() as usize) {
                    *id = rows as u32 - 1;
                }
            }
        }
        order.truncate(rows);
        Tables {
            table,
            documents,
            ids,
            rows: order,
        }
    }

    /// The number in the windows table of a stored window.
    fn id(&self, window: WindowId) -> u32 {
        self.ids.get(window.index() as usize).copied().unwrap_or(0)
    }

    /// The rows of the windows table in order, each with its document's position.
    fn rows(&self) -> impl Iterator<Item = (u32, WindowId)> + '_ {
        let mut document = 0u32;
        let mut last: Option<(DocumentId, &'g Document)> = None;
        self.rows.iter().map(move |&window| {
            let mine = self.table.document(window);
            match last {
                Some(previous) if same_document(previous, mine) => {}
                Some(_) => {
                    document += 1;
                    last = Some(mine);
                }
                None => last = Some(mine),
            }
            (document, window)
        })
    }

    fn document_records(&self) -> Vec<DocumentRecord> {
        self.documents.iter().map(|d| document_record(d)).collect()
    }

    fn window_records(&self) -> Vec<WindowRecord> {
        self.rows()
            .map(|(document, w)| {
                let place = self.table.place(w);
                WindowRecord {
                    document,
                    start: place.start,
                    end: place.end,
                    // A text in a store that cannot be read is left empty here; callers
                    // wanting the error load the texts first (`KnowledgeGraph::load_texts`).
                    text: self.table.text(w).map_or_else(|_| "".into(), |t| t.into()),
                }
            })
            .collect()
    }
}

fn document_record(document: &Document) -> DocumentRecord {
    DocumentRecord {
        id: document.id().into(),
        date: document.date().map(SharedText::from),
        title: document.title().map(SharedText::from),
        url: document.url().map(SharedText::from),
    }
}

/// The graph attributes with the evidence tables written from the graph itself (the
/// bytes of [`GraphInfo`] with its tables filled, without building them).
#[derive(serde::Serialize)]
struct InfoView<'a> {
    #[serde(flatten)]
    info: &'a GraphInfo,
    #[serde(skip_serializing_if = "DocumentsView::is_empty")]
    evidence_documents: DocumentsView<'a>,
    #[serde(skip_serializing_if = "WindowsView::is_empty")]
    evidence_windows: WindowsView<'a>,
}

struct DocumentsView<'a>(&'a [&'a Document]);

impl DocumentsView<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl serde::Serialize for DocumentsView<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq as _;
        // Each row written by hand, as the compact form of its `DocumentRecord`.
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        let mut row = Vec::new();
        for document in self.0 {
            row.clear();
            row.extend_from_slice(b"{\"id\":");
            push_str(&mut row, document.id());
            for (key, value) in [
                ("date", document.date()),
                ("title", document.title()),
                ("url", document.url()),
            ] {
                if let Some(value) = value {
                    row.push(b',');
                    push_key(&mut row, key);
                    push_str(&mut row, value);
                }
            }
            row.push(b'}');
            seq.serialize_element(&Raw(&row))?;
        }
        seq.end()
    }
}

struct WindowsView<'a>(&'a Tables<'a>);

impl WindowsView<'_> {
    fn is_empty(&self) -> bool {
        self.0.rows.is_empty()
    }
}

impl serde::Serialize for WindowsView<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeSeq as _};
        // Texts kept in a store are read one at a time, as they are written.
        let mut seq = s.serialize_seq(Some(self.0.rows.len()))?;
        let mut row = Vec::new();
        for (document, w) in self.0.rows() {
            let text =
                self.0.table.text(w).map_err(|e| {
                    S::Error::custom(format!("cannot read an evidence text back: {e}"))
                })?;
            let place = self.0.table.place(w);
            // The compact form of its `WindowRecord`, written by hand.
            row.clear();
            row.extend_from_slice(b"{\"document\":");
            push_u64(&mut row, u64::from(document));
            row.extend_from_slice(b",\"start\":");
            push_u64(&mut row, place.start as u64);
            row.extend_from_slice(b",\"end\":");
            push_u64(&mut row, place.end as u64);
            row.extend_from_slice(b",\"text\":");
            push_str(&mut row, &text);
            row.push(b'}');
            seq.serialize_element(&Raw(&row))?;
        }
        seq.end()
    }
}

impl Layout {
    /// The layout inside `depth` open objects (the top-level object, the `edges` array
    /// when `array`), as if their openings had been written.
    fn nested(array: bool) -> Layout {
        use serde_json::ser::Formatter as _;
        let mut layout = Layout::default();
        let sink = &mut std::io::sink();
        let _ = layout.pretty.begin_object(sink);
        layout.open.push((false, false));
        if array {
            let _ = layout.pretty.begin_array(sink);
            layout.open.push((true, false));
        }
        layout
    }
}

impl KnowledgeGraph {
    /// The graph in `graph.json` form: nodes sorted by id, edges by (source, target)
    /// with `source < target`, evidence by reference to the graph's windows table.
    pub fn to_node_link(&self) -> NodeLinkGraph {
        self.node_link(true)
    }

    /// [`KnowledgeGraph::to_node_link`] without what only readers of evidence need: no
    /// evidence, evidence tables or timelines (`first_seen` and `last_seen` stay). It is
    /// what the drawings (DOT, SVG) read, and a small part of the whole on a big graph.
    pub fn to_node_link_outline(&self) -> NodeLinkGraph {
        self.node_link(false)
    }

    /// The graph attributes and nodes of [`KnowledgeGraph::to_node_link_outline`].
    pub(super) fn outline_head(&self) -> (GraphInfo, Vec<NodeRecord>) {
        (self.graph_info(), self.node_records())
    }

    /// The edges of [`KnowledgeGraph::to_node_link_outline`], made one at a time.
    pub(super) fn outline_edges(&self) -> impl Iterator<Item = EdgeRecord> + '_ {
        self.edges_in_order().map(|e| self.edge_record(e, None))
    }

    /// The `source` and `target` of each of [`KnowledgeGraph::outline_edges`], in order.
    pub(super) fn outline_edge_ends(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.edges_in_order().map(|e| self.ends(e))
    }

    /// The node-link graph, with its evidence and timelines when `evidence`.
    fn node_link(&self, evidence: bool) -> NodeLinkGraph {
        let tables = evidence.then(|| Tables::of(self));
        let mut graph = self.graph_info();
        if let Some(tables) = &tables {
            graph.evidence_documents = tables.document_records();
            graph.evidence_windows = tables.window_records();
        }
        NodeLinkGraph {
            directed: false,
            multigraph: false,
            graph,
            nodes: self.node_records(),
            edges: self
                .sorted_edges()
                .into_iter()
                .map(|e| self.edge_record(e, tables.as_ref()))
                .collect(),
        }
    }

    /// Streams the `graph.json` of [`KnowledgeGraph::to_node_link`] (the same bytes as
    /// [`to_json`] of it) to `out`. The windows table is written from the graph's own
    /// windows, and edge records are made and serialized in batches on the current rayon
    /// pool and written in order, so writing a big graph neither holds a second copy of
    /// it in memory nor runs on one core.
    ///
    /// # Errors
    /// Only what `out` reports.
    pub fn write_json(&self, out: impl std::io::Write) -> std::io::Result<()> {
        use rayon::prelude::*;
        use serde::ser::Serialize as _;

        /// Edges per serialized batch.
        const BATCH: usize = 512;
        let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
        let tables = Tables::of(self);
        out.write_all(b"{\n  \"directed\": false,\n  \"multigraph\": false,\n  \"graph\": ")?;
        let info = self.graph_info();
        let view = InfoView {
            info: &info,
            evidence_documents: DocumentsView(&tables.documents),
            evidence_windows: WindowsView(&tables),
        };
        view.serialize(&mut serde_json::Serializer::with_formatter(
            &mut out,
            Layout::nested(false),
        ))?;
        out.write_all(b",\n  \"nodes\": ")?;
        NodesView(self, self.nodes_by_id()).serialize(
            &mut serde_json::Serializer::with_formatter(&mut out, Layout::nested(false)),
        )?;
        out.write_all(b",\n  \"edges\": [")?;
        let mut edges = self.edges_in_order();
        // One batch: each record laid out at the depth of an element of "edges".
        let batch = |(first, indices): (bool, &[EdgeIndex])| -> std::io::Result<Vec<u8>> {
            let mut bytes = Vec::with_capacity(indices.len() * 1024);
            for (i, &index) in indices.iter().enumerate() {
                let separator: &[u8] = if first && i == 0 {
                    b"\n    "
                } else {
                    b",\n    "
                };
                bytes.extend_from_slice(separator);
                self.write_edge(index, &tables, &mut bytes);
            }
            Ok(bytes)
        };
        let group = BATCH * 4 * rayon::current_num_threads();
        let mut slice: Vec<EdgeIndex> = Vec::with_capacity(group);
        let mut written = 0usize;
        loop {
            slice.clear();
            slice.extend(edges.by_ref().take(group));
            if slice.is_empty() {
                break;
            }
            let batches: Vec<std::io::Result<Vec<u8>>> = slice
                .par_chunks(BATCH)
                .enumerate()
                .map(|(b, indices)| batch((written == 0 && b == 0, indices)))
                .collect();
            for bytes in batches {
                out.write_all(&bytes?)?;
            }
            written += slice.len();
        }
        out.write_all(if written == 0 {
            b"]\n}\n"
        } else {
            b"\n  ]\n}\n"
        })?;
        out.flush()
    }

    fn graph_info(&self) -> GraphInfo {
        GraphInfo {
            generator: format!("newsgraph {}", env!("CARGO_PKG_VERSION")),
            documents: self.documents,
            sentences: self.sentences,
            window: self.window.clone(),
            windows: self.windows,
            evidence_limit: self.evidence_limit,
            provenance: self.provenance.clone(),
            timeline: self.timeline.as_ref().map(|t| day_records(t.iter())),
            evidence_documents: Vec::new(),
            evidence_windows: Vec::new(),
        }
    }

    /// Node records, sorted by id.
    fn node_records(&self) -> Vec<NodeRecord> {
        self.nodes_by_id()
            .into_iter()
            .map(|i| node_record(&self.graph[i]))
            .collect()
    }

    /// The nodes' indices, sorted by id.
    fn nodes_by_id(&self) -> Vec<NodeIndex> {
        let mut nodes: Vec<NodeIndex> = self.graph.node_indices().collect();
        nodes.sort_by(|a, b| self.graph[*a].id.cmp(&self.graph[*b].id));
        nodes
    }

    /// The edges in `graph.json` order: by (source, target), source the smaller id.
    fn sorted_edges(&self) -> Vec<EdgeIndex> {
        self.edges_in_order().collect()
    }

    /// The edges in `graph.json` order, made node by node: the nodes in id order, and
    /// the links of each to the nodes after it sorted by their other end. Nothing the
    /// size of the graph's links is allocated (a sorted list of every link took 12
    /// bytes a link at the peak of a big write).
    fn edges_in_order(&self) -> impl Iterator<Item = EdgeIndex> + '_ {
        let by_id = self.nodes_by_id();
        let mut rank = vec![0u32; by_id.len()];
        for (r, index) in by_id.iter().enumerate() {
            rank[index.index()] = r as u32;
        }
        by_id.into_iter().flat_map(move |node| {
            let mine = rank[node.index()];
            let mut links: Vec<(u32, EdgeIndex)> = self
                .graph
                .edges(node)
                .filter_map(|e| {
                    let other = if e.source() == node {
                        e.target()
                    } else {
                        e.source()
                    };
                    let theirs = rank[other.index()];
                    (theirs >= mine).then_some((theirs, e.id()))
                })
                .collect();
            // A self-link can be listed from both of its (equal) ends.
            links.sort_unstable();
            links.dedup();
            links.into_iter().map(|(_, e)| e)
        })
    }

    /// The ids of the ends of the edge `index`, the smaller first: its `source` and
    /// `target`.
    fn ends(&self, index: EdgeIndex) -> (&str, &str) {
        let (a, b) = self
            .graph
            .edge_endpoints(index)
            .expect("edge indices come from this graph");
        let (a, b) = (self.graph[a].id.as_str(), self.graph[b].id.as_str());
        if a > b {
            (b, a)
        } else {
            (a, b)
        }
    }

    /// The wire record of one edge.
    fn edge_record(&self, index: EdgeIndex, tables: Option<&Tables<'_>>) -> EdgeRecord {
        let (source, target) = self.ends(index);
        let edge = &self.links[index];
        let seen = edge.seen();
        let mut relations = BTreeMap::new();
        relations.insert("co_mention".to_string(), edge.weight());
        for relation in [Relation::Met, Relation::Affiliation] {
            let count = edge.relation(relation);
            if count > 0 {
                relations.insert(relation.as_str().to_string(), count);
            }
        }
        EdgeRecord {
            source: source.to_string(),
            target: target.to_string(),
            weight: edge.weight(),
            documents: edge.documents(),
            relations,
            meetings: edge
                .meeting_kinds()
                .map(|(kind, count)| (kind.as_str().to_string(), count))
                .collect(),
            affiliation: self.affiliation(edge).map(|a| AffiliationRecord {
                member: a.member.to_string(),
                of: a.of.to_string(),
                sources: a.sources.iter().map(|s| s.to_string()).collect(),
            }),
            first_seen: seen.first(),
            last_seen: seen.last(),
            timeline: match tables {
                Some(_) => day_records(self.timeline(edge)),
                None => Vec::new(),
            },
            evidence: tables.map_or_else(Vec::new, |tables| {
                self.kept_lists
                    .get(edge.evidence)
                    .iter()
                    .map(|kept| {
                        let window = tables.id(kept.window());
                        evidence_record(window, self.strings.resolve(&self.evidence_windows, kept))
                    })
                    .collect()
            }),
        }
    }

    /// Appends the compact JSON of [`KnowledgeGraph::edge_record`] (the same fields,
    /// names and omissions, and so the same bytes), written by hand from the graph: no
    /// string copied, no map or list built per edge. `tests/properties.rs` checks the
    /// bytes against [`to_json`] of [`KnowledgeGraph::to_node_link`].
    fn write_edge(&self, index: EdgeIndex, tables: &Tables<'_>, out: &mut Vec<u8>) {
        let (source, target) = self.ends(index);
        let edge = &self.links[index];
        out.extend_from_slice(b"{\"source\":");
        push_str(out, source);
        out.extend_from_slice(b",\"target\":");
        push_str(out, target);
        out.extend_from_slice(b",\"weight\":");
        push_u64(out, edge.weight());
        out.extend_from_slice(b",\"documents\":");
        push_u64(out, edge.documents());
        let mut relations = Counts::default();
        relations.push(Relation::CoMention.as_str(), edge.weight());
        for relation in [Relation::Met, Relation::Affiliation] {
            let count = edge.relation(relation);
            if count > 0 {
                relations.push(relation.as_str(), count);
            }
        }
        out.extend_from_slice(b",\"relations\":");
        relations.sorted().write(out);
        let mut meetings = Counts::default();
        for (kind, count) in edge.meeting_kinds() {
            meetings.push(kind.as_str(), count);
        }
        if !meetings.is_empty() {
            out.extend_from_slice(b",\"meetings\":");
            meetings.sorted().write(out);
        }
        if let Some(a) = self.affiliation(edge) {
            out.extend_from_slice(b",\"affiliation\":{\"member\":");
            push_str(out, a.member);
            out.extend_from_slice(b",\"of\":");
            push_str(out, a.of);
            out.extend_from_slice(b",\"sources\":[");
            for (i, source) in a.sources.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                push_str(out, source);
            }
            out.extend_from_slice(b"]}");
        }
        if let Some([first, last]) = edge.seen().ends() {
            out.extend_from_slice(b",\"first_seen\":");
            first.with_str(|text| push_str(out, text));
            out.extend_from_slice(b",\"last_seen\":");
            last.with_str(|text| push_str(out, text));
        }
        let mut days = 0usize;
        for (day, counts) in self.timeline(edge) {
            out.extend_from_slice(if days == 0 {
                b",\"timeline\":[["
            } else {
                b",["
            });
            push_str(out, day.text().as_str());
            for count in counts {
                out.push(b',');
                push_u64(out, u64::from(count));
            }
            out.push(b']');
            days += 1;
        }
        if days > 0 {
            out.push(b']');
        }
        out.extend_from_slice(b",\"evidence\":[");
        for (i, kept) in self.kept_lists.get(edge.evidence).iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"window\":");
            push_u64(out, u64::from(tables.id(kept.window())));
            let forms = self.strings.forms(kept);
            if !forms.iter().all(|f| f.is_empty()) {
                out.extend_from_slice(b",\"forms\":[");
                push_str(out, forms[0]);
                out.push(b',');
                push_str(out, forms[1]);
                out.push(b']');
            }
            if let Some(met) = self.strings.meeting(kept) {
                out.extend_from_slice(b",\"relation\":\"met\",\"cue\":");
                push_str(out, met.cue);
                if met.planned {
                    out.extend_from_slice(b",\"planned\":true");
                }
                out.extend_from_slice(b",\"kind\":");
                push_str(out, met.kind.as_str());
                out.extend_from_slice(b",\"cameo\":");
                push_str(out, met.kind.cameo(met.planned));
            }
            out.push(b'}');
        }
        out.extend_from_slice(b"]}");
    }

    /// Checks a `graph.json` form as [`KnowledgeGraph::from_node_link`] does (known node
    /// types, no duplicate node, no edge to a missing node, no evidence naming a missing
    /// window) without building the graph: for commands that draw or export the wire
    /// form directly.
    ///
    /// # Errors
    /// As [`KnowledgeGraph::from_node_link`].
    pub fn validate(wire: &NodeLinkGraph) -> Result<(), GraphError> {
        let mut ids = std::collections::HashSet::with_capacity(wire.nodes.len());
        for node in &wire.nodes {
            if EntityType::parse(&node.kind).is_none() {
                return Err(GraphError::UnknownType {
                    id: node.id.clone(),
                    kind: node.kind.clone(),
                });
            }
            if !ids.insert(node.id.as_str()) {
                return Err(GraphError::DuplicateNode(node.id.clone()));
            }
        }
        check_windows(wire)?;
        for edge in &wire.edges {
            if !ids.contains(edge.source.as_str()) || !ids.contains(edge.target.as_str()) {
                return Err(GraphError::DanglingEdge {
                    source_id: edge.source.clone(),
                    target_id: edge.target.clone(),
                });
            }
            check_evidence(wire, edge)?;
        }
        super::range::check_days(wire).map_err(|(owner, day)| GraphError::BadDay(owner, day))
    }

    /// Rebuilds a graph from its `graph.json` form, keeping at most `evidence_limit`
    /// windows (and as many meetings) per edge.
    ///
    /// # Errors
    /// Unknown node types, duplicate nodes, edges to missing nodes, evidence naming a
    /// missing window or a window a missing document, timeline days that are not days.
    pub fn from_node_link(
        wire: NodeLinkGraph,
        evidence_limit: usize,
    ) -> Result<KnowledgeGraph, GraphError> {
        check_windows(&wire)?;
        let mut graph = KnowledgeGraph::new(&wire.graph.window, evidence_limit);
        graph.documents = wire.graph.documents;
        graph.sentences = wire.graph.sentences;
        graph.windows = wire.graph.windows;
        graph.provenance = wire.graph.provenance.clone();
        graph.timeline = match &wire.graph.timeline {
            Some(records) => Some(
                timeline_of(records).map_err(|day| GraphError::BadDay("the graph".into(), day))?,
            ),
            None => None,
        };
        // Each document and window holds one count for these lists, given back at the
        // end: what no evidence names is freed then.
        let table = &mut graph.evidence_windows;
        let documents: Vec<DocumentId> = wire
            .graph
            .evidence_documents
            .iter()
            .map(|d| {
                table.add_document(Document::new(DocumentMeta {
                    id: d.id.to_string(),
                    date: d.date.as_deref().map(str::to_string),
                    title: d.title.as_deref().map(str::to_string),
                    url: d.url.as_deref().map(str::to_string),
                }))
            })
            .collect();
        let windows: Vec<WindowId> = wire
            .graph
            .evidence_windows
            .iter()
            .map(|w| {
                table.add_window(
                    documents[w.document as usize],
                    w.start,
                    w.end,
                    w.text.clone(),
                )
            })
            .collect();
        for document in documents {
            table.release_document(document);
        }
        for node in wire.nodes {
            let kind = EntityType::parse(&node.kind).ok_or_else(|| GraphError::UnknownType {
                id: node.id.clone(),
                kind: node.kind.clone(),
            })?;
            if graph.index.contains_key(&node.id) {
                return Err(GraphError::DuplicateNode(node.id));
            }
            let index = graph.node_index(&node.id, kind);
            let seen = node
                .first_seen
                .zip(node.last_seen)
                .map_or_else(Seen::default, |(first, last)| Seen::pair(&first, &last));
            let timeline = timeline_of(&node.timeline)
                .map_err(|day| GraphError::BadDay(format!("the entity {:?}", node.id), day))?;
            let mine = &mut graph.graph[index];
            mine.seen = seen;
            mine.timeline = timeline;
            mine.mentions = node.mentions;
            mine.documents = node.documents;
            mine.aliases = node.aliases;
            mine.windows = node.windows;
            mine.affiliations = node.affiliations.into_iter().collect();
        }
        for edge in wire.edges {
            let (Some(&a), Some(&b)) =
                (graph.index.get(&edge.source), graph.index.get(&edge.target))
            else {
                return Err(GraphError::DanglingEdge {
                    source_id: edge.source,
                    target_id: edge.target,
                });
            };
            let mut evidence = Vec::with_capacity(edge.evidence.len());
            for ev in &edge.evidence {
                let window = windows
                    .get(ev.window as usize)
                    .ok_or_else(|| dangling_window(&edge, ev))?;
                let mut forms: [SharedText; 2] = ["".into(), "".into()];
                for (slot, form) in forms.iter_mut().zip(&ev.forms) {
                    *slot = form.clone();
                }
                let cue = ev.cue.clone().unwrap_or_else(|| "".into());
                let met = (ev.relation.as_deref() == Some("met")).then(|| {
                    let kind = ev
                        .kind
                        .as_deref()
                        .and_then(MeetingKind::parse)
                        .unwrap_or_default();
                    (&cue, kind, ev.planned)
                });
                evidence.push(graph.strings.kept(
                    &mut graph.evidence_windows,
                    *window,
                    &forms,
                    met,
                ));
            }
            let mine = graph.edge_mut(a, b);
            mine.add_weight(edge.weight);
            mine.add_met(edge.relations.get("met").copied().unwrap_or(0));
            for (name, count) in &edge.meetings {
                if let Some(kind) = MeetingKind::parse(name) {
                    mine.add_meetings(kind, *count);
                }
            }
            mine.add_documents(edge.documents);
            let seen = edge
                .first_seen
                .zip(edge.last_seen)
                .map_or_else(Seen::default, |(first, last)| Seen::pair(&first, &last));
            let timeline = timeline_of(&edge.timeline).map_err(|day| {
                GraphError::BadDay(
                    format!("the link {:?} -- {:?}", edge.source, edge.target),
                    day,
                )
            })?;
            let KnowledgeGraph {
                links,
                edge_index,
                strings,
                evidence_windows,
                kept_lists,
                link_timelines,
                ..
            } = &mut graph;
            let key = if a < b { (a, b) } else { (b, a) };
            let mine = &mut links[edge_index[&key]];
            mine.set_seen(seen);
            link_timelines.merge(&mut mine.timeline, timeline.iter());
            if let Some(affiliation) = edge.affiliation {
                for source in &affiliation.sources {
                    add_affiliation(mine, strings, &affiliation.member, &affiliation.of, source);
                }
            }
            merge_kept(
                &mut mine.evidence,
                kept_lists,
                evidence,
                evidence_limit,
                strings,
                evidence_windows,
            );
        }
        for window in windows {
            graph.evidence_windows.release(window);
        }
        Ok(graph)
    }
}

/// The wire form of one kept window (forms in source, target order).
fn evidence_record(window: u32, ev: EvidenceRef<'_>) -> EvidenceRecord {
    let forms = if ev.forms.iter().all(|f| f.is_empty()) {
        Vec::new()
    } else {
        ev.forms.iter().map(|&f| SharedText::from(f)).collect()
    };
    EvidenceRecord {
        window,
        forms,
        relation: ev.met.map(|_| "met".to_string()),
        cue: ev.met.map(|m| SharedText::from(m.cue)),
        planned: ev.met.is_some_and(|m| m.planned),
        kind: ev.met.map(|m| m.kind.as_str().to_string()),
        cameo: ev.met.map(|m| m.kind.cameo(m.planned).to_string()),
    }
}

/// A few named counts written as a map in name order, as a `BTreeMap<String, u64>`
/// is.
#[derive(Default)]
struct Counts {
    entries: [(&'static str, u64); 5],
    len: usize,
}

impl Counts {
    /// Adds a count (zero too); past five, nothing.
    fn push(&mut self, name: &'static str, count: u64) {
        if self.len < self.entries.len() {
            self.entries[self.len] = (name, count);
            self.len += 1;
        }
    }

    fn sorted(mut self) -> Counts {
        self.entries[..self.len].sort_unstable_by_key(|&(name, _)| name);
        self
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Counts {
    /// Appends the counts as a JSON object (`{"name":count,...}`).
    fn write(&self, out: &mut Vec<u8>) {
        out.push(b'{');
        for (i, &(name, count)) in self.entries[..self.len].iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            push_key(out, name);
            push_u64(out, count);
        }
        out.push(b'}');
    }
}

/// A timeline's wire form: one `[day, a, b, c]` array per day.
/// The wire record of one node.
fn node_record(n: &crate::graph::Node) -> NodeRecord {
    NodeRecord {
        id: n.id.clone(),
        kind: n.kind.as_str().to_string(),
        mentions: n.mentions,
        documents: n.documents,
        aliases: n.aliases.clone(),
        windows: n.windows,
        affiliations: n.affiliations.iter().cloned().collect(),
        first_seen: n.seen.first(),
        last_seen: n.seen.last(),
        timeline: day_records(n.timeline.iter()),
    }
}

/// The node records of a graph, made one at a time as they are written (a big graph's
/// node timelines would otherwise be copied whole into wire records).
struct NodesView<'a>(&'a KnowledgeGraph, Vec<NodeIndex>);

impl serde::Serialize for NodesView<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.1.iter().map(|&i| node_record(&self.0.graph[i])))
    }
}

pub(crate) fn day_records(timeline: impl Iterator<Item = (Day, [u32; 3])>) -> Vec<DayRecord> {
    timeline
        .map(|(day, [a, b, c])| {
            DayRecord(day.to_string(), u64::from(a), u64::from(b), u64::from(c))
        })
        .collect()
}

/// Reads a timeline's wire form (in any order; a day given twice is summed).
///
/// # Errors
/// The first day that is not `YYYY-MM-DD`.
pub(crate) fn timeline_of(records: &[DayRecord]) -> Result<Timeline<3>, String> {
    let mut timeline = Timeline::default();
    for DayRecord(day, a, b, c) in records {
        let day = Day::parse(day).ok_or_else(|| day.clone())?;
        timeline.add(day, [*a, *b, *c]);
    }
    Ok(timeline)
}

/// Checks that every window names a document of the table.
fn check_windows(wire: &NodeLinkGraph) -> Result<(), GraphError> {
    let documents = wire.graph.evidence_documents.len();
    for (i, w) in wire.graph.evidence_windows.iter().enumerate() {
        if w.document as usize >= documents {
            return Err(GraphError::DanglingEvidence(format!(
                "evidence window {i} names document {}, but the graph lists {documents}",
                w.document
            )));
        }
    }
    Ok(())
}

/// Checks that every evidence record of `edge` names a window of the table.
fn check_evidence(wire: &NodeLinkGraph, edge: &EdgeRecord) -> Result<(), GraphError> {
    match edge.evidence.iter().find(|ev| wire.window(ev).is_none()) {
        Some(ev) => Err(dangling_window(edge, ev)),
        None => Ok(()),
    }
}

fn dangling_window(edge: &EdgeRecord, ev: &EvidenceRecord) -> GraphError {
    GraphError::DanglingEvidence(format!(
        "the evidence of {:?} -- {:?} names window {}, which is not in the graph's evidence_windows",
        edge.source, edge.target, ev.window
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::time::{Duration, SystemTime};

    #[test]
    fn other_form_adds_or_takes_off_gz() {
        let rows = [
            ("out/graph.json", "out/graph.json.gz"),
            ("out/graph.json.gz", "out/graph.json"),
            ("g", "g.gz"),
            ("g.gz", "g"),
        ];
        for (name, other) in rows {
            assert_eq!(other_form(Path::new(name)), PathBuf::from(other), "{name}");
        }
    }

    fn touch(path: &Path, seconds_ago: u64) {
        let file = std::fs::File::create(path).unwrap();
        let when = SystemTime::now() - Duration::from_secs(seconds_ago);
        file.set_modified(when).unwrap();
    }

    #[test]
    fn a_folder_s_graph_is_the_one_that_exists_or_the_newer() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let (gz, plain) = (d.join(GRAPH_FILE), d.join(PLAIN_GRAPH_FILE));
        match find_graph(d) {
            Err(ReadGraphError::Missing { path, other }) => {
                assert_eq!((path, other), (gz.clone(), plain.clone()))
            }
            found => panic!("an empty folder gave {found:?}"),
        }
        touch(&plain, 100);
        assert_eq!(find_graph(d).unwrap(), plain, "only graph.json");
        touch(&gz, 10);
        assert_eq!(find_graph(d).unwrap(), gz, "graph.json.gz is newer");
        touch(&plain, 1);
        assert_eq!(find_graph(d).unwrap(), plain, "graph.json is newer");
        std::fs::remove_file(&plain).unwrap();
        assert_eq!(find_graph(d).unwrap(), gz, "only graph.json.gz");
        // On a tie, the default name.
        let now = SystemTime::now();
        for path in [&gz, &plain] {
            std::fs::File::create(path)
                .unwrap()
                .set_modified(now)
                .unwrap();
        }
        assert_eq!(find_graph(d).unwrap(), gz, "a tie");
    }

    #[test]
    fn a_missing_graph_names_both_forms_tried() {
        let dir = tempfile::tempdir().unwrap();
        let named = dir.path().join("graph.json.gz");
        let error = read_graph(&named).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "neither {} nor {} exists",
                named.display(),
                dir.path().join("graph.json").display()
            )
        );
    }
}
