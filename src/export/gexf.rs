//! GEXF export with time: Gephi's timeline and `networkx.read_gexf` read it.
//!
//! [`to_gexf`] writes GEXF 1.2 (`http://www.gexf.net/1.2draft`, the version every Gephi
//! and networkx reads) as one undirected dynamic graph (`mode="dynamic"`,
//! `timeformat="date"`). Time comes from the per-day counts of [`crate::graph::timeline`]:
//!
//! - every node and edge has one `<spell start="D1" end="D2"/>` per run of consecutive
//!   days of its dated documents (both ends included; a lone day is `start="D"
//!   end="D"`), so Gephi's timeline shows it on the days it was in the news, in as few
//!   spells as that takes;
//! - dynamic attributes give that day's counts: `mentions_per_day` and
//!   `documents_per_day` on nodes, `co_mention_per_day`, `met_per_day` and
//!   `documents_per_day` on edges (one `<attvalue start="D" end="D">` per day);
//! - static attributes hold the totals over the whole corpus (`type`, `mentions`,
//!   `documents`, `windows`, `aliases_json`, `affiliations` on nodes; `co_mention`,
//!   `met`, `documents`, `meetings_json`, `affiliation`, `affiliation_of` and the first
//!   `evidence` sentence on edges), as in GraphML.
//!
//! Undated documents: they count in the static totals only. An entity or link known
//! only from undated documents (or an affiliation from the gazetteer) has no spell,
//! which GEXF defines as present at all times.
//!
//! An edge's `weight` is its co-mention weight; an affiliation-only link (weight 0)
//! is written with weight 1, as Gephi ignores links of weight 0 (its `co_mention`
//! attribute says 0). Node ids and labels are the canonical names; edge ids are their
//! position in `graph.json` order. Text is cleaned and escaped as in GraphML
//! ([`super::graphml`]); the same graph gives the same bytes.

use std::borrow::Cow;

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::graphml::{aliases_json, escape_xml, meetings_json, raw_attribute, relation};
use super::schema::{DayRecord, EdgeRecord, NodeLinkGraph, NodeRecord};

/// GEXF 1.2's namespace.
const GEXF_NS: &str = "http://www.gexf.net/1.2draft";

/// Where the GEXF 1.2 schema lives, for validating readers.
const SCHEMA_LOCATION: &str = "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd";

/// One attribute declaration: class, mode, id (also its title) and type.
type Attribute = (&'static str, &'static str, &'static str, &'static str);

/// Every attribute, in the order declared and written.
const ATTRIBUTES: &[Attribute] = &[
    ("node", "static", "type", "string"),
    ("node", "static", "mentions", "long"),
    ("node", "static", "documents", "long"),
    ("node", "static", "windows", "long"),
    ("node", "static", "aliases_json", "string"),
    ("node", "static", "affiliations", "string"),
    ("node", "dynamic", "mentions_per_day", "long"),
    ("node", "dynamic", "documents_per_day", "long"),
    ("edge", "static", "co_mention", "long"),
    ("edge", "static", "met", "long"),
    ("edge", "static", "documents", "long"),
    ("edge", "static", "meetings_json", "string"),
    ("edge", "static", "affiliation", "long"),
    ("edge", "static", "affiliation_of", "string"),
    ("edge", "static", "evidence", "string"),
    ("edge", "dynamic", "co_mention_per_day", "long"),
    ("edge", "dynamic", "met_per_day", "long"),
    ("edge", "dynamic", "documents_per_day", "long"),
];

/// A dynamic attribute: its id and which count of a day it takes.
type PerDay = (&'static str, fn(&DayRecord) -> u64);

/// A static value: attribute id and value (`None` is omitted).
type Value<'a> = (&'static str, Option<Cow<'a, str>>);

/// Builds the GEXF document of `graph` (see the module docs for what it holds).
pub fn to_gexf(graph: &NodeLinkGraph) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    write_document(&mut writer, graph).expect("writing to a Vec never fails");
    let mut bytes = writer.into_inner();
    bytes.push(b'\n');
    String::from_utf8(bytes).expect("quick-xml writes the UTF-8 it is given")
}

