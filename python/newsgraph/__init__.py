"""newsgraph: turn news articles into a knowledge graph of who met whom.

The Python face of the newsgraph Rust library (the same code as the ``newsgraph``
command line, not a wrapper around it)::

    import newsgraph
    g = newsgraph.build("corpus/")          # files and folders, like `newsgraph build`
    g.neighbors("Antony Blinken")[:3]
    G = g.to_networkx()                     # a networkx.Graph
    nodes, edges, evidence = g.to_pandas()  # three DataFrames

``Model`` analyses single texts (``mentions``, ``analyze``) and Arrow record batches
(``analyze_arrow``: partial graphs that ``Model.merge_partials`` combines and
``Model.finish`` turns into the graph ``newsgraph build`` writes, byte for byte: the
unit a distributed engine such as Spark maps and reduces). Errors raise
``NewsgraphError`` with the command line's messages.
"""

from __future__ import annotations

import json
import os
import warnings
from dataclasses import dataclass, field
from typing import Any, Iterable, List, NamedTuple, Optional, Sequence, Union

from . import _newsgraph
from ._newsgraph import NewsgraphError

__all__ = [
    "Analysis",
    "Graph",
    "Mention",
    "Model",
    "Neighbor",
    "NewsgraphError",
    "Tables",
    "build",
    "load",
    "merge",
]
__version__: str = _newsgraph.__version__

PathLike = Union[str, "os.PathLike[str]"]

#: Columns ``Model.analyze_arrow`` reads: ``id`` and ``text`` are required.
DOCUMENT_COLUMNS = ("id", "text", "date", "title", "url")


@dataclass(frozen=True)
class Mention:
    """One mention of a gazetteer entity in a text (byte offsets, as the CLI reports)."""

    document: Optional[str]
    #: Canonical name; ``None`` when the mention is ambiguous (see ``candidates``).
    entity: Optional[str]
    #: ``person``, ``country``, ``organization`` or ``place``; ``None`` when ambiguous.
    type: Optional[str]
    #: The mention as written.
    text: str
    #: Byte offset of its start in the UTF-8 text.
    start: int
    #: Byte offset just past its end.
    end: int
    #: Index of its sentence.
    sentence: int
    #: The entities an ambiguous mention may name.
    candidates: List[str] = field(default_factory=list)


@dataclass(frozen=True)
class Analysis:
    """What one document says: its mentions, and its graph as ``graph.json`` holds it.

    ``edges`` are ``graph.json`` edge records: ``weight`` (co-mention windows),
    ``relations`` (``co_mention``, ``met``), ``meetings`` (``met`` per kind) and
    ``evidence`` (each window with its ``text``, ``document``, ``start``, ``end``,
    ``date``, ``title``, ``url``, ``relation``, ``cue``, ``kind`` and ``planned``:
    resolved from ``graph.json``'s windows table, which holds each window once).
    """

    mentions: List[Mention]
    nodes: List[dict]
    edges: List[dict]

    @property
    def meetings(self) -> List[dict]:
        """The edges whose documents say the two met."""
        return [e for e in self.edges if e.get("relations", {}).get("met", 0) > 0]


def resolved_edges(graph: dict) -> List[dict]:
    """The edges of a ``graph.json`` dict with each evidence record's window and
    document written into it (``graph.json`` names them by position in the graph
    attributes ``evidence_windows`` and ``evidence_documents``)."""
    windows = graph.get("graph", {}).get("evidence_windows", [])
    documents = graph.get("graph", {}).get("evidence_documents", [])
    edges = []
    for edge in graph["edges"]:
        evidence = []
        for ev in edge.get("evidence", []):
            window = windows[ev["window"]]
            document = documents[window["document"]]
            full = {"document": document["id"], "start": window["start"],
                    "end": window["end"], "text": window["text"]}
            full.update({k: document[k] for k in ("date", "title", "url") if k in document})
            full.update({k: v for k, v in ev.items() if k != "window"})
            evidence.append(full)
        edges.append({**edge, "evidence": evidence})
    return edges


class Neighbor(NamedTuple):
    """A neighbour of an entity and the link to it."""

    id: str
    type: str
    #: Co-mention windows.
    weight: int
    #: Windows saying the two met.
    met: int
    #: Documents with such a window.
    documents: int


class Tables(NamedTuple):
    """The Parquet tables of a graph as pandas DataFrames."""

    nodes: Any
    edges: Any
    evidence: Any


