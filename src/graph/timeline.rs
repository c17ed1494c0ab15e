//! Time: what the graph counts, kept per day, so a date range can be recomputed.
//!
//! Every edge keeps a [`Timeline`] of `(day, co-mentions, meetings, documents)`, every
//! node one of `(day, mentions, windows, documents)` and the graph one of `(day,
//! documents, sentences, windows)`. `export::range::restrict` sums them over a [`DayRange`] into a
//! graph whose weights, meetings, documents, PMI denominators and first/last days are
//! those of the range alone: `neighbors`, `path`, `top` and `render` answer from it with
//! `--since`/`--until`, and the explorer's date slider sums the same lists.
//!
//! Rules:
//! - **One entry per distinct day, sorted by day.** A timeline is never longer than the
//!   number of distinct dates of the documents behind it, and two timelines merge
//!   exactly (per-day sums), whatever the order documents were read in, so a merged
//!   graph has the timelines of a graph built in one run.
//! - **Undated documents are counted in the totals, never in a timeline.** A range
//!   (even one covering every date) cannot place them, so they are left out of every
//!   range; without `--since`/`--until` nothing is restricted and they count. An
//!   edge's undated part is its total minus the sum of its timeline.
//! - **Kinds of meeting are not kept per day.** In a range, an edge keeps its per-kind
//!   `meetings` only when the range holds all of them (its meetings in the range equal
//!   its total); otherwise it shows only the `met` count.
//! - **Affiliations have no date**: an affiliation link stays in every range (with
//!   the range's counts, possibly 0).
//! - Days are `YYYY-MM-DD`, packed as the number YYYYMMDD ([`Day`]); counts saturate at
//!   `u32::MAX` per day (a day of four billion sentences naming one pair is not news).

use std::fmt;

use super::kept_lists::{ListRef, Lists};

/// A calendar day, packed as YYYYMMDD so that days order as numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(u32);

impl Day {
    /// The day as the number YYYYMMDD.
    pub fn packed(self) -> u32 {
        self.0
    }

    /// Reads a `YYYY-MM-DD` day (as [`crate::input::normalize_date`] writes them);
    /// `None` for anything else.
    pub fn parse(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let number = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        let (y, m, d) = (number(0..4)?, number(5..7)?, number(8..10)?);
        ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(Day(y * 10_000 + m * 100 + d))
    }
}

impl Day {
    /// The day as `YYYY-MM-DD`, without an allocation.
    pub fn text(self) -> DayText {
        // By hand: graph.json writes one day per entry, and `write!` with padding costs
        // several times more.
        let n = self.0;
        let digit = |x: u32| b'0' + (x % 10) as u8;
        let (y, m, d) = (n / 10_000, n / 100 % 100, n % 100);
        DayText([
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ])
    }
}

/// A [`Day`] written as `YYYY-MM-DD` ([`Day::text`]), on the stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayText([u8; 10]);

impl DayText {
    /// The text.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and dashes are ever stored.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text().as_str())
    }
}

/// Per-day counts: one entry per distinct day, sorted by day, each with `N` counts.
///
/// Stored compactly, as most of a big graph's memory is in its links' timelines: each
/// entry is the day's distance from the day before (packed YYYYMMDD numbers; the first
/// from zero) times four plus a shape of its `N` counts, then the counts the shape
/// does not give, every number a LEB128 varint, in one exact-size allocation. A link
/// seen once on one day takes 4 bytes (a growable list took a 16-byte entry), each
/// further day of a month 1 or 2 in the common shapes; up to 7 bytes are kept in the
/// timeline itself, with no allocation (16 bytes either way; a link's in 8 bytes:
/// [`LinkTimeline`]). The encoding is canonical, so two timelines are equal exactly
/// when their bytes are.
#[derive(Clone)]
pub struct Timeline<const N: usize>(Bytes);

/// A timeline's bytes: up to [`INLINE`] in place (a length and the bytes), more in an
/// exact-size allocation.
#[derive(Clone)]
enum Bytes {
    Inline(u8, [u8; INLINE]),
    Heap(Box<[u8]>),
}

/// Bytes a timeline keeps in place.
const INLINE: usize = 7;

impl Bytes {
    fn of(bytes: &[u8]) -> Bytes {
        if bytes.len() <= INLINE {
            let mut inline = [0u8; INLINE];
            inline[..bytes.len()].copy_from_slice(bytes);
            Bytes::Inline(bytes.len() as u8, inline)
        } else {
            Bytes::Heap(Box::from(bytes))
        }
    }

    fn as_slice(&self) -> &[u8] {
        match self {
            Bytes::Inline(len, bytes) => &bytes[..usize::from(*len).min(INLINE)],
            Bytes::Heap(bytes) => bytes,
        }
    }
}

impl<const N: usize> PartialEq for Timeline<N> {
    fn eq(&self, other: &Timeline<N>) -> bool {
        self.0.as_slice() == other.0.as_slice()
    }
}

impl<const N: usize> Eq for Timeline<N> {}

impl<const N: usize> Default for Timeline<N> {
    fn default() -> Self {
        Timeline(Bytes::Inline(0, [0; INLINE]))
    }
}

