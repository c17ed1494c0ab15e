//! `newsgraph render`: draw the whole graph, or the ego graph of an entity, as SVG or DOT.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use clap::ValueEnum;
use newsgraph::export::schema::NodeLinkGraph;
use newsgraph::export::svg::SvgOptions;
use newsgraph::export::{cut, dot, html, slug, svg, write_atomic};
use newsgraph::graph::KnowledgeGraph;
use newsgraph::query::find_entity;
use newsgraph::select::{most_central, select, Selection};
use newsgraph::timeline::DayRange;

use super::flags::{svg_options, FilterArgs, GazetteerArgs, GraphArgs, QuietArgs};
use super::Exit;

/// Nodes drawn of a whole graph when `--top` is not given.
pub const DEFAULT_TOP: usize = 20;

/// Neighbours drawn around a focus when `--top` is not given.
pub const DEFAULT_EGO_TOP: usize = 15;

/// What `render` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A picture, drawn by Graphviz `dot` when installed, else by a built-in layout.
    Svg,
    /// Graphviz source.
    Dot,
    /// An offline explorer page: search, neighbours, the evidence of each link, filters.
    Html,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Dot => "dot",
            Self::Html => "html",
        }
    }
}

/// Draw the graph, or the ego graph of one entity, with a legend of types and relations.
///
/// Without --focus, draws the 20 entities with the largest weighted degree (set --top to
/// draw more; a whole co-mention graph is a hairball); --format html shows them all, up to
/// 2,000. With --focus, draws the entity and its 15 strongest neighbours within --depth
/// links.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The graph to read.
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Draw the ego graph of this entity: its canonical name or any alias, any case.
    #[arg(long, value_name = "ENTITY", conflicts_with = "ego_top")]
    pub focus: Option<String>,
    /// With --focus or --ego-top: keep entities at most K links away.
    #[arg(long, value_name = "K", default_value_t = 1)]
    pub depth: usize,
    /// Keep at most N entities: the most connected (default 20), or with --focus the N
    /// strongest neighbours, nearest first (default 15).
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Which links are drawn.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Where to write (default out/graph.svg, or out/ego/<slug>.svg with --focus); - for
    /// standard output.
    #[arg(long, short, value_name = "FILE", conflicts_with = "ego_top")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Svg)]
    pub format: Format,
    /// Draw the ego graphs of the N most connected entities (by weighted degree) into
    /// --out, one file each, named by the entity's slug.
    #[arg(long, value_name = "N")]
    pub ego_top: Option<usize>,
    /// Folder for --ego-top and for --focus without -o.
    #[arg(
        long,
        value_name = "DIR",
        default_value = "out/ego",
        visible_alias = "out-dir"
    )]
    pub out: PathBuf,
    /// Which gazetteer (default: the built-in one).
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    /// Messages.
    #[command(flatten)]
    pub quiet: QuietArgs,
}

/// Runs `render`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let range = args.filter.range()?;
    let (whole, wire) = args.graph.load_with_records()?;
    // Counted over the range; names are found in the whole graph, so that an entity
    // outside the range is named.
    let (part, wire) = if range.is_restricted() {
        let wire = FilterArgs::restrict(&range, wire, &args.graph, args.quiet.quiet)?;
        if wire.graph.documents == 0 {
            bail!("nothing to draw: no document is dated {range}");
        }
        (Some(args.graph.graph_of(wire.clone())?), wire)
    } else {
        (None, wire)
    };
    let graph = part.as_ref().unwrap_or(&whole);
    // Probed once: with --ego-top, every picture is drawn the same way.
    let svg = if args.format == Format::Svg {
        svg_options(&[newsgraph::export::Format::Svg])?
    } else {
        SvgOptions::default()
    };
    let pictures = Pictures {
        graph,
        wire: &wire,
        args: &args,
        range,
        svg,
    };
    if let Some(n) = args.ego_top {
        let mut used = std::collections::BTreeSet::new();
        for id in most_central(graph, n) {
            let mut name = slug(&id);
            let base = name.clone();
            let mut k = 2;
            while !used.insert(name.clone()) {
                name = format!("{base}-{k}");
                k += 1;
            }
            let path = args.out.join(format!("{name}.{}", args.format.extension()));
            pictures.draw(Some(id), &path)?;
        }
        return Ok(Exit::Success);
    }
    let focus = match &args.focus {
        Some(query) => {
            let gazetteer = args.gazetteer.load_entities()?;
            let id = find_entity(&whole, &gazetteer, query)?;
            if graph.node(&id).is_none() {
                bail!("nothing to draw: no document dated {range} mentions {id}");
            }
            Some(id)
        }
        None => None,
    };
    let path = match (&args.output, &focus) {
        (Some(path), _) => path.clone(),
        (None, Some(id)) => args
            .out
            .join(format!("{}.{}", slug(id), args.format.extension())),
        (None, None) => PathBuf::from(format!("out/graph.{}", args.format.extension())),
    };
    pictures.draw(focus, &path)?;
    Ok(Exit::Success)
}