class Graph:
    """A knowledge graph: built, loaded from ``graph.json`` or merged."""

    def __init__(self, inner: "_newsgraph.Graph", problems: Sequence[str] = ()) -> None:
        self._inner = inner
        #: Problems met while reading the input (skipped or repaired documents).
        self.problems: List[str] = list(problems)

    def __repr__(self) -> str:
        return (
            f"<newsgraph.Graph: {self.node_count} nodes, {self.edge_count} edges, "
            f"{self.documents} documents>"
        )

    @property
    def node_count(self) -> int:
        """Entities in the graph."""
        return self._inner.node_count()

    @property
    def edge_count(self) -> int:
        """Links in the graph."""
        return self._inner.edge_count()

    @property
    def documents(self) -> int:
        """Documents read."""
        return self._inner.documents()

    def to_json(self) -> str:
        """The ``graph.json`` text, byte for byte what ``newsgraph build`` writes."""
        return self._inner.to_json()

    def to_dict(self) -> dict:
        """``graph.json`` as a dict (networkx node-link form)."""
        return json.loads(self.to_json())

    def write(self, path: PathLike) -> None:
        """Writes ``graph.json`` to ``path`` atomically, gzip-compressed (the bytes of
        ``newsgraph build --format json.gz``) when its name ends in ``.gz``."""
        self._inner.write_json(os.fspath(path))

    def write_parquet(self, folder: PathLike) -> None:
        """Writes ``nodes.parquet``, ``edges.parquet`` and ``evidence.parquet`` (the
        tables of ``newsgraph build --formats parquet``) into ``folder``."""
        folder = os.fspath(folder)
        os.makedirs(folder, exist_ok=True)
        for name, data in zip(("nodes", "edges", "evidence"), self._inner.parquet()):
            path = os.path.join(folder, f"{name}.parquet")
            temporary = path + ".tmp"
            with open(temporary, "wb") as out:
                out.write(data)
            os.replace(temporary, path)

    def neighbors(self, entity: str) -> List[Neighbor]:
        """The entity's neighbours, by co-mention weight (strongest first), then id.

        Raises ``NewsgraphError`` when the entity is not in the graph."""
        return [Neighbor(*row) for row in self._inner.neighbors(entity)]

    def path(self, source: str, target: str) -> Optional[List[str]]:
        """The fewest-hops path between two entities (both included), or ``None``."""
        return self._inner.path(source, target)

    def to_networkx(self):
        """The graph as a ``networkx.Graph``: ``networkx.node_link_graph`` of its
        ``graph.json``, with every attribute (evidence included)."""
        import networkx

        return networkx.node_link_graph(self.to_dict(), edges="edges")

    def to_pandas(self) -> Tables:
        """The nodes, edges and evidence tables (the Parquet tables) as DataFrames."""
        import io

        import pyarrow.parquet as pq

        frames = [pq.read_table(io.BytesIO(data)).to_pandas() for data in self._inner.parquet()]
        return Tables(*frames)


