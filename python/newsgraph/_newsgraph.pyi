"""Type stubs of the compiled half of newsgraph (see ``newsgraph/__init__.py``)."""

from os import PathLike
from typing import List, Optional, Sequence, Tuple, Union

__version__: str

_Path = Union[str, PathLike[str]]
#: id, text, date, title, url.
_Fields = Tuple[str, str, Optional[str], Optional[str], Optional[str]]

class NewsgraphError(Exception):
    """A newsgraph error: bad input, an invalid gazetteer or graph, a failed write."""

class Model:
    """A gazetteer compiled once, with the options of the graphs it builds."""

    def __init__(
        self,
        gazetteer: Optional[_Path] = None,
        no_builtin: bool = False,
        window: str = "sentence",
        evidence: int = 5,
        since: Optional[str] = None,
        until: Optional[str] = None,
    ) -> None: ...
    def mentions_json(self, text: str, id: Optional[str] = None) -> str:
        """The mentions of one text, as a JSON list of records."""
    def analyze_json(
        self,
        text: str,
        id: str = "document",
        date: Optional[str] = None,
        title: Optional[str] = None,
        url: Optional[str] = None,
    ) -> str:
        """The graph of one document, as graph.json text."""
    def analyze_partial(self, documents: Sequence[_Fields]) -> Tuple[bytes, List[str]]:
        """The partial graph of a batch of documents, and the warnings."""
    def merge_partials(self, a: bytes, b: bytes) -> bytes:
        """Two partial graphs merged into one."""
    def finish_partials(self, partials: Sequence[bytes]) -> Graph:
        """The graph of partial graphs, as `newsgraph build` makes it."""
    def build_paths(
        self, paths: Sequence[_Path], jobs: int = 0, date_from: Optional[str] = None
    ) -> Tuple[Graph, List[str]]:
        """The graph of files and folders, and the problems met."""
    def build_documents(self, documents: Sequence[_Fields]) -> Tuple[Graph, List[str]]:
        """The graph of documents, and the warnings."""

class Graph:
    """A graph: built, loaded or merged."""

    def to_json(self) -> str:
        """graph.json text."""
    def write_json(self, path: _Path) -> None:
        """Writes graph.json atomically (gzip-compressed when the name ends in .gz)."""
    def parquet(self) -> Tuple[bytes, bytes, bytes]:
        """nodes.parquet, edges.parquet, evidence.parquet."""
    def neighbors(self, id: str) -> List[Tuple[str, str, int, int, int]]:
        """(id, type, weight, met, documents) of each neighbour, strongest first."""
    def path(self, source: str, target: str) -> Optional[List[str]]:
        """The fewest-hops path, both ends included."""
    def node_count(self) -> int: ...
    def edge_count(self) -> int: ...
    def documents(self) -> int: ...

def load(path: _Path) -> Graph:
    """Reads a graph.json or graph.json.gz (a missing name is read in its other form)."""

def merge(model: Model, graphs: Sequence[Graph]) -> Graph:
    """Merges graphs of disjoint shards."""
