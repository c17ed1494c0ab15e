//! Relating mentions: which entities appear together, which met, with evidence.
//!
//! A document's resolved mentions are grouped by [`Window`] (a sentence by default).
//! Each unordered pair of distinct entities in a window adds one to the pair's
//! `co_mention` count. Independently of the window, each sentence is read for
//! meetings and title affiliations ([`crate::relate::meeting`]). The result,
//! [`DocumentRelations`], depends on that document alone, so documents can be
//! processed in parallel and merged into the graph in any grouping.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

// The maps of one document's accumulator: small keys, hashed fast (foldhash);
// nothing is read from them in hash order.
use foldhash::{HashMap, HashMapExt as _};

pub mod meeting;

use crate::gazetteer::{EntityId, Gazetteer};
use crate::matcher::ResolvedMention;
use meeting::cues::{CueMatch, CueSet};
use meeting::{
    relate_sentence, Context, Discourse, KindCounts, MeetingKind, Sentence, SentenceRelations,
};

/// The span of text in which co-mentions count as linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Window {
    /// One sentence (the default).
    #[default]
    Sentence,
    /// One paragraph: the text between line breaks.
    Paragraph,
    /// The whole document.
    Document,
    /// Two mentions at most K words apart.
    Tokens(u32),
}

impl fmt::Display for Window {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Window::Sentence => f.write_str("sentence"),
            Window::Paragraph => f.write_str("paragraph"),
            Window::Document => f.write_str("document"),
            Window::Tokens(k) => write!(f, "tokens:{k}"),
        }
    }
}

impl std::str::FromStr for Window {
    type Err = String;

    fn from_str(s: &str) -> Result<Window, String> {
        match s {
            "sentence" => Ok(Window::Sentence),
            "paragraph" => Ok(Window::Paragraph),
            "document" => Ok(Window::Document),
            _ => match s.strip_prefix("tokens:").map(str::parse::<u32>) {
                Some(Ok(k)) if k > 0 => Ok(Window::Tokens(k)),
                _ => Err(format!(
                    "unknown window {s:?}: use sentence, paragraph, document or tokens:K (K > 0)"
                )),
            },
        }
    }
}

/// What is known of a document besides its text (defined by the input stage).
pub use crate::input::DocumentMeta;

/// Shared, immutable text: evidence of many pairs points at the same sentence.
pub type SharedStr = Arc<str>;

/// What a window says of a meeting.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Meeting {
    /// The cue phrase that fired ("held talks with").
    pub cue: SharedStr,
    /// Announced, not yet held.
    pub planned: bool,
    /// In person, by phone, a visit, hosting, or talks.
    pub kind: MeetingKind,
}

/// A window of a document where a link was seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// The document: id, date, title, URL (shared by all the evidence from it).
    pub doc: Arc<DocumentMeta>,
    /// Byte offset of the window's start in the document.
    pub start: usize,
    /// Byte offset of the window's end.
    pub end: usize,
    /// The window's text.
    pub text: SharedStr,
    /// The surface forms of the pair: in a [`PairObservation`] the smaller entity id's
    /// first; in the graph, the entity whose name sorts first.
    pub forms: [SharedStr; 2],
    /// For a meeting: its cue, kind and whether it is planned.
    pub met: Option<Meeting>,
}

impl Evidence {
    /// The order evidence is kept in: dated documents earliest first, then undated
    /// ones, by document id and position; a meeting before a plain co-mention.
    /// Evidence of one document shares its metadata, so comparing two windows of the
    /// same document compares integers only.
    fn cmp_key(&self, other: &Evidence) -> Ordering {
        let documents = if Arc::ptr_eq(&self.doc, &other.doc) {
            Ordering::Equal
        } else {
            (self.doc.date.is_none(), &self.doc.date, &self.doc.id).cmp(&(
                other.doc.date.is_none(),
                &other.doc.date,
                &other.doc.id,
            ))
        };
        documents.then_with(|| {
            (self.start, self.end, self.met.is_none()).cmp(&(
                other.start,
                other.end,
                other.met.is_none(),
            ))
        })
    }
}

