//! The evidence windows of a graph and their documents, each stored once in a slab and
//! named by a 32-bit id.
//!
//! Rules:
//! - **One row per window, one per document.** A window row is 20 bytes (its
//!   document's id, its start and length, where its text is, its count; the place of
//!   a window starting past 4 GiB or 16 MiB long or longer is kept aside), where a window shared by
//!   `Arc` took 64 and its document an allocation of its own; a kept window of an edge
//!   names its window by a 4-byte id, not an 8-byte pointer.
//! - **A stored text is as long as its window** (the window's bytes of its document,
//!   as the pipeline makes them), so the row keeps no length of its own; a text of
//!   another length, or of a window of 4 GiB or more, is kept in memory.
//! - **Rows are counted.** Whoever holds an id holds one count on its row: each kept
//!   window of an edge one on its window, each window one on its document. A row whose
//!   count falls to zero is freed and its slot reused, so the slabs hold what the kept
//!   evidence names, not every window that was ever kept for a while.
//! - **Slabs grow by chunks** of 4,096 rows: a big table is never copied to grow.
//! - **Ids mean nothing outside the graph.** They depend on the order documents were
//!   merged in and on which slots were freed; every order and output compares what the
//!   rows hold (see [`super::evidence`] and `export/json.rs`).
//! - **A text is in the graph's [`TextStore`]** (an offset; its length is the window's) or, without
//!   a store or when writing to it failed, in memory in a map by window id.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::Arc;

use crate::relate::SharedStr;

use super::chunked::Chunked;
use super::evidence::Document;
use super::texts::TextStore;

/// A row of a slab, with the number of ids held on it (zero: a free slot).
trait Row: Default {
    fn refs(&self) -> u32;
    fn refs_mut(&mut self) -> &mut u32;
}

/// Rows in fixed-size chunks ([`Chunked`]), with their free slots.
#[derive(Debug, Clone)]
struct Slab<T> {
    rows: Chunked<T>,
    free: Vec<u32>,
}

impl<T> Default for Slab<T> {
    fn default() -> Slab<T> {
        Slab {
            rows: Chunked::default(),
            free: Vec::new(),
        }
    }
}

impl<T: Row> Slab<T> {
    /// Stores `row`, giving its id with one count for the caller.
    fn insert(&mut self, mut row: T) -> u32 {
        *row.refs_mut() = 1;
        if let Some(id) = self.free.pop() {
            *self.get_mut(id) = row;
            return id;
        }
        let id = self.rows.push(row);
        u32::try_from(id).expect("fewer than 2^32 evidence rows")
    }

    fn get(&self, id: u32) -> &T {
        &self.rows[id as usize]
    }

    fn get_mut(&mut self, id: u32) -> &mut T {
        &mut self.rows[id as usize]
    }

    /// One more count on `id`.
    fn retain(&mut self, id: u32) {
        let refs = self.get_mut(id).refs_mut();
        debug_assert!(*refs > 0, "a count taken on a freed row");
        *refs = refs.saturating_add(1);
    }

    /// One count less on `id`; the row, when that was the last.
    fn release(&mut self, id: u32) -> Option<T> {
        let row = self.get_mut(id);
        let refs = row.refs_mut();
        if *refs == 0 {
            return None;
        }
        *refs -= 1;
        if *refs > 0 {
            return None;
        }
        let row = std::mem::take(row);
        self.free.push(id);
        Some(row)
    }

    /// The ids of the rows in use.
    fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, row)| row.refs() > 0)
            .map(|(id, _)| id as u32)
    }

    /// Slots ever made (the bound of the ids).
    fn capacity(&self) -> usize {
        self.rows.len()
    }
}

/// The id of a document in a graph's [`EvidenceWindows`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocumentId(u32);

impl DocumentId {
    /// The id as a number (for tables indexed by document).
    pub fn index(self) -> u32 {
        self.0
    }

    /// The id of number `index` (of [`DocumentId::index`]).
    pub(crate) fn from_index(index: u32) -> DocumentId {
        DocumentId(index)
    }
}

/// The id of a window in a graph's [`EvidenceWindows`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WindowId(u32);