fn write_document(w: &mut Writer<Vec<u8>>, graph: &NodeLinkGraph) -> std::io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(BytesStart::new("gexf").with_attributes([
        ("xmlns", GEXF_NS),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ("xsi:schemaLocation", SCHEMA_LOCATION),
        ("version", "1.2"),
    ])))?;
    w.write_event(Event::Start(BytesStart::new("meta")))?;
    text_element(w, "creator", &graph.graph.generator)?;
    let description = format!(
        "who met whom: {} documents, co-mentions per {}; spells and *_per_day values \
         count the dated documents, static attributes every document",
        graph.graph.documents, graph.graph.window
    );
    text_element(w, "description", &description)?;
    w.write_event(Event::End(BytesEnd::new("meta")))?;
    w.write_event(Event::Start(BytesStart::new("graph").with_attributes([
        ("defaultedgetype", "undirected"),
        ("mode", "dynamic"),
        ("timeformat", "date"),
    ])))?;
    for (class, mode) in [
        ("node", "static"),
        ("node", "dynamic"),
        ("edge", "static"),
        ("edge", "dynamic"),
    ] {
        w.write_event(Event::Start(
            BytesStart::new("attributes").with_attributes([("class", class), ("mode", mode)]),
        ))?;
        for (_, _, id, ty) in ATTRIBUTES.iter().filter(|a| a.0 == class && a.1 == mode) {
            w.create_element("attribute")
                .with_attributes([("id", *id), ("title", *id), ("type", *ty)])
                .write_empty()?;
        }
        w.write_event(Event::End(BytesEnd::new("attributes")))?;
    }
    w.write_event(Event::Start(BytesStart::new("nodes")))?;
    for node in &graph.nodes {
        let mut start = BytesStart::new("node");
        start.push_attribute(raw_attribute("id", &node.id));
        start.push_attribute(raw_attribute("label", &node.id));
        w.write_event(Event::Start(start))?;
        let per_day: [PerDay; 2] = [
            ("mentions_per_day", |d| d.1),
            ("documents_per_day", |d| d.3),
        ];
        write_values(w, node_values(node), &node.timeline, &per_day)?;
        write_spells(w, &node.timeline)?;
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    w.write_event(Event::End(BytesEnd::new("nodes")))?;
    w.write_event(Event::Start(BytesStart::new("edges")))?;
    for (i, edge) in graph.edges.iter().enumerate() {
        let mut start = BytesStart::new("edge");
        let (id, weight) = (i.to_string(), edge.weight.max(1).to_string());
        start.push_attribute(("id", id.as_str()));
        start.push_attribute(raw_attribute("source", &edge.source));
        start.push_attribute(raw_attribute("target", &edge.target));
        start.push_attribute(("weight", weight.as_str()));
        w.write_event(Event::Start(start))?;
        let per_day: [PerDay; 3] = [
            ("co_mention_per_day", |d| d.1),
            ("met_per_day", |d| d.2),
            ("documents_per_day", |d| d.3),
        ];
        write_values(w, edge_values(graph, edge), &edge.timeline, &per_day)?;
        write_spells(w, &edge.timeline)?;
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("edges")))?;
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("gexf")))?;
    Ok(())
}

fn text_element(w: &mut Writer<Vec<u8>>, name: &str, text: &str) -> std::io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::from_escaped(escape_xml(text)))?;
    Ok(())
}

/// The `<attvalues>` of a node or edge: its static values, then for each dynamic
/// attribute (id, which count of the day record) one value per day.
fn write_values(
    w: &mut Writer<Vec<u8>>,
    values: Vec<Value<'_>>,
    timeline: &[DayRecord],
    per_day: &[PerDay],
) -> std::io::Result<()> {
    w.write_event(Event::Start(BytesStart::new("attvalues")))?;
    for (id, value) in values {
        if let Some(value) = value {
            let mut start = BytesStart::new("attvalue");
            start.push_attribute(("for", id));
            start.push_attribute(raw_attribute("value", &value));
            w.write_event(Event::Empty(start))?;
        }
    }
    for &(id, count) in per_day {
        for day in timeline {
            let value = count(day).to_string();
            w.create_element("attvalue")
                .with_attributes([
                    ("for", id),
                    ("value", value.as_str()),
                    ("start", day.0.as_str()),
                    ("end", day.0.as_str()),
                ])
                .write_empty()?;
        }
    }
    w.write_event(Event::End(BytesEnd::new("attvalues")))?;
    Ok(())
}

