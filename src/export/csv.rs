//! CSV export: a nodes table and an edges table, for pandas, spreadsheets and
//! `neo4j-admin database import`.
//!
//! Both variants are RFC 4180 CSV written by the `csv` crate: comma-separated,
//! a header row, fields quoted only when needed (a comma, quote, CR or LF
//! inside; quotes doubled), UTF-8 without BOM, `\n` line ends. Text goes
//! through the same text policy as GraphML (control characters
//! other than tab/CR/LF and U+FFFE/U+FFFF dropped; everything else kept).
//!
//! # [`to_csv`]: `nodes.csv`, `edges.csv`
//!
//! `nodes.csv`, one row per entity, in `graph.json` order (sorted by id):
//!
//! | column         | type    | value                                                           |
//! |----------------|---------|-----------------------------------------------------------------|
//! | `id`           | string  | canonical name                                                  |
//! | `type`         | string  | `person`, `country`, `organization`, `place`                    |
//! | `mentions`     | integer | mentions across the corpus                                      |
//! | `documents`    | integer | documents mentioning the entity                                 |
//! | `windows`      | integer | windows mentioning the entity                                   |
//! | `aliases`      | string  | JSON object of surface form -> count, `{"Blinken":17}`          |
//! | `affiliations` | string  | what the entity belongs to, joined with `\|`; empty if none      |
//! | `first_seen`   | string  | `YYYY-MM-DD`; empty when unknown                                |
//! | `last_seen`    | string  | `YYYY-MM-DD`; empty when unknown                                |
//!
//! `edges.csv`, one row per link, sorted by (source, target), `source < target`:
//!
//! | column           | type    | value                                                  |
//! |------------------|---------|--------------------------------------------------------|
//! | `source`         | string  | the smaller entity id                                  |
//! | `target`         | string  | the larger entity id                                   |
//! | `weight`         | integer | windows mentioning both                                |
//! | `documents`      | integer | documents with such a window                           |
//! | `co_mention`     | integer | `relations.co_mention`, 0 when absent                  |
//! | `met`            | integer | `relations.met`, 0 when absent                         |
//! | `meetings`       | string  | `met` per kind as JSON, `{"phone":2}`; empty if none   |
//! | `affiliation`    | integer | `relations.affiliation`, 0 when absent                 |
//! | `affiliation_of` | string  | for an affiliation: the endpoint the other belongs to  |
//! | `first_seen`     | string  | `YYYY-MM-DD`; empty when unknown                       |
//! | `last_seen`      | string  | `YYYY-MM-DD`; empty when unknown                       |
//! | `evidence_count` | integer | evidence windows kept in `graph.json` (a sample)       |
//! | `evidence`       | string  | text of the first (earliest) evidence window           |
//!
//! Aliases are JSON rather than `form:count|...` because surface forms may
//! contain `:` or `|`; in pandas, `nodes.aliases.map(json.loads)` gives dicts
//! and `nodes.affiliations.str.split("|")` gives lists. Empty fields read as
//! `NaN`. Two pandas defaults to know: an id that looks like a number is read
//! as one, and ids such as `NA`, `null` or `None` become `NaN`; pass
//! `dtype={"id": str}, keep_default_na=False` (and likewise for `source` and
//! `target`) when names like these can occur.
//!
//! # Spreadsheet formulas
//!
//! A spreadsheet opening a CSV runs any cell that starts with `=`, `+`, `-` or
//! `@` (and some also after a leading tab or carriage return) as a formula: a
//! news sentence quoting `=HYPERLINK(...)` or a name like `=cmd|...` would be
//! live. By default every such cell is written with a `'` in front (OWASP's
//! advice; spreadsheets show the text, without the quote), in ids too, so the
//! tables still join. Numbers never start with these characters, so no number
//! changes. [`CsvOptions::keep_formulas`] (`--csv-keep-formulas`) writes the
//! cells raw, for pandas users who never open the files in a spreadsheet.
//!
//! # [`to_neo4j_csv`]: for `neo4j-admin database import`
//!
//! The same data with the typed headers of the Neo4j import tool:
//!
//! ```text
//! id:ID,name,type,:LABEL,mentions:long,documents:long,windows:long,aliases,affiliations:string[],first_seen,last_seen
//! :START_ID,:END_ID,:TYPE,weight:long,documents:long,co_mention:long,met:long,meetings,affiliation:long,affiliation_sources:string[],first_seen,last_seen,evidence_count:long,evidence
//! ```
//!
//! - `:LABEL` is `Entity;<Type>`: every node is an `Entity`, plus its type
//!   capitalised (`Person`, `Country`, `Organization`, `Place`); characters
//!   other than ASCII letters, digits and `_` are dropped from the type label.
//! - `affiliations:string[]` uses Neo4j's default array delimiter `;`.
//! - One edge of `graph.json` becomes up to three relationships, each carrying
//!   all the edge's properties: `CO_MENTION` when `weight > 0`; `MET` when
//!   `met > 0` (its `evidence` is the first window with relation `met`); and
//!   `MEMBER_OF` from member to organization/country when the edge has an
//!   `affiliation` record, else `AFFILIATED_WITH` (source to target) when
//!   `relations.affiliation > 0`. Neo4j relationships are directed; query
//!   `CO_MENTION` and `MET` without direction: `(a)-[:MET]-(b)`.
//! - Dates stay strings (`date(n.first_seen)` converts); empty fields are
//!   absent properties for typed columns, empty strings for string columns
//!   unless `--ignore-empty-strings=true`.
//!
//! Evidence text can span lines, so pass `--multiline-fields=true`:
//!
//! ```text
//! neo4j-admin database import full --multiline-fields=true --nodes=nodes.csv --relationships=edges.csv neo4j
//! ```

