//! Parquet export: `nodes.parquet`, `edges.parquet` and `evidence.parquet`, for DuckDB,
//! pandas, Spark and any data-lake engine.
//!
//! The tables hold what `graph.json` holds, typed, one file per table, written with the
//! `parquet` crate's column API (no Arrow, no compression codec: the files are small
//! next to the corpus, and every reader opens uncompressed Parquet). Rows are in
//! `graph.json` order, so the same graph always gives the same bytes. Counts are
//! `int64`, dates `YYYY-MM-DD` strings, text UTF-8 `STRING`s.
//!
//! `nodes.parquet`, one row per entity:
//!
//! | column         | type                  | value                                       |
//! |----------------|-----------------------|---------------------------------------------|
//! | `id`           | string                | canonical name                              |
//! | `type`         | string                | `person`, `country`, `organization`, `place`|
//! | `mentions`     | int64                 | mentions across the corpus                  |
//! | `documents`    | int64                 | documents mentioning the entity             |
//! | `windows`      | int64                 | windows mentioning the entity               |
//! | `aliases`      | `map<string, int64>`  | surface form -> count                       |
//! | `affiliations` | `list<string>`        | what the entity belongs to                  |
//! | `first_seen`   | string, null if none  | date of the earliest dated mention          |
//! | `last_seen`    | string, null if none  | date of the latest dated mention            |
//!
//! `edges.parquet`, one row per link, sorted by (source, target), `source < target`:
//!
//! | column               | type                 | value                                         |
//! |----------------------|----------------------|-----------------------------------------------|
//! | `source`, `target`   | string               | the two entity ids                            |
//! | `weight`             | int64                | windows mentioning both                       |
//! | `documents`          | int64                | documents with such a window                  |
//! | `co_mention`         | int64                | `relations.co_mention`, 0 when absent         |
//! | `met`                | int64                | `relations.met`, 0 when absent                |
//! | `affiliation`        | int64                | `relations.affiliation`, 0 when absent        |
//! | `meetings`           | map<string, int64>   | `met` per kind of meeting                     |
//! | `affiliation_member` | string, null if none | for an affiliation: the member                |
//! | `affiliation_of`     | string, null if none | for an affiliation: what it belongs to        |
//! | `first_seen`         | string, null if none | date of the earliest dated evidence           |
//! | `last_seen`          | string, null if none | date of the latest dated evidence             |
//! | `source_windows`     | int64                | windows mentioning `source` (for PMI, Dice)   |
//! | `target_windows`     | int64                | windows mentioning `target`                   |
//! | `corpus_windows`     | int64                | windows read in the whole corpus              |
//! | `evidence_count`     | int64                | evidence windows kept (a sample)              |
//!
//! `evidence.parquet`, one row per evidence window kept, edge by edge, earliest first:
//!
//! | column                       | type                 | value                                  |
//! |------------------------------|----------------------|----------------------------------------|
//! | `source`, `target`           | string               | the edge it supports                   |
//! | `rank`                       | int64                | 0 for the edge's earliest window, ...  |
//! | `document`                   | string               | document id                            |
//! | `start`, `end`               | int64                | byte span in the original document     |
//! | `text`                       | string               | the window's text                      |
//! | `source_form`, `target_form` | string, null if none | the two entities as written            |
//! | `relation`                   | string, null if none | `met` when a meeting cue fired         |
//! | `cue`, `kind`, `cameo`       | string, null if none | the meeting's cue, kind and CAMEO code |
//! | `planned`                    | boolean              | the meeting is announced, not held     |
//! | `date`, `title`, `url`       | string, null if none | the document's                         |
//!
//! ```sql
//! -- DuckDB: who met Blinken, most often first
//! SELECT source, target, met FROM 'out/edges.parquet'
//! WHERE met > 0 AND 'Antony Blinken' IN (source, target) ORDER BY met DESC;
//! ```

use std::sync::Arc;

use parquet::data_type::{BoolType, ByteArray, ByteArrayType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

use super::schema::{EdgeRecord, EvidenceRecord, NodeLinkGraph, NodeRecord};

/// The three tables of a Parquet export, each a complete Parquet file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParquetTables {
    /// `nodes.parquet`.
    pub nodes: Vec<u8>,
    /// `edges.parquet`.
    pub edges: Vec<u8>,
    /// `evidence.parquet`.
    pub evidence: Vec<u8>,
}

/// A Parquet table could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {table}.parquet: {source}")]
pub struct ParquetError {
    /// `nodes`, `edges` or `evidence`.
    pub table: &'static str,
    /// What the writer said.
    #[source]
    pub source: parquet::errors::ParquetError,
}

/// Rows written per row group: readers split work by row group.
const ROW_GROUP: usize = 64 * 1024;

