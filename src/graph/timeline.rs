//! Time: what the graph counts, kept per day, so a date range can be recomputed.
//!
//! Every edge keeps a [`Timeline`] of `(day, co-mentions, meetings, documents)`, every
//! node one of `(day, mentions, windows, documents)` and the graph one of `(day,
//! documents, sentences, windows)`. [`restrict`] sums them over a [`DayRange`] into a
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

use std::collections::BTreeMap;
use std::collections::HashSet;
use std::fmt;

use crate::export::schema::{DayRecord, EdgeRecord, NodeLinkGraph, NodeRecord};

/// A calendar day, packed as YYYYMMDD so that days order as numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(u32);

impl Day {
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
            Err(i) => self.0.insert(i, (day, counts.map(saturate))),
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

impl Timeline<3> {
    /// The wire form: one `[day, a, b, c]` array per day.
    pub fn to_records(&self) -> Vec<DayRecord> {
        self.0
            .iter()
            .map(|(day, [a, b, c])| {
                DayRecord(day.to_string(), u64::from(*a), u64::from(*b), u64::from(*c))
            })
            .collect()
    }

    /// Reads the wire form (in any order; a day given twice is summed).
    ///
    /// # Errors
    /// The first day that is not `YYYY-MM-DD`.
    pub fn from_records(records: &[DayRecord]) -> Result<Timeline<3>, String> {
        let mut timeline = Timeline::default();
        for DayRecord(day, a, b, c) in records {
            let day = Day::parse(day).ok_or_else(|| day.clone())?;
            timeline.add(day, [*a, *b, *c]);
        }
        Ok(timeline)
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

    fn contains_str(&self, day: Option<&str>) -> bool {
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

/// Why a graph cannot be restricted to a range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    /// The graph was written before per-day counts existed.
    #[error("the graph has no per-day counts (it was written by an older newsgraph): rebuild it to use --since/--until")]
    NoTimeline,
    /// A timeline holds something that is not a day.
    #[error("{owner} has a timeline day {day:?} that is not YYYY-MM-DD")]
    BadDay {
        /// The graph, a node or an edge.
        owner: String,
        /// What was found.
        day: String,
    },
}

/// The graph of the documents dated in `range` alone, recomputed from the timelines:
/// every count (weights, meetings, documents, mentions, windows, the graph's
/// documents, sentences and windows), first and last day and timeline is the range's;
/// evidence keeps the windows dated in the range. Links with no co-mention or meeting
/// in the range are dropped unless they are affiliations; entities are dropped when no
/// document of the range mentions them and no kept link joins them. Undated documents
/// are in no range (see the module rules). A range with neither end returns the graph
/// unchanged.
///
/// # Errors
/// [`TimeError::NoTimeline`] for a graph written before timelines existed;
/// [`TimeError::BadDay`] for a timeline day that is not a day.
pub fn restrict(graph: &NodeLinkGraph, range: &DayRange) -> Result<NodeLinkGraph, TimeError> {
    if !range.is_restricted() {
        return Ok(graph.clone());
    }
    let records = graph.graph.timeline.as_ref().ok_or(TimeError::NoTimeline)?;
    let bad = |owner: String| move |day: String| TimeError::BadDay { owner, day };
    let totals = Timeline::from_records(records).map_err(bad("the graph".into()))?;
    let mut info = graph.graph.clone();
    [info.documents, info.sentences, info.windows] = totals.sum(range);
    info.timeline = Some(in_range(records, range));
    let mut edges = Vec::new();
    let mut linked: HashSet<&str> = HashSet::new();
    for edge in &graph.edges {
        let timeline = Timeline::from_records(&edge.timeline).map_err(bad(format!(
            "the link {:?} -- {:?}",
            edge.source, edge.target
        )))?;
        let [co_mention, met, documents] = timeline.sum(range);
        if co_mention + met == 0 && edge.affiliation.is_none() {
            continue;
        }
        linked.insert(&edge.source);
        linked.insert(&edge.target);
        edges.push(restrict_edge(edge, range, co_mention, met, documents));
    }
    let mut nodes = Vec::new();
    for node in &graph.nodes {
        let timeline = Timeline::from_records(&node.timeline)
            .map_err(bad(format!("the entity {:?}", node.id)))?;
        let [mentions, windows, documents] = timeline.sum(range);
        if documents == 0 && !linked.contains(node.id.as_str()) {
            continue;
        }
        let (first_seen, last_seen) = bounds(&node.timeline, range);
        nodes.push(NodeRecord {
            mentions,
            windows,
            documents,
            first_seen,
            last_seen,
            timeline: in_range(&node.timeline, range),
            ..node.clone()
        });
    }
    Ok(NodeLinkGraph {
        directed: graph.directed,
        multigraph: graph.multigraph,
        graph: info,
        nodes,
        edges,
    })
}

/// Checks that every timeline of `graph` holds only `YYYY-MM-DD` days.
///
/// # Errors
/// What holds the first bad day (the graph, an entity or a link), and the day.
pub fn check_days(graph: &NodeLinkGraph) -> Result<(), (String, String)> {
    fn bad(records: &[DayRecord]) -> Option<&DayRecord> {
        records.iter().find(|r| Day::parse(&r.0).is_none())
    }
    if let Some(r) = graph.graph.timeline.as_deref().and_then(bad) {
        return Err(("the graph".into(), r.0.clone()));
    }
    for node in &graph.nodes {
        if let Some(r) = bad(&node.timeline) {
            return Err((format!("the entity {:?}", node.id), r.0.clone()));
        }
    }
    for edge in &graph.edges {
        if let Some(r) = bad(&edge.timeline) {
            let owner = format!("the link {:?} -- {:?}", edge.source, edge.target);
            return Err((owner, r.0.clone()));
        }
    }
    Ok(())
}

/// One edge with the range's counts.
fn restrict_edge(
    edge: &EdgeRecord,
    range: &DayRange,
    co_mention: u64,
    met: u64,
    documents: u64,
) -> EdgeRecord {
    let mut relations = BTreeMap::from([("co_mention".to_string(), co_mention)]);
    if met > 0 {
        relations.insert("met".to_string(), met);
    }
    if let Some(&a) = edge.relations.get("affiliation") {
        relations.insert("affiliation".to_string(), a);
    }
    let all_meetings = edge.relations.get("met").copied().unwrap_or(0);
    let (first_seen, last_seen) = bounds(&edge.timeline, range);
    EdgeRecord {
        source: edge.source.clone(),
        target: edge.target.clone(),
        weight: co_mention,
        documents,
        relations,
        meetings: if met > 0 && met == all_meetings {
            edge.meetings.clone()
        } else {
            BTreeMap::new()
        },
        affiliation: edge.affiliation.clone(),
        first_seen,
        last_seen,
        timeline: in_range(&edge.timeline, range),
        evidence: edge
            .evidence
            .iter()
            .filter(|e| range.contains_str(e.date.as_deref()))
            .cloned()
            .collect(),
    }
}

/// The records of the days in `range`.
fn in_range(records: &[DayRecord], range: &DayRange) -> Vec<DayRecord> {
    records
        .iter()
        .filter(|r| range.contains_str(Some(&r.0)))
        .cloned()
        .collect()
}

/// The first and last day in `range` with a record.
fn bounds(records: &[DayRecord], range: &DayRange) -> (Option<String>, Option<String>) {
    let days = records
        .iter()
        .filter_map(|r| Day::parse(&r.0))
        .filter(|d| range.contains(*d));
    let (first, last) = days.fold((None, None), |(lo, hi): (Option<Day>, Option<Day>), d| {
        (
            Some(lo.map_or(d, |l| l.min(d))),
            Some(hi.map_or(d, |h| h.max(d))),
        )
    });
    (first.map(|d| d.to_string()), last.map(|d| d.to_string()))
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
    fn records_round_trip_and_bad_days_are_named() {
        let mut t = Timeline::<3>::default();
        t.add(day("2024-03-21"), [3, 1, 1]);
        t.add(day("2024-03-01"), [1, 0, 1]);
        assert_eq!(Timeline::from_records(&t.to_records()).unwrap(), t);
        let bad = [DayRecord("yesterday".into(), 1, 0, 1)];
        assert_eq!(Timeline::from_records(&bad).unwrap_err(), "yesterday");
    }

    /// A graph of one met link (two meetings, a phone call on 03-01 and a meeting on
    /// 03-20), one co-mention link of 03-01, and a gazetteer affiliation with no date.
    fn wire() -> NodeLinkGraph {
        use crate::export::schema::{AffiliationRecord, EvidenceRecord, GraphInfo};
        let day = |d: &str, a, b, c| DayRecord(d.into(), a, b, c);
        let node = |id: &str, timeline: Vec<DayRecord>| NodeRecord {
            id: id.into(),
            kind: "person".into(),
            mentions: 9,
            documents: 9,
            aliases: BTreeMap::new(),
            windows: 9,
            affiliations: Vec::new(),
            first_seen: None,
            last_seen: None,
            timeline,
        };
        let evidence = |date: &str| EvidenceRecord {
            document: date.into(),
            start: 0,
            end: 1,
            text: "x".into(),
            forms: Vec::new(),
            relation: None,
            cue: None,
            planned: false,
            kind: None,
            cameo: None,
            date: Some(date.into()),
            title: None,
            url: None,
        };
        let edge = |a: &str, b: &str, weight, met, timeline: Vec<DayRecord>| EdgeRecord {
            source: a.into(),
            target: b.into(),
            weight,
            documents: timeline.len() as u64,
            relations: BTreeMap::from([("co_mention".into(), weight), ("met".into(), met)]),
            meetings: BTreeMap::from([("meeting".into(), 1), ("phone".into(), 1)]),
            affiliation: None,
            first_seen: None,
            last_seen: None,
            evidence: timeline.iter().map(|d| evidence(&d.0)).collect(),
            timeline,
        };
        let mut affiliation = edge("a", "c", 0, 0, Vec::new());
        affiliation.relations = BTreeMap::from([("affiliation".into(), 1)]);
        affiliation.meetings.clear();
        affiliation.affiliation = Some(AffiliationRecord {
            member: "a".into(),
            of: "c".into(),
            sources: vec!["gazetteer".into()],
        });
        NodeLinkGraph {
            directed: false,
            multigraph: false,
            graph: GraphInfo {
                generator: "test".into(),
                documents: 3,
                sentences: 6,
                window: "sentence".into(),
                windows: 6,
                evidence_limit: 5,
                provenance: Default::default(),
                timeline: Some(vec![day("2024-03-01", 1, 2, 2), day("2024-03-20", 1, 3, 3)]),
            },
            nodes: vec![
                node(
                    "a",
                    vec![day("2024-03-01", 2, 2, 1), day("2024-03-20", 1, 1, 1)],
                ),
                node(
                    "b",
                    vec![day("2024-03-01", 1, 1, 1), day("2024-03-20", 1, 1, 1)],
                ),
                node("c", Vec::new()),
                node("d", vec![day("2024-03-01", 1, 1, 1)]),
            ],
            edges: vec![
                edge(
                    "a",
                    "b",
                    3,
                    2,
                    vec![day("2024-03-01", 2, 1, 1), day("2024-03-20", 1, 1, 1)],
                ),
                affiliation,
                edge("a", "d", 1, 0, vec![day("2024-03-01", 1, 0, 1)]),
            ],
        }
    }

    #[test]
    fn restrict_recounts_and_follows_the_rules() {
        let g = wire();
        let since = DayRange {
            since: Some(day("2024-03-10")),
            until: None,
        };
        let part = restrict(&g, &since).unwrap();
        assert_eq!(
            (
                part.graph.documents,
                part.graph.sentences,
                part.graph.windows
            ),
            (1, 3, 3)
        );
        let ids: Vec<&str> = part.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(
            ids,
            ["a", "b", "c"],
            "d is not in the range; c stays by its affiliation"
        );
        let ab = &part.edges[0];
        assert_eq!((ab.weight, ab.documents, ab.relations["met"]), (1, 1, 1));
        assert!(
            ab.meetings.is_empty(),
            "one of two meetings: the kinds are not known"
        );
        assert_eq!(ab.evidence.len(), 1);
        assert_eq!(ab.first_seen.as_deref(), Some("2024-03-20"));
        assert_eq!(part.edges.len(), 2, "a -- d has nothing in the range");
        assert_eq!(part.edges[1].relations["affiliation"], 1);
        assert_eq!(part.edges[1].weight, 0);
        let a = &part.nodes[0];
        assert_eq!((a.mentions, a.windows, a.documents), (1, 1, 1));

        let all_days = DayRange {
            since: Some(day("2024-01-01")),
            until: Some(day("2024-12-31")),
        };
        let whole = restrict(&g, &all_days).unwrap();
        assert_eq!(
            whole.edges[0].meetings.len(),
            2,
            "every meeting in the range: kinds kept"
        );
        assert_eq!(restrict(&g, &DayRange::default()).unwrap(), g);

        let mut old = g;
        old.graph.timeline = None;
        assert_eq!(restrict(&old, &since), Err(TimeError::NoTimeline));
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
