"""examples/explore.ipynb executed top to bottom with nbclient, in the venv that holds the
newsgraph wheel (the notebook imports the package), and its outputs checked against the
CLI's graph.json: the counts it prints, Blinken's meetings, the path, and the plot as an
inline image (a plot sent to a non-interactive backend shows nothing). Run by
tests/client/python.sh (`make test-python`) with NEWSGRAPH_BIN (the CLI) set."""

import json
import os
import subprocess
from pathlib import Path

import nbclient
import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "examples" / "explore.ipynb"
BIN = os.environ["NEWSGRAPH_BIN"]


@pytest.fixture(scope="module")
def wire(tmp_path_factory):
    """The CLI's graph.json of the sample corpus."""
    out = tmp_path_factory.mktemp("cli")
    subprocess.run([BIN, "build", str(ROOT / "corpus"), "--out", str(out), "--format", "json", "--quiet"], check=True)
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def executed():
    """The notebook after running every cell from the repository root (nbclient raises
    CellExecutionError, with the cell's traceback, on the first failing cell)."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    )
    client.execute()
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def text_of(cell):
    """Everything a cell printed or displayed, as text (HTML tables included)."""
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out["text"])
        data = out.get("data", {})
        parts.append(data.get("text/html", data.get("text/plain", "")))
    return "".join(parts)


def cell_with(cells, source):
    matches = [c for c in cells if source in c.source]
    assert len(matches) == 1, f"one code cell should contain {source!r}"
    return matches[0]


def test_every_cell_runs_with_the_package(executed):
    assert all(c.execution_count is not None for c in executed)
    assert not [out for c in executed for out in c.outputs if out.output_type == "error"]
    assert "import newsgraph" in executed[0].source and "newsgraph.build(" in executed[0].source


def test_it_prints_the_counts_of_the_cli_graph(executed, wire):
    printed = text_of(executed[0])
    assert f"{len(wire['nodes'])} entities, {len(wire['edges'])} links" in printed
    assert f"{wire['graph']['documents']} documents" in printed


def test_it_lists_everyone_blinken_met(executed, wire):
    met = {
        e["target"] if e["source"] == "Antony Blinken" else e["source"]
        for e in wire["edges"]
        if "Antony Blinken" in (e["source"], e["target"]) and e["relations"].get("met", 0) > 0
    }
    assert "Sameh Shoukry" in met
    shown = text_of(cell_with(executed, "meetings = pd.DataFrame("))
    assert [name for name in sorted(met) if name not in shown] == []


def test_it_prints_the_path(executed):
    line = text_of(cell_with(executed, "g.path(")).strip()
    assert line.startswith("Sameh Shoukry -> ") and line.endswith(" -> Gaza Strip")


def test_the_plot_appears_inline(executed):
    plot = cell_with(executed, "plt.show()")
    assert any("image/png" in out.get("data", {}) for out in plot.outputs), (
        "the plot shows no image: is it sent to a non-interactive backend?"
    )