impl<const N: usize> fmt::Debug for Timeline<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.iter().map(|(day, counts)| (day.to_string(), counts)))
            .finish()
    }
}

/// An edge's days: co-mention windows, meeting sentences, documents.
pub type EdgeTimeline = Timeline<3>;
/// A node's days: mentions, windows, documents.
pub type NodeTimeline = Timeline<3>;
/// The graph's days: documents, sentences, windows.
pub type GraphTimeline = Timeline<3>;

fn saturate(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Appends `n` as a LEB128 varint (at most 5 bytes).
pub(super) fn put(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads a varint at `*at`, moving past it; 0 past the end (never reached on bytes
/// written by [`put`]).
pub(super) fn take(bytes: &[u8], at: &mut usize) -> u32 {
    let mut n = 0u32;
    let mut shift = 0u32;
    while let Some(&byte) = bytes.get(*at) {
        *at += 1;
        n |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
        if byte < 0x80 {
            break;
        }
        shift += 7;
    }
    n
}

/// How an entry's counts are written, in the low two bits of its day's number: the
/// counts of most entries of a link (one co-mention in one document, a meeting in
/// one) are implied or take one number. Only three-count timelines use the short
/// shapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Every count follows.
    Counts = 0,
    /// (1, 0, 1), nothing follows.
    OneZeroOne = 1,
    /// (n, 0, 1), n follows.
    NZeroOne = 2,
    /// (1, 1, 1), nothing follows.
    OneOneOne = 3,
}

impl Shape {
    fn of<const N: usize>(counts: &[u32; N]) -> Shape {
        match counts.as_slice() {
            [1, 0, 1] => Shape::OneZeroOne,
            [_, 0, 1] => Shape::NZeroOne,
            [1, 1, 1] => Shape::OneOneOne,
            _ => Shape::Counts,
        }
    }

    fn from_bits(bits: u32) -> Shape {
        match bits & 3 {
            1 => Shape::OneZeroOne,
            2 => Shape::NZeroOne,
            3 => Shape::OneOneOne,
            _ => Shape::Counts,
        }
    }
}

/// The entries of a timeline's bytes, in order.
struct Entries<'t, const N: usize> {
    bytes: &'t [u8],
    at: usize,
    day: u32,
}

impl<const N: usize> Iterator for Entries<'_, N> {
    type Item = (Day, [u32; N]);

    fn next(&mut self) -> Option<(Day, [u32; N])> {
        // An entry's first byte is never 0 (its day's distance is 1 or more), so zero
        // bytes after the last are room to grow (see [`LinkTimelines`]).
        if self.bytes.get(self.at).is_none_or(|&byte| byte == 0) {
            return None;
        }
        let head = take(self.bytes, &mut self.at);
        self.day = self.day.wrapping_add(head >> 2);
        let mut counts = [0u32; N];
        let implied: &[u32] = match Shape::from_bits(head) {
            Shape::Counts => {
                for slot in &mut counts {
                    *slot = take(self.bytes, &mut self.at);
                }
                &[]
            }
            Shape::OneZeroOne => &[1, 0, 1],
            Shape::NZeroOne => &[take(self.bytes, &mut self.at), 0, 1],
            Shape::OneOneOne => &[1, 1, 1],
        };
        for (slot, &n) in counts.iter_mut().zip(implied) {
            *slot = n;
        }
        Some((Day(self.day), counts))
    }
}

thread_local! {
    /// Where [`encode`] writes before the exact-size copy (one allocation per timeline
    /// written, none growing).
    static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Writes entries (sorted, one per day) as a timeline's bytes, after what `out` holds.
fn write<const N: usize>(out: &mut Vec<u8>, entries: impl Iterator<Item = (Day, [u32; N])>) {
    write_after(out, 0, entries);
}

/// [`write`] after an entry of the day numbered `previous` (0: none).
fn write_after<const N: usize>(
    out: &mut Vec<u8>,
    mut previous: u32,
    entries: impl Iterator<Item = (Day, [u32; N])>,
) {
    for (day, counts) in entries {
        // Days are at most 9999-12-31 (27 bits), so the shape's two bits fit.
        let shape = Shape::of(&counts);
        put(out, day.0.wrapping_sub(previous) << 2 | shape as u32);
        previous = day.0;
        match shape {
            Shape::Counts => {
                for n in counts {
                    put(out, n);
                }
            }
            Shape::NZeroOne => put(out, counts[0]),
            Shape::OneZeroOne | Shape::OneOneOne => {}
        }
    }
}

/// Writes entries (sorted, one per day) as a timeline's bytes.
fn encode<const N: usize>(entries: impl Iterator<Item = (Day, [u32; N])>) -> Bytes {
    let write = |out: &mut Vec<u8>| {
        out.clear();
        write(out, entries);
        Bytes::of(out)
    };
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut out) => write(&mut out),
        Err(_) => write(&mut Vec::new()),
    })
}

