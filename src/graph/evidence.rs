//! Evidence by reference: each window (sentence) is stored once and every edge whose
//! evidence it is points at it.
//!
//! Rules:
//! - **A window is stored once.** [`Window`] holds the text of one window of one
//!   [`Document`]; the kept evidence of every pair seen in it shares it (an `Arc`, so a
//!   window no edge keeps any more is freed). Surface forms and meeting cues are interned
//!   once per graph ([`Strings`]): a kept window of an edge, [`Kept`], is three words.
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
//! - In `graph.json` windows are numbered afresh on every write, in evidence order
//!   (see `export/json.rs`), so the ids do not depend on the order documents or shards
//!   were merged in.

use std::cmp::Ordering;
use std::sync::Arc;

use crate::input::DocumentMeta;
use crate::relate::meeting::MeetingKind;
use crate::relate::{keep_windows_and_meetings, Evidence, SharedStr};

use super::texts::{TextStore, WindowText};
use super::timeline::Day;

/// A document some kept evidence comes from, with its order key precomputed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Id, date, title, URL.
    pub meta: DocumentMeta,
    /// The day as the number YYYYMMDD; `u32::MAX - 1` for a date that is not a day,
    /// `u32::MAX` for none (undated documents come last).
    day: u32,
    /// The first eight bytes of the id, big-endian, zero-padded.
    prefix: u64,
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
        Document {
            meta,
            day,
            prefix: u64::from_be_bytes(bytes),
        }
    }

    /// Document order: by day (undated last), then id.
    fn order(&self, other: &Document) -> Ordering {
        if std::ptr::eq(self, other) {
            return Ordering::Equal;
        }
        (self.day, self.prefix)
            .cmp(&(other.day, other.prefix))
            .then_with(|| {
                let (a, b) = (&self.meta, &other.meta);
                (a.date.is_none(), &a.date, &a.id).cmp(&(b.date.is_none(), &b.date, &b.id))
            })
    }
}

/// One window of a document, stored once however many edges keep it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// The document.
    pub document: Arc<Document>,
    /// Byte offset of the window's start in the document.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// The window's text, in memory or in the build's [`TextStore`].
    pub text: WindowText,
}

impl Window {
    /// Window order: document, then start and end.
    fn order(&self, other: &Window) -> Ordering {
        if std::ptr::eq(self, other) {
            return Ordering::Equal;
        }
        self.document
            .order(&other.document)
            .then_with(|| (self.start, self.end).cmp(&(other.start, other.end)))
    }

    /// Whether two windows are the same place (same document id, start and end).
    fn same_place(&self, other: &Window) -> bool {
        std::ptr::eq(self, other)
            || (self.start == other.start
                && self.end == other.end
                && (Arc::ptr_eq(&self.document, &other.document)
                    || self.document.meta.id == other.document.meta.id))
    }
}

/// What a kept window says of a meeting: the cue (an id in [`Strings`]), its kind and
/// whether it is planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MetRef {
    cue: u32,
    kind: MeetingKind,
    planned: bool,
}

/// One kept evidence window of an edge: the window, the pair's surface forms there
/// (ids in [`Strings`], the entity whose name sorts first first) and the meeting, if
/// the window says the two met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    window: Arc<Window>,
    forms: [u32; 2],
    met: Option<MetRef>,
}

impl Kept {
    /// The window.
    pub fn window(&self) -> &Window {
        &self.window
    }

    /// Replaces the window by an equal one (the same place, its text elsewhere).
    pub(crate) fn set_window(&mut self, window: Arc<Window>) {
        self.window = window;
    }

    /// Whether the window says the two met.
    pub fn is_met(&self) -> bool {
        self.met.is_some()
    }
}

/// Strings interned once per graph (surface forms, cues): id 0 is the empty string.
#[derive(Debug, Clone)]
pub struct Strings {
    list: Vec<SharedStr>,
    index: foldhash::HashMap<SharedStr, u32>,
}

impl Default for Strings {
    fn default() -> Strings {
        let empty: SharedStr = "".into();
        Strings {
            list: vec![empty.clone()],
            index: [(empty, 0)].into_iter().collect(),
        }
    }
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

    /// The string of an id of this table.
    pub fn get(&self, id: u32) -> &str {
        &self.list[id as usize]
    }

    /// The ids of `other`'s strings in this table (adding the new ones), by `other`'s id.
    pub fn absorb(&mut self, other: &Strings) -> Vec<u32> {
        other.list.iter().map(|s| self.intern(s)).collect()
    }
}