impl PartialOrd for Evidence {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Evidence {
    fn cmp(&self, other: &Self) -> Ordering {
        self.cmp_key(other)
            .then_with(|| self.text.cmp(&other.text))
            .then_with(|| self.forms.cmp(&other.forms))
            .then_with(|| self.met.cmp(&other.met))
    }
}

/// Adds `more` to `kept` and keeps, in [`Evidence`] order, the first `limit` windows
/// plus the first `limit` meetings; a meeting replaces a plain window of the same span.
///
/// `kept` must be the result of earlier merges (sorted and cut). Evidence that cannot
/// make the cut is dropped before any sorting, so merging late documents into a full
/// edge costs a binary search each.
pub fn merge_evidence(kept: &mut Vec<Evidence>, more: Vec<Evidence>, limit: usize) {
    let before = kept.len();
    for evidence in more {
        if may_enter(kept, before, &evidence, limit) {
            kept.push(evidence);
        }
    }
    if kept.len() == before {
        return;
    }
    kept.sort();
    kept.dedup_by(|later, earlier| {
        later.start == earlier.start
            && later.end == earlier.end
            && (Arc::ptr_eq(&later.doc, &earlier.doc) || later.doc.id == earlier.doc.id)
    });
    keep_windows_and_meetings(kept, limit, |e| e.met.is_some());
}

/// The evidence rule, on a sorted list: keeps the first `limit` items plus the first
/// `limit` meetings (`is_met`), in order. Documents' evidence and an edge's kept
/// windows across documents are cut by it alike.
pub(crate) fn keep_windows_and_meetings<T>(
    kept: &mut Vec<T>,
    limit: usize,
    is_met: impl Fn(&T) -> bool,
) {
    let (mut all, mut met) = (0, 0);
    kept.retain(|e| {
        let meeting = is_met(e);
        let keep = all < limit || (meeting && met < limit);
        if keep {
            all += 1;
            met += usize::from(meeting);
        }
        keep
    });
}

/// Whether `evidence` can survive a merge into `kept[..len]` (sorted and cut): a window
/// needs fewer than `limit` kept before it, a meeting that or fewer than `limit`
/// meetings before it. Never false for evidence the full merge would keep.
fn may_enter(kept: &[Evidence], len: usize, evidence: &Evidence, limit: usize) -> bool {
    let kept = &kept[..len];
    let before = kept.partition_point(|k| k < evidence);
    if before < limit {
        return true;
    }
    evidence.met.is_some() && kept[..before].iter().filter(|k| k.met.is_some()).count() < limit
}

/// What one document says of one entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityObservation {
    /// The entity.
    pub entity: EntityId,
    /// Mentions in the document.
    pub mentions: u64,
    /// Windows of the document that mention it.
    pub windows: u64,
    /// Surface forms as written (whitespace runs collapsed), with counts, sorted.
    pub surface_forms: Vec<(String, u64)>,
    /// Affiliations read from titles in this document ("Egyptian Foreign Minister").
    pub affiliations: Vec<EntityId>,
}

/// What one document says of one pair of entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairObservation {
    /// The entity with the smaller id.
    pub a: EntityId,
    /// The entity with the larger id.
    pub b: EntityId,
    /// Windows mentioning both.
    pub co_mention: u64,
    /// Sentences saying the two met.
    pub met: u64,
    /// Those sentences per kind of meeting.
    pub met_kinds: KindCounts,
    /// A title in the text says `member` belongs to `of`.
    pub text_affiliation: Option<(EntityId, EntityId)>,
    /// The first windows and meetings, at most the evidence limit of each.
    pub evidence: Vec<Evidence>,
}

