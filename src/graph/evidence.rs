//! Evidence by reference: each window (sentence) is stored once and every edge whose
//! evidence it is names it by id.
//!
//! Rules:
//! - **A window is stored once.** A window and its [`Document`] are rows of the
//!   graph's [`EvidenceWindows`] (32-bit ids, counted, freed when no kept evidence
//!   names them any more). Surface forms are interned once per graph ([`Strings`]), and
//!   so are meetings (cue, kind, planned): a kept window of an edge, [`Kept`], is its
//!   window's 32-bit id and the ids of its two forms (24 bits each) and of its meeting
//!   (16 bits), 12 bytes.
//! - **Evidence is chosen by integers.** The order is the one `graph.json` has always
//!   kept: dated documents earliest first, then undated ones, by document id, then
//!   window start and end, a meeting before a plain co-mention of the same window. A
//!   document carries its day as a number and the first eight bytes of its id as a
//!   number, so two windows are ordered by comparing integers; strings are compared
//!   only when two documents share a day and an eight-byte id prefix, or for the
//!   tie-breaks of one window seen twice.
//! - **Nothing is stored for a window that cannot be kept.** Before a document's
//!   evidence becomes a [`Kept`], it is checked against the edge's kept list (a binary
//!   search); only what can enter the first `limit` windows (or the first `limit`
//!   meetings) has its window and forms stored.
//! - **Every [`Kept`] holds one count on its window**: whatever drops one from a list
//!   gives it back ([`EvidenceWindows::release`]).
//! - In `graph.json` windows are numbered afresh on every write, in evidence order
//!   (see `export/json.rs`), so the ids do not depend on the order documents or shards
//!   were merged in.

use std::cmp::Ordering;

use crate::input::DocumentMeta;
use crate::relate::meeting::MeetingKind;
use crate::relate::{keep_windows_and_meetings, Evidence, SharedStr};

use super::kept_lists::{KeptList, KeptLists};
use super::timeline::{put, take, Day};
use super::windows::{DocumentId, EvidenceWindows, Place, WindowId};

/// A document some kept evidence comes from, with its order key precomputed.
///
/// 32 bytes and one allocation: its id, date, title and URL one after another, each
/// a varint length and its bytes (the optional ones' lengths one more than the
/// field's, 0 for none), where four strings took 96 bytes and up to four allocations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// Id, date, title, URL.
    fields: Box<[u8]>,
    /// The day as the number YYYYMMDD; `u32::MAX - 1` for a date that is not a day,
    /// `u32::MAX` for none (undated documents come last).
    day: u32,
    /// The first eight bytes of the id, big-endian, zero-padded.
    prefix: u64,
}