impl WindowId {
    /// The id as a number (for tables indexed by window).
    pub fn index(self) -> u32 {
        self.0
    }

    /// The id of number `index` (of [`WindowId::index`]).
    pub(crate) fn from_index(index: u32) -> WindowId {
        WindowId(index)
    }
}

/// `text_offset` of a window whose text is in memory: the largest 40-bit number, so a
/// text at that offset or past it (a store of a terabyte) is kept in memory.
const INLINE: u64 = (1 << 40) - 1;

/// `span` of a window starting at `u32::MAX` or past it, or 16 MiB long or longer (its
/// place is in a map): the largest 24-bit number.
const LONG: u32 = (1 << 24) - 1;

/// One window: its document, place and text, and its count. 20 bytes: the text's
/// offset in the store (40 bits) and the window's length (24 bits) share two words.
#[derive(Debug, Clone, Default)]
struct WindowRow {
    /// The text's offset (low 32 bits in the first word, high 8 low in the second) and
    /// the span (high 24 bits of the second): see [`WindowRow::text_offset`] and
    /// [`WindowRow::span`].
    packed: [u32; 2],
    start: u32,
    document: u32,
    refs: u32,
}

impl WindowRow {
    /// A row for a text at `text_offset` (below [`INLINE`], or it) of a window
    /// `span` long (below [`LONG`], or it).
    fn new(text_offset: u64, start: u32, document: u32, span: u32) -> WindowRow {
        let text_offset = text_offset.min(INLINE);
        let span = span.min(LONG);
        WindowRow {
            packed: [text_offset as u32, (text_offset >> 32) as u32 | span << 8],
            start,
            document,
            refs: 0,
        }
    }

    /// Offset of the text in the store (the text as long as the window), or
    /// [`INLINE`].
    fn text_offset(&self) -> u64 {
        u64::from(self.packed[0]) | u64::from(self.packed[1] & 0xff) << 32
    }

    /// Marks the text as in memory.
    fn set_inline(&mut self) {
        *self = WindowRow {
            refs: self.refs,
            ..WindowRow::new(INLINE, self.start, self.document, self.span())
        };
    }

    /// The window's length (end - start), or [`LONG`].
    fn span(&self) -> u32 {
        self.packed[1] >> 8
    }
}

impl Row for WindowRow {
    fn refs(&self) -> u32 {
        self.refs
    }

    fn refs_mut(&mut self) -> &mut u32 {
        &mut self.refs
    }
}

/// A document and its count.
#[derive(Debug, Clone, Default)]
struct DocumentRow {
    document: Document,
    refs: u32,
}

impl Row for DocumentRow {
    fn refs(&self) -> u32 {
        self.refs
    }

    fn refs_mut(&mut self) -> &mut u32 {
        &mut self.refs
    }
}

/// Where a window is: its document and byte range, compared by
/// [`Place::order`].
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    /// The document.
    pub document: &'a Document,
    /// Its id, when it is stored (two places of one stored document compare without
    /// looking at it).
    pub document_id: Option<DocumentId>,
    /// Byte offset of the window's start in the document.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
}

impl Place<'_> {
    /// Window order: document, then start and end.
    pub fn order(&self, other: &Place<'_>) -> Ordering {
        let documents = match (self.document_id, other.document_id) {
            (Some(a), Some(b)) if a == b => Ordering::Equal,
            _ => self.document.order(other.document),
        };
        documents.then_with(|| (self.start, self.end).cmp(&(other.start, other.end)))
    }

    /// Whether two places are the same (same document id, start and end).
    pub fn same(&self, other: &Place<'_>) -> bool {
        self.start == other.start
            && self.end == other.end
            && ((self.document_id.is_some() && self.document_id == other.document_id)
                || self.document.same_id(other.document))
    }
}

/// The windows and documents of a graph's kept evidence (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct EvidenceWindows {
    documents: Slab<DocumentRow>,
    windows: Slab<WindowRow>,
    /// The texts kept in memory, by window id.
    inline: foldhash::HashMap<u32, SharedStr>,
    /// The start and end of windows starting past a `u32` or 16 MiB long or longer
    /// ([`LONG`]), by window id.
    long_places: foldhash::HashMap<u32, (u64, u64)>,
    /// Where new texts go (`None`: in memory).
    store: Option<Arc<TextStore>>,
}