/// Everything the graph needs from one document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocumentRelations {
    /// Id, date, title, URL.
    pub meta: DocumentMeta,
    /// Sentences in the document.
    pub sentences: u64,
    /// Windows in the document (the denominator of PMI).
    pub windows: u64,
    /// Resolved mentions.
    pub mentions: u64,
    /// Mentions left out because they were ambiguous.
    pub ambiguous: u64,
    /// Entities, sorted by id.
    pub entities: Vec<EntityObservation>,
    /// Pairs, sorted by ids.
    pub pairs: Vec<PairObservation>,
}

/// Everything [`relate_document`] reads.
pub struct DocumentInput<'a> {
    /// Id and metadata.
    pub meta: &'a DocumentMeta,
    /// The text.
    pub text: &'a str,
    /// Sentence byte ranges, in order.
    pub sentences: &'a [Range<usize>],
    /// The resolved mentions, in text order, with sentence indices set.
    pub mentions: &'a [ResolvedMention],
    /// Mentions left ambiguous.
    pub ambiguous: usize,
    /// Cue matches of the whole document, in order.
    pub cues: &'a [CueMatch],
}

/// Groups a document's mentions by window, counts co-mentions, and reads meetings.
pub fn relate_document(
    input: &DocumentInput<'_>,
    gazetteer: &Gazetteer,
    cue_set: &CueSet,
    window: Window,
    evidence_limit: usize,
) -> DocumentRelations {
    let text = input.text;
    let resolved: Vec<&ResolvedMention> = input.mentions.iter().collect();
    let meta = input.meta;
    let mut acc = Accumulator {
        input,
        meta: Arc::new(meta.clone()),
        window_text: None,
        forms: HashMap::new(),
        limit: evidence_limit,
        entities: HashMap::new(),
        pairs: HashMap::new(),
    };
    for mention in &resolved {
        acc.count_mention(mention);
    }

    // Co-mention windows.
    let windows = match window {
        Window::Tokens(k) => {
            acc.token_windows(&resolved, k);
            resolved.len() as u64
        }
        _ => {
            let spans: Vec<Range<usize>> = match window {
                Window::Sentence => input.sentences.to_vec(),
                Window::Paragraph => paragraphs(text),
                _ => std::iter::once(0..text.len()).collect(),
            };
            let mut index = 0;
            for span in &spans {
                let first = index;
                while index < resolved.len() && resolved[index].start < span.end {
                    index += 1;
                }
                acc.window(&resolved[first..index], span.clone());
            }
            spans.len() as u64
        }
    };

    // Meetings and affiliations, sentence by sentence.
    let mut sentence_relations = SentenceRelations::default();
    let mut discourse = Discourse::of_document(text, &resolved, gazetteer);
    discourse.date = meta.date.as_deref().and_then(crate::gazetteer::date_number);
    let (mut m, mut c) = (0, 0);
    let mut in_sentence: Vec<&ResolvedMention> = Vec::new();
    for (index, span) in input.sentences.iter().enumerate() {
        in_sentence.clear();
        while m < resolved.len() && resolved[m].sentence as usize == index {
            in_sentence.push(resolved[m]);
            m += 1;
        }
        while c < input.cues.len() && input.cues[c].start < span.start {
            c += 1;
        }
        let first_cue = c;
        while c < input.cues.len() && input.cues[c].end <= span.end {
            c += 1;
        }
        let cues = &input.cues[first_cue..c];
        if !in_sentence.is_empty() {
            discourse.enter(text, span.clone(), &in_sentence, gazetteer);
        }
        if !cues.is_empty() {
            relate_sentence(
                Sentence {
                    text,
                    span,
                    mentions: &in_sentence,
                    cues,
                },
                Context {
                    cue_set,
                    gazetteer,
                    discourse: &discourse,
                },
                &mut sentence_relations,
            );
            if let Some(first) = sentence_relations.met.first() {
                let cue = first.cue.start;
                discourse.met(
                    sentence_relations
                        .met
                        .iter()
                        .filter(|pair| pair.cue.start == cue)
                        .map(|pair| (pair.a, pair.b, pair.kind)),
                );
                discourse.seen(
                    sentence_relations
                        .met
                        .iter()
                        .map(|pair| (pair.a, pair.b, pair.kind)),
                    gazetteer,
                );
            }
            for pair in &sentence_relations.met {
                let meeting = Meeting {
                    cue: cue_set.phrase(&pair.cue).into(),
                    planned: pair.planned,
                    kind: pair.kind,
                };
                acc.met(
                    &in_sentence,
                    &resolved,
                    &sentence_relations.unnamed,
                    (pair.a, pair.b),
                    span.clone(),
                    meeting,
                );
            }
            for affiliation in &sentence_relations.affiliations {
                acc.text_affiliation(affiliation.member, affiliation.of);
            }
        }
        if !in_sentence.is_empty() {
            discourse.update(text, span.clone(), &in_sentence, gazetteer);
        }
    }

    let mut entities: Vec<EntityObservation> = acc
        .entities
        .into_iter()
        .map(|(entity, e)| {
            let mut surface_forms: Vec<(String, u64)> = e.forms.into_iter().collect();
            surface_forms.sort();
            let mut affiliations = e.affiliations;
            affiliations.sort_unstable();
            affiliations.dedup();
            EntityObservation {
                entity,
                mentions: e.mentions,
                windows: e.windows,
                surface_forms,
                affiliations,
            }
        })
        .collect();
    entities.sort_by_key(|e| e.entity);
    let mut pairs: Vec<PairObservation> = acc.pairs.into_values().collect();
    pairs.sort_by_key(|p| (p.a, p.b));
    for pair in &mut pairs {
        let evidence = std::mem::take(&mut pair.evidence);
        merge_evidence(&mut pair.evidence, evidence, evidence_limit);
    }
    DocumentRelations {
        meta: input.meta.clone(),
        sentences: input.sentences.len() as u64,
        windows,
        mentions: resolved.len() as u64,
        ambiguous: input.ambiguous as u64,
        entities,
        pairs,
    }
}