/// A field's length as stored: fields come from bounded input records, far below
/// 4 GiB.
fn stored_length(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Document {
    /// A document and its order key.
    pub fn new(meta: DocumentMeta) -> Document {
        let day = match meta.date.as_deref() {
            None => u32::MAX,
            Some(date) => Day::parse(date).map_or(u32::MAX - 1, Day::packed),
        };
        let mut bytes = [0u8; 8];
        for (slot, byte) in bytes.iter_mut().zip(meta.id.bytes()) {
            *slot = byte;
        }
        let optional = [&meta.date, &meta.title, &meta.url];
        let len = meta.id.len()
            + optional
                .iter()
                .flat_map(|f| f.as_deref())
                .map(str::len)
                .sum::<usize>()
            + 4 * 5;
        let mut fields = Vec::with_capacity(len);
        put(&mut fields, stored_length(meta.id.len()));
        fields.extend_from_slice(meta.id.as_bytes());
        for field in optional {
            match field {
                None => put(&mut fields, 0),
                Some(text) => {
                    put(&mut fields, stored_length(text.len() + 1));
                    fields.extend_from_slice(text.as_bytes());
                }
            }
        }
        Document {
            fields: fields.into_boxed_slice(),
            day,
            prefix: u64::from_be_bytes(bytes),
        }
    }

    /// The bytes of field `n` (0 the id, then the date, title and URL).
    fn field_bytes(&self, n: usize) -> Option<&[u8]> {
        self.all_fields().get(n).copied().flatten()
    }

    /// Field `n` as text (written from strings, so always text).
    fn field(&self, n: usize) -> Option<&str> {
        std::str::from_utf8(self.field_bytes(n)?).ok()
    }

    /// The document's id.
    pub fn id(&self) -> &str {
        self.field(0).unwrap_or_default()
    }

    /// Its date (`YYYY-MM-DD`), if it has one.
    pub fn date(&self) -> Option<&str> {
        self.field(1)
    }

    /// Its title, if it has one.
    pub fn title(&self) -> Option<&str> {
        self.field(2)
    }

    /// Its URL, if it has one.
    pub fn url(&self) -> Option<&str> {
        self.field(3)
    }

    /// Its fields' bytes in one pass: id, then date, title and URL when present.
    fn all_fields(&self) -> [Option<&[u8]>; 4] {
        let mut out = [None; 4];
        let mut at = 0;
        for (i, slot) in out.iter_mut().enumerate() {
            let len = match (i, take(&self.fields, &mut at) as usize) {
                (0, len) => len,
                (_, 0) => continue,
                (_, len) => len - 1,
            };
            let end = at.saturating_add(len).min(self.fields.len());
            *slot = self.fields.get(at..end);
            at = end;
        }
        out
    }

    /// The order of `graph.json`'s documents table: dated first, by date text, then id,
    /// title and URL. Bytes compare as the strings do, read in one pass with no UTF-8
    /// check.
    pub(crate) fn listing_order(&self, other: &Document) -> Ordering {
        if std::ptr::eq(self, other) {
            return Ordering::Equal;
        }
        let ([id_a, date_a, title_a, url_a], [id_b, date_b, title_b, url_b]) =
            (self.all_fields(), other.all_fields());
        (date_a.is_none(), date_a, id_a, title_a, url_a).cmp(&(
            date_b.is_none(),
            date_b,
            id_b,
            title_b,
            url_b,
        ))
    }

    /// Whether two documents have one id.
    pub(crate) fn same_id(&self, other: &Document) -> bool {
        self.field_bytes(0) == other.field_bytes(0)
    }

    /// Document order: by day (undated last), then id.
    pub(crate) fn order(&self, other: &Document) -> Ordering {
        if std::ptr::eq(self, other) {
            return Ordering::Equal;
        }
        (self.day, self.prefix)
            .cmp(&(other.day, other.prefix))
            .then_with(|| {
                // Bytes compare as the strings do, without checking them again; each
                // side's fields read in one pass.
                let ([id_a, date_a, ..], [id_b, date_b, ..]) =
                    (self.all_fields(), other.all_fields());
                (date_a.is_none(), date_a, id_a).cmp(&(date_b.is_none(), date_b, id_b))
            })
    }
}

/// What a kept window says of a meeting: the cue (an id in [`Strings`]), its kind and
/// whether it is planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct MetRef {
    cue: u32,
    kind: MeetingKind,
    planned: bool,
}

/// One kept evidence window of an edge: the window, the pair's surface forms there
/// (ids in [`Strings`], the entity whose name sorts first first) and the meeting, if
/// the window says the two met (an id in [`Strings`]' meetings; 0 for none).
///
/// 12 bytes, as a big graph keeps millions: the form ids are 24 bits and the meeting id
/// 16, packed in two 32-bit words (a form then low in the first and second word, the
/// meeting's low byte high in the first, its high byte high in the second). A graph
/// with more distinct forms or meetings than that names the later ones as unknown
/// (see [`FORM_IDS`], [`MEETING_IDS`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    window: WindowId,
    ids: [u32; 2],
}

/// Distinct surface forms a graph's kept evidence can name: a form interned after
/// that many strings is kept as unknown (the empty string), as evidence read from a
/// `graph.json` without forms is.
pub const FORM_IDS: u32 = 1 << 24;

/// Distinct meetings (cue, kind, planned) a graph's kept evidence can name: one
/// interned after that many keeps its kind and whether it is planned, with an unknown
/// (empty) cue.
pub const MEETING_IDS: u32 = 1 << 16;

/// The low 24 bits of a word: a form id.
const FORM_MASK: u32 = FORM_IDS - 1;

impl Kept {
    /// Packs a window, two form ids (below [`FORM_IDS`]) and a meeting id (below
    /// [`MEETING_IDS`]).
    fn new(window: WindowId, forms: [u32; 2], met: u32) -> Kept {
        debug_assert!(forms.iter().all(|&f| f < FORM_IDS) && met < MEETING_IDS);
        let [a, b] = forms.map(|f| f & FORM_MASK);
        let met = met & (MEETING_IDS - 1);
        Kept {
            window,
            ids: [a | (met & 0xff) << 24, b | (met >> 8) << 24],
        }
    }

