"""Code shared by the Python peers of newsgraph (see README.md beside this file).

Loads a newsgraph gazetteer folder, streams a JSON Lines corpus, splits sentences,
builds the co-mention graph with networkx and writes it as node-link JSON.
"""

import argparse
import csv
import inspect
import itertools
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import networkx as nx

# The entity files of a gazetteer folder and the type of their entities.
ENTITY_FILES = {
    "people.tsv": "person",
    "countries.tsv": "country",
    "organizations.tsv": "organization",
    "places.tsv": "place",
}


class Alias:
    """One way of writing an entity's name.

    ``caps_only`` aliases (written entirely in capitals: ``US``, ``PLO``, ``U.S.``) match
    only text written exactly so, as in newsgraph; all others match in any case.
    """

    __slots__ = ("text", "entity", "caps_only")

    def __init__(self, text, entity, caps_only):
        self.text = text
        self.entity = entity
        self.caps_only = caps_only


class Gazetteer:
    def __init__(self):
        self.types = {}  # canonical name -> entity type
        self.aliases = []  # Alias, one per distinct (text, case rule) of each entity
        self.ambiguous = 0  # aliases left out because several entities claim them


def is_caps(alias):
    return alias.upper() == alias and alias.lower() != alias


def load_gazetteer(folder):
    """Load the entity files of a newsgraph gazetteer folder.

    Every entity is matched by its canonical name, its aliases and its demonyms. An
    alias written in capitals also gets its dotted form (``US`` -> ``U.S.``). An alias
    that several entities claim goes to the entity whose canonical name it is, and is
    left out otherwise (newsgraph resolves such aliases per document; the peers don't).
    """
    folder = Path(folder)
    gaz = Gazetteer()
    claims = {}  # match key -> {entity: (alias text, caps_only)}
    found = False
    for filename, etype in ENTITY_FILES.items():
        path = folder / filename
        if not path.is_file():
            continue
        found = True
        with open(path, encoding="utf-8", newline="") as f:
            lines = (line for line in f if line.strip() and not line.startswith("#"))
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
                name = (row.get("name") or "").strip()
                if not name:
                    continue
                if name in gaz.types:
                    raise ValueError(f"{path}: {name!r} is defined twice")
                gaz.types[name] = etype
                forms = [name]
                for column in ("aliases", "demonyms"):
                    forms += (row.get(column) or "").split("|")
                for form in forms:
                    form = " ".join(form.split())
                    if not form:
                        continue
                    variants = [form]
                    if is_caps(form) and form.isalpha() and 2 <= len(form) <= 5:
                        variants.append(".".join(form) + ".")
                    for text in variants:
                        caps = is_caps(text)
                        key = text if caps else text.lower()
                        claims.setdefault(key, {}).setdefault(name, (text, caps))
    if not found:
        raise ValueError(f"{folder}: none of {', '.join(ENTITY_FILES)} found")
    for key, owners in claims.items():
        if len(owners) > 1:
            canonical = [e for e, (text, _) in owners.items() if text == e]
            if len(canonical) != 1:
                gaz.ambiguous += 1
                continue
            owners = {canonical[0]: owners[canonical[0]]}
        (entity, (text, caps)), = owners.items()
        gaz.aliases.append(Alias(text, entity, caps))
    return gaz


def read_corpus(path, limit_bytes=None):
    """Yield the ``text`` of each JSON object of a JSON Lines file, streaming.

    With ``limit_bytes``, stop before the first line that would take the bytes read
    past it. Blank lines are skipped; ``id`` is optional and unused.
    """
    read = 0
    with open(path, "rb") as f:
        for lineno, line in enumerate(f, 1):
            read += len(line)
            if limit_bytes is not None and read > limit_bytes:
                break
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                raise ValueError(f"{path}:{lineno}: not JSON: {e}") from None
            text = obj.get("text") if isinstance(obj, dict) else None
            if not isinstance(text, str):
                raise ValueError(f"{path}:{lineno}: no string field 'text'")
            yield text


# A sentence ends at . ! or ? (and a closing quote or parenthesis) followed by whitespace
# and a capital or an opening quote, and at every line break.
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201D\u2019)]))[^\S\n]+(?=[A-Z\u00C0-\u00DE\"'\u201C\u2018])"
    r"|[^\S\n]*\n\s*"
)


def split_sentences(text):
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


class GraphBuilder:
    """Counts mentions per entity and, per sentence, the pairs of entities it names."""

    def __init__(self, gazetteer):
        self.types = gazetteer.types
        self.mentions = Counter()
        self.pairs = Counter()
        self.documents = 0

    def add_mentions(self, entities):
        self.mentions.update(entities)

    def add_sentence(self, entities):
        """``entities``: the set of distinct entities one sentence mentions."""
        if len(entities) > 1:
            self.pairs.update(itertools.combinations(sorted(entities), 2))

    def graph(self):
        G = nx.Graph()
        G.add_nodes_from(
            (e, {"type": self.types[e], "mentions": n}) for e, n in self.mentions.items()
        )
        G.add_edges_from((u, v, {"weight": w}) for (u, v), w in self.pairs.items())
        return G


def node_link_data(G):
    """``nx.node_link_data`` with the edge key that ``nx.node_link_graph`` reads by default.

    networkx 3.4 and 3.5 wrote and read ``"links"`` by default (with a FutureWarning about
    the switch to ``"edges"``); 3.6 writes and reads ``"edges"``; before 3.4 there is no
    ``edges=`` keyword and the key is ``"links"``.
    """
    params = inspect.signature(nx.node_link_graph).parameters
    if "edges" not in params:
        return nx.node_link_data(G)
    return nx.node_link_data(G, edges=params["edges"].default or "links")


def write_graph(G, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(node_link_data(G), f, ensure_ascii=False)
        f.write("\n")


def parse_args(description):
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--gazetteer", required=True, help="newsgraph gazetteer folder")
    p.add_argument("--corpus", required=True, help="JSON Lines file, one {\"text\": ...} a line")
    p.add_argument("--out", required=True, help="node-link JSON file to write")
    p.add_argument(
        "--limit-bytes",
        type=int,
        default=None,
        metavar="N",
        help="read only the whole lines within the first N bytes of the corpus",
    )
    return p.parse_args()


def run(description, build):
    """Parse the arguments, call ``build(args) -> GraphBuilder``, write the graph and
    print the one-line JSON summary. Errors go to stderr with exit status 1."""
    start = time.perf_counter()
    args = parse_args(description)
    try:
        builder = build(args)
        G = builder.graph()
        write_graph(G, args.out)
    except (OSError, ValueError) as e:
        print(f"{Path(sys.argv[0]).name}: error: {e}", file=sys.stderr)
        sys.exit(1)
    summary = {
        "documents": builder.documents,
        "mentions": sum(builder.mentions.values()),
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "seconds": round(time.perf_counter() - start, 3),
    }
    print(json.dumps(summary))