#[derive(Default)]
struct EntityAcc {
    mentions: u64,
    windows: u64,
    forms: HashMap<String, u64>,
    affiliations: Vec<EntityId>,
}

struct Accumulator<'a, 'b> {
    input: &'a DocumentInput<'b>,
    /// The document's metadata, shared by all its evidence.
    meta: Arc<DocumentMeta>,
    /// The last window's text, shared by the evidence of all its pairs.
    window_text: Option<(Range<usize>, SharedStr)>,
    /// Surface forms of the mentions already in evidence, by span: a mention
    /// in many pairs' evidence has its form copied once.
    forms: HashMap<(usize, usize), SharedStr>,
    limit: usize,
    entities: HashMap<EntityId, EntityAcc>,
    pairs: HashMap<(EntityId, EntityId), PairObservation>,
}

/// How many mentions after a sentence its meeting's party may be named in (see
/// [`Discourse::document_people`]).
const LOOKAHEAD_MENTIONS: usize = 512;

impl Accumulator<'_, '_> {
    fn count_mention(&mut self, mention: &ResolvedMention) {
        let entry = self.entities.entry(mention.entity).or_default();
        entry.mentions += 1;
        let form = surface_form(&self.input.text[mention.start..mention.end]);
        // The shared copy evidence takes (`form`), made here: the form is read once.
        self.forms
            .entry((mention.start, mention.end))
            .or_insert_with(|| form.as_ref().into());
        match entry.forms.get_mut(form.as_ref()) {
            Some(count) => *count += 1,
            None => {
                entry.forms.insert(form.into_owned(), 1);
            }
        }
    }

    fn pair(&mut self, a: EntityId, b: EntityId) -> &mut PairObservation {
        pair_in(&mut self.pairs, a, b)
    }

    fn evidence(
        &mut self,
        span: Range<usize>,
        forms: [SharedStr; 2],
        met: Option<Meeting>,
    ) -> Evidence {
        let text = self.input.text;
        evidence_in(&mut self.window_text, &self.meta, text, span, forms, met)
    }