use std::borrow::Cow;

use super::graphml::{aliases_json, clean_text, meetings_json, relation};
use super::schema::{EdgeRecord, EvidenceRecord, NodeLinkGraph, NodeRecord};

/// The two tables of a CSV export, each a complete CSV text with header row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvTables {
    /// One row per entity (`nodes.csv`).
    pub nodes: String,
    /// One row per link (`edges.csv`), or per relationship for Neo4j.
    pub edges: String,
}

/// A CSV table could not be written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CsvError {
    /// The CSV writer failed on a row.
    #[error("cannot write {table} row {row}: {source}")]
    Write {
        /// `nodes` or `edges`.
        table: &'static str,
        /// 0 for the header, then 1, 2, ... for data rows.
        row: usize,
        /// The writer's error.
        #[source]
        source: csv::Error,
    },
    /// The CSV writer could not be flushed.
    #[error("cannot finish {table}: {source}")]
    Finish {
        /// `nodes` or `edges`.
        table: &'static str,
        /// The writer's error.
        #[source]
        source: std::io::Error,
    },
}

/// Header of `nodes.csv`.
pub const NODE_COLUMNS: [&str; 9] = [
    "id",
    "type",
    "mentions",
    "documents",
    "windows",
    "aliases",
    "affiliations",
    "first_seen",
    "last_seen",
];

/// Header of `edges.csv`.
pub const EDGE_COLUMNS: [&str; 13] = [
    "source",
    "target",
    "weight",
    "documents",
    "co_mention",
    "met",
    "meetings",
    "affiliation",
    "affiliation_of",
    "first_seen",
    "last_seen",
    "evidence_count",
    "evidence",
];

/// Header of the Neo4j `nodes.csv`.
pub const NEO4J_NODE_COLUMNS: [&str; 11] = [
    "id:ID",
    "name",
    "type",
    ":LABEL",
    "mentions:long",
    "documents:long",
    "windows:long",
    "aliases",
    "affiliations:string[]",
    "first_seen",
    "last_seen",
];

/// Header of the Neo4j `edges.csv`.
pub const NEO4J_EDGE_COLUMNS: [&str; 14] = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "weight:long",
    "documents:long",
    "co_mention:long",
    "met:long",
    "meetings",
    "affiliation:long",
    "affiliation_sources:string[]",
    "first_seen",
    "last_seen",
    "evidence_count:long",
    "evidence",
];

