//! GraphML export, for Gephi, yEd, Cytoscape and `networkx.read_graphml`.
//!
//! [`to_graphml`] renders the `graph.json` wire types as one undirected
//! `<graph>`. Every attribute is declared by a `<key>` with an `attr.type`, so
//! readers get numbers as numbers (networkx: `long` -> `int`).
//!
//! | for   | `attr.name`    | `attr.type` | value                                                        |
//! |-------|----------------|-------------|--------------------------------------------------------------|
//! | graph | `generator`    | string      | `newsgraph <version>`                                        |
//! | graph | `documents`    | long        | documents read                                               |
//! | graph | `sentences`    | long        | sentences read                                               |
//! | graph | `window`       | string      | `sentence`, `paragraph`, `document` or `tokens:K`            |
//! | graph | `windows`      | long        | windows read (0 in old graphs)                               |
//! | node  | `type`         | string      | `person`, `country`, `organization`, `place`                 |
//! | node  | `mentions`     | long        | mentions across the corpus                                   |
//! | node  | `documents`    | long        | documents mentioning the entity                              |
//! | node  | `windows`      | long        | windows mentioning the entity                                |
//! | node  | `aliases_json` | string      | surface forms and counts as a JSON object, `{"Blinken":17}`  |
//! | node  | `affiliations` | string      | what the entity belongs to, joined with `\|`; omitted if none |
//! | node  | `first_seen`   | string      | `YYYY-MM-DD`; omitted when unknown                           |
//! | node  | `last_seen`    | string      | `YYYY-MM-DD`; omitted when unknown                           |
//! | edge  | `weight`       | long        | windows mentioning both entities                             |
//! | edge  | `documents`    | long        | documents with such a window                                 |
//! | edge  | `co_mention`   | long        | `relations.co_mention`, 0 when absent                        |
//! | edge  | `met`          | long        | `relations.met`, 0 when absent                               |
//! | edge  | `meetings_json` | string     | `met` per kind as a JSON object, `{"phone":2}`; omitted if none |
//! | edge  | `affiliation`  | long        | `relations.affiliation`, 0 when absent                       |
//! | edge  | `affiliation_of` | string    | for an affiliation: the endpoint the other belongs to        |
//! | edge  | `first_seen`   | string      | `YYYY-MM-DD`; omitted when unknown                           |
//! | edge  | `last_seen`    | string      | `YYYY-MM-DD`; omitted when unknown                           |
//! | edge  | `evidence_count` | long      | evidence windows kept in `graph.json` (a bounded sample)     |
//! | edge  | `evidence`     | string      | text of the first (earliest) evidence window; omitted if none |
//!
//! Key ids are the name with a `g_`, `n_` or `e_` prefix (`n_type`, `e_weight`).
//! The node id is the entity's canonical name (the `id` XML attribute); edges
//! carry no `id` so that networkx does not add one to the edge data.
//!
//! # Text policy
//!
//! All text is cleaned and then escaped: XML 1.0 cannot
//! carry most control characters, so C0 controls other than tab, newline and
//! carriage return are dropped, as are DEL, the C1 controls and the
//! non-characters U+FFFE/U+FFFF. Everything else (quotes, `<>&`, RTL marks,
//! emoji, whitespace-only names) is kept and escaped; tab, newline and carriage
//! return are written as character references (`&#9;`, `&#10;`, `&#13;`) so
//! that XML's attribute-value and line-end normalization cannot change them.
//! Output is deterministic: keys in a fixed order, nodes and edges in the
//! order of the wire format (which sorts them).

use std::borrow::Cow;
use std::collections::BTreeMap;

use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::schema::{EdgeRecord, GraphInfo, NodeLinkGraph, NodeRecord};

/// GraphML's namespace.
const GRAPHML_NS: &str = "http://graphml.graphdrawing.org/xmlns";

/// Where the GraphML 1.0 schema lives, for validating readers.
const SCHEMA_LOCATION: &str =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

/// One `<key>` declaration: which element it applies to, its name and type.
struct Key {
    id: &'static str,
    domain: &'static str,
    name: &'static str,
    ty: &'static str,
}