    /// One window holding `mentions` (in order): every pair of distinct entities.
    fn window(&mut self, mentions: &[&ResolvedMention], span: Range<usize>) {
        let mut firsts: Vec<(EntityId, usize)> = Vec::new();
        for (i, m) in mentions.iter().enumerate() {
            let entity = m.entity;
            if !firsts.iter().any(|(e, _)| *e == entity) {
                firsts.push((entity, i));
            }
        }
        for (entity, _) in &firsts {
            self.entities.entry(*entity).or_default().windows += 1;
        }
        firsts.sort_unstable();
        for (k, &(a, i)) in firsts.iter().enumerate() {
            for &(b, j) in &firsts[k + 1..] {
                self.link(mentions[i], mentions[j], a, b, span.clone());
            }
        }
    }

    /// Mentions at most `k` words apart: each mention with the ones following it.
    fn token_windows(&mut self, mentions: &[&ResolvedMention], k: u32) {
        let text = self.input.text;
        // Word index of each mention's start.
        let mut words = Vec::with_capacity(mentions.len());
        let (mut pos, mut count, mut in_word) = (0, 0u64, false);
        for m in mentions {
            for c in text[pos..m.start].chars() {
                let word = !c.is_whitespace();
                if word && !in_word {
                    count += 1;
                }
                in_word = word;
            }
            pos = m.start;
            words.push(count);
        }
        for (i, m) in mentions.iter().enumerate() {
            let a = m.entity;
            self.entities.entry(a).or_default().windows += 1;
            let mut seen: Vec<EntityId> = Vec::new();
            for (j, n) in mentions.iter().enumerate().skip(i + 1) {
                if words[j] - words[i] > u64::from(k) {
                    break;
                }
                let b = n.entity;
                if b == a || seen.contains(&b) {
                    continue;
                }
                seen.push(b);
                let span = self.sentence_span(m.sentence, n.sentence);
                self.link(m, n, a, b, span);
            }
        }
    }

    fn sentence_span(&self, first: u32, last: u32) -> Range<usize> {
        let sentences = self.input.sentences;
        let start = sentences.get(first as usize).map_or(0, |s| s.start);
        let end = sentences
            .get(last as usize)
            .map_or(self.input.text.len(), |s| s.end);
        start..end.max(start)
    }

    fn link(
        &mut self,
        x: &ResolvedMention,
        y: &ResolvedMention,
        a: EntityId,
        b: EntityId,
        span: Range<usize>,
    ) {
        let limit = self.limit as u64;
        let text = self.input.text;
        // The pair is looked up once; its evidence is made from the other fields.
        let pair = pair_in(&mut self.pairs, a, b);
        let keep = pair.co_mention < limit;
        pair.co_mention += 1;
        if keep {
            let forms = ordered_forms_in(
                &mut self.forms,
                text,
                [x.start..x.end, y.start..y.end],
                [a, b],
            );
            let evidence = evidence_in(&mut self.window_text, &self.meta, text, span, forms, None);
            pair.evidence.push(evidence);
        }
    }

