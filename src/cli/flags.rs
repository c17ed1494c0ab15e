//! The flag groups commands share (`#[command(flatten)]`), so a flag is defined, named
//! and documented once: the graph read ([`GraphArgs`]), the gazetteer ([`GazetteerArgs`]),
//! the link filters of queries ([`FilterArgs`]), the files written ([`WriteArgs`]), how
//! documents are read ([`ReadArgs`]) and `--quiet` ([`QuietArgs`]); with the parsers of
//! their values and the loaders they feed.
//!
//! Naming, everywhere: `--format` picks what is printed or written, `-o/--output FILE`
//! is one file, `--out DIR` a folder.

use std::path::PathBuf;

use anyhow::Context;
use newsgraph::export::json::read_graph;
use newsgraph::export::schema::NodeLinkGraph;
use newsgraph::export::svg::{
    RendererChoice, SvgError, SvgOptions, DEFAULT_GRAPHVIZ_TIMEOUT_SECS, GRAPHVIZ_TIMEOUT_ENV,
    RENDERER_ENV,
};
use newsgraph::export::Format;
use newsgraph::gazetteer::EntityType;
use newsgraph::graph::{KnowledgeGraph, Relation};
use newsgraph::pipeline::Model;
use newsgraph::query::EdgeFilter;

/// `--graph FILE`: the built graph a command reads.
#[derive(Debug, Clone, clap::Args)]
pub struct GraphArgs {
    /// The graph to read (a graph.json written by `newsgraph build`).
    #[arg(long, value_name = "FILE", default_value = "out/graph.json")]
    pub graph: PathBuf,
}

impl GraphArgs {
    /// Reads the graph file, saying how to build one if it is missing, and checks it as
    /// the query commands do (no duplicate node, no edge to a missing node).
    pub fn read_wire(&self) -> anyhow::Result<NodeLinkGraph> {
        let path = &self.graph;
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

    fn graph_of(&self, wire: NodeLinkGraph) -> anyhow::Result<KnowledgeGraph> {
        KnowledgeGraph::from_node_link(wire, usize::MAX)
            .with_context(|| format!("{} is not a valid newsgraph graph", self.graph.display()))
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
}

/// The link filters of the query commands (`neighbors`, `path`, `top`, `render`).
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
    /// Only links seen on or after this day (YYYY-MM-DD, a real calendar day).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub since: Option<String>,
    /// Only links seen on or before this day (YYYY-MM-DD, a real calendar day).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub until: Option<String>,
}

impl FilterArgs {
    /// The filter the flags describe.
    pub fn edge_filter(&self) -> EdgeFilter {
        EdgeFilter {
            relation: self.relation,
            min_weight: self.min_weight,
            min_documents: self.min_documents,
            since: self.since.clone(),
            until: self.until.clone(),
        }
    }
}

/// `--out DIR` and `--format`: the files `build` and `export` write.
#[derive(Debug, Clone, clap::Args)]
pub struct WriteArgs {
    /// Folder to write to (created if missing); - writes the one file of a single format
    /// (json, dot, svg, graphml or html) to standard output.
    #[arg(long, value_name = "DIR", default_value = "out", short_alias = 'o')]
    pub out: PathBuf,
    /// Write CSV cells that start with = + - @ (or a tab or CR) as they are, instead of
    /// with a ' in front that stops spreadsheets running them as formulas.
    #[arg(long)]
    pub csv_keep_formulas: bool,
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
