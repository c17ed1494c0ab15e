//! Writing a graph in many formats at once, as one unit: [`write_formats`].
//!
//! Every file goes to a temporary first and all are renamed only when all were written,
//! under the folder's lock ([`super::output::Staged`]), so a failed run leaves the
//! previous outputs as they were. A graph built in this run streams its JSON straight
//! from the [`KnowledgeGraph`]; the wire form is made only when another format needs it.
//! What the run decided for the reader (an SVG pruned to its most connected entities,
//! which engine drew it) comes back as notes, for the caller to print.

use std::cell::OnceCell;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::csv::CsvOptions;
use super::output::Staged;
use super::schema::NodeLinkGraph;
use super::svg::{Frame, SvgOptions};
use super::{cut, dot, html, json, render, ExportError, Format, RenderOptions, Rendered};
use crate::graph::select::{select, Selection};
use crate::graph::KnowledgeGraph;

/// Entities drawn in `graph.svg`: a bigger graph is a hairball, so the SVG shows its
/// most connected entities (`newsgraph render` draws other views).
pub const SVG_MAX_NODES: usize = 60;

/// The graph to write: built in this run, or loaded from a `graph.json`.
#[derive(Debug, Clone, Copy)]
pub enum GraphSource<'g> {
    /// Built: its JSON is streamed from it, its wire form made only if another format needs it.
    Built(&'g KnowledgeGraph),
    /// Loaded from a file: the graph (for choosing what to draw) and the file's records
    /// (written as they were read).
    Loaded(&'g KnowledgeGraph, &'g NodeLinkGraph),
}

impl<'g> GraphSource<'g> {
    /// The graph, for questions.
    pub fn graph(self) -> &'g KnowledgeGraph {
        match self {
            GraphSource::Built(graph) | GraphSource::Loaded(graph, _) => graph,
        }
    }
}

/// Where [`write_formats`] writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// Files in this folder (created if missing).
    Folder(PathBuf),
    /// The one file of a single-file format, to standard output.
    Stdout,
}

impl Destination {
    /// A folder, or standard output for `-`.
    pub fn from_path(path: &Path) -> Destination {
        if path == Path::new("-") {
            Destination::Stdout
        } else {
            Destination::Folder(path.to_path_buf())
        }
    }

    /// Checks that `formats` fit here, before anything is built: standard output takes
    /// the one file of a single single-file format.
    ///
    /// # Errors
    /// [`WriteError::NotOneFile`].
    pub fn check(&self, formats: &[Format]) -> Result<(), WriteError> {
        let one_file = match formats {
            [first, rest @ ..] => rest.iter().all(|f| f == first),
            [] => false,
        };
        match self {
            Destination::Stdout
                if !one_file
                    || matches!(formats[0], Format::Csv | Format::Neo4j | Format::Parquet) =>
            {
                Err(WriteError::NotOneFile)
            }
            _ => Ok(()),
        }
    }
}

/// How [`write_formats`] writes.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions {
    /// CSV cells: formulas defanged or kept.
    pub csv: CsvOptions,
    /// How SVG is drawn.
    pub svg: SvgOptions,
    /// The folder holds one graph: writing `graph.json.gz` without `graph.json` removes
    /// a `graph.json` left there (a regular file, by an earlier build), and the other way
    /// round, on commit, under the folder's lock. Otherwise a reader naming the other
    /// form (a script's `--graph out/graph.json`) would silently read an older graph.
    /// `build` sets it; `export`, which writes a graph it read, does not.
    pub one_graph: bool,
}

/// What [`write_formats`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// The paths written (or "standard output").
    pub files: Vec<String>,
    /// What the reader should know about them, one sentence each.
    pub notes: Vec<String>,
}