const NODES: &str = "message nodes {
  required binary id (STRING);
  required binary type (STRING);
  required int64 mentions;
  required int64 documents;
  required int64 windows;
  required group aliases (MAP) {
    repeated group key_value { required binary key (STRING); required int64 value; }
  }
  required group affiliations (LIST) {
    repeated group list { required binary element (STRING); }
  }
  optional binary first_seen (STRING);
  optional binary last_seen (STRING);
}";

const EDGES: &str = "message edges {
  required binary source (STRING);
  required binary target (STRING);
  required int64 weight;
  required int64 documents;
  required int64 co_mention;
  required int64 met;
  required int64 affiliation;
  required group meetings (MAP) {
    repeated group key_value { required binary key (STRING); required int64 value; }
  }
  optional binary affiliation_member (STRING);
  optional binary affiliation_of (STRING);
  optional binary first_seen (STRING);
  optional binary last_seen (STRING);
  required int64 source_windows;
  required int64 target_windows;
  required int64 corpus_windows;
  required int64 evidence_count;
}";

const EVIDENCE: &str = "message evidence {
  required binary source (STRING);
  required binary target (STRING);
  required int64 rank;
  required binary document (STRING);
  required int64 start;
  required int64 end;
  required binary text (STRING);
  optional binary source_form (STRING);
  optional binary target_form (STRING);
  optional binary relation (STRING);
  optional binary cue (STRING);
  optional binary kind (STRING);
  required boolean planned;
  optional binary cameo (STRING);
  optional binary date (STRING);
  optional binary title (STRING);
  optional binary url (STRING);
}";

/// Renders the three tables (columns in the module docs).
///
/// # Errors
/// The Parquet writer fails (with an in-memory buffer this does not happen in practice);
/// the error names the table.
pub fn to_parquet(graph: &NodeLinkGraph) -> Result<ParquetTables, ParquetError> {
    let windows: std::collections::HashMap<&str, u64> = graph
        .nodes
        .iter()
        .map(|n| (n.id.as_str(), n.windows))
        .collect();
    let node_rows = |table: &mut Table, node: &NodeRecord| {
        table.text(&node.id);
        table.text(&node.kind);
        table.int(node.mentions);
        table.int(node.documents);
        table.int(node.windows);
        table.map(node.aliases.iter().map(|(k, v)| (k.as_str(), *v)));
        table.list(node.affiliations.iter().map(String::as_str));
        table.opt_text(node.first_seen.as_deref());
        table.opt_text(node.last_seen.as_deref());
    };
    let edge_rows = |table: &mut Table, edge: &EdgeRecord| {
        let relation = |name: &str| edge.relations.get(name).copied().unwrap_or(0);
        table.text(&edge.source);
        table.text(&edge.target);
        table.int(edge.weight);
        table.int(edge.documents);
        table.int(relation("co_mention"));
        table.int(relation("met"));
        table.int(relation("affiliation"));
        table.map(edge.meetings.iter().map(|(k, v)| (k.as_str(), *v)));
        table.opt_text(edge.affiliation.as_ref().map(|a| a.member.as_str()));
        table.opt_text(edge.affiliation.as_ref().map(|a| a.of.as_str()));
        table.opt_text(edge.first_seen.as_deref());
        table.opt_text(edge.last_seen.as_deref());
        table.int(windows.get(edge.source.as_str()).copied().unwrap_or(0));
        table.int(windows.get(edge.target.as_str()).copied().unwrap_or(0));
        table.int(graph.graph.windows);
        table.int(edge.evidence.len() as u64);
    };
    let evidence: Vec<(&EdgeRecord, usize, &EvidenceRecord)> = graph
        .edges
        .iter()
        .flat_map(|e| e.evidence.iter().enumerate().map(move |(i, ev)| (e, i, ev)))
        .collect();
    let evidence_rows =
        |table: &mut Table, &(edge, rank, ev): &(&EdgeRecord, usize, &EvidenceRecord)| {
            table.text(&edge.source);
            table.text(&edge.target);
            table.int(rank as u64);
            let window = graph.window(ev);
            let document = window.and_then(|w| graph.document(w));
            table.text(document.map_or("", |d| &*d.id));
            table.int(window.map_or(0, |w| w.start as u64));
            table.int(window.map_or(0, |w| w.end as u64));
            table.text(window.map_or("", |w| &*w.text));
            table.opt_text(ev.forms.first().map(|f| &**f));
            table.opt_text(ev.forms.get(1).map(|f| &**f));
            table.opt_text(ev.relation.as_deref());
            table.opt_text(ev.cue.as_deref());
            table.opt_text(ev.kind.as_deref());
            table.boolean(ev.planned);
            table.opt_text(ev.cameo.as_deref());
            table.opt_text(document.and_then(|d| d.date.as_deref()));
            table.opt_text(document.and_then(|d| d.title.as_deref()));
            table.opt_text(document.and_then(|d| d.url.as_deref()));
        };
    Ok(ParquetTables {
        nodes: write_table("nodes", NODES, &graph.nodes, node_rows)?,
        edges: write_table("edges", EDGES, &graph.edges, edge_rows)?,
        evidence: write_table("evidence", EVIDENCE, &evidence, evidence_rows)?,
    })
}

