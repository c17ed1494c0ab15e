//! `newsgraph._newsgraph`: the Rust half of the Python package.
//!
//! Thin bindings over the `newsgraph` library: a [`PyModel`] analyses and builds, a
//! [`PyGraph`] answers queries and writes the library's own `graph.json` and Parquet
//! bytes. Records cross the boundary as the library's JSON (the `graph.json` wire
//! form), which `newsgraph/__init__.py` turns into Python objects, so the package has
//! no second copy of the format. Library errors become `newsgraph.NewsgraphError`
//! carrying the CLI's messages.

use std::path::PathBuf;

use newsgraph::analysis::{shortest_path, PathCost};
use newsgraph::export::gz;
use newsgraph::export::json::{read_graph, to_json};
use newsgraph::export::parquet::to_parquet;
use newsgraph::export::schema::Provenance;
use newsgraph::export::write_atomic;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::input::gzip::has_gz_extension;
use newsgraph::input::{collect_inputs, parse_day, DateRule, Document, DocumentReader};
use newsgraph::matcher::AnyMention;
use newsgraph::pipeline::{build_graph, Analyzer, BuildOptions, Model};
use newsgraph::query::EdgeFilter;
use newsgraph::relate::Window;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

pyo3::create_exception!(
    _newsgraph,
    NewsgraphError,
    PyException,
    "A newsgraph error: bad input, an invalid gazetteer or graph, a failed write."
);

/// An error's message followed by its causes, as the CLI prints it.
fn chain(e: &dyn std::error::Error) -> String {
    let mut message = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    message
}

/// A `NewsgraphError` saying `context: error`.
fn fail(context: &str, e: &dyn std::error::Error) -> PyErr {
    NewsgraphError::new_err(format!("{context}: {}", chain(e)))
}

/// Document fields as Python passes them: id, text, date, title, URL.
type Fields = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// A gazetteer compiled once, with the options of the graphs it builds.
#[pyclass(name = "Model", module = "newsgraph._newsgraph", frozen)]
struct PyModel {
    model: Model,
    options: BuildOptions,
}

impl PyModel {
    fn empty_graph(&self) -> KnowledgeGraph {
        KnowledgeGraph::new(
            &self.options.window.to_string(),
            self.options.evidence_limit,
        )
    }

    /// Adds the gazetteer's affiliations and the provenance a CLI build records.
    fn finish(&self, mut graph: KnowledgeGraph) -> PyGraph {
        graph.add_gazetteer_affiliations(&self.model.gazetteer);
        graph.set_provenance(Provenance {
            gazetteer: Some(self.model.gazetteer.fingerprint()),
            ..Provenance::default()
        });
        PyGraph { graph }
    }

    /// The graph of `documents` in order, on this thread, without the gazetteer's
    /// affiliations (added once, by [`PyModel::finish`], as `build` does); documents
    /// outside the date range are left out.
    fn partial(&self, documents: impl Iterator<Item = Document>) -> KnowledgeGraph {
        let mut graph = self.empty_graph();
        let mut analyzer = Analyzer::new(&self.model);
        for document in documents {
            if self.options.admits(document.meta.date.as_deref()) {
                let relations = analyzer.relate(&document.meta, &document.text, &self.options);
                graph.add_document(relations, &self.model.gazetteer);
            }
        }
        graph
    }

    /// Reads a partial graph made by [`PyModel::analyze_partial`].
    fn read_partial(&self, bytes: &[u8]) -> PyResult<KnowledgeGraph> {
        let wire = serde_json::from_slice(bytes).map_err(|e| fail("not a partial graph", &e))?;
        KnowledgeGraph::from_node_link(wire, self.options.evidence_limit)
            .map_err(|e| fail("not a partial graph", &e))
    }
}