/// What every picture of one run draws from.
struct Pictures<'a> {
    graph: &'a KnowledgeGraph,
    wire: &'a NodeLinkGraph,
    args: &'a Args,
    /// The date range counted.
    range: DayRange,
    svg: SvgOptions,
}

impl Pictures<'_> {
    /// Selects, draws and writes one picture.
    fn draw(&self, focus: Option<String>, path: &Path) -> anyhow::Result<()> {
        let (args, wire) = (self.args, self.wire);
        // An explorer shows a whole graph (pruned to its most connected entities past
        // html::MAX_NODES); a picture only its strongest part.
        let top = match (args.top, &focus, args.format) {
            (Some(top), _, _) => Some(top),
            (None, Some(_), _) => Some(DEFAULT_EGO_TOP),
            (None, None, Format::Html) => None,
            (None, None, _) => Some(DEFAULT_TOP),
        };
        let selection = Selection {
            focus,
            depth: args.depth,
            top,
            filter: args.filter.edge_filter(),
        };
        let chosen = select(self.graph, &selection);
        let part = cut(wire, &chosen);
        if part.nodes.is_empty() && selection.focus.is_none() && !wire.nodes.is_empty() {
            bail!("nothing to draw: no entity is left after --top and the link filters");
        }
        let caption = caption(&selection, &part, wire, &self.range);
        let dot_text = dot::to_dot_captioned(&part, &caption, selection.focus.as_deref());
        let (bytes, renderer) = match args.format {
            Format::Dot => (dot_text, None),
            Format::Html => {
                let shown = html::prune(self.graph, &chosen).map(|most| cut(wire, &most));
                // "all entities" would be wrong once a big graph is pruned; the page
                // says so itself.
                let view = html::View {
                    caption: (caption != "all entities").then(|| caption.clone()),
                    focus: selection.focus.clone(),
                    pruned_from: shown.as_ref().map(|_| part.nodes.len()),
                };
                (html::to_html(shown.as_ref().unwrap_or(&part), &view), None)
            }
            Format::Svg => {
                let frame = svg::Frame {
                    caption: Some(&caption),
                    root: selection.focus.as_deref(),
                    pruned_from: None,
                };
                let svg = svg::render_svg(&part, &dot_text, &frame, &self.svg)?;
                (svg, Some(self.svg.renderer))
            }
        };
        if path == Path::new("-") {
            use std::io::Write;
            std::io::stdout()
                .lock()
                .write_all(bytes.as_bytes())
                .context("cannot write to standard output")?;
        } else {
            write_atomic(path, bytes.as_bytes())
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        if !args.quiet.quiet && args.format == Format::Html && part.nodes.len() > html::MAX_NODES {
            say!(
                "newsgraph: the page shows the {} most connected of {} entities (a bigger graph is unreadable)",
                html::MAX_NODES,
                part.nodes.len()
            );
        }
        if !args.quiet.quiet {
            let by = renderer.map_or(String::new(), |r| format!(", drawn by {r}"));
            say!(
                "newsgraph: wrote {} ({} of {} entities, {} links{by})",
                if path == Path::new("-") {
                    "standard output".to_string()
                } else {
                    path.display().to_string()
                },
                part.nodes.len(),
                wire.nodes.len(),
                part.edges.len(),
            );
        }
        Ok(())
    }
}

/// The line under the title saying what part of the graph is drawn.
fn caption(
    selection: &Selection,
    part: &NodeLinkGraph,
    whole: &NodeLinkGraph,
    range: &DayRange,
) -> String {
    let mut text = match &selection.focus {
        Some(id) => format!(
            "ego graph of {id}, depth {}, at most {} strongest neighbours",
            selection.depth,
            selection.top.unwrap_or(0)
        ),
        None if part.nodes.len() < whole.nodes.len() => format!(
            "the {} most connected of {} entities",
            part.nodes.len(),
            whole.nodes.len()
        ),
        None => "all entities".to_string(),
    };
    let filter = &selection.filter;
    if let Some(r) = filter.relation {
        text.push_str(&format!("; {} links only", r.as_str()));
    }
    if filter.min_weight > 0 {
        text.push_str(&format!("; weight \u{2265} {}", filter.min_weight));
    }
    if filter.min_documents > 0 {
        text.push_str(&format!("; in \u{2265} {} documents", filter.min_documents));
    }
    if range.is_restricted() {
        text.push_str(&format!("; documents dated {range}"));
    }
    text
}