/// Writes `rows` as one Parquet file of `schema`, `ROW_GROUP` rows per row group;
/// `row` pushes one row's values, column by column in schema order.
fn write_table<T>(
    name: &'static str,
    schema: &str,
    rows: &[T],
    row: impl Fn(&mut Table, &T),
) -> Result<Vec<u8>, ParquetError> {
    let error = |source| ParquetError {
        table: name,
        source,
    };
    let schema = Arc::new(parse_message_type(schema).map_err(error)?);
    let leaves: Vec<(i16, i16, Kind)> = {
        let descriptor = parquet::schema::types::SchemaDescriptor::new(schema.clone());
        descriptor
            .columns()
            .iter()
            .map(|c| {
                let kind = match c.physical_type() {
                    parquet::basic::Type::INT64 => Kind::Int,
                    parquet::basic::Type::BOOLEAN => Kind::Bool,
                    _ => Kind::Text,
                };
                (c.max_def_level(), c.max_rep_level(), kind)
            })
            .collect()
    };
    let properties = Arc::new(WriterProperties::builder().build());
    let mut out = Vec::new();
    let mut writer = SerializedFileWriter::new(&mut out, schema, properties).map_err(error)?;
    for group in rows.chunks(ROW_GROUP) {
        let mut table = Table::new(&leaves);
        for item in group {
            table.next = 0;
            row(&mut table, item);
        }
        let mut group_writer = writer.next_row_group().map_err(error)?;
        for leaf in &table.leaves {
            let Some(mut column) = group_writer.next_column().map_err(error)? else {
                break;
            };
            let def = (leaf.max_def > 0).then_some(leaf.def.as_slice());
            let rep = (leaf.max_rep > 0).then_some(leaf.rep.as_slice());
            match &leaf.values {
                Values::Text(v) => column.typed::<ByteArrayType>().write_batch(v, def, rep),
                Values::Int(v) => column.typed::<Int64Type>().write_batch(v, def, rep),
                Values::Bool(v) => column.typed::<BoolType>().write_batch(v, def, rep),
            }
            .map_err(error)?;
            column.close().map_err(error)?;
        }
        group_writer.close().map_err(error)?;
    }
    writer.close().map_err(error)?;
    Ok(out)
}

/// A leaf column's physical type.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Text,
    Int,
    Bool,
}

/// The values of one leaf column.
enum Values {
    Text(Vec<ByteArray>),
    Int(Vec<i64>),
    Bool(Vec<bool>),
}

/// One leaf column of a row group: values, definition and repetition levels.
struct Leaf {
    values: Values,
    def: Vec<i16>,
    rep: Vec<i16>,
    max_def: i16,
    max_rep: i16,
}

/// A row group being filled row by row: each call fills the next column.
struct Table {
    leaves: Vec<Leaf>,
    next: usize,
}

impl Table {
    fn new(leaves: &[(i16, i16, Kind)]) -> Table {
        let leaves = leaves
            .iter()
            .map(|&(max_def, max_rep, kind)| Leaf {
                values: match kind {
                    Kind::Text => Values::Text(Vec::new()),
                    Kind::Int => Values::Int(Vec::new()),
                    Kind::Bool => Values::Bool(Vec::new()),
                },
                def: Vec::new(),
                rep: Vec::new(),
                max_def,
                max_rep,
            })
            .collect();
        Table { leaves, next: 0 }
    }

    /// The next leaf column.
    fn leaf(&mut self) -> &mut Leaf {
        self.next += 1;
        &mut self.leaves[self.next - 1]
    }

    fn text(&mut self, value: &str) {
        self.opt_text(Some(value));
    }

    fn opt_text(&mut self, value: Option<&str>) {
        let leaf = self.leaf();
        leaf.def.push(i16::from(value.is_some()));
        if let (Some(value), Values::Text(values)) = (value, &mut leaf.values) {
            values.push(ByteArray::from(value.as_bytes().to_vec()));
        }
    }

    fn int(&mut self, value: u64) {
        let leaf = self.leaf();
        if let Values::Int(values) = &mut leaf.values {
            values.push(i64::try_from(value).unwrap_or(i64::MAX));
        }
    }

    fn boolean(&mut self, value: bool) {
        let leaf = self.leaf();
        if let Values::Bool(values) = &mut leaf.values {
            values.push(value);
        }
    }