/// Writes after what `out` holds the bytes of the timeline `bytes` with `counts` added
/// to `day`: what [`write`] makes of the two [`merged`]. When `day` is the last day or
/// after it (documents mostly come in date order), the entries before the last are
/// copied as they are and only the last is written again.
fn write_added<const N: usize>(out: &mut Vec<u8>, bytes: &[u8], day: Day, counts: [u32; N]) {
    let mut walk = entries::<N>(bytes);
    // The last entry: where it starts, the day before it, the entry.
    let (mut start, mut before, mut last) = (0, 0, None);
    loop {
        let (at, previous) = (walk.at, walk.day);
        let Some(entry) = walk.next() else { break };
        (start, before, last) = (at, previous, Some(entry));
    }
    let one = std::iter::once((day, counts));
    match last {
        None => write(out, one),
        Some((last, _)) if last < day => {
            out.extend_from_slice(&bytes[..walk.at]);
            write_after(out, last.0, one);
        }
        Some((last, mut sum)) if last == day => {
            for (slot, n) in sum.iter_mut().zip(counts) {
                *slot = slot.saturating_add(n);
            }
            out.extend_from_slice(&bytes[..start]);
            write_after(out, before, std::iter::once((day, sum)));
        }
        Some(_) => write(out, merged(entries::<N>(bytes), one)),
    }
}

/// Two sorted entry lists as one, the counts of a day in both summed.
fn merged<const N: usize>(
    a: impl Iterator<Item = (Day, [u32; N])>,
    b: impl Iterator<Item = (Day, [u32; N])>,
) -> impl Iterator<Item = (Day, [u32; N])> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if x.0 < y.0 => a.next(),
        (Some(x), Some(y)) if x.0 > y.0 => b.next(),
        (Some(_), Some(_)) => {
            let (day, mut counts) = a.next()?;
            let (_, theirs) = b.next()?;
            for (slot, n) in counts.iter_mut().zip(theirs) {
                *slot = slot.saturating_add(n);
            }
            Some((day, counts))
        }
        (Some(_), None) => a.next(),
        (None, _) => b.next(),
    })
}

/// The entries of a timeline's bytes.
fn entries<const N: usize>(bytes: &[u8]) -> Entries<'_, N> {
    Entries {
        bytes,
        at: 0,
        day: 0,
    }
}

impl<const N: usize> Timeline<N> {
    fn entries(&self) -> Entries<'_, N> {
        Entries {
            bytes: self.0.as_slice(),
            at: 0,
            day: 0,
        }
    }

    /// Adds `counts` to `day`.
    pub fn add(&mut self, day: Day, counts: [u64; N]) {
        let bytes = self.0.as_slice();
        let write = |out: &mut Vec<u8>| {
            out.clear();
            write_added(out, bytes, day, counts.map(saturate));
            Bytes::of(out)
        };
        self.0 = SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut out) => write(&mut out),
            Err(_) => write(&mut Vec::new()),
        });
    }

    /// Adds every day of `other` (an exact merge of two sorted lists).
    pub fn merge(&mut self, other: &Timeline<N>) {
        if other.is_empty() {
            return;
        }
        if self.is_empty() {
            self.0 = other.0.clone();
            return;
        }
        self.0 = encode(merged(self.entries(), other.entries()));
    }

    /// The days and their counts, by day.
    pub fn iter(&self) -> impl Iterator<Item = (Day, [u32; N])> + '_ {
        self.entries()
    }

    /// Number of days.
    pub fn len(&self) -> usize {
        self.entries().count()
    }

    /// Whether no day is recorded.
    pub fn is_empty(&self) -> bool {
        self.0.as_slice().is_empty()
    }

    /// The counts summed over the days in `range`.
    pub fn sum(&self, range: &DayRange) -> [u64; N] {
        let mut total = [0u64; N];
        for (_, counts) in self.entries().filter(|(d, _)| range.contains(*d)) {
            for (t, n) in total.iter_mut().zip(counts) {
                *t = t.saturating_add(u64::from(n));
            }
        }
        total
    }
}

/// A link's timeline (an [`EdgeTimeline`]'s bytes) in 8 bytes, as most of a big graph's
/// memory is in its links: up to 7 bytes in place (a link seen on one day with small
/// counts, most links), a longer one in its graph's [`LinkTimelines`], where the
/// 16-byte [`Timeline`] would hold a pointer to an allocation of its own. Read and
/// change it through the [`LinkTimelines`] it was made with.
///
/// Byte 0 says where the bytes are: a length of up to 7 (the bytes follow), `POOLED`
/// (bytes 1 to 3 the length, 4 to 7 the list's place in the pool of that length) or
/// `LONG` (bytes 4 to 7 the place in the list of long timelines).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LinkTimeline([u8; 8]);

/// Byte 0 of a [`LinkTimeline`] whose bytes are in a pool of its [`LinkTimelines`].
const POOLED: u8 = 0xfe;
/// Byte 0 of a [`LinkTimeline`] longer than a pool takes.
const LONG: u8 = 0xff;

impl LinkTimeline {
    /// Whether no day is recorded.
    pub fn is_empty(&self) -> bool {
        self.0[0] == 0
    }

