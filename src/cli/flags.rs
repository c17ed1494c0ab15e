//! The flag groups commands share (`#[command(flatten)]`), so a flag is defined, named
//! and documented once: the graph read ([`GraphArgs`]), the gazetteer ([`GazetteerArgs`]),
//! the link filters of queries and the date range they recount ([`FilterArgs`]), the
//! files written ([`WriteArgs`]), how documents are read ([`ReadArgs`]) and `--quiet`
//! ([`QuietArgs`]); with the parsers of their values and the loaders they feed.
//!
//! Naming, everywhere: `--format` picks what is printed or written, `-o/--output FILE`
//! is one file, `--out DIR` a folder.

use std::path::{Path, PathBuf};

use anyhow::Context;
use newsgraph::export::csv::CsvOptions;
use newsgraph::export::json::{find_graph, other_form, read_graph, GRAPH_FILE};
use newsgraph::export::range::restrict;
use newsgraph::export::schema::NodeLinkGraph;
use newsgraph::export::svg::{
    RendererChoice, SvgError, SvgOptions, DEFAULT_GRAPHVIZ_TIMEOUT_SECS, GRAPHVIZ_TIMEOUT_ENV,
    RENDERER_ENV,
};
use newsgraph::export::{Destination, Format, WriteOptions};
use newsgraph::gazetteer::{EntityType, Gazetteer};
use newsgraph::graph::{KnowledgeGraph, Relation};
use newsgraph::pipeline::Model;
use newsgraph::query::EdgeFilter;
use newsgraph::timeline::{Day, DayRange};

use super::usage;

/// `--graph FILE`: the built graph a command reads.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct GraphArgs {
    /// The graph to read: a graph.json.gz or graph.json written by `newsgraph build`. When
    /// the file named does not exist, its other form is read (graph.json.gz for
    /// graph.json, and the other way round). Default: out/graph.json.gz, what `build`
    /// writes, or out/graph.json when only that exists (the newer when both do).
    #[arg(long, value_name = "FILE")]
    pub graph: Option<PathBuf>,
    /// The file read, once decided ([`GraphArgs::path`]).
    #[arg(skip)]
    resolved: std::sync::OnceLock<PathBuf>,
}

/// The folder whose graph the query commands read without `--graph`.
pub const DEFAULT_GRAPH_DIR: &str = "out";

impl GraphArgs {
    /// The file read: `--graph` as named, or its other form when only that exists
    /// ([`read_graph`]); without `--graph`, the graph of `out/` ([`find_graph`]:
    /// graph.json.gz or graph.json, the newer when both exist). Decided once, so that
    /// every message names the same file.
    pub fn path(&self) -> &Path {
        self.resolved.get_or_init(|| match &self.graph {
            Some(named) if !named.exists() && other_form(named).exists() => other_form(named),
            Some(named) => named.clone(),
            None => find_graph(Path::new(DEFAULT_GRAPH_DIR))
                .unwrap_or_else(|_| Path::new(DEFAULT_GRAPH_DIR).join(GRAPH_FILE)),
        })
    }

    /// Reads the graph file, saying how to build one if it is missing, and checks it as
    /// the query commands do (no duplicate node, no edge to a missing node). A file
    /// named with `--graph` whose other form beside it is newer is read as named, with a
    /// note (it may be an older graph).
    pub fn read_wire(&self) -> anyhow::Result<NodeLinkGraph> {
        let path = self.path();
        if let Some(named) = self.graph.as_deref().filter(|named| *named == path) {
            let other = other_form(named);
            let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
            if let (Some(this), Some(that)) = (modified(named), modified(&other)) {
                if that > this {
                    say!(
                        "newsgraph: note: reading {} as named, though {} beside it is newer",
                        named.display(),
                        other.display()
                    );
                }
            }
        }
        let wire = read_graph(path).with_context(|| {
            let folder = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map_or(".".into(), |p| p.display().to_string());
            format!(
                "cannot load the graph (build it first with `newsgraph build corpus/ --out {folder}`)"
            )
        })?;
        KnowledgeGraph::validate(&wire)
            .with_context(|| format!("{} is not a valid newsgraph graph", path.display()))?;
        Ok(wire)
    }