/// Which rows of another graph's [`EvidenceWindows`] were copied in, and as what. It
/// holds a count on each row it copied (so that a row freed between two imports is
/// never named again), given back by [`EvidenceWindows::end_import`].
#[derive(Debug, Default)]
pub struct ImportMap {
    windows: Vec<u32>,
    documents: Vec<u32>,
}

/// Whether a text of `len` bytes for the window from `start` to `end` can go to the
/// store: it is as long as the window, and shorter than 4 GiB.
fn fits(start: usize, end: usize, len: usize) -> bool {
    end.checked_sub(start) == Some(len) && u32::try_from(len).is_ok()
}

/// An id not yet copied, in an [`ImportMap`].
const NOT_COPIED: u32 = u32::MAX;

impl EvidenceWindows {
    /// Writes the texts of the windows added from now on to `store`.
    pub fn set_store(&mut self, store: Arc<TextStore>) {
        self.store = Some(store);
    }

    /// Window slots ever made: every window id is below it.
    pub fn slots(&self) -> usize {
        self.windows.capacity()
    }

    /// Document slots ever made: every document id is below it.
    pub fn document_slots(&self) -> usize {
        self.documents.capacity()
    }

    /// The document of id `id`.
    pub fn document_of(&self, id: DocumentId) -> &Document {
        &self.documents.get(id.0).document
    }

    /// Where new texts go, if not to memory.
    pub fn store(&self) -> Option<&Arc<TextStore>> {
        self.store.as_ref()
    }

    /// Stores a document, giving its id with one count for the caller.
    pub fn add_document(&mut self, document: Document) -> DocumentId {
        DocumentId(self.documents.insert(DocumentRow { document, refs: 1 }))
    }

    /// One count less on a document (freed with the last).
    pub fn release_document(&mut self, id: DocumentId) {
        self.documents.release(id.0);
    }

    /// Stores a window of `document` (which it holds a count on) with its text,
    /// written to the store if there is one; gives its id with one count for the
    /// caller.
    pub fn add_window(
        &mut self,
        document: DocumentId,
        start: usize,
        end: usize,
        text: SharedStr,
    ) -> WindowId {
        let stored = match &self.store {
            Some(store) if fits(start, end, text.len()) => store.put(&text).ok(),
            _ => None,
        };
        self.insert_window(document, start, end, stored.map(|(at, _)| at), Some(text))
    }

    /// Stores a window row: its text at offset `stored` in the store (a text as long
    /// as the window: [`fits`]), else `inline`.
    fn insert_window(
        &mut self,
        document: DocumentId,
        start: usize,
        end: usize,
        stored: Option<u64>,
        inline: Option<SharedStr>,
    ) -> WindowId {
        self.documents.retain(document.0);
        let span = end.saturating_sub(start);
        let short = u32::try_from(start)
            .ok()
            .zip(u32::try_from(span).ok())
            .filter(|&(start, span)| start != u32::MAX && span < LONG);
        let text_offset = stored.filter(|&at| at < INLINE);
        let id = self.windows.insert(WindowRow::new(
            text_offset.unwrap_or(INLINE),
            short.map_or(0, |(start, _)| start),
            document.0,
            short.map_or(LONG, |(_, span)| span),
        ));
        if short.is_none() {
            self.long_places.insert(id, (start as u64, end as u64));
        }
        if text_offset.is_none() {
            self.inline.insert(id, inline.unwrap_or_else(|| "".into()));
        }
        WindowId(id)
    }

    /// One more count on a window.
    pub fn retain(&mut self, id: WindowId) {
        self.windows.retain(id.0);
    }

    /// One count less on a window: with the last, it is freed (and its count on its
    /// document given back).
    pub fn release(&mut self, id: WindowId) {
        if let Some(row) = self.windows.release(id.0) {
            if row.text_offset() == INLINE {
                self.inline.remove(&id.0);
            }
            if row.span() == LONG {
                self.long_places.remove(&id.0);
            }
            self.documents.release(row.document);
        }
    }