const fn key(id: &'static str, domain: &'static str, name: &'static str, ty: &'static str) -> Key {
    Key {
        id,
        domain,
        name,
        ty,
    }
}

/// Every attribute, in the order `<key>`s and `<data>`s are written.
const KEYS: &[Key] = &[
    key("g_generator", "graph", "generator", "string"),
    key("g_documents", "graph", "documents", "long"),
    key("g_sentences", "graph", "sentences", "long"),
    key("g_window", "graph", "window", "string"),
    key("g_windows", "graph", "windows", "long"),
    key("n_type", "node", "type", "string"),
    key("n_mentions", "node", "mentions", "long"),
    key("n_documents", "node", "documents", "long"),
    key("n_windows", "node", "windows", "long"),
    key("n_aliases_json", "node", "aliases_json", "string"),
    key("n_affiliations", "node", "affiliations", "string"),
    key("n_first_seen", "node", "first_seen", "string"),
    key("n_last_seen", "node", "last_seen", "string"),
    key("e_weight", "edge", "weight", "long"),
    key("e_documents", "edge", "documents", "long"),
    key("e_co_mention", "edge", "co_mention", "long"),
    key("e_met", "edge", "met", "long"),
    key("e_meetings_json", "edge", "meetings_json", "string"),
    key("e_affiliation", "edge", "affiliation", "long"),
    key("e_affiliation_of", "edge", "affiliation_of", "string"),
    key("e_first_seen", "edge", "first_seen", "string"),
    key("e_last_seen", "edge", "last_seen", "string"),
    key("e_evidence_count", "edge", "evidence_count", "long"),
    key("e_evidence", "edge", "evidence", "string"),
];

/// One `<data>` value; `None` values are omitted.
type Data<'a> = (&'static str, Option<Cow<'a, str>>);

/// Builds a GraphML document that Gephi, yEd, Cytoscape and
/// `networkx.read_graphml` open, with every attribute typed (see the module
/// docs for the attribute table).
///
/// The graph is undirected (`edgedefault="undirected"`); graph-level
/// attributes are `<data>` children of `<graph>`. Nodes and edges are written
/// in the order given, so the same input always yields the same bytes. The
/// text starts with an XML declaration, has no BOM and ends with a newline.
///
/// # Example
/// ```
/// use newsgraph::graph::KnowledgeGraph;
/// use newsgraph::pipeline::{Analyzer, BuildOptions, Model};
/// use newsgraph::relate::DocumentMeta;
///
/// let model = Model::builtin().unwrap();
/// let options = BuildOptions::default();
/// let meta = DocumentMeta { id: "doc1".into(), ..Default::default() };
/// let text = "Blinken met Egyptian Foreign Minister Sameh Shoukry in Cairo.";
/// let relations = Analyzer::new(&model).relate(&meta, text, &options);
/// let mut graph = KnowledgeGraph::new("sentence", options.evidence_limit);
/// graph.add_document(relations, &model.gazetteer);
/// let graph = graph.to_node_link();
///
/// let xml = newsgraph::export::graphml::to_graphml(&graph);
/// assert!(xml.starts_with("<?xml"));
/// assert!(xml.contains(r#"<node id="Sameh Shoukry">"#));
/// assert!(xml.contains(r#"<edge source="Antony Blinken" target="Sameh Shoukry">"#));
/// ```
pub fn to_graphml(graph: &NodeLinkGraph) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    write_document(&mut writer, graph).expect("writing to a Vec never fails");
    let mut bytes = writer.into_inner();
    bytes.push(b'\n');
    String::from_utf8(bytes).expect("quick-xml writes the UTF-8 it is given")
}

