//! A `graph.json` recounted over a date range (`--since`/`--until`), from the per-day
//! counts of [`crate::graph::timeline`] (whose module doc states the rules).
//!
//! This works on the wire form: the commands that draw or export a graph read it as
//! written and cut it, without rebuilding a [`crate::graph::KnowledgeGraph`].

use std::collections::{BTreeMap, HashSet};

use super::json::timeline_of;
use super::schema::{DayRecord, EdgeRecord, NodeLinkGraph, NodeRecord};
use crate::graph::timeline::{Day, DayRange};

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
    let totals = timeline_of(records).map_err(bad("the graph".into()))?;
    let mut info = graph.graph.clone();
    [info.documents, info.sentences, info.windows] = totals.sum(range);
    info.timeline = Some(in_range(records, range));
    let mut edges = Vec::new();
    let mut linked: HashSet<&str> = HashSet::new();
    for edge in &graph.edges {
        let timeline = timeline_of(&edge.timeline).map_err(bad(format!(
            "the link {:?} -- {:?}",
            edge.source, edge.target
        )))?;
        let [co_mention, met, documents] = timeline.sum(range);
        if co_mention + met == 0 && edge.affiliation.is_none() {
            continue;
        }
        linked.insert(&edge.source);
        linked.insert(&edge.target);
        edges.push(restrict_edge(
            graph, edge, range, co_mention, met, documents,
        ));
    }
    let mut nodes = Vec::new();
    for node in &graph.nodes {
        let timeline =
            timeline_of(&node.timeline).map_err(bad(format!("the entity {:?}", node.id)))?;
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
    let mut part = NodeLinkGraph {
        directed: graph.directed,
        multigraph: graph.multigraph,
        graph: info,
        nodes,
        edges,
    };
    part.drop_unused_evidence();
    Ok(part)
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
    graph: &NodeLinkGraph,
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
            .filter(|e| range.contains_str(graph.evidence_date(e)))
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
    use crate::graph::timeline::Timeline;

    fn day(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    #[test]
    fn records_round_trip_and_bad_days_are_named() {
        let mut t = Timeline::<3>::default();
        t.add(day("2024-03-21"), [3, 1, 1]);
        t.add(day("2024-03-01"), [1, 0, 1]);
        assert_eq!(
            timeline_of(&super::super::json::day_records(t.iter())).unwrap(),
            t
        );
        let bad = [DayRecord("yesterday".into(), 1, 0, 1)];
        assert_eq!(timeline_of(&bad).unwrap_err(), "yesterday");
    }

    /// A graph of one met link (two meetings, a phone call on 03-01 and a meeting on
    /// 03-20), one co-mention link of 03-01, and a gazetteer affiliation with no date.
    fn wire() -> NodeLinkGraph {
        use crate::export::schema::{
            AffiliationRecord, DocumentRecord, EvidenceRecord, GraphInfo, WindowRecord,
        };
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
        // Window i is the one of document i, dated as the graph's days.
        let dates = ["2024-03-01", "2024-03-20"];
        let evidence = |date: &str| EvidenceRecord {
            window: dates.iter().position(|d| *d == date).unwrap() as u32,
            forms: Vec::new(),
            relation: None,
            cue: None,
            planned: false,
            kind: None,
            cameo: None,
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
                evidence_documents: dates
                    .iter()
                    .map(|d| DocumentRecord {
                        id: (*d).into(),
                        date: Some((*d).into()),
                        title: None,
                        url: None,
                    })
                    .collect(),
                evidence_windows: (0..2)
                    .map(|i| WindowRecord {
                        document: i,
                        start: 0,
                        end: 1,
                        text: "x".into(),
                    })
                    .collect(),
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
}