/// Renders `nodes.csv` and `edges.csv` (columns in the module docs), which
/// `pandas.read_csv` reads with no options.
///
/// # Errors
/// The CSV writer fails; with an in-memory buffer this does not happen in
/// practice, but the error names the table and row.
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
/// let tables = newsgraph::export::csv::to_csv(&graph).unwrap();
/// assert!(tables.nodes.lines().any(|row| row.starts_with("Sameh Shoukry,person")));
/// assert!(tables.edges.lines().any(|row| row.starts_with("Antony Blinken,Sameh Shoukry,")));
/// ```
pub fn to_csv(graph: &NodeLinkGraph) -> Result<CsvTables, CsvError> {
    to_csv_with(graph, CsvOptions::default())
}

/// How CSV cells are written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvOptions {
    /// Write cells starting with `= + - @`, tab or CR as they are, instead of with a
    /// `'` in front (see the module docs).
    pub keep_formulas: bool,
}

/// A cell a spreadsheet would run as a formula, with a `'` in front; any other cell
/// as it is.
pub fn defang(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// [`to_csv`] with options.
///
/// # Errors
/// As [`to_csv`].
pub fn to_csv_with(graph: &NodeLinkGraph, options: CsvOptions) -> Result<CsvTables, CsvError> {
    let nodes = table(
        "nodes",
        &NODE_COLUMNS,
        graph.nodes.iter().map(node_row),
        options,
    )?;
    let edges = table(
        "edges",
        &EDGE_COLUMNS,
        graph.edges.iter().map(|e| edge_row(graph, e)),
        options,
    )?;
    Ok(CsvTables { nodes, edges })
}

/// Renders the same data with the headers `neo4j-admin database import`
/// expects (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed
/// properties such as `weight:long`); see the module docs for how edges map
/// to `CO_MENTION`, `MET` and `MEMBER_OF` relationships.
///
/// # Errors
/// As [`to_csv`].
pub fn to_neo4j_csv(graph: &NodeLinkGraph) -> Result<CsvTables, CsvError> {
    to_neo4j_csv_with(graph, CsvOptions::default())
}

/// [`to_neo4j_csv`] with options.
///
/// # Errors
/// As [`to_csv`].
pub fn to_neo4j_csv_with(
    graph: &NodeLinkGraph,
    options: CsvOptions,
) -> Result<CsvTables, CsvError> {
    let nodes = table(
        "nodes",
        &NEO4J_NODE_COLUMNS,
        graph.nodes.iter().map(neo4j_node_row),
        options,
    )?;
    let edges = table(
        "edges",
        &NEO4J_EDGE_COLUMNS,
        graph.edges.iter().flat_map(|e| neo4j_edge_rows(graph, e)),
        options,
    )?;
    Ok(CsvTables { nodes, edges })
}

/// One CSV row: its fields, before cleaning.
type Row<'a> = Vec<Cow<'a, str>>;

/// Writes a header and rows, every field cleaned with [`clean_text`] (and [`defang`]ed
/// unless `options` keep formulas).
fn table<'a>(
    name: &'static str,
    header: &[&str],
    rows: impl Iterator<Item = Row<'a>>,
    options: CsvOptions,
) -> Result<String, CsvError> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    let write_error = |row| {
        move |source| CsvError::Write {
            table: name,
            row,
            source,
        }
    };
    writer.write_record(header).map_err(write_error(0))?;
    for (i, row) in rows.enumerate() {
        writer
            .write_record(row.iter().map(|field| {
                let clean = clean_text(field);
                if options.keep_formulas {
                    clean.into_owned()
                } else {
                    defang(&clean).into_owned()
                }
            }))
            .map_err(write_error(i + 1))?;
    }
    let bytes = writer.into_inner().map_err(|e| CsvError::Finish {
        table: name,
        source: e.into_error(),
    })?;
    // Every field is a `&str`, so the bytes are UTF-8.
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 fields is UTF-8"))
}