fn write_document(w: &mut Writer<Vec<u8>>, graph: &NodeLinkGraph) -> std::io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(BytesStart::new("graphml").with_attributes([
        ("xmlns", GRAPHML_NS),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ("xsi:schemaLocation", SCHEMA_LOCATION),
    ])))?;
    for k in KEYS {
        w.create_element("key")
            .with_attributes([
                ("id", k.id),
                ("for", k.domain),
                ("attr.name", k.name),
                ("attr.type", k.ty),
            ])
            .write_empty()?;
    }
    w.write_event(Event::Start(
        BytesStart::new("graph").with_attributes([("id", "G"), ("edgedefault", "undirected")]),
    ))?;
    write_data(w, graph_data(&graph.graph))?;
    for node in &graph.nodes {
        let mut start = BytesStart::new("node");
        start.push_attribute(raw_attribute("id", &node.id));
        w.write_event(Event::Start(start))?;
        write_data(w, node_data(node))?;
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    for edge in &graph.edges {
        let mut start = BytesStart::new("edge");
        start.push_attribute(raw_attribute("source", &edge.source));
        start.push_attribute(raw_attribute("target", &edge.target));
        w.write_event(Event::Start(start))?;
        write_data(w, edge_data(graph, edge))?;
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("graphml")))?;
    Ok(())
}

fn write_data(w: &mut Writer<Vec<u8>>, data: Vec<Data<'_>>) -> std::io::Result<()> {
    for (key, value) in data {
        if let Some(value) = value {
            w.create_element("data")
                .with_attribute(("key", key))
                .write_text_content(BytesText::from_escaped(escape_xml(&value)))?;
        }
    }
    Ok(())
}

fn long(n: u64) -> Option<Cow<'static, str>> {
    Some(Cow::Owned(n.to_string()))
}

fn text(s: &str) -> Option<Cow<'_, str>> {
    Some(Cow::Borrowed(s))
}

fn graph_data(info: &GraphInfo) -> Vec<Data<'_>> {
    vec![
        ("g_generator", text(&info.generator)),
        ("g_documents", long(info.documents)),
        ("g_sentences", long(info.sentences)),
        ("g_window", text(&info.window)),
        ("g_windows", long(info.windows)),
    ]
}

fn node_data(node: &NodeRecord) -> Vec<Data<'_>> {
    let affiliations = (!node.affiliations.is_empty()).then(|| node.affiliations.join("|").into());
    vec![
        ("n_type", text(&node.kind)),
        ("n_mentions", long(node.mentions)),
        ("n_documents", long(node.documents)),
        ("n_windows", long(node.windows)),
        ("n_aliases_json", Some(aliases_json(node).into())),
        ("n_affiliations", affiliations),
        (
            "n_first_seen",
            node.first_seen.as_deref().map(Cow::Borrowed),
        ),
        ("n_last_seen", node.last_seen.as_deref().map(Cow::Borrowed)),
    ]
}

fn edge_data<'a>(graph: &'a NodeLinkGraph, edge: &'a EdgeRecord) -> Vec<Data<'a>> {
    vec![
        ("e_weight", long(edge.weight)),
        ("e_documents", long(edge.documents)),
        ("e_co_mention", long(relation(edge, "co_mention"))),
        ("e_met", long(relation(edge, "met"))),
        (
            "e_meetings_json",
            (!edge.meetings.is_empty()).then(|| meetings_json(edge).into()),
        ),
        ("e_affiliation", long(relation(edge, "affiliation"))),
        (
            "e_affiliation_of",
            edge.affiliation
                .as_ref()
                .map(|a| Cow::Borrowed(a.of.as_str())),
        ),
        (
            "e_first_seen",
            edge.first_seen.as_deref().map(Cow::Borrowed),
        ),
        ("e_last_seen", edge.last_seen.as_deref().map(Cow::Borrowed)),
        ("e_evidence_count", long(edge.evidence.len() as u64)),
        (
            "e_evidence",
            edge.evidence
                .first()
                .and_then(|e| graph.window(e))
                .map(|w| Cow::Borrowed(&*w.text)),
        ),
    ]
}

/// The count of `name` in the edge's `relations`, 0 when absent.
pub(crate) fn relation(edge: &EdgeRecord, name: &str) -> u64 {
    edge.relations.get(name).copied().unwrap_or(0)
}

/// The node's surface forms and counts as compact JSON (`{"form":count,...}`,
/// keys sorted), written by serde. Forms are cleaned first ([`clean_text`]),
/// like every other text; forms that become equal have their counts added.
/// An edge's meetings per kind as a JSON object (`{"meeting":1,"phone":2}`), `{}` for none.
pub(crate) fn meetings_json(edge: &EdgeRecord) -> String {
    serde_json::to_string(&edge.meetings).expect("a map of strings to integers is valid JSON")
}