    /// The number in bytes `range`, little-endian.
    fn number(&self, range: std::ops::Range<usize>) -> u32 {
        self.0[range]
            .iter()
            .rev()
            .fold(0, |n, &byte| n << 8 | u32::from(byte))
    }

    fn pooled(list: ListRef) -> LinkTimeline {
        let (len, at) = list.parts();
        let (len, at) = (len.to_le_bytes(), at.to_le_bytes());
        LinkTimeline([POOLED, len[0], len[1], len[2], at[0], at[1], at[2], at[3]])
    }

    fn long(at: u32) -> LinkTimeline {
        let at = at.to_le_bytes();
        LinkTimeline([LONG, 0, 0, 0, at[0], at[1], at[2], at[3]])
    }
}

/// The bytes of the links' timelines longer than a [`LinkTimeline`] holds in place:
/// in pools of 4 KiB chunks by room (no allocation per link), and those of 16 MiB or
/// more (over two million days, which only dates of many millennia make) each in an
/// allocation of its own.
///
/// A pooled timeline has room to grow: its bytes are rounded up to one of four sizes
/// per doubling (8, 10, 12, 14, 16, 20, ...), zero bytes after the last entry.
/// A timeline that grows within its room is rewritten in place; one that outgrows it
/// moves to a slot of the next room, and its old slot goes to the next timeline of that
/// room. Pools by exact length (a link's timeline grows a few bytes with each new day)
/// left a slot free at every length a timeline grew past: at 1 GB of input two thirds
/// of the pooled bytes were free slots.
#[derive(Debug, Clone)]
pub struct LinkTimelines {
    pooled: Lists<u8>,
    long: Vec<Box<[u8]>>,
    free_long: Vec<u32>,
    /// Where a changed timeline is written before it is placed.
    scratch: Vec<u8>,
    /// Where a timeline is padded to its room before it is pooled.
    padded: Vec<u8>,
    /// Bytes a pooled timeline has at most (a field, so that tests reach the long ones).
    most_pooled: usize,
}

impl Default for LinkTimelines {
    fn default() -> LinkTimelines {
        LinkTimelines {
            pooled: Default::default(),
            long: Vec::new(),
            free_long: Vec::new(),
            scratch: Vec::new(),
            padded: Vec::new(),
            most_pooled: (1 << 24) - 1,
        }
    }
}

impl LinkTimelines {
    fn bytes<'t>(&'t self, timeline: &'t LinkTimeline) -> &'t [u8] {
        let inline = usize::from(timeline.0[0]);
        match timeline.0[0] {
            POOLED => {
                let list = ListRef::from_parts(timeline.number(1..4), timeline.number(4..8));
                self.pooled.get(list)
            }
            LONG => self
                .long
                .get(timeline.number(4..8) as usize)
                .map_or(&[], |bytes| bytes),
            _ => &timeline.0[1..=inline.min(INLINE)],
        }
    }

    /// The days of `timeline` and their counts (co-mentions, meetings, documents), by
    /// day.
    pub fn iter<'t>(
        &'t self,
        timeline: &'t LinkTimeline,
    ) -> impl Iterator<Item = (Day, [u32; 3])> + 't {
        entries(self.bytes(timeline))
    }

    /// Makes `timeline`, made with `from` (another graph's timelines), one of these:
    /// one kept in the link itself stays as it is, a longer one is copied.
    pub fn adopt(&mut self, from: &LinkTimelines, timeline: &mut LinkTimeline) {
        if usize::from(timeline.0[0]) <= INLINE {
            return;
        }
        let theirs = std::mem::take(timeline);
        self.merge(timeline, from.iter(&theirs));
    }

    /// Adds `counts` to `day` in `timeline`.
    pub fn add(&mut self, timeline: &mut LinkTimeline, day: Day, counts: [u64; 3]) {
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        write_added(
            &mut scratch,
            self.bytes(timeline),
            day,
            counts.map(saturate),
        );
        self.place(timeline, &scratch);
        self.scratch = scratch;
    }

    /// Adds every day of `other` (sorted, one entry per day) to `timeline` (an exact
    /// merge of two sorted lists).
    pub fn merge(
        &mut self,
        timeline: &mut LinkTimeline,
        other: impl Iterator<Item = (Day, [u32; 3])>,
    ) {
        let mut other = other.peekable();
        if other.peek().is_none() {
            return;
        }
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        write(&mut scratch, merged(self.iter(timeline), other));
        self.place(timeline, &scratch);
        self.scratch = scratch;
    }

    /// Makes `timeline` hold `bytes`: in its own slot when they fit its room, else in
    /// a new place (its old one freed).
    fn place(&mut self, timeline: &mut LinkTimeline, bytes: &[u8]) {
        let pooled = bytes.len() > INLINE && bytes.len() <= self.most_pooled;
        let room = room(bytes.len()).min(self.most_pooled);
        if pooled && timeline.0[0] == POOLED {
            let list = ListRef::from_parts(timeline.number(1..4), timeline.number(4..8));
            if list.len() == room {
                let slot = self.pooled.get_mut(list);
                slot[..bytes.len()].copy_from_slice(bytes);
                slot[bytes.len()..].fill(0);
                return;
            }
        }
        self.free(timeline);
        if bytes.len() <= INLINE {
            let mut inline = [0u8; 8];
            inline[0] = bytes.len() as u8;
            inline[1..=bytes.len()].copy_from_slice(bytes);
            *timeline = LinkTimeline(inline);
        } else if pooled {
            let mut list = Default::default();
            let mut padded = std::mem::take(&mut self.padded);
            padded.clear();
            padded.extend_from_slice(bytes);
            padded.resize(room, 0);
            self.pooled.set(&mut list, &padded);
            self.padded = padded;
            *timeline = LinkTimeline::pooled(list);
        } else {
            let at = match self.free_long.pop() {
                Some(at) => {
                    self.long[at as usize] = Box::from(bytes);
                    at
                }
                None => {
                    self.long.push(Box::from(bytes));
                    u32::try_from(self.long.len() - 1).unwrap_or(u32::MAX)
                }
            };
            *timeline = LinkTimeline::long(at);
        }
    }

    /// Frees the place of `timeline`, leaving it empty.
    pub fn free(&mut self, timeline: &mut LinkTimeline) {
        match timeline.0[0] {
            POOLED => {
                let mut list = ListRef::from_parts(timeline.number(1..4), timeline.number(4..8));
                self.pooled.free(&mut list);
            }
            LONG => {
                let at = timeline.number(4..8);
                if let Some(bytes) = self.long.get_mut(at as usize) {
                    *bytes = Box::default();
                    self.free_long.push(at);
                }
            }
            _ => {}
        }
        *timeline = LinkTimeline::default();
    }
}