    /// The window (a row of the graph's [`EvidenceWindows`]).
    pub fn window(&self) -> WindowId {
        self.window
    }

    /// Names another window (the same one in another graph's table: see
    /// [`EvidenceWindows::import`]).
    pub(crate) fn set_window(&mut self, window: WindowId) {
        self.window = window;
    }

    /// The ids of the two forms in [`Strings`].
    fn forms(&self) -> [u32; 2] {
        self.ids.map(|word| word & FORM_MASK)
    }

    /// The id of the meeting in [`Strings`]' meetings; 0 for none.
    fn met(&self) -> u32 {
        self.ids[0] >> 24 | (self.ids[1] >> 24) << 8
    }

    /// Whether the window says the two met.
    pub fn is_met(&self) -> bool {
        self.met() != 0
    }
}

/// Strings interned once per graph (surface forms, cues): id 0 is the empty string.
/// Meetings (cue, kind, planned) are interned too: meeting id 0 is none.
#[derive(Debug, Clone)]
pub struct Strings {
    list: Vec<SharedStr>,
    index: foldhash::HashMap<SharedStr, u32>,
    meetings: Vec<MetRef>,
    meeting_index: foldhash::HashMap<MetRef, u32>,
}

impl Default for Strings {
    fn default() -> Strings {
        let empty: SharedStr = "".into();
        let none = MetRef {
            cue: 0,
            kind: MeetingKind::default(),
            planned: false,
        };
        Strings {
            list: vec![empty.clone()],
            index: [(empty, 0)].into_iter().collect(),
            meetings: vec![none],
            meeting_index: Default::default(),
        }
    }
}

/// The ids of another graph's strings and meetings in this one ([`Strings::absorb`]).
#[derive(Debug, Clone, Default)]
pub struct StringMap {
    /// New string id by old.
    pub strings: Vec<u32>,
    /// New meeting id by old.
    pub meetings: Vec<u32>,
}

impl Strings {
    /// The id of `s`, adding it if new.
    pub fn intern(&mut self, s: &SharedStr) -> u32 {
        if let Some(&id) = self.index.get(s) {
            return id;
        }
        let id = u32::try_from(self.list.len()).expect("fewer than 2^32 distinct strings");
        self.list.push(s.clone());
        self.index.insert(s.clone(), id);
        id
    }

    /// The id of `s`, adding it if new (a copy of it).
    pub fn intern_str(&mut self, s: &str) -> u32 {
        match self.index.get(s) {
            Some(&id) => id,
            None => self.intern(&SharedStr::from(s)),
        }
    }

    /// The id (never 0) of a meeting, adding it if new.
    /// Below [`MEETING_IDS`]: once the table is nearly full, a new meeting is the one of
    /// its kind and plan with an unknown cue (for which room is left).
    fn intern_meeting(&mut self, met: MetRef) -> u32 {
        if let Some(&id) = self.meeting_index.get(&met) {
            return id;
        }
        let room = MEETING_IDS as usize - 2 * MeetingKind::ALL.len();
        if self.meetings.len() >= room && met.cue != 0 {
            return self.intern_meeting(MetRef { cue: 0, ..met });
        }
        let id = u32::try_from(self.meetings.len()).expect("fewer than 2^16 distinct meetings");
        self.meetings.push(met);
        self.meeting_index.insert(met, id);
        id
    }

    /// The string of an id of this table.
    pub fn get(&self, id: u32) -> &str {
        &self.list[id as usize]
    }

    /// The ids of `other`'s strings and meetings in this table (adding the new ones).
    pub fn absorb(&mut self, other: &Strings) -> StringMap {
        let strings: Vec<u32> = other.list.iter().map(|s| self.intern(s)).collect();
        let mut meetings = vec![0];
        for met in &other.meetings[1..] {
            let met = MetRef {
                cue: strings[met.cue as usize],
                ..*met
            };
            meetings.push(self.intern_meeting(met));
        }
        StringMap { strings, meetings }
    }
}

/// A form id a [`Kept`] can hold: the id, or 0 (unknown) from [`FORM_IDS`] on.
fn known_form(id: u32) -> u32 {
    if id < FORM_IDS {
        id
    } else {
        0
    }
}