    /// The document of a window.
    pub fn document(&self, id: WindowId) -> (DocumentId, &Document) {
        let document = self.windows.get(id.0).document;
        (DocumentId(document), &self.documents.get(document).document)
    }

    /// Where a window is.
    pub fn place(&self, id: WindowId) -> Place<'_> {
        let row = self.windows.get(id.0);
        let (start, end) = self.bounds(id.0, row);
        Place {
            document: &self.documents.get(row.document).document,
            document_id: Some(DocumentId(row.document)),
            start: start as usize,
            end: end as usize,
        }
    }

    /// The start and end of window `id`, whose row is `row`.
    fn bounds(&self, id: u32, row: &WindowRow) -> (u64, u64) {
        let start = u64::from(row.start);
        match row.span() {
            LONG => self.long_places.get(&id).copied().unwrap_or((start, start)),
            span => (start, start + u64::from(span)),
        }
    }

    /// A window's text when it is in memory.
    pub fn inline_text(&self, id: WindowId) -> Option<&str> {
        self.inline.get(&id.0).map(|t| &**t)
    }

    /// A window's text, read from the store if need be.
    ///
    /// # Errors
    /// If the store cannot be read.
    pub fn text(&self, id: WindowId) -> std::io::Result<Cow<'_, str>> {
        if let Some(text) = self.inline_text(id) {
            return Ok(Cow::Borrowed(text));
        }
        let row = self.windows.get(id.0);
        match &self.store {
            Some(store) => {
                let (start, end) = self.bounds(id.0, row);
                let len = u32::try_from(end - start).map_err(std::io::Error::other)?;
                store.get(row.text_offset(), len).map(Cow::Owned)
            }
            None => Ok(Cow::Borrowed("")),
        }
    }

    /// Two windows' texts in string order (for the tie-breaks of two windows at one
    /// place); equal when one cannot be read.
    pub fn text_order(&self, a: WindowId, b: WindowId) -> Ordering {
        if a == b {
            return Ordering::Equal;
        }
        match (self.text(a), self.text(b)) {
            (Ok(a), Ok(b)) => a.cmp(&b),
            _ => Ordering::Equal,
        }
    }

    /// Whether some text is in the store rather than in memory.
    pub fn has_stored_texts(&self) -> bool {
        self.windows
            .rows
            .iter()
            .any(|row| row.refs > 0 && row.text_offset() != INLINE)
    }

    /// Reads every stored text into memory.
    ///
    /// # Errors
    /// If the store cannot be read; the texts read so far stay in memory.
    pub fn load_texts(&mut self) -> std::io::Result<()> {
        let stored: Vec<u32> = self
            .windows
            .ids()
            .filter(|&id| self.windows.get(id).text_offset() != INLINE)
            .collect();
        for id in stored {
            let text: SharedStr = self.text(WindowId(id))?.into();
            self.inline.insert(id, text);
            self.windows.get_mut(id).set_inline();
        }
        Ok(())
    }

    /// Windows in use.
    pub fn len(&self) -> usize {
        self.windows.rows.iter().filter(|row| row.refs > 0).count()
    }

    /// Whether no window is in use.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A map for [`EvidenceWindows::import`] from `other`.
    pub fn import_map(other: &EvidenceWindows) -> ImportMap {
        ImportMap {
            windows: vec![NOT_COPIED; other.windows.capacity()],
            documents: vec![NOT_COPIED; other.documents.capacity()],
        }
    }

    /// The id here of `other`'s window `id` (copied with its document on first use),
    /// with one count for the caller. Texts stay where they are when both share a
    /// store (or this one has none yet); else they are read and stored anew.
    pub fn import(
        &mut self,
        other: &EvidenceWindows,
        map: &mut ImportMap,
        id: WindowId,
    ) -> WindowId {
        if self.store.is_none() && other.store.is_some() {
            self.store = other.store.clone();
        }
        let copied = map.windows[id.0 as usize];
        if copied != NOT_COPIED {
            self.windows.retain(copied);
            return WindowId(copied);
        }
        let row = other.windows.get(id.0);
        let document = match map.documents[row.document as usize] {
            NOT_COPIED => {
                // The count from `add_document` is the map's.
                let document =
                    self.add_document(other.documents.get(row.document).document.clone());
                map.documents[row.document as usize] = document.0;
                document
            }
            copied => DocumentId(copied),
        };
        let same_store = match (&self.store, &other.store) {
            (Some(mine), Some(theirs)) => Arc::ptr_eq(mine, theirs),
            _ => false,
        };
        let (start, end) = other.bounds(id.0, row);
        let (start, end) = (start as usize, end as usize);
        let mine = if row.text_offset() == INLINE {
            let text = other.inline_text(id).map(SharedStr::from);
            self.insert_window(document, start, end, None, text)
        } else if same_store {
            self.insert_window(document, start, end, Some(row.text_offset()), None)
        } else {
            let text: SharedStr = other.text(id).map_or_else(|_| "".into(), |t| t.into());
            self.add_window(document, start, end, text)
        };
        // The count from `insert_window` is the map's; one more for the caller.
        self.windows.retain(mine.0);
        map.windows[id.0 as usize] = mine.0;
        mine
    }

    /// Gives back the counts `map` holds on the rows it copied.
    pub fn end_import(&mut self, map: ImportMap) {
        for window in map.windows.into_iter().filter(|&w| w != NOT_COPIED) {
            self.release(WindowId(window));
        }
        for document in map.documents.into_iter().filter(|&d| d != NOT_COPIED) {
            self.documents.release(document);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::DocumentMeta;

    fn document(id: &str) -> Document {
        Document::new(DocumentMeta {
            id: id.to_string(),
            ..Default::default()
        })
    }

    /// Rows are freed with their last count, documents with their last window, and
    /// freed slots are reused.
    #[test]
    fn rows_are_freed_with_their_last_count() {
        let mut table = EvidenceWindows::default();
        let doc = table.add_document(document("a"));
        let first = table.add_window(doc, 0, 5, "first".into());
        let second = table.add_window(doc, 6, 9, "two".into());
        table.release_document(doc);
        table.retain(first);
        assert_eq!(table.len(), 2);
        table.release(first);
        assert_eq!(table.text(first).expect("in memory"), "first");
        table.release(first);
        table.release(first);
        assert_eq!(table.len(), 1);
        assert_eq!(table.place(second).document.id(), "a");
        table.release(second);
        assert!(table.is_empty());
        let other = table.add_document(document("b"));
        let reused = table.add_window(other, 1, 2, "x".into());
        assert_eq!(reused, second, "the last freed slot is reused first");
        assert_eq!(table.place(reused).document.id(), "b");
        assert_eq!(table.text(reused).expect("in memory"), "x");
    }

    /// A row holds a text offset of 40 bits and a span of 24 in two words: both read
    /// back up to the largest below their markers.
    #[test]
    fn rows_read_back_offsets_and_spans() {
        for (offset, span) in [
            (0, 0),
            (1, 1),
            (INLINE - 1, LONG - 1),
            (u64::from(u32::MAX) + 1, 0x00ab_cdef),
            (INLINE, LONG),
            (u64::MAX, u32::MAX),
        ] {
            let row = WindowRow::new(offset, 7, 9, span);
            assert_eq!(row.text_offset(), offset.min(INLINE), "{offset} {span}");
            assert_eq!(row.span(), span.min(LONG), "{offset} {span}");
            assert_eq!((row.start, row.document), (7, 9));
        }
    }

    /// A window 16 MiB long or longer keeps its place aside and its text in the store;
    /// a text at an offset past the row's 40 bits stays in memory.
    #[test]
    fn long_windows_and_far_texts_keep_place_and_text() {
        let store = TextStore::temporary().expect("a temporary file");
        let mut table = EvidenceWindows::default();
        table.set_store(store);
        let doc = table.add_document(document("d"));
        let len = LONG as usize + 3;
        let long_text: String = "ab".repeat(len / 2 + 1)[..len].to_string();
        let long = table.add_window(doc, 10, 10 + len, long_text.as_str().into());
        let place = table.place(long);
        assert_eq!((place.start, place.end), (10, 10 + len));
        assert!(table.has_stored_texts(), "the long text went to the store");
        assert_eq!(table.text(long).expect("read back").len(), len);
        assert!(table.text(long).expect("read back") == long_text);
        let far = table.insert_window(doc, 1, 4, Some(INLINE + 5), Some("far".into()));
        assert_eq!(table.text(far).expect("in memory"), "far");
        assert_eq!(table.inline_text(far), Some("far"));
        table.release(long);
        table.release(far);
        table.release_document(doc);
        assert!(table.is_empty());
    }

    /// Windows copied from another table keep their place and text, once each.
    #[test]
    fn imported_windows_keep_place_and_text() {
        let store = TextStore::temporary().expect("a temporary file");
        let mut theirs = EvidenceWindows::default();
        theirs.set_store(store);
        let doc = theirs.add_document(document("d"));
        let w = theirs.add_window(doc, 3, 14, "stored text".into());
        assert!(
            theirs.has_stored_texts(),
            "a text as long as its window is stored"
        );
        theirs.release_document(doc);
        for mine_has_other_store in [false, true] {
            let mut mine = EvidenceWindows::default();
            if mine_has_other_store {
                mine.set_store(TextStore::temporary().expect("a temporary file"));
            }
            let mut map = EvidenceWindows::import_map(&theirs);
            let a = mine.import(&theirs, &mut map, w);
            let b = mine.import(&theirs, &mut map, w);
            assert_eq!(a, b);
            assert_eq!(mine.len(), 1);
            assert_eq!(mine.text(a).expect("readable"), "stored text");
            let place = mine.place(a);
            assert_eq!((place.start, place.end), (3, 14));
            mine.release(a);
            mine.release(b);
            // The map still holds the row: importing it again names the same row.
            assert_eq!(mine.len(), 1);
            let c = mine.import(&theirs, &mut map, w);
            assert_eq!(c, a);
            mine.release(c);
            mine.end_import(map);
            assert!(mine.is_empty());
        }
    }

    /// Rows: (start, end). A window's place is a 32-bit start and length, or kept
    /// aside when either is longer.
    #[test]
    fn window_places_read_back() {
        let big = u64::from(u32::MAX) as usize;
        let rows = [
            (0, 0),
            (3, 8),
            (7, 7 + big - 1),
            (7, 7 + big),
            (1, 1 + 2 * big),
            (big - 1, big + 2),
            (big, big + 2),
            (2 * big, 2 * big),
        ];
        let mut table = EvidenceWindows::default();
        let doc = table.add_document(document("a"));
        for (start, end) in rows {
            let id = table.add_window(doc, start, end, "t".into());
            let place = table.place(id);
            assert_eq!((place.start, place.end), (start, end), "{start}..{end}");
            table.release(id);
        }
        table.release_document(doc);
        assert!(table.is_empty() && table.long_places.is_empty());
    }

    #[test]
    fn window_rows_stay_small() {
        // 24 with a 32-bit start and no length of the text (it was 32); 20 with the
        // text's offset and the span packed in two 32-bit words.
        assert!(std::mem::size_of::<WindowRow>() <= 20);
    }

    /// Rows: (start, end, text, stored). Only a text as long as its window (and
    /// shorter than 4 GiB) goes to the store, wherever its window starts; every text
    /// reads back.
    #[test]
    fn texts_of_other_lengths_stay_in_memory() {
        let big = u64::from(u32::MAX) as usize;
        let rows = [
            (3, 8, "fives", true),
            (3, 8, "not five", false),
            (0, 0, "", true),
            (big, big + 5, "fives", true),
            (big - 1, big + 4, "fives", true),
        ];
        for (start, end, text, stored) in rows {
            let mut table = EvidenceWindows::default();
            table.set_store(TextStore::temporary().expect("a temporary file"));
            let doc = table.add_document(document("a"));
            let id = table.add_window(doc, start, end, text.into());
            let name = format!("{start}..{end} {text:?}");
            assert_eq!(table.has_stored_texts(), stored, "{name}");
            assert_eq!(table.text(id).expect("readable"), text, "{name}");
            let place = table.place(id);
            assert_eq!((place.start, place.end), (start, end), "{name}");
        }
    }
}