fn number(n: u64) -> Cow<'static, str> {
    Cow::Owned(n.to_string())
}

fn optional(s: &Option<String>) -> Cow<'_, str> {
    Cow::Borrowed(s.as_deref().unwrap_or(""))
}

fn node_row(node: &NodeRecord) -> Row<'_> {
    vec![
        Cow::Borrowed(&node.id),
        Cow::Borrowed(&node.kind),
        number(node.mentions),
        number(node.documents),
        number(node.windows),
        Cow::Owned(aliases_json(node)),
        Cow::Owned(node.affiliations.join("|")),
        optional(&node.first_seen),
        optional(&node.last_seen),
    ]
}

fn edge_row<'a>(graph: &'a NodeLinkGraph, edge: &'a EdgeRecord) -> Row<'a> {
    vec![
        Cow::Borrowed(&edge.source),
        Cow::Borrowed(&edge.target),
        number(edge.weight),
        number(edge.documents),
        number(relation(edge, "co_mention")),
        number(relation(edge, "met")),
        meetings(edge),
        number(relation(edge, "affiliation")),
        Cow::Borrowed(edge.affiliation.as_ref().map_or("", |a| a.of.as_str())),
        optional(&edge.first_seen),
        optional(&edge.last_seen),
        number(edge.evidence.len() as u64),
        first_text(graph, edge.evidence.first()),
    ]
}

/// `met` per kind as JSON, empty when the two never met.
fn meetings(edge: &EdgeRecord) -> Cow<'_, str> {
    if edge.meetings.is_empty() {
        Cow::Borrowed("")
    } else {
        Cow::Owned(meetings_json(edge))
    }
}

/// The text of an evidence window (from the graph's windows table), empty if none.
fn first_text<'a>(graph: &'a NodeLinkGraph, evidence: Option<&EvidenceRecord>) -> Cow<'a, str> {
    Cow::Borrowed(
        evidence
            .and_then(|e| graph.window(e))
            .map_or("", |w| &*w.text),
    )
}

/// `Entity;<Type>`: the type with its first letter upper-cased and anything
/// but ASCII letters, digits and `_` dropped (so it cannot split the label
/// list or need quoting in Cypher).
fn neo4j_labels(kind: &str) -> String {
    let clean: String = kind
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let mut chars = clean.chars();
    match chars.next() {
        Some(first) => format!("Entity;{}{}", first.to_ascii_uppercase(), chars.as_str()),
        None => "Entity".to_string(),
    }
}

fn neo4j_node_row(node: &NodeRecord) -> Row<'_> {
    vec![
        Cow::Borrowed(&node.id),
        Cow::Borrowed(&node.id),
        Cow::Borrowed(&node.kind),
        Cow::Owned(neo4j_labels(&node.kind)),
        number(node.mentions),
        number(node.documents),
        number(node.windows),
        Cow::Owned(aliases_json(node)),
        Cow::Owned(node.affiliations.join(";")),
        optional(&node.first_seen),
        optional(&node.last_seen),
    ]
}

/// The relationships one edge becomes (see the module docs).
fn neo4j_edge_rows<'a>(graph: &'a NodeLinkGraph, edge: &'a EdgeRecord) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    if edge.weight > 0 {
        rows.push(neo4j_edge_row(
            graph,
            edge,
            (&edge.source, &edge.target),
            "CO_MENTION",
            edge.evidence.first(),
        ));
    }
    if relation(edge, "met") > 0 {
        let met = edge
            .evidence
            .iter()
            .find(|e| e.relation.as_deref() == Some("met"))
            .or(edge.evidence.first());
        rows.push(neo4j_edge_row(
            graph,
            edge,
            (&edge.source, &edge.target),
            "MET",
            met,
        ));
    }
    match &edge.affiliation {
        Some(a) => rows.push(neo4j_edge_row(
            graph,
            edge,
            (&a.member, &a.of),
            "MEMBER_OF",
            edge.evidence.first(),
        )),
        None if relation(edge, "affiliation") > 0 => rows.push(neo4j_edge_row(
            graph,
            edge,
            (&edge.source, &edge.target),
            "AFFILIATED_WITH",
            edge.evidence.first(),
        )),
        None => {}
    }
    rows
}