/// A node's surface forms and counts as a JSON object.
pub(crate) fn aliases_json(node: &NodeRecord) -> String {
    let mut aliases: BTreeMap<Cow<'_, str>, u64> = BTreeMap::new();
    for (form, count) in &node.aliases {
        let total = aliases.entry(clean_text(form)).or_default();
        *total = total.saturating_add(*count);
    }
    serde_json::to_string(&aliases).expect("a map of strings to integers is valid JSON")
}

/// Drops the characters no export can carry: C0 controls other than tab,
/// newline and carriage return, DEL, C1 controls, and the non-characters
/// U+FFFE/U+FFFF (none of them is allowed in XML 1.0 text). Everything else is
/// kept exactly.
pub(crate) fn clean_text(s: &str) -> Cow<'_, str> {
    let dropped = |c: char| {
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
    };
    if s.chars().any(dropped) {
        Cow::Owned(s.chars().filter(|&c| !dropped(c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// Cleans `s` ([`clean_text`]) and escapes it for XML text or a double-quoted
/// attribute value: the five markup characters as entities, and tab, newline
/// and carriage return as character references so that no normalization
/// applies.
pub(crate) fn escape_xml(s: &str) -> String {
    let clean = clean_text(s);
    let mut out = String::with_capacity(clean.len() + 8);
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// An attribute whose value is escaped here ([`escape_xml`]); quick-xml's own
/// attribute escaping leaves newlines raw, which readers turn into spaces.
pub(crate) fn raw_attribute<'a>(name: &'a str, value: &str) -> Attribute<'a> {
    Attribute {
        key: quick_xml::name::QName(name.as_bytes()),
        value: Cow::Owned(escape_xml(value).into_bytes()),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use quick_xml::events::Event;
    use quick_xml::Reader;

    use super::super::schema::{AffiliationRecord, DocumentRecord, EvidenceRecord, WindowRecord};
    use super::*;

    /// The aliases as every export should show them: forms cleaned.
    pub(crate) fn clean_aliases(node: &NodeRecord) -> BTreeMap<String, u64> {
        node.aliases
            .iter()
            .map(|(form, count)| (clean_text(form).into_owned(), *count))
            .collect()
    }

    /// A node whose aliases hold its own id (the DOT tests' node has none).
    pub(crate) fn node(id: &str, kind: &str, mentions: u64, documents: u64) -> NodeRecord {
        NodeRecord {
            aliases: BTreeMap::from([(id.to_string(), mentions)]),
            ..super::super::dot::tests::node(id, kind, mentions, documents)
        }
    }

    pub(crate) use super::super::dot::tests::edge;

    /// Evidence naming window `window` of the graph's table (see [`with_windows`]).
    pub(crate) fn evidence(window: u32, met: bool) -> EvidenceRecord {
        EvidenceRecord {
            window,
            forms: Vec::new(),
            relation: met.then(|| "met".to_string()),
            cue: met.then(|| "met".into()),
            planned: false,
            kind: met.then(|| "meeting".into()),
            cameo: met.then(|| "040".into()),
        }
    }

    /// Fills the graph's evidence tables: window `i` is `rows[i]`'s text, in a document
    /// of its own named `rows[i]`'s id.
    pub(crate) fn with_windows(mut g: NodeLinkGraph, rows: &[(&str, &str)]) -> NodeLinkGraph {
        g.graph.evidence_documents = rows
            .iter()
            .map(|(id, _)| DocumentRecord {
                id: (*id).into(),
                date: None,
                title: None,
                url: None,
            })
            .collect();
        g.graph.evidence_windows = rows
            .iter()
            .enumerate()
            .map(|(i, (_, text))| WindowRecord {
                document: i as u32,
                start: 0,
                end: text.len(),
                text: (*text).into(),
            })
            .collect();
        g
    }

    pub(crate) use super::super::dot::tests::graph;

    /// Three entities: a meeting with dated evidence, and an affiliation.
    pub(crate) fn tiny() -> NodeLinkGraph {
        let mut merkel = node("Angela Merkel", "person", 3, 2);
        merkel.aliases = BTreeMap::from([("Merkel".to_string(), 2), ("Angela Merkel".into(), 1)]);
        merkel.affiliations = vec!["Germany".to_string(), "CDU".to_string()];
        merkel.first_seen = Some("2024-01-02".to_string());
        merkel.last_seen = Some("2024-03-04".to_string());
        let mut met = edge("Angela Merkel", "Emmanuel Macron", 4, 2);
        met.relations.insert("met".to_string(), 1);
        met.meetings.insert("meeting".to_string(), 1);
        met.first_seen = Some("2024-01-02".to_string());
        met.last_seen = Some("2024-03-04".to_string());
        met.evidence = vec![evidence(0, false), evidence(1, true)];
        let mut member = edge("Angela Merkel", "Germany", 0, 0);
        member.relations = BTreeMap::from([("affiliation".to_string(), 1)]);
        member.affiliation = Some(AffiliationRecord {
            member: "Angela Merkel".to_string(),
            of: "Germany".to_string(),
            sources: vec!["gazetteer".to_string()],
        });
        let g = graph(
            vec![
                merkel,
                node("Emmanuel Macron", "person", 2, 1),
                node("Germany", "country", 1, 1),
            ],
            vec![met, member],
        );
        with_windows(
            g,
            &[
                ("a", "Merkel and Macron spoke."),
                ("b", "Merkel met Macron in Paris."),
            ],
        )
    }

    /// Entity names chosen to break naive XML or CSV writers.
    pub(crate) const HOSTILE: &[&str] = &[
        "say \"hi\"",
        "it's",
        "<b>&amp;</b> & <",
        "]]> <![CDATA[",
        "two\nlines",
        "crlf\r\nend",
        "lone\rcr",
        "tab\there",
        "bell\u{7}nul\u{0}esc\u{1b}del\u{7f}c1\u{85}",
        "rtl \u{200F}\u{202E}abc",
        "emoji 🦀👩‍🚀",
        " ",
        "\t\n ",
        "",
        "comma, \"quote\", newline\n",
        "=1+1",
        "a|b:3",
        "noncharacter \u{FFFF}\u{FFFE}",
        "<?xml version=\"1.0\"?>",
        "&#0;",
    ];

    /// One node per hostile name, a path of edges through them, hostile
    /// aliases, affiliations, evidence and graph attributes.
    pub(crate) fn hostile_graph() -> NodeLinkGraph {
        let kinds = ["person", "country", "organization", "place", "<weird&kind>"];
        let mut nodes: Vec<NodeRecord> = HOSTILE
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let mut n = node(name, kinds[i % kinds.len()], i as u64 + 1, 1);
                n.aliases.insert(format!("alias of {name}"), 1);
                n.affiliations = vec![name.to_string()];
                n.first_seen = Some(name.to_string());
                n
            })
            .collect();
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        let edges: Vec<EdgeRecord> = HOSTILE
            .windows(2)
            .enumerate()
            .map(|(i, pair)| {
                let (a, b) = if pair[0] < pair[1] {
                    (pair[0], pair[1])
                } else {
                    (pair[1], pair[0])
                };
                let mut e = edge(a, b, i as u64 + 1, 1);
                e.evidence = vec![evidence(i as u32, true)];
                e.affiliation = Some(AffiliationRecord {
                    member: a.to_string(),
                    of: b.to_string(),
                    sources: vec!["text".to_string()],
                });
                e
            })
            .collect();
        let texts: Vec<(String, String)> = edges
            .iter()
            .map(|e| (e.source.clone(), format!("{} met {}", e.source, e.target)))
            .collect();
        let rows: Vec<(&str, &str)> = texts
            .iter()
            .map(|(a, t)| (a.as_str(), t.as_str()))
            .collect();
        let mut g = with_windows(graph(nodes, Vec::new()), &rows);
        let mut edges = edges;
        edges.sort_by(|a, b| (&a.source, &a.target).cmp(&(&b.source, &b.target)));
        g.edges = edges;
        g.graph.generator = "gen \"quoted\" \\ <x> & \u{0}".to_string();
        g
    }

    #[test]
    fn tiny_graph_snapshot() {
        let expected = r#"<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="g_generator" for="graph" attr.name="generator" attr.type="string"/>
  <key id="g_documents" for="graph" attr.name="documents" attr.type="long"/>
  <key id="g_sentences" for="graph" attr.name="sentences" attr.type="long"/>
  <key id="g_window" for="graph" attr.name="window" attr.type="string"/>
  <key id="g_windows" for="graph" attr.name="windows" attr.type="long"/>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_mentions" for="node" attr.name="mentions" attr.type="long"/>
  <key id="n_documents" for="node" attr.name="documents" attr.type="long"/>
  <key id="n_windows" for="node" attr.name="windows" attr.type="long"/>
  <key id="n_aliases_json" for="node" attr.name="aliases_json" attr.type="string"/>
  <key id="n_affiliations" for="node" attr.name="affiliations" attr.type="string"/>
  <key id="n_first_seen" for="node" attr.name="first_seen" attr.type="string"/>
  <key id="n_last_seen" for="node" attr.name="last_seen" attr.type="string"/>
  <key id="e_weight" for="edge" attr.name="weight" attr.type="long"/>
  <key id="e_documents" for="edge" attr.name="documents" attr.type="long"/>
  <key id="e_co_mention" for="edge" attr.name="co_mention" attr.type="long"/>
  <key id="e_met" for="edge" attr.name="met" attr.type="long"/>
  <key id="e_meetings_json" for="edge" attr.name="meetings_json" attr.type="string"/>
  <key id="e_affiliation" for="edge" attr.name="affiliation" attr.type="long"/>
  <key id="e_affiliation_of" for="edge" attr.name="affiliation_of" attr.type="string"/>
  <key id="e_first_seen" for="edge" attr.name="first_seen" attr.type="string"/>
  <key id="e_last_seen" for="edge" attr.name="last_seen" attr.type="string"/>
  <key id="e_evidence_count" for="edge" attr.name="evidence_count" attr.type="long"/>
  <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <data key="g_generator">newsgraph 0.1.0</data>
    <data key="g_documents">2</data>
    <data key="g_sentences">10</data>
    <data key="g_window">sentence</data>
    <data key="g_windows">10</data>
    <node id="Angela Merkel">
      <data key="n_type">person</data>
      <data key="n_mentions">3</data>
      <data key="n_documents">2</data>
      <data key="n_windows">3</data>
      <data key="n_aliases_json">{&quot;Angela Merkel&quot;:1,&quot;Merkel&quot;:2}</data>
      <data key="n_affiliations">Germany|CDU</data>
      <data key="n_first_seen">2024-01-02</data>
      <data key="n_last_seen">2024-03-04</data>
    </node>
    <node id="Emmanuel Macron">
      <data key="n_type">person</data>
      <data key="n_mentions">2</data>
      <data key="n_documents">1</data>
      <data key="n_windows">2</data>
      <data key="n_aliases_json">{&quot;Emmanuel Macron&quot;:2}</data>
    </node>
    <node id="Germany">
      <data key="n_type">country</data>
      <data key="n_mentions">1</data>
      <data key="n_documents">1</data>
      <data key="n_windows">1</data>
      <data key="n_aliases_json">{&quot;Germany&quot;:1}</data>
    </node>
    <edge source="Angela Merkel" target="Emmanuel Macron">
      <data key="e_weight">4</data>
      <data key="e_documents">2</data>
      <data key="e_co_mention">4</data>
      <data key="e_met">1</data>
      <data key="e_meetings_json">{&quot;meeting&quot;:1}</data>
      <data key="e_affiliation">0</data>
      <data key="e_first_seen">2024-01-02</data>
      <data key="e_last_seen">2024-03-04</data>
      <data key="e_evidence_count">2</data>
      <data key="e_evidence">Merkel and Macron spoke.</data>
    </edge>
    <edge source="Angela Merkel" target="Germany">
      <data key="e_weight">0</data>
      <data key="e_documents">0</data>
      <data key="e_co_mention">0</data>
      <data key="e_met">0</data>
      <data key="e_affiliation">1</data>
      <data key="e_affiliation_of">Germany</data>
      <data key="e_evidence_count">0</data>
    </edge>
  </graph>
</graphml>
"#;
        let got = to_graphml(&tiny());
        assert_eq!(got, expected, "got:\n{got}");
    }

    #[test]
    fn escaping() {
        let rows = [
            ("plain", "Angela Merkel", "Angela Merkel"),
            ("markup", "<b>&amp;</b>", "&lt;b&gt;&amp;amp;&lt;/b&gt;"),
            ("quotes", "\"it's\"", "&quot;it&apos;s&quot;"),
            (
                "whitespace as references",
                "a\tb\nc\rd",
                "a&#9;b&#10;c&#13;d",
            ),
            ("controls dropped", "a\u{0}\u{7}\u{1b}\u{7f}\u{85}b", "ab"),
            ("noncharacters dropped", "a\u{FFFE}\u{FFFF}b", "ab"),
            ("rtl kept", "\u{200F}x\u{202E}", "\u{200F}x\u{202E}"),
            ("emoji kept", "🦀👩‍🚀", "🦀👩‍🚀"),
            ("whitespace only", "  ", "  "),
            ("empty", "", ""),
            ("reference stays literal", "&#0;", "&amp;#0;"),
        ];
        for (name, input, expected) in rows {
            assert_eq!(escape_xml(input), expected, "row {name:?}");
        }
    }

    /// What an XML parser reads back: per node id its data, per edge its
    /// endpoints and data, and the graph's data.
    #[derive(Debug, Default, PartialEq)]
    pub(crate) struct Parsed {
        pub graph: BTreeMap<String, String>,
        pub nodes: Vec<(String, BTreeMap<String, String>)>,
        pub edges: Vec<(String, String, BTreeMap<String, String>)>,
        pub keys: Vec<(String, String, String, String)>,
    }

    fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
        e.try_get_attribute(name)
            .expect("well-formed attribute")
            .map(|a| a.unescape_value().expect("valid escapes").into_owned())
    }

    pub(crate) fn parse(xml: &str) -> Parsed {
        let mut reader = Reader::from_str(xml);
        let mut out = Parsed::default();
        let mut data_key: Option<String> = None;
        let mut text = String::new();
        loop {
            match reader.read_event().expect("well-formed XML") {
                Event::Eof => break,
                Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                    b"key" => out.keys.push((
                        attr(&e, "id").unwrap(),
                        attr(&e, "for").unwrap(),
                        attr(&e, "attr.name").unwrap(),
                        attr(&e, "attr.type").unwrap(),
                    )),
                    b"node" => out.nodes.push((attr(&e, "id").unwrap(), BTreeMap::new())),
                    b"edge" => out.edges.push((
                        attr(&e, "source").unwrap(),
                        attr(&e, "target").unwrap(),
                        BTreeMap::new(),
                    )),
                    b"data" => {
                        data_key = attr(&e, "key");
                        text.clear();
                    }
                    _ => {}
                },
                Event::Text(t) => text.push_str(&t.unescape().expect("valid escapes")),
                Event::End(e) if e.name().as_ref() == b"data" => {
                    let key = data_key.take().expect("data has a key");
                    let value = std::mem::take(&mut text);
                    let map = match (
                        key.as_bytes()[0],
                        out.nodes.last_mut(),
                        out.edges.last_mut(),
                    ) {
                        (b'g', _, _) => &mut out.graph,
                        (b'n', Some(n), _) => &mut n.1,
                        (b'e', _, Some(e)) => &mut e.2,
                        _ => panic!("data {key} outside its element"),
                    };
                    assert!(map.insert(key.clone(), value).is_none(), "duplicate {key}");
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn hostile_names_round_trip_through_an_xml_parser() {
        let g = hostile_graph();
        let parsed = parse(&to_graphml(&g));
        assert_eq!(parsed.nodes.len(), g.nodes.len());
        for (node, (id, data)) in g.nodes.iter().zip(&parsed.nodes) {
            assert_eq!(id, &clean_text(&node.id), "node {:?}", node.id);
            assert_eq!(data["n_type"], clean_text(&node.kind), "node {:?}", node.id);
            assert_eq!(
                data["n_affiliations"],
                clean_text(&node.id),
                "node {:?}",
                node.id
            );
            let aliases: BTreeMap<String, u64> =
                serde_json::from_str(&data["n_aliases_json"]).expect("aliases are JSON");
            assert_eq!(aliases, clean_aliases(node), "node {:?}", node.id);
        }
        assert_eq!(parsed.edges.len(), g.edges.len());
        for (edge, (source, target, data)) in g.edges.iter().zip(&parsed.edges) {
            let row = format!("edge {:?} -- {:?}", edge.source, edge.target);
            assert_eq!(source, &clean_text(&edge.source), "{row}");
            assert_eq!(target, &clean_text(&edge.target), "{row}");
            assert_eq!(data["e_weight"], edge.weight.to_string(), "{row}");
            assert_eq!(
                data["e_evidence"],
                clean_text(&g.window(&edge.evidence[0]).unwrap().text),
                "{row}"
            );
            assert_eq!(data["e_affiliation_of"], clean_text(&edge.target), "{row}");
        }
        assert_eq!(parsed.graph["g_generator"], "gen \"quoted\" \\ <x> & ");
    }

    #[test]
    fn every_data_key_is_declared_with_a_type() {
        for g in [tiny(), hostile_graph()] {
            let parsed = parse(&to_graphml(&g));
            let declared: BTreeMap<&str, &str> = parsed
                .keys
                .iter()
                .map(|(id, _, _, ty)| (id.as_str(), ty.as_str()))
                .collect();
            let used = parsed
                .graph
                .keys()
                .chain(parsed.nodes.iter().flat_map(|n| n.1.keys()))
                .chain(parsed.edges.iter().flat_map(|e| e.2.keys()));
            for key in used {
                let ty = declared
                    .get(key.as_str())
                    .unwrap_or_else(|| panic!("{key}"));
                assert!(
                    ["string", "long", "double", "boolean"].contains(ty),
                    "{key}"
                );
            }
        }
    }

    #[test]
    fn relations_default_to_zero() {
        let rows = [
            ("no relations", BTreeMap::new(), ["0", "0", "0"]),
            (
                "all three",
                BTreeMap::from([
                    ("co_mention".to_string(), 5),
                    ("met".to_string(), 2),
                    ("affiliation".to_string(), 1),
                ]),
                ["5", "2", "1"],
            ),
            (
                "unknown relation ignored",
                BTreeMap::from([("hugged".to_string(), 9)]),
                ["0", "0", "0"],
            ),
        ];
        for (name, relations, expected) in rows {
            let mut e = edge("a", "b", 5, 1);
            e.relations = relations;
            let g = graph(
                vec![node("a", "person", 1, 1), node("b", "person", 1, 1)],
                vec![e],
            );
            let data = &parse(&to_graphml(&g)).edges[0].2;
            let got = [
                &data["e_co_mention"],
                &data["e_met"],
                &data["e_affiliation"],
            ];
            assert_eq!(got, expected, "row {name:?}");
        }
    }

    #[test]
    fn empty_graph() {
        let xml = to_graphml(&graph(vec![], vec![]));
        let parsed = parse(&xml);
        assert!(parsed.nodes.is_empty() && parsed.edges.is_empty(), "{xml}");
        assert_eq!(parsed.keys.len(), KEYS.len());
        assert_eq!(parsed.graph["g_window"], "sentence");
        assert!(xml.ends_with("</graph>\n</graphml>\n"), "{xml}");
    }

    #[test]
    fn deterministic() {
        for g in [tiny(), hostile_graph(), graph(vec![], vec![])] {
            assert_eq!(to_graphml(&g).as_bytes(), to_graphml(&g.clone()).as_bytes());
        }
    }

    #[test]
    fn no_forbidden_characters_in_output() {
        let xml = to_graphml(&hostile_graph());
        for c in xml.chars() {
            assert!(
                !(c.is_control() && c != '\n') && c != '\u{FFFE}' && c != '\u{FFFF}',
                "{c:?} in output"
            );
        }
    }
}