/// The room a pooled timeline of `len` bytes gets: `len` rounded up to one of four
/// sizes per doubling (a quarter of the power of two below it), at most 25% more.
fn room(len: usize) -> usize {
    if len < 8 {
        return len;
    }
    let step = 1 << (len.ilog2() - 2);
    len.div_ceil(step) * step
}

/// The first and last day of what a node or link counts (`first_seen`, `last_seen`):
/// two packed [`Day`]s (8 bytes, where a pair of strings took 32), or the two strings
/// when either is not a `YYYY-MM-DD` day (a date a library caller set by hand, or read
/// from a `graph.json`). Days compare as their strings do, so the range is the one the
/// strings would give.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Seen(Span);

#[derive(Debug, Clone, Default, PartialEq, Eq)]
enum Span {
    #[default]
    Never,
    Days(Day, Day),
    Text(Box<(String, String)>),
}

/// One end of a [`Seen`] range ([`Seen::ends`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeenEnd<'a> {
    /// A day.
    Day(Day),
    /// A date that is not a day, as written.
    Text(&'a str),
}

impl SeenEnd<'_> {
    /// Calls `f` with the end's text (a day written on the stack).
    pub fn with_str<R>(&self, f: impl FnOnce(&str) -> R) -> R {
        match self {
            SeenEnd::Day(day) => f(day.text().as_str()),
            SeenEnd::Text(text) => f(text),
        }
    }
}

impl fmt::Display for SeenEnd<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.with_str(|text| f.write_str(text))
    }
}

impl Seen {
    /// The range of one date.
    pub fn on(date: &str) -> Seen {
        Seen::pair(date, date)
    }

    /// The range from `first` to `last`, kept as given.
    pub fn pair(first: &str, last: &str) -> Seen {
        Seen(match (Day::parse(first), Day::parse(last)) {
            (Some(a), Some(b)) => Span::Days(a, b),
            _ => Span::Text(Box::new((first.to_string(), last.to_string()))),
        })
    }

    /// Both ends as one 32-bit number, 0 for none: each day in 16 bits (the year
    /// from 1970 in 7, the month in 4, the day in 5), the first in the high half;
    /// `None` when either end is not a day of the years 1970 to 2097.
    pub fn to_packed(&self) -> Option<u32> {
        /// A day in 16 bits, in day order; never 0 (its month would be).
        fn short(day: Day) -> Option<u32> {
            let (y, m, d) = (day.0 / 10_000, day.0 / 100 % 100, day.0 % 100);
            let year = y.checked_sub(1970).filter(|&year| year < 128)?;
            Some(year << 9 | m << 5 | d)
        }
        match &self.0 {
            Span::Never => Some(0),
            Span::Days(first, last) => Some(short(*first)? << 16 | short(*last)?),
            Span::Text(_) => None,
        }
    }

    /// The range of a number of [`Seen::to_packed`].
    pub fn from_packed(days: u32) -> Seen {
        if days == 0 {
            return Seen(Span::Never);
        }
        let long = |short: u32| {
            let (year, m, d) = (short >> 9, short >> 5 & 0xf, short & 0x1f);
            Day((1970 + year) * 10_000 + m * 100 + d)
        };
        Seen(Span::Days(long(days >> 16), long(days & 0xffff)))
    }

