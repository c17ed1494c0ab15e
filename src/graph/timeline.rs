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

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // By hand: graph.json writes one day per entry, and `write!` with padding costs
        // several times more.
        let n = self.0;
        let digit = |x: u32| b'0' + (x % 10) as u8;
        let (y, m, d) = (n / 10_000, n / 100 % 100, n % 100);
        let text = [
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
        ];
        f.write_str(std::str::from_utf8(&text).expect("ASCII digits"))
    }
}

/// Per-day counts: one entry per distinct day, sorted by day, each with `N` counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline<const N: usize>(Vec<(Day, [u32; N])>);

impl<const N: usize> Default for Timeline<N> {
    fn default() -> Self {
        Timeline(Vec::new())
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

impl<const N: usize> Timeline<N> {
    /// Adds `counts` to `day` (documents mostly come in date order, so this is usually
    /// a push or an update of the last entry).
    pub fn add(&mut self, day: Day, counts: [u64; N]) {
        let at = match self.0.last() {
            Some((last, _)) if *last < day => Err(self.0.len()),
            _ => self.0.binary_search_by(|(d, _)| d.cmp(&day)),
        };
        match at {
            Ok(i) => {
                for (slot, n) in self.0[i].1.iter_mut().zip(counts) {
                    *slot = slot.saturating_add(saturate(n));
                }
            }
            Err(i) => {
                // Most edges of a big graph are seen on one day: room for one entry
                // (16 bytes), not the four a first push makes room for.
                if self.0.capacity() == 0 {
                    self.0.reserve_exact(1);
                }
                self.0.insert(i, (day, counts.map(saturate)))
            }
        }
    }

    /// Adds every day of `other` (an exact merge of two sorted lists).
    pub fn merge(&mut self, other: &Timeline<N>) {
        if other.0.is_empty() {
            return;
        }
        let mine = std::mem::take(&mut self.0);
        let mut merged = Vec::with_capacity(mine.len() + other.0.len());
        let (mut a, mut b) = (mine.into_iter().peekable(), other.0.iter().peekable());
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) if x.0 < y.0 => a.next(),
                (Some(x), Some(y)) if x.0 > y.0 => b.next().copied(),
                (Some(_), Some(_)) => {
                    let (day, mut counts) = a.next().expect("peeked");
                    let theirs = b.next().expect("peeked").1;
                    for (slot, n) in counts.iter_mut().zip(theirs) {
                        *slot = slot.saturating_add(n);
                    }
                    Some((day, counts))
                }
                (Some(_), None) => a.next(),
                (None, Some(_)) => b.next().copied(),
                (None, None) => break,
            };
            merged.extend(next);
        }
        self.0 = merged;
    }

    /// The days and their counts, by day.
    pub fn iter(&self) -> impl Iterator<Item = (Day, [u32; N])> + '_ {
        self.0.iter().copied()
    }

    /// Number of days.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no day is recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The counts summed over the days in `range`.
    pub fn sum(&self, range: &DayRange) -> [u64; N] {
        let mut total = [0u64; N];
        for (_, counts) in self.0.iter().filter(|(d, _)| range.contains(*d)) {
            for (t, n) in total.iter_mut().zip(counts) {
                *t = t.saturating_add(u64::from(*n));
            }
        }
        total
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