class Model:
    """A gazetteer compiled once, with the options of the graphs it makes.

    ``gazetteer`` adds a folder or file of entities to the built-in ones (as the CLI's
    ``--gazetteer``), or replaces them with ``no_builtin=True``. ``window`` is
    ``sentence``, ``paragraph``, ``document`` or ``tokens:K``; ``evidence`` the windows
    kept per edge; ``since``/``until`` (``YYYY-MM-DD``) leave out documents dated outside.
    """

    def __init__(
        self,
        gazetteer: Optional[PathLike] = None,
        window: str = "sentence",
        evidence: int = 5,
        *,
        no_builtin: bool = False,
        since: Optional[str] = None,
        until: Optional[str] = None,
    ) -> None:
        self.options = dict(
            gazetteer=None if gazetteer is None else os.fspath(gazetteer),
            window=window,
            evidence=evidence,
            no_builtin=no_builtin,
            since=since,
            until=until,
        )
        self._inner = _newsgraph.Model(**self.options)

    def __reduce__(self):
        # Pickled as its options: a Spark or Dask worker compiles its own copy.
        return (_model_from_options, (self.options,))

    def mentions(self, text: str, id: Optional[str] = None) -> List[Mention]:
        """Every mention of a gazetteer entity in ``text``, in order."""
        return [Mention(**m) for m in json.loads(self._inner.mentions_json(text, id))]

    def analyze(
        self,
        text: str,
        id: str = "document",
        date: Optional[str] = None,
        title: Optional[str] = None,
        url: Optional[str] = None,
    ) -> Analysis:
        """Mentions, co-mentions, meetings and evidence of one document."""
        graph = json.loads(self._inner.analyze_json(text, id, date, title, url))
        return Analysis(self.mentions(text, id), graph["nodes"], resolved_edges(graph))

    def analyze_arrow(self, batch):
        """Maps a ``pyarrow.RecordBatch`` of documents (columns ``id``, ``text`` and
        optionally ``date``, ``title``, ``url``) to a one-row batch: ``documents``
        (int64) and ``partial`` (binary, a partial graph for ``merge_partials``)."""
        import pyarrow as pa

        columns = {}
        for name in DOCUMENT_COLUMNS:
            index = batch.schema.get_field_index(name)
            if index >= 0:
                columns[name] = batch.column(index).cast(pa.string()).to_pylist()
            elif name in ("id", "text"):
                raise NewsgraphError(f"the batch has no {name!r} column (it has {batch.schema.names})")
            else:
                columns[name] = [None] * batch.num_rows
        for row, (id, text) in enumerate(zip(columns["id"], columns["text"])):
            if id is None or text is None:
                missing = "id" if id is None else "text"
                raise NewsgraphError(f"row {row} of the batch has no {missing}")
        documents = list(zip(*(columns[name] for name in DOCUMENT_COLUMNS)))
        partial, problems = self._inner.analyze_partial(documents)
        for problem in problems:
            warnings.warn(problem, stacklevel=2)
        return pa.RecordBatch.from_pydict(
            {"documents": [len(documents)], "partial": [partial]},
            schema=partial_schema(),
        )

    def merge_partials(self, a: bytes, b: bytes) -> bytes:
        """Two partial graphs merged into one; any order of merging gives the same bytes."""
        return self._inner.merge_partials(a, b)

    def finish(self, partials: Iterable[bytes]) -> Graph:
        """The graph of partial graphs, with the gazetteer's affiliations: the graph
        ``newsgraph build`` makes of the same documents."""
        return Graph(self._inner.finish_partials(list(partials)))

    def build(
        self,
        source: Union[PathLike, Iterable[Union[PathLike, dict]]],
        jobs: int = 0,
        date_from: Optional[str] = None,
    ) -> Graph:
        """The graph of files and folders (as ``newsgraph build``), or of documents
        given as dicts with ``id`` and ``text`` (and optionally ``date``, ``title``,
        ``url``). ``jobs`` threads (0: all cores); ``date_from`` dates plain files by
        a regular expression over their names. Problems warn and are kept in
        ``Graph.problems``."""
        if isinstance(source, (str, os.PathLike)):
            source = [source]
        items = list(source)
        if items and all(isinstance(item, dict) for item in items):
            documents = []
            for row, item in enumerate(items):
                if "id" not in item or "text" not in item:
                    raise NewsgraphError(f"document {row} has no 'id' or no 'text'")
                documents.append(tuple(
                    None if item.get(name) is None else str(item[name]) for name in DOCUMENT_COLUMNS
                ))
            inner, problems = self._inner.build_documents(documents)
        elif all(isinstance(item, (str, os.PathLike)) for item in items):
            paths = [os.fspath(item) for item in items]
            inner, problems = self._inner.build_paths(paths, jobs, date_from)
        else:
            raise TypeError("build() takes paths, or dicts with 'id' and 'text', not a mix")
        for problem in problems:
            warnings.warn(problem, stacklevel=3)
        return Graph(inner, problems)


def partial_schema():
    """The schema of ``Model.analyze_arrow``'s output (a pyarrow.Schema)."""
    import pyarrow as pa

    return pa.schema([("documents", pa.int64()), ("partial", pa.binary())])


def _model_from_options(options: dict) -> Model:
    return Model(
        options["gazetteer"],
        options["window"],
        options["evidence"],
        no_builtin=options["no_builtin"],
        since=options["since"],
        until=options["until"],
    )


def build(source, *, jobs: int = 0, date_from: Optional[str] = None, **model_options) -> Graph:
    """``Model(**model_options).build(source, jobs, date_from)``: the graph of files,
    folders or documents, as ``newsgraph build`` makes it."""
    return Model(**model_options).build(source, jobs=jobs, date_from=date_from)


def load(path: PathLike) -> Graph:
    """Reads a ``graph.json``, or a ``graph.json.gz`` (gzip-compressed, what
    ``newsgraph build`` writes by default). A name that does not exist is read in its
    other form: ``load("out/graph.json")`` reads ``out/graph.json.gz`` when only that
    exists, and the other way round."""
    return Graph(_newsgraph.load(os.fspath(path)))


def merge(graphs: Sequence[Graph], model: Optional[Model] = None, **model_options) -> Graph:
    """Merges graphs of disjoint shards of a corpus, as ``newsgraph merge`` does (the
    gazetteer's affiliations re-applied from ``model``, else ``Model(**model_options)``)."""
    model = model if model is not None else Model(**model_options)
    return Graph(_newsgraph.merge(model._inner, [g._inner for g in graphs]))