#[pymethods]
impl PyModel {
    /// `Model(gazetteer=None, no_builtin=False, window="sentence", evidence=5, since=None,
    /// until=None)`: the built-in gazetteer, extended by (or, with `no_builtin`, replaced
    /// by) a gazetteer folder or file.
    #[new]
    #[pyo3(signature = (gazetteer=None, no_builtin=false, window="sentence", evidence=5, since=None, until=None))]
    fn new(
        py: Python<'_>,
        gazetteer: Option<PathBuf>,
        no_builtin: bool,
        window: &str,
        evidence: usize,
        since: Option<String>,
        until: Option<String>,
    ) -> PyResult<PyModel> {
        let window: Window = window.parse().map_err(NewsgraphError::new_err)?;
        let day = |name: &str, value: Option<String>| -> PyResult<Option<String>> {
            value
                .map(|d| parse_day(&d).map_err(|e| NewsgraphError::new_err(format!("{name}: {e}"))))
                .transpose()
        };
        let (since, until) = (day("since", since)?, day("until", until)?);
        let model = match &gazetteer {
            Some(path) => {
                let loaded = py.detach(|| {
                    if no_builtin {
                        Model::load(path)
                    } else {
                        Model::load_extending(path)
                    }
                });
                loaded.map_err(|e| {
                    fail(&format!("cannot load the gazetteer {}", path.display()), &e)
                })?
            }
            None if no_builtin => {
                return Err(NewsgraphError::new_err(
                    "no_builtin=True needs a gazetteer: pass gazetteer=PATH",
                ))
            }
            None => py
                .detach(Model::builtin)
                .map_err(|e| fail("the built-in gazetteer is invalid", &e))?,
        };
        Ok(PyModel {
            model,
            options: BuildOptions {
                window,
                evidence_limit: evidence,
                since,
                until,
            },
        })
    }

    /// The mentions of one text, as JSON (a list of records like `newsgraph mentions`).
    #[pyo3(signature = (text, id=None))]
    fn mentions_json(&self, text: &str, id: Option<&str>) -> String {
        let gazetteer = &self.model.gazetteer;
        let mut analyzer = Analyzer::new(&self.model);
        analyzer.analyze(text);
        let doc = &analyzer.mentions;
        let records: Vec<serde_json::Value> = doc
            .in_text_order()
            .map(|mention| {
                let (entity, candidates): (_, Vec<&str>) = match mention {
                    AnyMention::Resolved(m) => (Some(gazetteer.entity(m.entity)), Vec::new()),
                    AnyMention::Ambiguous(m) => (
                        None,
                        doc.candidates_of(m)
                            .iter()
                            .map(|c| gazetteer.entity(*c).name.as_str())
                            .collect(),
                    ),
                };
                let span = mention.span();
                serde_json::json!({
                    "document": id,
                    "entity": entity.map(|e| e.name.as_str()),
                    "type": entity.map(|e| e.kind.as_str()),
                    "text": &text[span.clone()],
                    "start": span.start,
                    "end": span.end,
                    "sentence": mention.sentence(),
                    "candidates": candidates,
                })
            })
            .collect();
        serde_json::Value::Array(records).to_string()
    }

    /// The graph of one document (co-mentions, meetings, evidence), without the
    /// gazetteer's affiliations, as `graph.json` text.
    #[pyo3(signature = (text, id="document", date=None, title=None, url=None))]
    fn analyze_json(
        &self,
        text: String,
        id: &str,
        date: Option<&str>,
        title: Option<String>,
        url: Option<String>,
    ) -> String {
        let doc = Document::from_fields(id, id.to_string(), text, date, title, url);
        to_json(&self.partial(std::iter::once(doc)).to_node_link())
    }