    /// A required list of strings: two levels, the repeated group and the element.
    fn list<'a>(&mut self, items: impl Iterator<Item = &'a str>) {
        let leaf = self.leaf();
        let mut empty = true;
        for item in items {
            leaf.rep.push(if empty { 0 } else { 1 });
            leaf.def.push(1);
            if let Values::Text(values) = &mut leaf.values {
                values.push(ByteArray::from(item.as_bytes().to_vec()));
            }
            empty = false;
        }
        if empty {
            leaf.rep.push(0);
            leaf.def.push(0);
        }
    }

    /// A required map of string to count: a key leaf and a value leaf with the same levels.
    fn map<'a>(&mut self, entries: impl Iterator<Item = (&'a str, u64)> + Clone) {
        self.list(entries.clone().map(|(k, _)| k));
        let leaf = self.leaf();
        let mut empty = true;
        for (_, count) in entries {
            leaf.rep.push(if empty { 0 } else { 1 });
            leaf.def.push(1);
            if let Values::Int(values) = &mut leaf.values {
                values.push(i64::try_from(count).unwrap_or(i64::MAX));
            }
            empty = false;
        }
        if empty {
            leaf.rep.push(0);
            leaf.def.push(0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    fn sample() -> NodeLinkGraph {
        let text = r#"{"directed":false,"multigraph":false,
          "graph":{"generator":"t","documents":1,"sentences":1,"window":"sentence","windows":7,
            "evidence_documents":[{"id":"d","date":"2024-01-02"},{"id":"e"}],
            "evidence_windows":[{"document":0,"start":0,"end":9,"text":"A phoned B"},
              {"document":1,"start":3,"end":5,"text":"A, B"}]},
          "nodes":[
            {"id":"A","type":"person","mentions":2,"documents":1,"aliases":{"A":1,"Mr A":1},"windows":2,"affiliations":["B"],"first_seen":"2024-01-02"},
            {"id":"B","type":"country","mentions":1,"documents":1,"aliases":{"B":1},"windows":1}],
          "edges":[{"source":"A","target":"B","weight":1,"documents":1,
            "relations":{"co_mention":1,"met":1},"meetings":{"phone":1},
            "evidence":[{"window":0,"forms":["A","B"],
              "relation":"met","cue":"phoned","kind":"phone","cameo":"041"},
              {"window":1}]}]}"#;
        serde_json::from_str(text).unwrap()
    }

    fn rows(bytes: &[u8]) -> Vec<String> {
        let mut file = tempfile::tempfile().unwrap();
        std::io::Write::write_all(&mut file, bytes).unwrap();
        let reader = SerializedFileReader::new(file).unwrap();
        reader
            .get_row_iter(None)
            .unwrap()
            .map(|row| row.unwrap().to_string())
            .collect()
    }

    #[test]
    fn tables_read_back_row_by_row() {
        let tables = to_parquet(&sample()).unwrap();
        let nodes = rows(&tables.nodes);
        assert_eq!(nodes.len(), 2);
        assert_eq!(
            nodes[0],
            r#"{id: "A", type: "person", mentions: 2, documents: 1, windows: 2, aliases: {"A" -> 1, "Mr A" -> 1}, affiliations: ["B"], first_seen: "2024-01-02", last_seen: null}"#
        );
        assert!(
            nodes[1].contains("aliases: {\"B\" -> 1}, affiliations: []"),
            "{}",
            nodes[1]
        );
        let edges = rows(&tables.edges);
        assert_eq!(
            edges[0],
            r#"{source: "A", target: "B", weight: 1, documents: 1, co_mention: 1, met: 1, affiliation: 0, meetings: {"phone" -> 1}, affiliation_member: null, affiliation_of: null, first_seen: null, last_seen: null, source_windows: 2, target_windows: 1, corpus_windows: 7, evidence_count: 2}"#
        );
        let evidence = rows(&tables.evidence);
        assert_eq!(evidence.len(), 2);
        assert!(evidence[0].starts_with(r#"{source: "A", target: "B", rank: 0, document: "d", start: 0, end: 9, text: "A phoned B", source_form: "A", target_form: "B", relation: "met", cue: "phoned", kind: "phone", planned: false, cameo: "041", date: "2024-01-02""#), "{}", evidence[0]);
        assert!(
            evidence[1].contains("rank: 1, document: \"e\""),
            "{}",
            evidence[1]
        );
        assert!(evidence[1].contains("source_form: null"), "{}", evidence[1]);
    }

    #[test]
    fn same_graph_same_bytes_and_empty_graph_has_schema_only() {
        assert_eq!(
            to_parquet(&sample()).unwrap(),
            to_parquet(&sample()).unwrap()
        );
        let mut empty = sample();
        empty.nodes.clear();
        empty.edges.clear();
        let tables = to_parquet(&empty).unwrap();
        assert!(rows(&tables.nodes).is_empty());
        assert!(rows(&tables.evidence).is_empty());
    }
}