/// Why [`write_formats`] wrote nothing.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    /// Standard output takes one file, and more formats (or a two-file one) were asked.
    #[error(
        "--out - writes one file to standard output: choose one format of json, json.gz, \
         dot, svg, graphml, html or gexf (csv and neo4j write two files each, parquet three)"
    )]
    NotOneFile,
    /// The folder could not be prepared or committed.
    #[error("cannot write into {}", .path.display())]
    Folder {
        /// The folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A file could not be written.
    #[error("cannot write {}", .path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Standard output could not be written.
    #[error("cannot write to standard output")]
    Stdout(#[source] std::io::Error),
    /// A format could not be drawn or made.
    #[error(transparent)]
    Export(#[from] ExportError),
}

/// Where the files go while they are written.
enum Sink {
    Folder(Staged),
    Stdout,
}

impl Sink {
    fn write(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<String, WriteError> {
        match self {
            Sink::Folder(staged) => {
                let path = staged.dir().join(name);
                match staged.write(name, write) {
                    Ok(_) => Ok(path.display().to_string()),
                    Err(source) => Err(WriteError::File { path, source }),
                }
            }
            Sink::Stdout => {
                let stdout = std::io::stdout();
                let mut out = std::io::BufWriter::new(stdout.lock());
                write(&mut out)
                    .and_then(|()| out.flush())
                    .map_err(WriteError::Stdout)?;
                Ok("standard output".to_string())
            }
        }
    }
}

/// Writes each format's files to `destination` as one unit (see the module docs).
/// `strength` gives the width of an edge in DOT and SVG from its endpoints' ids (an
/// association measure); without it, widths follow the weights.
///
/// # Errors
/// [`WriteError`]: standard output asked to take more than one file, a folder or file
/// that cannot be written, an SVG that cannot be drawn. Nothing is written then.
pub fn write_formats(
    formats: &[Format],
    source: GraphSource<'_>,
    strength: Option<dot::EdgeStrength<'_>>,
    destination: &Destination,
    options: &WriteOptions,
) -> Result<Written, WriteError> {
    let mut formats = formats.to_vec();
    formats.sort();
    formats.dedup();
    let mut sink = match destination {
        Destination::Stdout => {
            destination.check(&formats)?;
            Sink::Stdout
        }
        Destination::Folder(out) => {
            Sink::Folder(Staged::begin(out).map_err(|source| WriteError::Folder {
                path: out.clone(),
                source,
            })?)
        }
    };
    let mut written = Written::default();
    if let (true, Sink::Folder(staged)) = (options.one_graph, &mut sink) {
        let json = formats.contains(&Format::Json);
        let gz = formats.contains(&Format::JsonGz);
        if json != gz {
            let stale = if gz {
                json::PLAIN_GRAPH_FILE
            } else {
                json::GRAPH_FILE
            };
            staged.remove_on_commit(stale);
        }
    }
    let whole_dot = OnceCell::new();
    let made = OnceCell::new();
    let outline = OnceCell::new();
    let render_options = RenderOptions {
        csv: options.csv,
        svg: options.svg,
    };
    let draw = |part: &NodeLinkGraph| {
        let strengths: Option<Vec<f64>> = strength.map(|strength| {
            part.edges
                .iter()
                .map(|e| strength(&e.source, &e.target))
                .collect()
        });
        dot::to_dot_with(part, strengths.as_deref())
    };
    for format in formats {
        if let (Format::Dot, GraphSource::Built(graph)) = (format, source) {
            // Streamed, a batch of edges at a time: the whole graph's DOT text is as big
            // as the graph, and its records and structures many times more.
            let name = sink.write(dot::GRAPH_FILE, |file| {
                dot::write_dot(graph, strength, file)
            })?;
            written.files.push(name);
            continue;
        }
        if format == Format::Json {
            let name = match source {
                GraphSource::Built(graph) => {
                    sink.write(json::PLAIN_GRAPH_FILE, |file| graph.write_json(file))?
                }
                GraphSource::Loaded(_, wire) => {
                    sink.write(json::PLAIN_GRAPH_FILE, |file| json::write_json(wire, file))?
                }
            };
            written.files.push(name);
            continue;
        }
        if format == Format::JsonGz {
            // Streamed like graph.json, through the parallel compressor.
            let name = sink.write(json::GRAPH_FILE, |file| {
                let mut gz = super::gz::ParallelGz::new(file);
                match source {
                    GraphSource::Built(graph) => graph.write_json(&mut gz)?,
                    GraphSource::Loaded(_, wire) => json::write_json(wire, &mut gz)?,
                }
                gz.finish().map(drop)
            })?;
            written.files.push(name);
            continue;
        }
        let drawing = matches!(format, Format::Dot | Format::Svg);
        let wire = match source {
            // A drawing reads no evidence: the outline is a small part of a big graph.
            GraphSource::Built(graph) if drawing => made
                .get()
                .unwrap_or_else(|| outline.get_or_init(|| graph.to_node_link_outline())),
            GraphSource::Built(graph) => made.get_or_init(|| graph.to_node_link()),
            GraphSource::Loaded(_, wire) => wire,
        };
        let (part, part_dot, pruned);
        let mut frame = Frame::default();
        let (graph, dot_text): (&NodeLinkGraph, &str) = if format == Format::Svg
            && wire.nodes.len() > SVG_MAX_NODES
        {
            part = cut(
                wire,
                &select(
                    source.graph(),
                    &Selection {
                        top: Some(SVG_MAX_NODES),
                        ..Selection::default()
                    },
                ),
            );
            written.notes.push(format!(
                "graph.svg draws the {SVG_MAX_NODES} most connected of {} entities \
                     (newsgraph render draws other views)",
                wire.nodes.len()
            ));
            part_dot = draw(&part);
            pruned = format!(
                "the {} most connected of {} entities",
                part.nodes.len(),
                wire.nodes.len()
            );
            frame.caption = Some(&pruned);
            (&part, &part_dot)
        } else if matches!(format, Format::Dot | Format::Svg) {
            (wire, whole_dot.get_or_init(|| draw(wire)))
        } else if let Some(most) = (format == Format::Html)
            .then(|| html::prune_whole(source.graph()))
            .flatten()
        {
            written.notes.push(format!(
                    "graph.html shows the {} most connected of {} entities (a bigger graph is unreadable)",
                    html::MAX_NODES,
                    wire.nodes.len()
                ));
            part = cut(wire, &most);
            frame.pruned_from = Some(wire.nodes.len());
            part_dot = String::new();
            (&part, &part_dot)
        } else {
            (wire, "")
        };
        let Rendered {
            files,
            binary,
            renderer,
        } = render(format, graph, dot_text, &frame, &render_options)?;
        if let Some(renderer) = renderer {
            written.notes.push(format!("SVG drawn by {renderer}"));
        }
        for (name, bytes) in files {
            written
                .files
                .push(sink.write(name, |file| file.write_all(bytes.as_bytes()))?);
        }
        for (name, bytes) in binary {
            written
                .files
                .push(sink.write(name, |file| file.write_all(&bytes))?);
        }
    }
    if let Sink::Folder(staged) = sink {
        let path = staged.dir().to_path_buf();
        let removed = staged
            .commit()
            .map_err(|source| WriteError::Folder { path, source })?;
        for (stale, failed) in removed {
            written.notes.push(match failed {
                None => format!(
                    "removed {}, a graph left by an earlier run (this one wrote the other form)",
                    stale.display()
                ),
                Some(error) => format!(
                    "warning: could not remove {}, a graph left by an earlier run ({error}): \
                     it is not the graph just written",
                    stale.display()
                ),
            });
        }
    }
    Ok(written)
}