    /// Loads the graph for questions.
    pub fn load(&self) -> anyhow::Result<KnowledgeGraph> {
        let wire = self.read_wire()?;
        self.graph_of(wire)
    }

    /// Loads the graph for questions, and keeps the file's records to write them again.
    pub fn load_with_records(&self) -> anyhow::Result<(KnowledgeGraph, NodeLinkGraph)> {
        let wire = self.read_wire()?;
        Ok((self.graph_of(wire.clone())?, wire))
    }

    /// A graph read from this file's records (`wire`).
    pub fn graph_of(&self, wire: NodeLinkGraph) -> anyhow::Result<KnowledgeGraph> {
        KnowledgeGraph::from_node_link(wire, usize::MAX)
            .with_context(|| format!("{} is not a valid newsgraph graph", self.path().display()))
    }
}

/// `--gazetteer PATH` and `--no-builtin`: which entities a command knows.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct GazetteerArgs {
    /// Add a gazetteer folder or single file (.tsv, .jsonl, .jsonl.gz) to the built-in
    /// entities: an entity with a built-in name replaces it, and affiliations may name
    /// built-in entities. A folder's meeting-cues.tsv replaces the built-in cues.
    #[arg(long, value_name = "PATH")]
    pub gazetteer: Option<PathBuf>,
    /// Use only the --gazetteer entities, without the built-in ones.
    #[arg(long, requires = "gazetteer")]
    pub no_builtin: bool,
}

impl GazetteerArgs {
    /// Loads the gazetteer the flags name: the built-in one, extended by `--gazetteer
    /// PATH` (a folder, with its meeting cues, or a single file), or that alone with
    /// `--no-builtin`.
    pub fn load(&self) -> anyhow::Result<Model> {
        match &self.gazetteer {
            Some(path) if self.no_builtin => Model::load(path)
                .with_context(|| format!("cannot load the gazetteer {}", path.display())),
            Some(path) => Model::load_extending(path)
                .with_context(|| format!("cannot load the gazetteer {}", path.display())),
            None => Model::builtin().context("the built-in gazetteer is invalid"),
        }
    }

    /// Loads the entities alone, as [`GazetteerArgs::load`] would, without building the
    /// matcher and the cue automata: what the query commands need to find a name (a
    /// quarter of a second less per query, most of `neighbors`' time on a small graph).
    pub fn load_entities(&self) -> anyhow::Result<Gazetteer> {
        let Some(path) = &self.gazetteer else {
            return Gazetteer::builtin().context("the built-in gazetteer is invalid");
        };
        let loaded = if self.no_builtin {
            Gazetteer::load(path)
        } else {
            Gazetteer::builtin().and_then(|base| Gazetteer::load_onto(base, path))
        };
        loaded.with_context(|| format!("cannot load the gazetteer {}", path.display()))
    }
}

/// The link filters of the query commands (`neighbors`, `path`, `top`, `render`), and
/// the date range they count.
///
/// `--since`/`--until` are not a filter: the graph is recounted over the range from its
/// per-day counts ([`newsgraph::export::range::restrict`]) before the other filters apply, so
/// weights, meetings, documents and measures are the range's ([`FilterArgs::graph_in`]).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct FilterArgs {
    /// Only links with this relation: co_mention, met or affiliation.
    #[arg(long, value_name = "RELATION")]
    pub relation: Option<Relation>,
    /// Only links with at least this co-mention weight.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_weight: u64,
    /// Only links seen in at least N documents.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_documents: u64,
    /// Count only documents dated on or after this day (YYYY-MM-DD, a real calendar day):
    /// weights, meetings, documents and measures are recomputed from the per-day counts;
    /// undated documents are left out.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub since: Option<String>,
    /// Count only documents dated on or before this day (YYYY-MM-DD, a real calendar day).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub until: Option<String>,
}