/// A kept evidence window as callers read it: everything resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceRef<'g> {
    /// The document: id, date, title, URL.
    pub doc: &'g Document,
    /// Byte offset of the window's start in the document.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// The window's text; empty for a text kept in a [`super::texts::TextStore`] (a
    /// graph built by [`crate::pipeline::build_graph_stored`] before
    /// [`crate::graph::KnowledgeGraph::load_texts`]).
    pub text: &'g str,
    /// The surface forms of the pair, the entity whose name sorts first first (empty
    /// strings when unknown).
    pub forms: [&'g str; 2],
    /// For a meeting: its cue, kind and whether it is planned.
    pub met: Option<MeetingRef<'g>>,
}

/// What a kept window says of a meeting, resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeetingRef<'g> {
    /// The cue phrase that fired.
    pub cue: &'g str,
    /// Announced, not yet held.
    pub planned: bool,
    /// In person, by phone, a visit, hosting, or talks.
    pub kind: MeetingKind,
}

impl Strings {
    /// `kept` with its strings and window resolved.
    pub fn resolve<'g>(&'g self, windows: &'g EvidenceWindows, kept: &Kept) -> EvidenceRef<'g> {
        let place = windows.place(kept.window);
        EvidenceRef {
            doc: place.document,
            start: place.start,
            end: place.end,
            text: windows.inline_text(kept.window).unwrap_or_default(),
            forms: self.forms(kept),
            met: self.meeting(kept),
        }
    }

    /// The surface forms of a kept window, resolved (without looking up its window).
    pub(crate) fn forms(&self, kept: &Kept) -> [&str; 2] {
        kept.forms().map(|f| self.get(f))
    }

    /// The meeting of a kept window, resolved.
    pub(crate) fn meeting(&self, kept: &Kept) -> Option<MeetingRef<'_>> {
        kept.is_met().then(|| {
            let m = self.meetings[kept.met() as usize];
            MeetingRef {
                cue: self.get(m.cue),
                planned: m.planned,
                kind: m.kind,
            }
        })
    }

    /// Builds a kept window of `window` (taking one more count on it), interning its
    /// forms and meeting.
    pub fn kept(
        &mut self,
        windows: &mut EvidenceWindows,
        window: WindowId,
        forms: &[SharedStr; 2],
        met: Option<(&SharedStr, MeetingKind, bool)>,
    ) -> Kept {
        windows.retain(window);
        let met = match met {
            Some((cue, kind, planned)) => {
                let cue = self.intern(cue);
                self.intern_meeting(MetRef { cue, kind, planned })
            }
            None => 0,
        };
        let forms = [self.intern(&forms[0]), self.intern(&forms[1])];
        Kept::new(window, forms.map(known_form), met)
    }

    /// Rewrites the string and meeting ids of `kept` by `map` (from
    /// [`Strings::absorb`]).
    pub fn remap(kept: &mut Kept, map: &StringMap) {
        let forms = kept.forms().map(|f| known_form(map.strings[f as usize]));
        *kept = Kept::new(kept.window, forms, map.meetings[kept.met() as usize]);
    }

    /// The full evidence order: place, then (one window seen twice) text, forms and
    /// meeting, as strings, so the choice never depends on interning order.
    fn order(&self, windows: &EvidenceWindows, a: &Kept, b: &Kept) -> Ordering {
        let (pa, pb) = (windows.place(a.window), windows.place(b.window));
        place_order(&pa, !a.is_met(), &pb, !b.is_met()).then_with(|| {
            windows
                .text_order(a.window, b.window)
                .then_with(|| {
                    let forms = |k: &Kept| k.forms().map(|f| self.get(f));
                    forms(a).cmp(&forms(b))
                })
                .then_with(|| meeting_key(self.meeting(a)).cmp(&meeting_key(self.meeting(b))))
        })
    }
}

/// A meeting as the evidence order compares it: cue, planned, kind.
fn meeting_key(m: Option<MeetingRef<'_>>) -> Option<(&str, bool, MeetingKind)> {
    m.map(|m| (m.cue, m.planned, m.kind))
}

/// The order of two windows' places: document, start, end, a meeting first.
fn place_order(a: &Place<'_>, a_plain: bool, b: &Place<'_>, b_plain: bool) -> Ordering {
    a.order(b).then(a_plain.cmp(&b_plain))
}

