"""Every chapter notebook runs top to bottom in a Jupyter kernel, as a reader runs it.

The reader's notebook holds nothing of the book's machinery. The test runs it in a fresh
kernel with one cell put in front, which does what the page tests do before page code:
offline data and quick mode (``rnnbook.pages.prepare_runtime(quick=True)``). The first cell
(``%pip install`` of the pinned versions) runs too, as a dry run without a package index: it
must find every pinned version already installed. An English notebook whose code is the
Korean one's is not run twice.
"""
from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from rnnbook import notebooks, pages

SETUP = "from rnnbook.pages import prepare_runtime\nprepare_runtime(quick=True)"
CELL_TIMEOUT_S = 600


def code_cells(notebook) -> list[str]:
    return [cell.source for cell in notebook.cells if cell.cell_type == "code"]


def run(notebook: notebooks.Notebook, workdir) -> None:
    reader = nbformat.reads(notebook.text(), as_version=4)
    prepared = nbformat.reads(notebook.text(), as_version=4)
    prepared.cells.insert(0, nbformat.v4.new_code_cell(SETUP, id="book-setup"))
    client = NotebookClient(
        prepared, timeout=CELL_TIMEOUT_S, kernel_name="python3", allow_errors=False,
        resources={"metadata": {"path": str(workdir)}},
    )
    with client.setup_kernel():
        for index, cell in enumerate(prepared.cells):
            if cell.cell_type != "code":
                continue
            try:
                client.execute_cell(cell, index)
            except CellExecutionError as error:
                where = "the test's setup cell" if index == 0 else f"cell {index} (of {len(reader.cells)})"  # counted from 1
                first_line = cell.source.strip().split("\n")[0]
                pytest.fail(f"{notebook.rel}: {where} failed; it starts `{first_line}`\n{error}", pytrace=False)
    install = "".join(output.get("text", "") for output in prepared.cells[1].outputs)
    assert "Would install" not in install and "ERROR" not in install, (
        f"{notebook.rel}: the first cell's pinned versions are not the installed ones:\n{install}")


@pytest.mark.parametrize("notebook", notebooks.chapter_notebooks(), ids=lambda n: n.file_name)
def test_notebook_runs_top_to_bottom(notebook, tmp_path, monkeypatch):
    monkeypatch.setenv("PIP_NO_INDEX", "1")  # the install cell resolves against what is installed
    monkeypatch.setenv("PIP_DRY_RUN", "1")  # and installs nothing
    if notebook.lang != pages.DEFAULT_LANG:
        korean = notebook.twin(pages.DEFAULT_LANG)
        mine, theirs = (nbformat.reads(nb.text(), as_version=4) for nb in (notebook, korean))
        if code_cells(mine)[2:] == code_cells(theirs)[2:]:  # past the install and oneDNN cells
            return  # the same code as the Korean notebook, which runs in its own test
    run(notebook, tmp_path)


class _Broken:
    rel = "docs/notebooks/broken.ipynb"

    @staticmethod
    def text() -> str:
        notebook = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                     "language": "python"}})
        notebook.cells = [nbformat.v4.new_code_cell("print('installed')"), nbformat.v4.new_markdown_cell("# Title"),
                          nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell("1 / 0")]
        return nbformat.writes(notebook)


def test_a_failing_cell_is_named(tmp_path):
    with pytest.raises(pytest.fail.Exception) as failure:
        run(_Broken(), tmp_path)
    message = str(failure.value)
    assert "docs/notebooks/broken.ipynb: cell 4 (of 4) failed; it starts `1 / 0`" in message
    assert "ZeroDivisionError" in message