impl FilterArgs {
    /// The link filter the flags describe (the date range is [`FilterArgs::range`]).
    pub fn edge_filter(&self) -> EdgeFilter {
        EdgeFilter {
            relation: self.relation,
            min_weight: self.min_weight,
            min_documents: self.min_documents,
        }
    }

    /// The date range counted (the whole corpus without `--since` and `--until`).
    ///
    /// # Errors
    /// `--since` after `--until` (a [`UsageError`](super::UsageError)).
    pub fn range(&self) -> anyhow::Result<DayRange> {
        // parse_day has checked both are real calendar days.
        let day = |s: &Option<String>| s.as_deref().and_then(Day::parse);
        let range = DayRange {
            since: day(&self.since),
            until: day(&self.until),
        };
        if let (Some(since), Some(until)) = (range.since, range.until) {
            if since > until {
                return Err(usage(format_args!(
                    "--since {since} is after --until {until}: no document could be counted"
                )));
            }
        }
        Ok(range)
    }

    /// `wire` recounted over `range` ([`newsgraph::export::range::restrict`]), with a note on
    /// standard error saying what is counted (unless `quiet`); `graph` names the file in
    /// errors. `wire` itself when the range is the whole corpus.
    ///
    /// # Errors
    /// A graph without per-day counts (written before they were), or with a bad day.
    pub fn restrict(
        range: &DayRange,
        wire: NodeLinkGraph,
        graph: &GraphArgs,
        quiet: bool,
    ) -> anyhow::Result<NodeLinkGraph> {
        if !range.is_restricted() {
            return Ok(wire);
        }
        let part = restrict(&wire, range)
            .with_context(|| format!("cannot read {}", graph.path().display()))?;
        if !quiet {
            say!(
                "newsgraph: counting the {} of {} documents dated {range} (undated documents are left out)",
                part.graph.documents,
                wire.graph.documents
            );
        }
        Ok(part)
    }

    /// The graph `--graph` names, recounted over the range.
    ///
    /// # Errors
    /// As [`GraphArgs::load`], [`FilterArgs::range`] and [`FilterArgs::restrict`].
    pub fn graph_in(&self, graph: &GraphArgs) -> anyhow::Result<Counted> {
        let range = self.range()?;
        if !range.is_restricted() {
            return Ok(Counted {
                whole: graph.load()?,
                part: None,
                range,
            });
        }
        let (whole, wire) = graph.load_with_records()?;
        let part = Self::restrict(&range, wire, graph, false)?;
        Ok(Counted {
            whole,
            part: Some(graph.graph_of(part)?),
            range,
        })
    }
}

/// A graph and its recount over a date range ([`FilterArgs::graph_in`]).
#[derive(Debug)]
pub struct Counted {
    /// The whole graph: names are found in it, so that an entity the range does not
    /// mention has no links in it, rather than no name.
    pub whole: KnowledgeGraph,
    /// The graph recounted over the range; `None` when the range is the whole corpus.
    pub part: Option<KnowledgeGraph>,
    /// The range.
    pub range: DayRange,
}

impl Counted {
    /// The graph questions are answered on: the recount, or the whole graph.
    pub fn counted(&self) -> &KnowledgeGraph {
        self.part.as_ref().unwrap_or(&self.whole)
    }

    /// The graph questions are answered on, the whole one dropped.
    pub fn into_counted(self) -> KnowledgeGraph {
        self.part.unwrap_or(self.whole)
    }
}

/// `--out DIR` and `--format`: the files `build` and `export` write.
#[derive(Debug, Clone, clap::Args)]
pub struct WriteArgs {
    /// Folder to write to (created if missing); - writes the one file of a single format
    /// (json, dot, svg, graphml, html or gexf) to standard output.
    #[arg(long, value_name = "DIR", default_value = "out", short_alias = 'o')]
    pub out: PathBuf,
    /// Write CSV cells that start with = + - @ (or a tab or CR) as they are, instead of
    /// with a ' in front that stops spreadsheets running them as formulas.
    #[arg(long)]
    pub csv_keep_formulas: bool,
}

