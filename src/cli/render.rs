//! `newsgraph render`: draw the whole graph, or the ego graph of an entity, as SVG or DOT.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use clap::ValueEnum;
use newsgraph::export::schema::NodeLinkGraph;
use newsgraph::export::select::{most_central, select, slug, Selection};
use newsgraph::export::{dot, html, svg, write_atomic};
use newsgraph::graph::{KnowledgeGraph, Relation};
use newsgraph::query::find_entity;

use super::{default_graph, load_model, read_wire, restrict_wire, Exit, GazetteerArgs, RangeArgs};

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
    #[arg(long, value_name = "FILE", default_value_os_t = default_graph())]
    pub graph: PathBuf,
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
    /// Only links with at least this co-mention weight.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_weight: u64,
    /// Only links with this relation: co_mention, met or affiliation.
    #[arg(long, value_name = "RELATION")]
    pub relation: Option<Relation>,
    /// The date range counted (default: every document).
    #[command(flatten)]
    pub range: RangeArgs,
    /// Where to write (default out/graph.svg, or out/ego/<slug>.svg with --focus); - for
    /// standard output.
    #[arg(long, short, value_name = "FILE", conflicts_with = "ego_top")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Svg)]
    pub format: Format,
    /// Draw the ego graphs of the N most connected entities (by weighted degree) into
    /// --out-dir, one file each, named by the entity's slug.
    #[arg(long, value_name = "N")]
    pub ego_top: Option<usize>,
    /// Folder for --ego-top and for --focus without -o.
    #[arg(long, value_name = "DIR", default_value = "out/ego")]
    pub out_dir: PathBuf,
    /// Which gazetteer (default: the built-in one).
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Runs `render`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let whole = read_wire(&args.graph)?;
    let range = args.range.range()?;
    let wire = restrict_wire(&whole, &range, &args.graph, args.quiet)?;
    if range.is_restricted() && wire.graph.documents == 0 {
        bail!("nothing to draw: no document is dated {range}");
    }
    let relation = args.relation.map(|r| r.as_str().to_string());
    if let Some(n) = args.ego_top {
        let mut used = std::collections::BTreeSet::new();
        for id in most_central(&wire, n) {
            let mut name = slug(&id);
            let base = name.clone();
            let mut k = 2;
            while !used.insert(name.clone()) {
                name = format!("{base}-{k}");
                k += 1;
            }
            let path = args
                .out_dir
                .join(format!("{name}.{}", args.format.extension()));
            draw(&wire, &args, Some(id), relation.clone(), &path)?;
        }
        return Ok(Exit::Success);
    }
    let focus = match &args.focus {
        Some(query) => {
            // Found in the whole graph, so that an entity outside the range is named.
            let graph =
                KnowledgeGraph::from_node_link(whole.clone(), usize::MAX).with_context(|| {
                    format!("{} is not a valid newsgraph graph", args.graph.display())
                })?;
            let model = load_model(&args.gazetteer)?;
            let id = find_entity(&graph, &model.gazetteer, query)?;
            if !wire.nodes.iter().any(|n| n.id == id) {
                bail!("nothing to draw: no document dated {range} mentions {id}");
            }
            Some(id)
        }
        None => None,
    };
    let path = match (&args.output, &focus) {
        (Some(path), _) => path.clone(),
        (None, Some(id)) => args
            .out_dir
            .join(format!("{}.{}", slug(id), args.format.extension())),
        (None, None) => PathBuf::from(format!("out/graph.{}", args.format.extension())),
    };
    draw(&wire, &args, focus, relation, &path)?;
    Ok(Exit::Success)
}

/// Selects, draws and writes one picture.
fn draw(
    wire: &NodeLinkGraph,
    args: &Args,
    focus: Option<String>,
    relation: Option<String>,
    path: &Path,
) -> anyhow::Result<()> {
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
        min_weight: args.min_weight,
        relation,
    };
    let part = select(wire, &selection);
    if part.nodes.is_empty() && selection.focus.is_none() && !wire.nodes.is_empty() {
        bail!("nothing to draw: no entity is left after --top, --relation and --min-weight");
    }
    let mut caption = caption(&selection, &part, wire);
    let range = args.range.range()?;
    if range.is_restricted() {
        caption.push_str(&format!("; documents dated {range}"));
    }
    let dot_text = dot::to_dot_captioned(&part, &caption, selection.focus.as_deref());
    let (bytes, renderer) = match args.format {
        Format::Dot => (dot_text, None),
        Format::Html => {
            // "all entities" would be wrong once html prunes a big graph; it says so itself.
            let view = html::View {
                caption: (caption != "all entities").then(|| caption.clone()),
                focus: selection.focus.clone(),
            };
            (html::to_html(&part, &view), None)
        }
        Format::Svg => {
            let frame = svg::Frame {
                caption: Some(&caption),
                root: selection.focus.as_deref(),
            };
            let (svg, renderer) = svg::render_svg(&part, &dot_text, &frame)?;
            (svg, Some(renderer))
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
    if !args.quiet && args.format == Format::Html && part.nodes.len() > html::MAX_NODES {
        eprintln!(
            "newsgraph: the page shows the {} most connected of {} entities (a bigger graph is unreadable)",
            html::MAX_NODES,
            part.nodes.len()
        );
    }
    if !args.quiet {
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

/// The line under the title saying what part of the graph is drawn.
fn caption(selection: &Selection, part: &NodeLinkGraph, whole: &NodeLinkGraph) -> String {
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
    if let Some(r) = &selection.relation {
        text.push_str(&format!("; {r} links only"));
    }
    if selection.min_weight > 0 {
        text.push_str(&format!("; weight \u{2265} {}", selection.min_weight));
    }
    text
}