/// Adds `more` to `kept` and keeps, in evidence order, the first `limit` windows plus
/// the first `limit` meetings; a meeting replaces a plain window of the same place.
/// `kept` (in `lists`) must be the result of earlier merges (sorted and cut). The
/// counts of what is not kept are given back to `windows`.
pub fn merge_kept(
    kept: &mut KeptList,
    lists: &mut KeptLists,
    more: impl IntoIterator<Item = Kept>,
    limit: usize,
    strings: &Strings,
    windows: &mut EvidenceWindows,
) {
    let mut entering: Vec<Kept> = Vec::new();
    for evidence in more {
        let place = windows.place(evidence.window);
        if may_enter(lists.get(*kept), &place, !evidence.is_met(), limit, windows) {
            entering.push(evidence);
        } else {
            windows.release(evidence.window);
        }
    }
    if !entering.is_empty() {
        rebuild(kept, lists, entering.into_iter(), limit, strings, windows);
    }
}

/// Frees a whole kept list and gives back its counts (for an edge that is dropped).
pub fn release_all(kept: &mut KeptList, lists: &mut KeptLists, windows: &mut EvidenceWindows) {
    for k in lists.get(*kept) {
        windows.release(k.window);
    }
    lists.free(kept);
}

/// [`rebuild`]'s buffers: the merged list, the entering windows, and the windows of the
/// merged list before the cut.
type Scratch = (Vec<Kept>, Vec<Kept>, Vec<WindowId>);

thread_local! {
    /// Where [`rebuild`] sorts and cuts a list before its exact-size copy, and the
    /// windows of the list before the cut.
    static SCRATCH: std::cell::RefCell<Scratch> =
        const { std::cell::RefCell::new((Vec::new(), Vec::new(), Vec::new())) };
}

/// Replaces `kept` by `kept` and `entering`, sorted and cut ([`cut`]), in a slot of
/// exactly its length ([`KeptLists::set`]); the counts of what the cut drops are given
/// back.
fn rebuild(
    kept: &mut KeptList,
    lists: &mut KeptLists,
    entering: impl Iterator<Item = Kept>,
    limit: usize,
    strings: &Strings,
    windows: &mut EvidenceWindows,
) {
    let run = |(all, more, sorted): &mut Scratch| {
        // What a stable sort of the kept list followed by `entering` gives, as the kept
        // list is sorted: `entering` sorted on its own (a window or two, mostly), each
        // put after the kept ones not greater than it, found by a binary search (a sort
        // of the whole list compared every kept window's place again).
        more.clear();
        more.extend(entering);
        more.sort_by(|a, b| strings.order(windows, a, b));
        let old = lists.get(*kept);
        all.clear();
        all.reserve(old.len() + more.len());
        let mut from = 0;
        for k in more.iter() {
            let at = from
                + old[from..]
                    .partition_point(|o| strings.order(windows, o, k) != Ordering::Greater);
            all.extend_from_slice(&old[from..at]);
            all.push(k.clone());
            from = at;
        }
        all.extend_from_slice(&old[from..]);
        sorted.clear();
        sorted.extend(all.iter().map(|k| k.window));
        cut(all, limit, windows);
        // What is left is a subsequence of `sorted`: the rest is given back.
        let mut left = all.iter().map(|k| k.window).peekable();
        for &window in sorted.iter() {
            if left.peek() == Some(&window) {
                left.next();
            } else {
                windows.release(window);
            }
        }
        lists.set(kept, all);
    };
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut lists) => run(&mut lists),
        Err(_) => run(&mut (Vec::new(), Vec::new(), Vec::new())),
    });
}

/// Drops a second window of one place from a sorted list, and keeps the first `limit`
/// windows and the first `limit` meetings.
fn cut(kept: &mut Vec<Kept>, limit: usize, windows: &EvidenceWindows) {
    kept.dedup_by(|later, earlier| {
        later.window == earlier.window
            || windows
                .place(later.window)
                .same(&windows.place(earlier.window))
    });
    keep_windows_and_meetings(kept, limit, Kept::is_met);
}

