"""Executes examples/explore.ipynb from the repository root with nbclient; fails on any error,
and when no cell shows an image (the plot must appear inline, not go to a non-interactive
backend).

Usage: run_notebook.py NOTEBOOK
"""

import sys

import nbclient
import nbformat


def main() -> int:
    path = sys.argv[1]
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": "."}})
    try:
        client.execute()
    except Exception as error:  # nbclient raises CellExecutionError with the traceback
        print(f"FAILED: {path}: {error}", file=sys.stderr)
        print("notebook: 0 passed, 1 failed")
        return 1
    cells = sum(1 for c in notebook.cells if c.cell_type == "code")
    images = sum(
        1
        for c in notebook.cells
        if c.cell_type == "code"
        for out in c.get("outputs", [])
        if "image/png" in out.get("data", {})
    )
    if images == 0:
        print(f"FAILED: {path}: no cell shows an image (is the plot sent to a non-interactive backend?)", file=sys.stderr)
        print(f"notebook: {cells - 1} passed, 1 failed")
        return 1
    print(f"notebook: {cells} passed, 0 failed ({images} inline image)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
