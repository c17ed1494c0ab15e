"""Executes examples/explore.ipynb from the repository root with nbclient; fails on any error.

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
    print(f"notebook: {cells} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