    fn met(
        &mut self,
        sentence: &[&ResolvedMention],
        document: &[&ResolvedMention],
        unnamed: &[(EntityId, Range<usize>)],
        (a, b): (EntityId, EntityId),
        span: Range<usize>,
        meeting: Meeting,
    ) {
        // A pronoun's person is named in an earlier sentence: take its last mention,
        // searching back from this sentence (not from the end of the document, which
        // would make a long single-line document quadratic).
        // An unnamed title's person ("a U.S. envoy") may be named only later: look a
        // bounded way ahead. A counterpart the document never names stands as the
        // words that mean them ("his Ukrainian counterpart").
        let (earlier, later) =
            document.split_at(document.partition_point(|m| m.start < span.start));
        let find = |e: EntityId| {
            sentence
                .iter()
                .find(|m| m.entity == e)
                .copied()
                .or_else(|| {
                    earlier
                        .iter()
                        .rev()
                        .inspect(|_| count_work(1))
                        .find(|m| m.entity == e)
                        .copied()
                })
                .or_else(|| {
                    later
                        .iter()
                        .take(LOOKAHEAD_MENTIONS)
                        .inspect(|_| count_work(1))
                        .find(|m| m.entity == e)
                        .copied()
                })
                .map(|m| m.start..m.end)
                .or_else(|| {
                    unnamed
                        .iter()
                        .find(|(p, _)| *p == e)
                        .map(|(_, r)| r.clone())
                })
        };
        let (Some(x), Some(y)) = (find(a), find(b)) else {
            return;
        };
        let limit = self.limit as u64;
        let keep = self.pair(a, b).met < limit;
        self.pair(a, b).met_kinds.add(meeting.kind);
        let evidence = keep.then(|| {
            let forms = self.ordered_forms(x, y, a, b);
            self.evidence(span, forms, Some(meeting))
        });
        let pair = self.pair(a, b);
        pair.met += 1;
        if let Some(evidence) = evidence {
            pair.evidence.push(evidence);
        }
    }

    /// The surface forms of `x` (entity `a`) and `y` (entity `b`), smaller id first.
    fn ordered_forms(
        &mut self,
        x: Range<usize>,
        y: Range<usize>,
        a: EntityId,
        b: EntityId,
    ) -> [SharedStr; 2] {
        ordered_forms_in(&mut self.forms, self.input.text, [x, y], [a, b])
    }

    fn text_affiliation(&mut self, member: EntityId, of: EntityId) {
        self.entities
            .entry(member)
            .or_default()
            .affiliations
            .push(of);
        self.pair(member, of).text_affiliation = Some((member, of));
    }
}

/// The observation of the pair `a`, `b` in `pairs`, made empty if new.
fn pair_in(
    pairs: &mut HashMap<(EntityId, EntityId), PairObservation>,
    a: EntityId,
    b: EntityId,
) -> &mut PairObservation {
    let key = if a < b { (a, b) } else { (b, a) };
    pairs.entry(key).or_insert_with(|| PairObservation {
        a: key.0,
        b: key.1,
        co_mention: 0,
        met: 0,
        met_kinds: KindCounts::default(),
        text_affiliation: None,
        evidence: Vec::new(),
    })
}

/// The surface form of the mention of `text` at `span`, from `forms` (copied there once).
fn form_in(
    forms: &mut HashMap<(usize, usize), SharedStr>,
    text: &str,
    span: Range<usize>,
) -> SharedStr {
    forms
        .entry((span.start, span.end))
        .or_insert_with(|| surface_form(&text[span]).into())
        .clone()
}

/// The surface forms of the mentions of `text` at `spans` (of the entities `ids`), the
/// smaller id's first, from `forms`.
fn ordered_forms_in(
    forms: &mut HashMap<(usize, usize), SharedStr>,
    text: &str,
    [x, y]: [Range<usize>; 2],
    [a, b]: [EntityId; 2],
) -> [SharedStr; 2] {
    let (fx, fy) = (form_in(forms, text, x), form_in(forms, text, y));
    if a < b {
        [fx, fy]
    } else {
        [fy, fx]
    }
}

/// The evidence of the window `span` of `text` in the document `meta`; `window_text`
/// keeps the last window's shared text for the other pairs of the window.
fn evidence_in(
    window_text: &mut Option<(Range<usize>, SharedStr)>,
    meta: &Arc<DocumentMeta>,
    text: &str,
    span: Range<usize>,
    forms: [SharedStr; 2],
    met: Option<Meeting>,
) -> Evidence {
    let shared = match window_text {
        Some((cached, shared)) if *cached == span => shared.clone(),
        _ => {
            let shared: SharedStr = text[span.clone()].into();
            *window_text = Some((span.clone(), shared.clone()));
            shared
        }
    };
    Evidence {
        doc: meta.clone(),
        start: span.start,
        end: span.end,
        text: shared,
        forms,
        met,
    }
}