/// One spell per run of consecutive days (none when no document is dated: present at
/// all times).
fn write_spells(w: &mut Writer<Vec<u8>>, timeline: &[DayRecord]) -> std::io::Result<()> {
    if timeline.is_empty() {
        return Ok(());
    }
    w.write_event(Event::Start(BytesStart::new("spells")))?;
    for (start, end) in runs(timeline) {
        w.create_element("spell")
            .with_attributes([("start", start), ("end", end)])
            .write_empty()?;
    }
    w.write_event(Event::End(BytesEnd::new("spells")))?;
    Ok(())
}

/// The runs of consecutive calendar days of a sorted timeline, as (first, last) day. A
/// day that is not `YYYY-MM-DD` (graph.json is checked on reading, so never) is a run of
/// its own.
fn runs(timeline: &[DayRecord]) -> Vec<(&str, &str)> {
    let date = |day: &str| day.parse::<jiff::civil::Date>().ok();
    let mut runs: Vec<(&str, &str)> = Vec::new();
    for day in timeline {
        let day = day.0.as_str();
        let follows = runs.last().is_some_and(|&(_, last)| {
            matches!((date(last), date(day)), (Some(last), Some(day)) if last.tomorrow().ok() == Some(day))
        });
        match runs.last_mut() {
            Some(run) if follows => run.1 = day,
            _ => runs.push((day, day)),
        }
    }
    runs
}

fn long(n: u64) -> Option<Cow<'static, str>> {
    Some(Cow::Owned(n.to_string()))
}

fn node_values(node: &NodeRecord) -> Vec<Value<'_>> {
    vec![
        ("type", Some(Cow::Borrowed(node.kind.as_str()))),
        ("mentions", long(node.mentions)),
        ("documents", long(node.documents)),
        ("windows", long(node.windows)),
        ("aliases_json", Some(aliases_json(node).into())),
        (
            "affiliations",
            (!node.affiliations.is_empty()).then(|| node.affiliations.join("|").into()),
        ),
    ]
}