/// A kept evidence window as callers read it: everything resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceRef<'g> {
    /// The document: id, date, title, URL.
    pub doc: &'g DocumentMeta,
    /// Byte offset of the window's start in the document.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// The window's text; empty for a text kept in a [`TextStore`] (a graph built by
    /// [`crate::pipeline::build_graph_stored`] before [`crate::graph::KnowledgeGraph::load_texts`]).
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
    /// `kept` with its strings resolved.
    pub fn resolve<'g>(&'g self, kept: &'g Kept) -> EvidenceRef<'g> {
        let window = &*kept.window;
        EvidenceRef {
            doc: &window.document.meta,
            start: window.start,
            end: window.end,
            text: window.text.inline().unwrap_or_default(),
            forms: kept.forms.map(|f| self.get(f)),
            met: kept.met.map(|m| MeetingRef {
                cue: self.get(m.cue),
                planned: m.planned,
                kind: m.kind,
            }),
        }
    }

    /// Builds a kept window from its parts, interning its forms and cue.
    pub fn kept(
        &mut self,
        window: Arc<Window>,
        forms: &[SharedStr; 2],
        met: Option<(&SharedStr, MeetingKind, bool)>,
    ) -> Kept {
        Kept {
            window,
            forms: [self.intern(&forms[0]), self.intern(&forms[1])],
            met: met.map(|(cue, kind, planned)| MetRef {
                cue: self.intern(cue),
                kind,
                planned,
            }),
        }
    }

    /// Rewrites the string ids of `kept` by `map` (from [`Strings::absorb`]).
    pub fn remap(kept: &mut Kept, map: &[u32]) {
        kept.forms = kept.forms.map(|f| map[f as usize]);
        if let Some(met) = kept.met.as_mut() {
            met.cue = map[met.cue as usize];
        }
    }

    /// The full evidence order: place, then (one window seen twice) text, forms and
    /// meeting, as strings, so the choice never depends on interning order.
    fn order(&self, a: &Kept, b: &Kept) -> Ordering {
        place_order(&a.window, a.met.is_none(), &b.window, b.met.is_none()).then_with(|| {
            let (x, y) = (self.resolve(a), self.resolve(b));
            a.window
                .text
                .order(&b.window.text)
                .then_with(|| x.forms.cmp(&y.forms))
                .then_with(|| meeting_key(x.met).cmp(&meeting_key(y.met)))
        })
    }
}

/// A meeting as the evidence order compares it: cue, planned, kind.
fn meeting_key(m: Option<MeetingRef<'_>>) -> Option<(&str, bool, MeetingKind)> {
    m.map(|m| (m.cue, m.planned, m.kind))
}

/// The order of two windows' places: document, start, end, a meeting first.
fn place_order(a: &Window, a_plain: bool, b: &Window, b_plain: bool) -> Ordering {
    a.order(b).then(a_plain.cmp(&b_plain))
}

/// Adds `more` to `kept` and keeps, in evidence order, the first `limit` windows plus
/// the first `limit` meetings; a meeting replaces a plain window of the same place.
/// `kept` must be the result of earlier merges (sorted and cut).
pub fn merge_kept(
    kept: &mut Box<[Kept]>,
    more: impl IntoIterator<Item = Kept>,
    limit: usize,
    strings: &Strings,
) {
    let before = kept.len();
    let entering: Vec<Kept> = more
        .into_iter()
        .filter(|evidence| {
            may_enter(
                kept,
                before,
                &evidence.window,
                evidence.met.is_none(),
                limit,
            )
        })
        .collect();
    if !entering.is_empty() {
        rebuild(kept, entering.into_iter(), limit, strings);
    }
}

thread_local! {
    /// Where [`rebuild`] sorts and cuts a list before its exact-size copy.
    static SCRATCH: std::cell::RefCell<Vec<Kept>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Replaces `kept` by `kept` and `entering`, sorted and cut ([`cut`]), in a new
/// allocation of exactly its length. Growing a list in place and shrinking it back
/// would leave it in the allocator's block for the longer list: a list of five kept
/// windows (120 bytes) in a block for six (160), a third more on every full list.
fn rebuild(
    kept: &mut Box<[Kept]>,
    entering: impl Iterator<Item = Kept>,
    limit: usize,
    strings: &Strings,
) {
    let run = |all: &mut Vec<Kept>| {
        all.clear();
        all.extend(std::mem::take(kept).into_vec());
        all.extend(entering);
        cut(all, limit, strings);
        // `drain` is not collected in place: the result is a fresh exact-size block.
        *kept = all.drain(..).collect();
    };
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut all) => run(&mut all),
        Err(_) => run(&mut Vec::new()),
    });
}