/// A mention as written, whitespace runs collapsed ("Benjamin\nNetanyahu").
fn surface_form(written: &str) -> Cow<'_, str> {
    if needs_collapsing(written) {
        Cow::Owned(written.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Cow::Borrowed(written)
    }
}

/// Whether `written` holds whitespace other than single spaces: read in one pass over
/// the bytes of an ASCII name (whose other whitespace is `'\t'..='\r'`, as
/// [`char::is_whitespace`] says), by characters otherwise.
fn needs_collapsing(written: &str) -> bool {
    let mut after_space = false;
    for &byte in written.as_bytes() {
        if !byte.is_ascii() {
            return written.contains(|c: char| c.is_whitespace() && c != ' ')
                || written.contains("  ");
        }
        if matches!(byte, b'\t'..=b'\r') || (byte == b' ' && after_space) {
            return true;
        }
        after_space = byte == b' ';
    }
    false
}

/// Counts units of scanning work in the meeting rule's loops (words read, mentions
/// searched back), so that a test can check the work grows linearly with a document
/// without timing anything. A no-op outside tests.
#[inline]
pub(crate) fn count_work(units: u64) {
    #[cfg(test)]
    WORK.with(|work| work.set(work.get() + units));
    #[cfg(not(test))]
    let _ = units;
}

#[cfg(test)]
thread_local! {
    /// The work counted by [`count_work`] on this thread.
    pub(crate) static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Paragraphs: the non-blank lines of the text, trimmed.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let trimmed_start = start + (line.len() - line.trim_start().len());
        let trimmed_end = start + line.trim_end().len();
        if trimmed_end > trimmed_start {
            out.push(trimmed_start..trimmed_end);
        }
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_parse_and_print() {
        for (text, window) in [
            ("sentence", Window::Sentence),
            ("paragraph", Window::Paragraph),
            ("document", Window::Document),
            ("tokens:12", Window::Tokens(12)),
        ] {
            assert_eq!(text.parse::<Window>().unwrap(), window);
            assert_eq!(window.to_string(), text);
        }
        for bad in ["tokens:0", "tokens:", "tokens:x", "line", ""] {
            assert!(bad.parse::<Window>().is_err(), "{bad}");
        }
    }

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let text = "  One. Two.\n\nThree\r\n  \nFour";
        let spans: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(spans, ["One. Two.", "Three", "Four"]);
    }

    fn ev(document: &str, start: usize, date: Option<&str>, met: bool) -> Evidence {
        Evidence {
            doc: Arc::new(DocumentMeta {
                id: document.into(),
                date: date.map(Into::into),
                ..DocumentMeta::default()
            }),
            start,
            end: start + 1,
            text: "".into(),
            forms: ["".into(), "".into()],
            met: met.then(|| Meeting {
                cue: "met".into(),
                planned: false,
                kind: MeetingKind::Meeting,
            }),
        }
    }

    #[test]
    fn evidence_keeps_the_earliest_and_the_meetings() {
        let mut kept = Vec::new();
        merge_evidence(
            &mut kept,
            vec![
                ev("b", 0, None, false),
                ev("a", 5, None, false),
                ev("a", 1, Some("2024-01-02"), false),
            ],
            2,
        );
        let keys: Vec<(&str, usize)> = kept.iter().map(|e| (e.doc.id.as_str(), e.start)).collect();
        assert_eq!(keys, [("a", 1), ("a", 5)], "dated first, then by document");
        merge_evidence(
            &mut kept,
            vec![ev("z", 9, None, true), ev("a", 5, None, true)],
            2,
        );
        let keys: Vec<(&str, usize, bool)> = kept
            .iter()
            .map(|e| (e.doc.id.as_str(), e.start, e.met.is_some()))
            .collect();
        assert_eq!(
            keys,
            [("a", 1, false), ("a", 5, true), ("z", 9, true)],
            "a meeting replaces its plain window; meetings get their own quota"
        );
    }
}
