"""One execution of a chapter's notebook in a Jupyter kernel, checked by both the page and the notebook tests.

The notebook runs top to bottom in a fresh kernel, as a reader runs it, with one setup cell in
front that does what every test run of page code needs (offline data, quick mode). The result
keeps what each cell printed and, after the last cell, the chapter's untrained numbers as the
kernel computes them. The notebook test asserts that every cell ran; each code block of the
chapter page is checked against the cell that ran its code (its output against the record),
and the stated numbers against the record. So each chapter's code runs once per test process.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from . import numbers

CELL_TIMEOUT_S = 600
# Keras prints a model summary through rich, which in a kernel shows it as HTML, and in colour
# (ipykernel sets FORCE_COLOR); printed as plain text, as in the recording run, it compares with the record.
SETUP = """\
import os, rich.console
rich.console._is_jupyter = lambda: False
os.environ["TTY_COMPATIBLE"] = "0"
from rnnbook.pages import prepare_runtime
prepare_runtime(quick={quick})"""
NUMBERS = "import json\nfrom rnnbook import numbers\nprint(json.dumps(numbers.untrained_values({record!r}, globals())))"
ANSI = re.compile(r"\x1b\[[0-9;]*m")   # the colours of IPython's tracebacks
# The first cell's %pip install resolves against what is installed, and installs nothing.
KERNEL_ENV = {"PIP_NO_INDEX": "1", "PIP_DRY_RUN": "1"}


@dataclass
class Cell:
    source: str
    printed: str = ""   # what the cell wrote to stdout
    ran: bool = False
    error: str | None = None


@dataclass
class Execution:
    rel: str
    cells: list[Cell]                 # the reader's code cells, in order
    failure: str | None = None        # which cell stopped the run, and why
    numbers: dict | None = None       # the untrained numbers after the last cell
    numbers_error: str | None = None

    def cells_for(self, codes: list[str]) -> list[Cell | None]:
        """The cell that ran each of ``codes`` (a page's blocks, in order), matched in order by source."""
        found, rest = [], iter(self.cells)
        for code in codes:
            found.append(next((cell for cell in rest if cell.source == code.rstrip("\n")), None))
        return found


def run(notebook, workdir: Path, quick: bool = True, record: str | None = None) -> Execution:
    """Run ``notebook`` (anything with ``rel`` and ``text()``) in a fresh kernel in ``workdir``.

    With ``record``, the record's untrained numbers are evaluated in the kernel after the last cell.
    """
    prepared = nbformat.reads(notebook.text(), as_version=4)
    total = len(prepared.cells)
    result = Execution(notebook.rel, [Cell(c.source) for c in prepared.cells if c.cell_type == "code"])
    prepared.cells.insert(0, nbformat.v4.new_code_cell(SETUP.format(quick=quick), id="book-setup"))
    client = NotebookClient(prepared, timeout=CELL_TIMEOUT_S, kernel_name="python3", allow_errors=False,
                            resources={"metadata": {"path": str(workdir)}})
    code_cells = iter(result.cells)
    with client.setup_kernel(env={**os.environ, **KERNEL_ENV}):
        for index, cell in enumerate(prepared.cells):
            if cell.cell_type != "code":
                continue
            mine = next(code_cells) if index else None
            try:
                client.execute_cell(cell, index)
            except CellExecutionError as failed:
                error = ANSI.sub("", str(failed))
                where = "the test's setup cell" if mine is None else f"cell {index} (of {total})"  # counted from 1
                first_line = cell.source.strip().split("\n")[0]
                result.failure = f"{notebook.rel}: {where} failed; it starts `{first_line}`\n{error}"
                if mine is not None:
                    mine.error = error
                return result
            if mine is not None:
                mine.ran = True
                mine.printed = "".join(o.get("text", "") for o in cell.outputs
                                       if o.output_type == "stream" and o.name == "stdout")
        if record:
            cell = nbformat.v4.new_code_cell(NUMBERS.format(record=record))
            prepared.cells.append(cell)
            try:
                client.execute_cell(cell, len(prepared.cells) - 1)
                result.numbers = json.loads("".join(o.get("text", "") for o in cell.outputs))
            except CellExecutionError as error:
                result.numbers_error = ANSI.sub("", str(error))
    return result


_runs: dict[tuple[str, bool], Execution] = {}


def once(notebook, tmp_path_factory, quick: bool = True) -> Execution:
    """The notebook's execution in this test process: run on the first request, then reused."""
    key = (notebook.rel, quick)
    if key not in _runs:
        record = notebook.chapter if numbers.spec_path(notebook.chapter).exists() else None
        _runs[key] = run(notebook, tmp_path_factory.mktemp(notebook.page.stem), quick, record)
    return _runs[key]