fn edge_values<'a>(graph: &'a NodeLinkGraph, edge: &'a EdgeRecord) -> Vec<Value<'a>> {
    vec![
        ("co_mention", long(relation(edge, "co_mention"))),
        ("met", long(relation(edge, "met"))),
        ("documents", long(edge.documents)),
        (
            "meetings_json",
            (!edge.meetings.is_empty()).then(|| meetings_json(edge).into()),
        ),
        ("affiliation", long(relation(edge, "affiliation"))),
        (
            "affiliation_of",
            edge.affiliation
                .as_ref()
                .map(|a| Cow::Borrowed(a.of.as_str())),
        ),
        (
            "evidence",
            edge.evidence
                .first()
                .and_then(|e| graph.window(e))
                .map(|w| Cow::Borrowed(&*w.text)),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use quick_xml::events::Event;
    use quick_xml::Reader;

    use super::super::dot::tests::{edge, graph, hostile_graph, node};
    use super::*;

    fn dated() -> NodeLinkGraph {
        let mut a = node("Antony Blinken", "person", 3, 2);
        a.timeline = vec![
            DayRecord("2024-03-14".into(), 1, 1, 1),
            DayRecord("2024-03-21".into(), 2, 2, 1),
        ];
        let mut b = node("Sameh Shoukry", "person", 2, 2);
        b.timeline = a.timeline.clone();
        let mut e = edge("Antony Blinken", "Sameh Shoukry", 3, 2);
        e.relations.insert("met".into(), 1);
        e.timeline = vec![
            DayRecord("2024-03-14".into(), 1, 0, 1),
            DayRecord("2024-03-21".into(), 2, 1, 1),
        ];
        let undated = edge("Antony Blinken", "Z", 0, 0);
        graph(vec![a, b, node("Z", "place", 1, 1)], vec![e, undated])
    }

    /// Every element of the document, as (name, attributes) in order.
    fn elements(xml: &str) -> Vec<(String, Vec<(String, String)>)> {
        let mut reader = Reader::from_str(xml);
        let mut found = Vec::new();
        loop {
            match reader.read_event().expect("well-formed XML") {
                Event::Start(e) | Event::Empty(e) => {
                    let attributes = e
                        .attributes()
                        .map(|a| {
                            let a = a.expect("a well-formed attribute");
                            (
                                String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                                a.unescape_value().expect("escaped").into_owned(),
                            )
                        })
                        .collect();
                    found.push((
                        String::from_utf8(e.name().as_ref().to_vec()).unwrap(),
                        attributes,
                    ));
                }
                Event::Eof => break,
                _ => {}
            }
        }
        found
    }

    fn attribute<'a>(attributes: &'a [(String, String)], name: &str) -> Option<&'a str> {
        attributes
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    #[test]
    fn each_day_is_a_spell_and_carries_its_counts() {
        let xml = to_gexf(&dated());
        let all = elements(&xml);
        let spells: Vec<(&str, &str)> = all
            .iter()
            .filter(|(name, _)| name == "spell")
            .map(|(_, a)| (attribute(a, "start").unwrap(), attribute(a, "end").unwrap()))
            .collect();
        // Two nodes and one edge with two days each; Z and the undated link have none.
        assert_eq!(spells.len(), 6, "{xml}");
        assert!(
            spells.iter().all(|(s, e)| s == e),
            "days a week apart: {spells:?}"
        );
        let met: Vec<(&str, &str)> = all
            .iter()
            .filter(|(name, a)| name == "attvalue" && attribute(a, "for") == Some("met_per_day"))
            .map(|(_, a)| {
                (
                    attribute(a, "start").unwrap(),
                    attribute(a, "value").unwrap(),
                )
            })
            .collect();
        assert_eq!(met, [("2024-03-14", "0"), ("2024-03-21", "1")]);
        let graph = all.iter().find(|(name, _)| name == "graph").unwrap();
        assert_eq!(attribute(&graph.1, "mode"), Some("dynamic"));
        assert_eq!(attribute(&graph.1, "timeformat"), Some("date"));
    }

    #[test]
    fn consecutive_days_are_one_spell() {
        let timeline = |days: &[&str]| -> Vec<DayRecord> {
            days.iter()
                .map(|d| DayRecord(d.to_string(), 1, 0, 1))
                .collect()
        };
        for (name, days, expected) in [
            ("none", vec![], vec![]),
            (
                "one day",
                vec!["2024-03-21"],
                vec![("2024-03-21", "2024-03-21")],
            ),
            (
                "a run and a gap",
                vec!["2024-03-20", "2024-03-21", "2024-03-22", "2024-03-24"],
                vec![("2024-03-20", "2024-03-22"), ("2024-03-24", "2024-03-24")],
            ),
            (
                "across a month's and a leap day's end",
                vec!["2024-02-28", "2024-02-29", "2024-03-01"],
                vec![("2024-02-28", "2024-03-01")],
            ),
            (
                "no 2023-02-29 between",
                vec!["2023-02-28", "2023-03-01"],
                vec![("2023-02-28", "2023-03-01")],
            ),
            (
                "across a year's end",
                vec!["2023-12-31", "2024-01-01", "2024-01-03"],
                vec![("2023-12-31", "2024-01-01"), ("2024-01-03", "2024-01-03")],
            ),
            (
                "not a day stands alone",
                vec!["2024-03-20", "2024-03-2x", "2024-03-22"],
                vec![
                    ("2024-03-20", "2024-03-20"),
                    ("2024-03-2x", "2024-03-2x"),
                    ("2024-03-22", "2024-03-22"),
                ],
            ),
        ] {
            let timeline = timeline(&days);
            assert_eq!(runs(&timeline), expected, "{name}");
        }
    }

    #[test]
    fn a_link_of_weight_zero_is_written_with_weight_one() {
        let all = elements(&to_gexf(&dated()));
        let weights: Vec<&str> = all
            .iter()
            .filter(|(name, _)| name == "edge")
            .map(|(_, a)| attribute(a, "weight").unwrap())
            .collect();
        assert_eq!(weights, ["3", "1"]);
    }

    #[test]
    fn hostile_names_survive_as_ids() {
        let g = hostile_graph();
        let xml = to_gexf(&g);
        let ids: Vec<String> = elements(&xml)
            .into_iter()
            .filter(|(name, _)| name == "node")
            .map(|(_, a)| attribute(&a, "id").unwrap().to_string())
            .collect();
        let expected: Vec<String> = g
            .nodes
            .iter()
            .map(|n| super::super::graphml::clean_text(&n.id).into_owned())
            .collect();
        assert_eq!(ids, expected);
        assert_eq!(xml, to_gexf(&g), "same graph, same bytes");
    }
}