    /// Both ends, borrowed (a day, or a date kept as written), if any.
    pub fn ends(&self) -> Option<[SeenEnd<'_>; 2]> {
        match &self.0 {
            Span::Never => None,
            Span::Days(first, last) => Some([SeenEnd::Day(*first), SeenEnd::Day(*last)]),
            Span::Text(text) => Some([SeenEnd::Text(&text.0), SeenEnd::Text(&text.1)]),
        }
    }

    /// The first day, if any.
    pub fn first(&self) -> Option<String> {
        self.ends().map(|[first, _]| first.to_string())
    }

    /// The last day, if any.
    pub fn last(&self) -> Option<String> {
        self.ends().map(|[_, last]| last.to_string())
    }

    /// Widens the range to include both ends of `other` (its first, then its last).
    pub fn widen(&mut self, other: &Seen) {
        match &other.0 {
            Span::Never => {}
            Span::Days(a, b) => {
                self.widen_day(*a);
                self.widen_day(*b);
            }
            Span::Text(text) => {
                self.widen_text(&text.0);
                self.widen_text(&text.1);
            }
        }
    }

    fn widen_day(&mut self, day: Day) {
        match &mut self.0 {
            Span::Never => self.0 = Span::Days(day, day),
            Span::Days(first, last) => {
                if day < *first {
                    *first = day;
                }
                if day > *last {
                    *last = day;
                }
            }
            Span::Text(_) => self.widen_text(&day.to_string()),
        }
    }

    fn widen_text(&mut self, date: &str) {
        if let Some(day) = Day::parse(date) {
            if !matches!(self.0, Span::Text(_)) {
                return self.widen_day(day);
            }
        }
        let (mut first, mut last) = match &self.0 {
            Span::Never => (date.to_string(), date.to_string()),
            Span::Days(a, b) => (a.to_string(), b.to_string()),
            Span::Text(text) => (**text).clone(),
        };
        if date < first.as_str() {
            first = date.to_string();
        }
        if date > last.as_str() {
            last = date.to_string();
        }
        self.0 = Span::Text(Box::new((first, last)));
    }
}

/// The days `--since`/`--until` keep: both ends included, either open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayRange {
    /// The first day kept.
    pub since: Option<Day>,
    /// The last day kept.
    pub until: Option<Day>,
}

impl DayRange {
    /// Whether this range restricts anything (a range with neither end is the whole
    /// corpus, undated documents included).
    pub fn is_restricted(&self) -> bool {
        self.since.is_some() || self.until.is_some()
    }

    /// Whether `day` is in the range.
    pub fn contains(&self, day: Day) -> bool {
        self.since.is_none_or(|s| day >= s) && self.until.is_none_or(|u| day <= u)
    }

    pub(crate) fn contains_str(&self, day: Option<&str>) -> bool {
        day.and_then(Day::parse).is_some_and(|d| self.contains(d))
    }
}