/// Whether a window at `place` (a meeting unless `plain`) can survive a merge into
/// `kept` (sorted and cut): a window needs fewer than `limit` kept before it, a
/// meeting that or fewer than `limit` meetings before it. Never false for evidence the
/// full merge would keep.
fn may_enter(
    kept: &[Kept],
    place: &Place<'_>,
    plain: bool,
    limit: usize,
    windows: &EvidenceWindows,
) -> bool {
    // Fewer kept than the limit: however it sorts, fewer than `limit` stand before it
    // (and no window's place is read).
    if kept.len() < limit {
        return true;
    }
    let before = kept.partition_point(|k| {
        place_order(&windows.place(k.window), !k.is_met(), place, plain).is_lt()
    });
    if before < limit {
        return true;
    }
    !plain && kept[..before].iter().filter(|k| k.is_met()).count() < limit
}

/// Turns one document's evidence into kept windows, storing a window's text, its
/// document and the forms only for what can enter an edge's kept list. It holds a
/// count on the document and windows it stored until [`DocumentEvidence::finish`].
pub struct DocumentEvidence {
    meta: DocumentMeta,
    /// The document with its order key, made on first use.
    document: Option<Document>,
    /// The document's row, once a window of it is stored.
    stored: Option<DocumentId>,
    /// The windows of this document already stored, by (start, end).
    windows: foldhash::HashMap<(usize, usize), WindowId>,
}

impl DocumentEvidence {
    /// For the evidence of one document.
    pub fn new(meta: &DocumentMeta) -> DocumentEvidence {
        DocumentEvidence {
            meta: meta.clone(),
            document: None,
            stored: None,
            windows: Default::default(),
        }
    }

    /// Merges one pair's evidence from this document into an edge's kept list.
    /// `swapped`: the pair's forms are in the other order than the edge's.
    #[allow(clippy::too_many_arguments)]
    pub fn merge_into(
        &mut self,
        kept: &mut KeptList,
        lists: &mut KeptLists,
        evidence: Vec<Evidence>,
        swapped: bool,
        limit: usize,
        strings: &mut Strings,
        windows: &mut EvidenceWindows,
    ) {
        let mut entering = Vec::new();
        // Whether the entering windows' places strictly ascend (one document's, so by
        // start and end): then they are sorted, and no two share a place.
        let (mut ascending, mut last) = (true, None);
        for ev in evidence {
            let document = self
                .document
                .get_or_insert_with(|| Document::new(self.meta.clone()));
            // The place of `ev`, to search the kept list before storing anything.
            let place = Place {
                document,
                document_id: self.stored,
                start: ev.start,
                end: ev.end,
            };
            if !may_enter(lists.get(*kept), &place, ev.met.is_none(), limit, windows) {
                continue;
            }
            let document = match self.stored {
                Some(id) => id,
                None => {
                    let id = windows.add_document(document.clone());
                    self.stored = Some(id);
                    id
                }
            };
            let window = *self
                .windows
                .entry((ev.start, ev.end))
                .or_insert_with(|| windows.add_window(document, ev.start, ev.end, ev.text));
            let mut forms = ev.forms;
            if swapped {
                forms.swap(0, 1);
            }
            let met = ev.met.as_ref().map(|m| (&m.cue, m.kind, m.planned));
            entering.push(strings.kept(windows, window, &forms, met));
            ascending &= last.is_none_or(|last| last < (ev.start, ev.end));
            last = Some((ev.start, ev.end));
        }
        if entering.is_empty() {
            return;
        }
        if ascending && entering.len() <= limit && lists.get(*kept).is_empty() {
            // A link's first evidence (most links): sorted, no place twice and no more
            // than the cut keeps, so the kept list is what [`rebuild`] would make of it.
            lists.set(kept, &entering);
        } else {
            rebuild(kept, lists, entering.into_iter(), limit, strings, windows);
        }
    }