/// Sorts, drops a second window of one place, and keeps the first `limit` windows and
/// the first `limit` meetings.
fn cut(kept: &mut Vec<Kept>, limit: usize, strings: &Strings) {
    kept.sort_by(|a, b| strings.order(a, b));
    kept.dedup_by(|later, earlier| later.window.same_place(&earlier.window));
    keep_windows_and_meetings(kept, limit, |e| e.met.is_some());
}

/// Whether a window at `window` (a meeting unless `plain`) can survive a merge into
/// `kept[..len]` (sorted and cut): a window needs fewer than `limit` kept before it, a
/// meeting that or fewer than `limit` meetings before it. Never false for evidence the
/// full merge would keep.
fn may_enter(kept: &[Kept], len: usize, window: &Window, plain: bool, limit: usize) -> bool {
    let kept = &kept[..len];
    let before =
        kept.partition_point(|k| place_order(&k.window, k.met.is_none(), window, plain).is_lt());
    if before < limit {
        return true;
    }
    !plain && kept[..before].iter().filter(|k| k.met.is_some()).count() < limit
}

/// Turns one document's evidence into kept windows, storing a window's text, its
/// document and the forms only for what can enter an edge's kept list.
pub struct DocumentEvidence<'s> {
    document: Option<Arc<Document>>,
    /// Where window texts go (kept in memory without one).
    store: Option<&'s Arc<TextStore>>,
    meta: DocumentMeta,
    /// The windows of this document already stored, by (start, end).
    windows: foldhash::HashMap<(usize, usize), Arc<Window>>,
}

impl<'s> DocumentEvidence<'s> {
    /// For the evidence of one document, its window texts written to `store` if any.
    pub fn new(meta: &DocumentMeta, store: Option<&'s Arc<TextStore>>) -> DocumentEvidence<'s> {
        DocumentEvidence {
            document: None,
            store,
            meta: meta.clone(),
            windows: Default::default(),
        }
    }

    /// Merges one pair's evidence from this document into an edge's kept list.
    /// `swapped`: the pair's forms are in the other order than the edge's.
    pub fn merge_into(
        &mut self,
        kept: &mut Box<[Kept]>,
        evidence: Vec<Evidence>,
        swapped: bool,
        limit: usize,
        strings: &mut Strings,
    ) {
        let before = kept.len();
        let mut entering = Vec::new();
        for ev in evidence {
            // A probe: the place of `ev`, to search the kept list before storing anything.
            let probe = Window {
                document: self.document(),
                start: ev.start,
                end: ev.end,
                text: WindowText::Inline(ev.text),
            };
            if !may_enter(kept, before, &probe, ev.met.is_none(), limit) {
                continue;
            }
            let store = self.store;
            let window = self
                .windows
                .entry((probe.start, probe.end))
                .or_insert_with(|| {
                    let Window {
                        document,
                        start,
                        end,
                        text,
                    } = probe;
                    let text = match text {
                        WindowText::Inline(text) => WindowText::new(text, store),
                        stored => stored,
                    };
                    Arc::new(Window {
                        document,
                        start,
                        end,
                        text,
                    })
                })
                .clone();
            let mut forms = ev.forms;
            if swapped {
                forms.swap(0, 1);
            }
            let met = ev.met.as_ref().map(|m| (&m.cue, m.kind, m.planned));
            entering.push(strings.kept(window, &forms, met));
        }
        if !entering.is_empty() {
            rebuild(kept, entering.into_iter(), limit, strings);
        }
    }

    /// The document, made on first use.
    fn document(&mut self) -> Arc<Document> {
        self.document
            .get_or_insert_with(|| Arc::new(Document::new(self.meta.clone())))
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relate::Meeting;

    fn ev(document: &str, start: usize, date: Option<&str>, met: bool) -> (DocumentMeta, Evidence) {
        let meta = DocumentMeta {
            id: document.to_string(),
            date: date.map(str::to_string),
            ..Default::default()
        };
        let evidence = Evidence {
            doc: Arc::new(meta.clone()),
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

    fn places(kept: &[Kept]) -> Vec<String> {
        kept.iter()
            .map(|k| {
                let w = k.window();
                format!(
                    "{}@{}{}",
                    w.document.meta.id,
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
            let mut forward: Box<[Kept]> = Box::default();
            let mut backward: Box<[Kept]> = Box::default();
            let mut strings = Strings::default();
            for (kept, reverse) in [(&mut forward, false), (&mut backward, true)] {
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
                    DocumentEvidence::new(&meta, None).merge_into(
                        kept,
                        evidence,
                        false,
                        *limit,
                        &mut strings,
                    );
                }
            }
            assert_eq!(places(&forward), *expected, "{name}");
            assert_eq!(
                places(&backward),
                *expected,
                "{name} (documents in reverse)"
            );
        }
    }
}