fn neo4j_edge_row<'a>(
    graph: &'a NodeLinkGraph,
    edge: &'a EdgeRecord,
    (start, end): (&'a str, &'a str),
    kind: &'static str,
    evidence: Option<&'a EvidenceRecord>,
) -> Row<'a> {
    let sources = edge
        .affiliation
        .as_ref()
        .map_or(String::new(), |a| a.sources.join(";"));
    vec![
        Cow::Borrowed(start),
        Cow::Borrowed(end),
        Cow::Borrowed(kind),
        number(edge.weight),
        number(edge.documents),
        number(relation(edge, "co_mention")),
        number(relation(edge, "met")),
        meetings(edge),
        number(relation(edge, "affiliation")),
        Cow::Owned(sources),
        optional(&edge.first_seen),
        optional(&edge.last_seen),
        number(edge.evidence.len() as u64),
        first_text(graph, evidence),
    ]
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::graphml::tests::{
        clean_aliases, edge, graph, hostile_graph, node, tiny, HOSTILE,
    };
    use super::*;

    /// Reads a CSV text back with the `csv` crate: header and records.
    fn read(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header = reader
            .headers()
            .expect("header row")
            .iter()
            .map(String::from)
            .collect();
        let rows = reader
            .records()
            .map(|r| r.expect("valid record").iter().map(String::from).collect())
            .collect();
        (header, rows)
    }

    #[test]
    fn tiny_graph_snapshots() {
        let csv = to_csv(&tiny()).expect("csv");
        let neo4j = to_neo4j_csv(&tiny()).expect("neo4j csv");
        let rows = [
            (
                "nodes.csv",
                csv.nodes,
                r#"id,type,mentions,documents,windows,aliases,affiliations,first_seen,last_seen
Angela Merkel,person,3,2,3,"{""Angela Merkel"":1,""Merkel"":2}",Germany|CDU,2024-01-02,2024-03-04
Emmanuel Macron,person,2,1,2,"{""Emmanuel Macron"":2}",,,
Germany,country,1,1,1,"{""Germany"":1}",,,
"#,
            ),
            (
                "edges.csv",
                csv.edges,
                r#"source,target,weight,documents,co_mention,met,meetings,affiliation,affiliation_of,first_seen,last_seen,evidence_count,evidence
Angela Merkel,Emmanuel Macron,4,2,4,1,"{""meeting"":1}",0,,2024-01-02,2024-03-04,2,Merkel and Macron spoke.
Angela Merkel,Germany,0,0,0,0,,1,Germany,,,0,
"#,
            ),
            (
                "neo4j nodes.csv",
                neo4j.nodes,
                r#"id:ID,name,type,:LABEL,mentions:long,documents:long,windows:long,aliases,affiliations:string[],first_seen,last_seen
Angela Merkel,Angela Merkel,person,Entity;Person,3,2,3,"{""Angela Merkel"":1,""Merkel"":2}",Germany;CDU,2024-01-02,2024-03-04
Emmanuel Macron,Emmanuel Macron,person,Entity;Person,2,1,2,"{""Emmanuel Macron"":2}",,,
Germany,Germany,country,Entity;Country,1,1,1,"{""Germany"":1}",,,
"#,
            ),
            (
                "neo4j edges.csv",
                neo4j.edges,
                r#":START_ID,:END_ID,:TYPE,weight:long,documents:long,co_mention:long,met:long,meetings,affiliation:long,affiliation_sources:string[],first_seen,last_seen,evidence_count:long,evidence
Angela Merkel,Emmanuel Macron,CO_MENTION,4,2,4,1,"{""meeting"":1}",0,,2024-01-02,2024-03-04,2,Merkel and Macron spoke.
Angela Merkel,Emmanuel Macron,MET,4,2,4,1,"{""meeting"":1}",0,,2024-01-02,2024-03-04,2,Merkel met Macron in Paris.
Angela Merkel,Germany,MEMBER_OF,0,0,0,0,,1,gazetteer,,,0,
"#,
            ),
        ];
        for (name, got, expected) in rows {
            assert_eq!(got, expected, "table {name}; got:\n{got}");
        }
    }

    /// A text cell as written by default: cleaned, then defanged.
    fn cell(text: &str) -> String {
        defang(&clean_text(text)).into_owned()
    }

    #[test]
    fn hostile_names_round_trip_through_a_csv_reader() {
        let g = hostile_graph();
        let tables = to_csv(&g).expect("csv");
        let (header, nodes) = read(&tables.nodes);
        assert_eq!(header, NODE_COLUMNS);
        assert_eq!(nodes.len(), g.nodes.len());
        for (node, row) in g.nodes.iter().zip(&nodes) {
            assert_eq!(row.len(), NODE_COLUMNS.len(), "node {:?}", node.id);
            assert_eq!(row[0], cell(&node.id), "node {:?}", node.id);
            assert_eq!(row[1], cell(&node.kind), "node {:?}", node.id);
            assert_eq!(row[2], node.mentions.to_string(), "node {:?}", node.id);
            let aliases: BTreeMap<String, u64> =
                serde_json::from_str(&row[5]).expect("aliases are JSON");
            assert_eq!(aliases, clean_aliases(node), "node {:?}", node.id);
            assert_eq!(row[6], cell(&node.id), "node {:?}", node.id);
        }
        let (header, edges) = read(&tables.edges);
        assert_eq!(header, EDGE_COLUMNS);
        assert_eq!(edges.len(), g.edges.len());
        for (edge, row) in g.edges.iter().zip(&edges) {
            let name = format!("edge {:?} -- {:?}", edge.source, edge.target);
            assert_eq!(row[0], cell(&edge.source), "{name}");
            assert_eq!(row[1], cell(&edge.target), "{name}");
            assert_eq!(row[2], edge.weight.to_string(), "{name}");
            let window = g.window(&edge.evidence[0]).unwrap();
            assert_eq!(row[12], cell(&window.text), "{name}");
        }
    }

    #[test]
    fn output_format() {
        let g = hostile_graph();
        for (name, text) in [
            ("nodes", to_csv(&g).unwrap().nodes),
            ("edges", to_csv(&g).unwrap().edges),
            ("neo4j nodes", to_neo4j_csv(&g).unwrap().nodes),
            ("neo4j edges", to_neo4j_csv(&g).unwrap().edges),
        ] {
            assert!(!text.starts_with('\u{FEFF}'), "{name}: BOM");
            assert!(text.ends_with('\n') && !text.ends_with("\r\n"), "{name}");
            for c in text.chars() {
                let allowed = !c.is_control() || matches!(c, '\t' | '\n' | '\r');
                assert!(allowed && c != '\u{FFFF}', "{name}: {c:?}");
            }
        }
    }

    #[test]
    fn neo4j_hostile_rows_keep_their_shape() {
        let g = hostile_graph();
        let tables = to_neo4j_csv(&g).expect("neo4j csv");
        let (header, nodes) = read(&tables.nodes);
        assert_eq!(header, NEO4J_NODE_COLUMNS);
        let ids: Vec<String> = g.nodes.iter().map(|n| cell(&n.id)).collect();
        assert_eq!(nodes.iter().map(|r| r[0].clone()).collect::<Vec<_>>(), ids);
        let (header, edges) = read(&tables.edges);
        assert_eq!(header, NEO4J_EDGE_COLUMNS);
        // Every hostile edge has weight > 0, no `met` count and an affiliation record.
        assert_eq!(edges.len(), 2 * g.edges.len());
        for row in &edges {
            assert!(ids.contains(&row[0]) && ids.contains(&row[1]), "{row:?}");
            assert!(
                ["CO_MENTION", "MEMBER_OF"].contains(&row[2].as_str()),
                "{row:?}"
            );
        }
        assert_eq!(HOSTILE.len(), g.nodes.len());
    }

    #[test]
    fn neo4j_labels_rows() {
        let rows = [
            ("person", "Entity;Person"),
            ("country", "Entity;Country"),
            ("organization", "Entity;Organization"),
            ("place", "Entity;Place"),
            ("<weird&kind>", "Entity;Weirdkind"),
            ("semi;colon", "Entity;Semicolon"),
            ("", "Entity"),
            ("élan", "Entity;Lan"),
        ];
        for (kind, expected) in rows {
            assert_eq!(neo4j_labels(kind), expected, "kind {kind:?}");
        }
    }

    #[test]
    fn neo4j_relationships_per_edge() {
        struct Row {
            name: &'static str,
            weight: u64,
            relations: &'static [(&'static str, u64)],
            member_of: bool,
            expected: &'static [&'static str],
        }
        let rows = [
            Row {
                name: "co-mention only",
                weight: 3,
                relations: &[("co_mention", 3)],
                member_of: false,
                expected: &["a,b,CO_MENTION"],
            },
            Row {
                name: "met",
                weight: 3,
                relations: &[("co_mention", 3), ("met", 1)],
                member_of: false,
                expected: &["a,b,CO_MENTION", "a,b,MET"],
            },
            Row {
                name: "affiliation record points member to group",
                weight: 0,
                relations: &[("affiliation", 1)],
                member_of: true,
                expected: &["b,a,MEMBER_OF"],
            },
            Row {
                name: "affiliation without record",
                weight: 2,
                relations: &[("affiliation", 1)],
                member_of: false,
                expected: &["a,b,CO_MENTION", "a,b,AFFILIATED_WITH"],
            },
            Row {
                name: "nothing to say",
                weight: 0,
                relations: &[],
                member_of: false,
                expected: &[],
            },
        ];
        for row in rows {
            let mut e = edge("a", "b", row.weight, 1);
            e.relations = row
                .relations
                .iter()
                .map(|(k, v)| (k.to_string(), *v))
                .collect();
            if row.member_of {
                e.affiliation = Some(super::super::schema::AffiliationRecord {
                    member: "b".to_string(),
                    of: "a".to_string(),
                    sources: vec!["gazetteer".to_string(), "text".to_string()],
                });
            }
            let g = graph(
                vec![node("a", "country", 1, 1), node("b", "person", 1, 1)],
                vec![e],
            );
            let (_, edges) = read(&to_neo4j_csv(&g).expect("neo4j csv").edges);
            let got: Vec<String> = edges.iter().map(|r| r[..3].join(",")).collect();
            assert_eq!(got, row.expected, "row {:?}", row.name);
            if row.member_of {
                assert_eq!(edges[0][9], "gazetteer;text", "row {:?}", row.name);
            }
        }
    }

    #[test]
    fn formula_cells_are_defanged_unless_kept() {
        for (cell, defanged) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("Blinken", "Blinken"),
            ("a=b", "a=b"),
            ("", ""),
        ] {
            assert_eq!(defang(cell), defanged, "{cell:?}");
        }
    }

    #[test]
    fn empty_graph_has_headers_only() {
        let g = graph(vec![], vec![]);
        let csv = to_csv(&g).expect("csv");
        let neo4j = to_neo4j_csv(&g).expect("neo4j csv");
        let rows = [
            ("nodes", csv.nodes, NODE_COLUMNS.join(",")),
            ("edges", csv.edges, EDGE_COLUMNS.join(",")),
            ("neo4j nodes", neo4j.nodes, NEO4J_NODE_COLUMNS.join(",")),
            ("neo4j edges", neo4j.edges, NEO4J_EDGE_COLUMNS.join(",")),
        ];
        for (name, got, header) in rows {
            assert_eq!(got, format!("{header}\n"), "table {name}");
        }
    }

    #[test]
    fn deterministic() {
        for g in [tiny(), hostile_graph(), graph(vec![], vec![])] {
            assert_eq!(to_csv(&g).unwrap(), to_csv(&g.clone()).unwrap());
            assert_eq!(to_neo4j_csv(&g).unwrap(), to_neo4j_csv(&g.clone()).unwrap());
        }
    }
}