    /// Gives back the counts it holds on the document and windows it stored.
    pub fn finish(self, windows: &mut EvidenceWindows) {
        for (_, window) in self.windows {
            windows.release(window);
        }
        if let Some(document) = self.stored {
            windows.release_document(document);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relate::Meeting;

    /// A kept window holds its window, two form ids and a meeting id in 12 bytes, each
    /// read back as packed up to the largest it can hold.
    #[test]
    fn kept_ids_read_back_up_to_their_limits() {
        assert_eq!(std::mem::size_of::<Kept>(), 12);
        let window = WindowId::from_index(u32::MAX - 1);
        let rows = [
            ([0, 0], 0),
            ([1, 2], 3),
            ([FORM_IDS - 1, 0], MEETING_IDS - 1),
            ([0, FORM_IDS - 1], 0x100),
            ([FORM_IDS - 1, FORM_IDS - 1], 0xff),
            ([0x00ab_cdef, 0x0012_3456], 0xbeef),
        ];
        for (forms, met) in rows {
            let kept = Kept::new(window, forms, met);
            assert_eq!(kept.window(), window);
            assert_eq!(kept.forms(), forms, "{forms:?} {met}");
            assert_eq!(kept.met(), met, "{forms:?} {met}");
            assert_eq!(kept.is_met(), met != 0);
        }
        assert_eq!(known_form(FORM_IDS - 1), FORM_IDS - 1);
        assert_eq!(known_form(FORM_IDS), 0, "past the limit a form is unknown");
    }

    /// Once the meeting table is nearly full, a new meeting keeps its kind and plan with
    /// an unknown cue, and every id stays below the limit.
    #[test]
    fn meetings_past_the_limit_keep_kind_and_plan() {
        let mut strings = Strings::default();
        let room = MEETING_IDS as usize - 2 * MeetingKind::ALL.len();
        let mut last = 0;
        for n in 1..room {
            let cue = strings.intern_str(&format!("cue {n}"));
            last = strings.intern_meeting(MetRef {
                cue,
                kind: MeetingKind::ALL[n % MeetingKind::ALL.len()],
                planned: n % 2 == 0,
            });
        }
        assert_eq!(last as usize, room - 1);
        for kind in MeetingKind::ALL {
            for planned in [false, true] {
                let cue = strings.intern_str(&format!("late {kind} {planned}"));
                let id = strings.intern_meeting(MetRef { cue, kind, planned });
                assert!(id < MEETING_IDS, "{kind} {planned}: {id}");
                let met = strings.meetings[id as usize];
                assert_eq!((met.cue, met.kind, met.planned), (0, kind, planned));
                let again = strings.intern_str("another late cue");
                let same = strings.intern_meeting(MetRef {
                    cue: again,
                    kind,
                    planned,
                });
                assert_eq!(same, id, "one generic meeting per kind and plan");
            }
        }
        assert!(strings.meetings.len() <= MEETING_IDS as usize);
    }

    /// The listing order read from bytes is the order of the fields as strings.
    #[test]
    fn listing_order_is_the_fields_order() {
        let field = |s: &str| (!s.is_empty()).then(|| s.to_string());
        let metas: Vec<DocumentMeta> = [
            ("a", "2024-05-01", "", ""),
            ("a", "2024-05-01", "Title", ""),
            ("a", "2024-05-01", "Title", "https://x"),
            ("a", "2024-05", "", ""),
            ("b", "", "", ""),
            ("b", "", "Zebra", ""),
            ("é", "2023-01-02", "", "u"),
            ("", "2023-01-02", "", ""),
            ("ab", "", "", "v"),
        ]
        .iter()
        .map(|&(id, date, title, url)| DocumentMeta {
            id: id.to_string(),
            date: field(date),
            title: field(title),
            url: field(url),
        })
        .collect();
        let documents: Vec<Document> = metas.iter().cloned().map(Document::new).collect();
        for (x, a) in documents.iter().enumerate() {
            for (y, b) in documents.iter().enumerate() {
                let (m, n) = (&metas[x], &metas[y]);
                let expected = (m.date.is_none(), &m.date, &m.id, &m.title, &m.url).cmp(&(
                    n.date.is_none(),
                    &n.date,
                    &n.id,
                    &n.title,
                    &n.url,
                ));
                assert_eq!(a.listing_order(b), expected, "{m:?} vs {n:?}");
            }
        }
    }

    fn ev(document: &str, start: usize, date: Option<&str>, met: bool) -> (DocumentMeta, Evidence) {
        let meta = DocumentMeta {
            id: document.to_string(),
            date: date.map(str::to_string),
            ..Default::default()
        };
        let evidence = Evidence {
            doc: std::sync::Arc::new(meta.clone()),
            start,
            end: start + 5,
            text: format!("{document}@{start}").into(),
            forms: ["A".into(), "B".into()],
            met: met.then(|| Meeting {
                cue: "met".into(),
                planned: false,
                kind: MeetingKind::Meeting,
            }),
        };
        (meta, evidence)
    }

    /// Rows: a document's fields read back from its one allocation, a missing field
    /// apart from an empty one, long ones whole.
    #[test]
    fn document_fields_read_back() {
        let long = "t".repeat(300);
        type Row<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);
        let rows: [Row; 5] = [
            ("d", None, None, None),
            ("", Some(""), Some(""), Some("")),
            (
                "synthetic-1",
                Some("2024-03-21"),
                None,
                Some("https://x.test/é"),
            ),
            ("ü", None, Some(&long), None),
            (&long, Some("someday"), Some("Title"), None),
        ];
        for (id, date, title, url) in rows {
            let owned = |s: Option<&str>| s.map(str::to_string);
            let document = Document::new(DocumentMeta {
                id: id.to_string(),
                date: owned(date),
                title: owned(title),
                url: owned(url),
            });
            let got = (
                document.id(),
                document.date(),
                document.title(),
                document.url(),
            );
            assert_eq!(got, (id, date, title, url));
        }
    }

    fn places(kept: &[Kept], table: &EvidenceWindows) -> Vec<String> {
        kept.iter()
            .map(|k| {
                let w = table.place(k.window());
                format!(
                    "{}@{}{}",
                    w.document.id(),
                    w.start,
                    if k.is_met() { "m" } else { "" }
                )
            })
            .collect()
    }

    /// Rows: (name, documents merged in this order, limit, kept places). Each
    /// document is (id, date, [(start, met)]).
    #[test]
    fn kept_windows_follow_the_evidence_order() {
        type Doc = (&'static str, Option<&'static str>, &'static [(usize, bool)]);
        let rows: &[(&str, &[Doc], usize, &[&str])] = &[
            (
                "dated before undated, then by id",
                &[
                    ("z", None, &[(0, false)]),
                    ("b", Some("2024-01-02"), &[(0, false)]),
                    ("a", Some("2024-01-02"), &[(9, false)]),
                ],
                2,
                &["a@9", "b@0"],
            ),
            (
                "a meeting replaces a plain window of the same place",
                &[("a", None, &[(0, false), (0, true)])],
                5,
                &["a@0m"],
            ),
            (
                "meetings are kept beyond the limit of windows",
                &[("a", None, &[(0, false), (10, false), (20, true)])],
                2,
                &["a@0", "a@10", "a@20m"],
            ),
            (
                "ids sharing an eight-byte prefix compare in full",
                &[
                    ("document-b", None, &[(0, false)]),
                    ("document-a", None, &[(0, false)]),
                ],
                1,
                &["document-a@0"],
            ),
            (
                "a later document that cannot enter is not stored",
                &[
                    ("a", Some("2024-01-01"), &[(0, false)]),
                    ("b", Some("2025-01-01"), &[(0, false)]),
                ],
                1,
                &["a@0"],
            ),
        ];
        for (name, docs, limit, expected) in rows {
            let mut forward = KeptList::default();
            let mut backward = KeptList::default();
            let mut lists = [KeptLists::default(), KeptLists::default()];
            let mut strings = Strings::default();
            let mut tables = [EvidenceWindows::default(), EvidenceWindows::default()];
            for (((kept, reverse), table), lists) in [(&mut forward, false), (&mut backward, true)]
                .into_iter()
                .zip(tables.iter_mut())
                .zip(lists.iter_mut())
            {
                let mut list: Vec<&Doc> = docs.iter().collect();
                if reverse {
                    list.reverse();
                }
                for (id, date, windows) in list {
                    let mut evidence = Vec::new();
                    let mut meta = None;
                    for &(start, met) in windows.iter() {
                        let (m, e) = ev(id, start, *date, met);
                        meta = Some(m);
                        evidence.push(e);
                    }
                    let meta = meta.expect("a document has windows");
                    let mut document = DocumentEvidence::new(&meta);
                    document.merge_into(kept, lists, evidence, false, *limit, &mut strings, table);
                    document.finish(table);
                }
            }
            assert_eq!(
                places(lists[0].get(forward), &tables[0]),
                *expected,
                "{name}"
            );
            assert_eq!(
                places(lists[1].get(backward), &tables[1]),
                *expected,
                "{name} (documents in reverse)"
            );
            // Only the windows kept are stored: the others were given back.
            assert_eq!(tables[0].len(), expected.len(), "{name}: stored windows");
            assert_eq!(tables[1].len(), expected.len(), "{name}: stored windows");
        }
    }
}