impl WriteArgs {
    /// What `formats` written by these flags means, checked before anything is built:
    /// the destination takes them (a [`UsageError`](super::UsageError) for `--out -` with several files),
    /// and the SVG renderer the environment names exists.
    ///
    /// # Errors
    /// As said; a bad `NEWSGRAPH_RENDERER` is not a usage error.
    pub fn config(&self, formats: &[Format]) -> anyhow::Result<WriteConfig> {
        let destination = Destination::from_path(&self.out);
        destination.check(formats).map_err(usage)?;
        Ok(WriteConfig {
            formats: formats.to_vec(),
            destination,
            options: WriteOptions {
                csv: CsvOptions {
                    keep_formulas: self.csv_keep_formulas,
                },
                svg: svg_options(formats)?,
                one_graph: false,
            },
        })
    }
}

/// The files a command writes ([`WriteArgs::config`]), as [`write_formats`] takes them.
///
/// [`write_formats`]: newsgraph::export::write_formats
#[derive(Debug, Clone)]
pub struct WriteConfig {
    /// The formats.
    pub formats: Vec<Format>,
    /// A folder or standard output, known to take the formats.
    pub destination: Destination,
    /// CSV cells and the SVG renderer.
    pub options: WriteOptions,
}

/// `--quiet`.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct QuietArgs {
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// How documents are read (`build`, `mentions`, `suggest`).
#[derive(Debug, Clone, clap::Args)]
pub struct ReadArgs {
    /// Skip documents (and JSON Lines records) larger than this, decompressed: bytes, or
    /// a number with K, M or G.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_document_size: u64,
}

/// Parses a `YYYY-MM-DD` argument (`--since`, `--until`): a real calendar day.
pub fn parse_day(s: &str) -> Result<String, String> {
    newsgraph::input::parse_day(s).map_err(|e| e.to_string())
}

/// Parses an entity type (`--type`).
pub fn parse_type(s: &str) -> Result<EntityType, String> {
    EntityType::parse(s)
        .ok_or_else(|| format!("unknown type {s:?}: use person, country, organization or place"))
}

/// Parses a size in bytes (`--max-document-size`): a number with an optional suffix K,
/// M or G (powers of 1024), e.g. `64M`.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, shift) = match t.char_indices().last() {
        Some((at, 'k' | 'K')) => (&t[..at], 10),
        Some((at, 'm' | 'M')) => (&t[..at], 20),
        Some((at, 'g' | 'G')) => (&t[..at], 30),
        _ => (t, 0),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1 << shift))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{s:?} is not a size: use bytes or a number with K, M or G"))
}

/// How SVG is drawn when `formats` include it (else the built-in layout, and nothing is
/// probed), from the environment: `NEWSGRAPH_RENDERER` (`auto`, the default,
/// uses Graphviz when `dot` is on `PATH`; `graphviz`; `builtin`) and
/// `NEWSGRAPH_GRAPHVIZ_TIMEOUT` (seconds, default 300).
pub fn svg_options(formats: &[Format]) -> anyhow::Result<SvgOptions> {
    if !formats.contains(&Format::Svg) {
        return Ok(SvgOptions::default());
    }
    let choice = match std::env::var(RENDERER_ENV) {
        Ok(value) => RendererChoice::parse(Some(&value))?,
        Err(std::env::VarError::NotPresent) => RendererChoice::Auto,
        Err(std::env::VarError::NotUnicode(raw)) => {
            return Err(SvgError::UnknownRenderer(raw.to_string_lossy().into_owned()).into())
        }
    };
    let seconds = std::env::var(GRAPHVIZ_TIMEOUT_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(DEFAULT_GRAPHVIZ_TIMEOUT_SECS);
    Ok(SvgOptions {
        renderer: choice.resolve(),
        graphviz_timeout: std::time::Duration::from_secs(seconds),
    })
}