    /// The partial graph of a batch of documents (tuples of id, text, date, title, url),
    /// as `graph.json` bytes that [`PyModel::finish_partials`] merges: the unit a
    /// distributed engine maps. Returns the bytes and the warnings.
    fn analyze_partial<'py>(
        &self,
        py: Python<'py>,
        documents: Vec<Fields>,
    ) -> (Bound<'py, PyBytes>, Vec<String>) {
        let (json, warnings) = py.detach(|| {
            let documents: Vec<Document> = documents
                .into_iter()
                .map(|(id, text, date, title, url)| {
                    Document::from_fields(&id.clone(), id, text, date.as_deref(), title, url)
                })
                .collect();
            let warnings = documents.iter().flat_map(|d| d.warnings.clone()).collect();
            (
                to_json(&self.partial(documents.into_iter()).to_node_link()),
                warnings,
            )
        });
        (PyBytes::new(py, json.as_bytes()), warnings)
    }

    /// Merges two partial graphs into one (associative and commutative: any reduction
    /// tree gives the same bytes).
    fn merge_partials<'py>(
        &self,
        py: Python<'py>,
        a: &[u8],
        b: &[u8],
    ) -> PyResult<Bound<'py, PyBytes>> {
        let (mut a, b) = (self.read_partial(a)?, self.read_partial(b)?);
        let json = py.detach(|| {
            a.merge(b);
            to_json(&a.to_node_link())
        });
        Ok(PyBytes::new(py, json.as_bytes()))
    }

    /// The graph of partial graphs: merged, with the gazetteer's affiliations and the
    /// provenance of a CLI build, so its `graph.json` is that of `newsgraph build`.
    fn finish_partials(&self, py: Python<'_>, partials: Vec<Vec<u8>>) -> PyResult<PyGraph> {
        let mut graph = self.empty_graph();
        for bytes in &partials {
            let partial = self.read_partial(bytes)?;
            py.detach(|| graph.merge(partial));
        }
        Ok(self.finish(graph))
    }

    /// Builds the graph of files and folders as `newsgraph build` does, on `jobs` threads
    /// (0: all cores). Returns the graph and the problems met (one message each).
    #[pyo3(signature = (paths, jobs=0, date_from=None))]
    fn build_paths(
        &self,
        py: Python<'_>,
        paths: Vec<PathBuf>,
        jobs: usize,
        date_from: Option<&str>,
    ) -> PyResult<(PyGraph, Vec<String>)> {
        let date_rule = date_from
            .map(DateRule::new)
            .transpose()
            .map_err(|e| fail("invalid date_from regular expression", &e))?;
        let inputs = collect_inputs(&paths).map_err(|e| fail("cannot read the inputs", &e))?;
        if inputs.sources.is_empty() && inputs.problems.is_empty() {
            return Err(NewsgraphError::new_err(format!(
                "no documents: the inputs hold no .txt or .jsonl files, plain or .gz ({})",
                paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .map_err(|e| fail("cannot start the worker threads", &e))?;
        let report = py.detach(|| {
            pool.install(|| {
                build_graph(
                    DocumentReader::new(inputs.sources, date_rule),
                    &self.model,
                    &self.options,
                )
            })
        });
        let mut problems: Vec<String> = inputs.problems.into_iter().map(|p| p.message).collect();
        problems.extend(report.problems.into_iter().map(|p| p.message));
        if report.more_problems > 0 {
            problems.push(format!("and {} more problems", report.more_problems));
        }
        Ok((self.finish(report.graph), problems))
    }

    /// Builds the graph of documents given as tuples (id, text, date, title, url), in
    /// order, on all cores. Returns the graph and the warnings.
    fn build_documents(&self, py: Python<'_>, documents: Vec<Fields>) -> (PyGraph, Vec<String>) {
        let report = py.detach(|| {
            let documents = documents.into_iter().map(|(id, text, date, title, url)| {
                Ok(Document::from_fields(
                    &id.clone(),
                    id,
                    text,
                    date.as_deref(),
                    title,
                    url,
                ))
            });
            build_graph(documents, &self.model, &self.options)
        });
        let problems = report.problems.into_iter().map(|p| p.message).collect();
        (self.finish(report.graph), problems)
    }
}

/// One neighbour as `Graph.neighbors` returns it: (id, type, weight, met, documents).
type NeighborRow = (String, String, u64, u64, u64);

/// A graph: built, loaded or merged.
#[pyclass(name = "Graph", module = "newsgraph._newsgraph", frozen)]
struct PyGraph {
    graph: KnowledgeGraph,
}

#[pymethods]
impl PyGraph {
    /// `graph.json` text: the bytes `newsgraph build` writes.
    fn to_json(&self, py: Python<'_>) -> String {
        py.detach(|| {
            let mut bytes = Vec::new();
            self.graph
                .write_json(&mut bytes)
                .expect("writing to memory cannot fail");
            String::from_utf8(bytes).expect("serde_json writes UTF-8")
        })
    }

    /// Writes `graph.json` to `path` atomically; gzip-compressed as `graph.json.gz` of
    /// `newsgraph build --format json.gz` (the same bytes) when the name ends in `.gz`.
    fn write_json(&self, py: Python<'_>, path: PathBuf) -> PyResult<()> {
        let text = self.to_json(py);
        let bytes = if has_gz_extension(&path) {
            py.detach(|| gz::compress(text.as_bytes()))
        } else {
            text.into_bytes()
        };
        write_atomic(&path, &bytes)
            .map_err(|e| fail(&format!("cannot write {}", path.display()), &e))
    }

    /// The Parquet tables of `build --formats parquet`: nodes, edges, evidence bytes.
    fn parquet<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(
        Bound<'py, PyBytes>,
        Bound<'py, PyBytes>,
        Bound<'py, PyBytes>,
    )> {
        let tables = py
            .detach(|| to_parquet(&self.graph.to_node_link()))
            .map_err(|e| fail("cannot write Parquet", &e))?;
        Ok((
            PyBytes::new(py, &tables.nodes),
            PyBytes::new(py, &tables.edges),
            PyBytes::new(py, &tables.evidence),
        ))
    }

    /// The neighbours of an entity: (id, type, weight, met, documents), strongest
    /// first. Raises when the entity is not in the graph.
    fn neighbors(&self, id: &str) -> PyResult<Vec<NeighborRow>> {
        let neighbours = self.graph.neighbors(id).ok_or_else(|| {
            NewsgraphError::new_err(format!("{id:?} is not an entity of this graph"))
        })?;
        let mut rows: Vec<_> = neighbours
            .iter()
            .map(|n| {
                (
                    n.node.id.clone(),
                    n.node.kind.as_str().to_string(),
                    n.edge.weight(),
                    n.edge.met(),
                    n.edge.documents(),
                )
            })
            .collect();
        rows.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        Ok(rows)
    }

    /// The fewest-hops path between two entities, as the ids along it (both ends
    /// included); `None` when no path joins them. Raises for an unknown entity.
    fn path(&self, from: &str, to: &str) -> PyResult<Option<Vec<String>>> {
        for id in [from, to] {
            if self.graph.node(id).is_none() {
                return Err(NewsgraphError::new_err(format!(
                    "{id:?} is not an entity of this graph"
                )));
            }
        }
        let hops = shortest_path(
            &self.graph,
            from,
            to,
            PathCost::Hops,
            &EdgeFilter::default(),
        );
        Ok(hops.map(|hops| {
            std::iter::once(from.to_string())
                .chain(hops.iter().map(|h| h.to.to_string()))
                .collect()
        }))
    }

    /// Entities in the graph.
    fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Links in the graph.
    fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Documents read.
    fn documents(&self) -> u64 {
        self.graph.documents()
    }
}

/// Reads a `graph.json` or `graph.json.gz` (keeping the evidence it holds); a name that
/// does not exist is read in its other form ([`read_graph`]).
#[pyfunction]
fn load(py: Python<'_>, path: PathBuf) -> PyResult<PyGraph> {
    let wire = py
        .detach(|| read_graph(&path))
        .map_err(|e| NewsgraphError::new_err(chain(&e)))?;
    let limit = wire.graph.evidence_limit;
    let graph = KnowledgeGraph::from_node_link(wire, limit).map_err(|e| {
        fail(
            &format!("{} is not a valid newsgraph graph", path.display()),
            &e,
        )
    })?;
    Ok(PyGraph { graph })
}

/// Merges graphs of disjoint shards of a corpus (as `newsgraph merge` does); `model`
/// re-applies its gazetteer's affiliations.
#[pyfunction]
fn merge(model: &PyModel, graphs: Vec<Bound<'_, PyGraph>>) -> PyResult<PyGraph> {
    let mut merged: Option<KnowledgeGraph> = None;
    for graph in &graphs {
        let graph = graph.get().graph.clone();
        match &mut merged {
            None => merged = Some(graph),
            Some(all) => {
                if all.window() != graph.window() {
                    return Err(NewsgraphError::new_err(format!(
                        "a graph was built with window {:?}, the first with {:?}: shards must share their window",
                        graph.window(),
                        all.window()
                    )));
                }
                if all.evidence_limit() != graph.evidence_limit() {
                    return Err(NewsgraphError::new_err(format!(
                        "a graph keeps {} evidence windows per edge, the first {}: the merge would depend on their order",
                        graph.evidence_limit(),
                        all.evidence_limit()
                    )));
                }
                all.merge(graph);
            }
        }
    }
    let merged = merged.ok_or_else(|| NewsgraphError::new_err("no graphs to merge"))?;
    Ok(model.finish(merged))
}

/// The Rust half of the `newsgraph` package.
#[pymodule]
fn _newsgraph(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyModel>()?;
    m.add_class::<PyGraph>()?;
    m.add_function(wrap_pyfunction!(load, m)?)?;
    m.add_function(wrap_pyfunction!(merge, m)?)?;
    m.add("NewsgraphError", m.py().get_type::<NewsgraphError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