impl fmt::Display for DayRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.since, self.until) {
            (Some(s), Some(u)) => write!(f, "{s} to {u}"),
            (Some(s), None) => write!(f, "since {s}"),
            (None, Some(u)) => write!(f, "until {u}"),
            (None, None) => f.write_str("all dates"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    #[test]
    fn days_parse_and_print() {
        let rows: [(&str, Option<&str>); 7] = [
            ("2024-03-21", Some("2024-03-21")),
            ("0999-01-01", Some("0999-01-01")),
            ("2024-3-21", None),
            ("2024-13-01", None),
            ("2024-01-00", None),
            ("20240321", None),
            ("2024-03-2x", None),
        ];
        for (input, expected) in rows {
            assert_eq!(
                Day::parse(input).map(|d| d.to_string()).as_deref(),
                expected,
                "{input}"
            );
        }
        assert!(day("2023-12-31") < day("2024-01-01"));
    }

    #[test]
    fn add_keeps_one_sorted_entry_per_day() {
        let mut t = Timeline::<2>::default();
        t.add(day("2024-03-21"), [1, 0]);
        t.add(day("2024-03-01"), [2, 1]);
        t.add(day("2024-03-21"), [3, 1]);
        t.add(day("2024-04-01"), [1, 1]);
        let got: Vec<_> = t.iter().map(|(d, c)| (d.to_string(), c)).collect();
        assert_eq!(
            got,
            [
                ("2024-03-01".to_string(), [2, 1]),
                ("2024-03-21".to_string(), [4, 1]),
                ("2024-04-01".to_string(), [1, 1]),
            ]
        );
    }

    #[test]
    fn merge_equals_adding_everything_to_one() {
        let days = [
            "2024-01-05",
            "2024-01-01",
            "2024-02-01",
            "2024-01-05",
            "2023-12-31",
        ];
        let (mut left, mut right, mut one) = (
            Timeline::<3>::default(),
            Timeline::<3>::default(),
            Timeline::<3>::default(),
        );
        for (i, d) in days.iter().enumerate() {
            let counts = [i as u64 + 1, i as u64 % 2, 1];
            one.add(day(d), counts);
            if i % 2 == 0 {
                left.add(day(d), counts);
            } else {
                right.add(day(d), counts);
            }
        }
        let mut merged = left.clone();
        merged.merge(&right);
        assert_eq!(merged, one);
        let mut other_way = right;
        other_way.merge(&left);
        assert_eq!(other_way, one);
        assert_eq!(one.len(), 4, "one entry per distinct day");
    }

    #[test]
    fn sums_count_only_the_range() {
        let mut t = Timeline::<3>::default();
        t.add(day("2024-03-20"), [2, 0, 1]);
        t.add(day("2024-03-21"), [3, 1, 1]);
        t.add(day("2024-03-25"), [5, 2, 2]);
        let rows: [(Option<&str>, Option<&str>, [u64; 3]); 5] = [
            (None, None, [10, 3, 4]),
            (Some("2024-03-21"), None, [8, 3, 3]),
            (None, Some("2024-03-21"), [5, 1, 2]),
            (Some("2024-03-21"), Some("2024-03-21"), [3, 1, 1]),
            (Some("2024-03-22"), Some("2024-03-24"), [0, 0, 0]),
        ];
        for (since, until, expected) in rows {
            let range = DayRange {
                since: since.map(day),
                until: until.map(day),
            };
            assert_eq!(t.sum(&range), expected, "{range}");
        }
    }

    /// Rows: entries round-trip through the compact form, whatever their size, and a
    /// link seen on one day stays small.
    #[test]
    fn the_compact_form_keeps_every_entry() {
        type Row = (&'static str, &'static [(&'static str, [u64; 3])], usize);
        let rows: [Row; 6] = [
            // The day times four and its shape in 4 bytes, the counts implied.
            ("one day", &[("2024-03-21", [1, 0, 1])], 4),
            (
                "big counts",
                &[("2024-03-21", [4_294_967_295, 128, 16_384])],
                4 + 5 + 2 + 3,
            ),
            (
                "across months and years",
                &[
                    ("0999-01-01", [1, 1, 1]),
                    ("2023-12-31", [2, 0, 1]),
                    ("2024-01-01", [3, 0, 1]),
                    ("2024-02-01", [4, 0, 1]),
                ],
                4 + (4 + 1) + (3 + 1) + (2 + 1),
            ),
            (
                "days of a month, each shape",
                &[
                    ("2024-03-01", [1, 0, 1]),
                    ("2024-03-02", [1, 1, 1]),
                    ("2024-03-03", [7, 0, 1]),
                    ("2024-03-04", [1, 0, 2]),
                    ("2024-03-05", [0, 1, 1]),
                    ("2024-03-31", [1, 0, 1]),
                ],
                4 + 1 + (1 + 1) + (1 + 3) + (1 + 3) + 1,
            ),
            ("the last day there is", &[("9999-12-31", [2, 0, 1])], 5 + 1),
            ("none", &[], 0),
        ];
        for (name, entries, bytes) in rows {
            let mut t = Timeline::<3>::default();
            for (d, counts) in entries.iter().rev() {
                t.add(day(d), *counts);
            }
            let got: Vec<_> = t.iter().map(|(d, c)| (d.to_string(), c)).collect();
            let expected: Vec<_> = entries
                .iter()
                .map(|(d, c)| (d.to_string(), c.map(saturate)))
                .collect();
            assert_eq!(got, expected, "{name}");
            assert_eq!(t.len(), entries.len(), "{name}");
            assert_eq!(t.0.as_slice().len(), bytes, "{name}: bytes");
        }
    }

    /// Rows: dates widened one after the other give the range their strings give,
    /// whether they are days or not.
    #[test]
    fn seen_ranges_follow_the_strings() {
        type Row = (
            &'static str,
            &'static [&'static str],
            Option<(&'static str, &'static str)>,
        );
        let rows: [Row; 5] = [
            ("nothing", &[], None),
            (
                "days",
                &["2024-03-21", "2024-01-02", "2024-05-01"],
                Some(("2024-01-02", "2024-05-01")),
            ),
            (
                "one day",
                &["2024-03-21"],
                Some(("2024-03-21", "2024-03-21")),
            ),
            (
                "a date that is not a day",
                &["2024-03-21", "2024-13", "2023-12-31"],
                Some(("2023-12-31", "2024-13")),
            ),
            (
                "text first",
                &["someday", "2024-03-21"],
                Some(("2024-03-21", "someday")),
            ),
        ];
        for (name, dates, expected) in rows {
            let mut seen = Seen::default();
            for date in dates {
                seen.widen(&Seen::on(date));
            }
            let got = seen.first().zip(seen.last());
            let expected = expected.map(|(a, b)| (a.to_string(), b.to_string()));
            assert_eq!(got, expected, "{name}");
        }
        let mut reversed = Seen::default();
        reversed.widen(&Seen::pair("2024-05-01", "2024-01-02"));
        assert_eq!(
            reversed,
            Seen::pair("2024-01-02", "2024-05-01"),
            "widening orders the ends"
        );
    }

    /// Rows: (name, days added, where the bytes go). A link's timeline reads back the
    /// entries a [`Timeline`] has, in place, in a pool or long; freeing one and adding
    /// again reuses its place.
    #[test]
    fn link_timelines_read_back_wherever_they_are() {
        let days: Vec<String> = (1..=28).map(|d| format!("2024-02-{d:02}")).collect();
        let rows: [(&str, usize, u8); 4] = [
            ("none", 0, 0),
            ("one day, in place", 1, 4),
            ("a week, pooled", 7, POOLED),
            ("four weeks, long", 28, LONG),
        ];
        let mut pools = LinkTimelines {
            // A week's days take 18 bytes, four weeks' more than 40: to the long list.
            most_pooled: 40,
            ..LinkTimelines::default()
        };
        for (name, n, place) in rows {
            let (mut link, mut plain) = (LinkTimeline::default(), Timeline::<3>::default());
            for (i, d) in days.iter().take(n).enumerate() {
                let counts = [1 + i as u64 % 3, i as u64 % 2, 1];
                pools.add(&mut link, day(d), counts);
                plain.add(day(d), counts);
            }
            assert_eq!(link.0[0], place, "{name}: where");
            assert!(pools.iter(&link).eq(plain.iter()), "{name}: entries");
            assert_eq!(link.is_empty(), n == 0, "{name}");
            let before = link;
            pools.free(&mut link);
            assert!(
                link.is_empty() && pools.iter(&link).next().is_none(),
                "{name}"
            );
            // The same days again take the place just freed.
            let mut again = LinkTimeline::default();
            pools.merge(&mut again, plain.iter());
            assert_eq!(again, before, "{name}: the freed place reused");
        }
    }

    /// Rows: (bytes, room). Four rooms per doubling, never less than the bytes and at
    /// most a quarter more.
    #[test]
    fn rooms_round_up_by_quarters() {
        let rows = [
            (0, 0),
            (7, 7),
            (8, 8),
            (9, 10),
            (15, 16),
            (16, 16),
            (17, 20),
            (33, 40),
            (100, 112),
            (4096, 4096),
            (4097, 5120),
        ];
        for (len, expected) in rows {
            assert_eq!(room(len), expected, "{len}");
        }
        for len in 8..10_000 {
            assert!(room(len) >= len && room(len) * 4 <= len * 5 + 4, "{len}");
        }
    }

    /// A link's timeline growing day by day is rewritten in its slot while it fits its
    /// room and moves only when it outgrows it; it always reads back what a
    /// [`Timeline`] of the same days has, and the slots it left are taken again.
    #[test]
    fn growing_timelines_move_only_past_their_room() {
        let mut pools = LinkTimelines::default();
        let days: Vec<String> = (0..90)
            .map(|d| format!("2024-{:02}-{:02}", 1 + d / 28, 1 + d % 28))
            .collect();
        let (mut link, mut plain) = (LinkTimeline::default(), Timeline::<3>::default());
        let (mut moves, mut lengths) = (0, std::collections::BTreeSet::new());
        for (i, d) in days.iter().enumerate() {
            let counts = [1 + i as u64 % 4, i as u64 % 3 / 2, 1];
            let before = link;
            pools.add(&mut link, day(d), counts);
            plain.add(day(d), counts);
            assert!(pools.iter(&link).eq(plain.iter()), "day {i}");
            lengths.insert(plain.0.as_slice().len());
            if link.0[0] == POOLED && before.0[0] == POOLED && link != before {
                moves += 1;
            }
        }
        let rooms: std::collections::BTreeSet<usize> = lengths
            .iter()
            .filter(|&&n| n > INLINE)
            .map(|&n| room(n))
            .collect();
        assert_eq!(moves + 1, rooms.len(), "one slot per room grown through");
        assert!(lengths.len() > 2 * rooms.len(), "most growth is in place");
        // A second link growing the same way takes the slots the first one left.
        let mut second = LinkTimeline::default();
        for (i, d) in days.iter().take(20).enumerate() {
            pools.add(&mut second, day(d), [1 + i as u64 % 4, i as u64 % 3 / 2, 1]);
        }
        let free = pools.pooled.free_slots();
        assert!(free < rooms.len(), "{free} free slots");
    }

    /// Merging two link timelines gives what one timeline of every day has.
    #[test]
    fn link_timelines_merge_exactly() {
        let mut pools = LinkTimelines::default();
        let (mut left, mut right, mut one) = Default::default();
        for (i, d) in ["2024-01-05", "2024-01-01", "2024-02-01", "2024-01-05"]
            .iter()
            .enumerate()
        {
            let counts = [i as u64 + 1, 0, 1];
            pools.add(&mut one, day(d), counts);
            let side = if i % 2 == 0 { &mut left } else { &mut right };
            pools.add(side, day(d), counts);
        }
        let theirs: Vec<_> = pools.iter(&right).collect();
        pools.merge(&mut left, theirs.into_iter());
        assert!(pools.iter(&left).eq(pools.iter(&one)));
    }

    #[test]
    fn counts_saturate_instead_of_wrapping() {
        let mut t = Timeline::<3>::default();
        t.add(day("2024-03-21"), [u64::MAX, 1, 1]);
        t.add(day("2024-03-21"), [5, 1, 1]);
        let mut other = t.clone();
        other.merge(&t);
        assert_eq!(other.iter().next().unwrap().1, [u32::MAX, 4, 4]);
    }
}
