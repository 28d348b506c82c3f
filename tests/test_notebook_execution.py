"""Every chapter notebook runs top to bottom in a Jupyter kernel, as a reader runs it.

The reader's notebook holds nothing of the book's machinery. The test runs it in a fresh
kernel with one cell put in front, which does what the page tests do before page code:
offline data and quick mode (``rnnbook.execution``). The first cell (``%pip install`` of the
pinned versions) runs too, as a dry run without a package index: it must find every pinned
version already installed. The run is the one the chapter page's block tests check (the same
process, see ``rnnbook.pytest_pages.xdist_group``). An English notebook whose code is the
Korean one's is not run twice.
"""
from __future__ import annotations

import nbformat
import pytest

from rnnbook import execution, notebooks, pages


def code_cells(notebook) -> list[str]:
    return [cell.source for cell in notebook.cells if cell.cell_type == "code"]


def check(run: execution.Execution) -> None:
    if run.failure:
        pytest.fail(run.failure, pytrace=False)
    install = run.cells[0].printed
    assert "Would install" not in install and "ERROR" not in install, (
        f"{run.rel}: the first cell's pinned versions are not the installed ones:\n{install}")


@pytest.mark.parametrize("notebook", notebooks.chapter_notebooks(), ids=lambda n: n.file_name)
def test_notebook_runs_top_to_bottom(notebook, tmp_path_factory, request):
    if notebook.lang != pages.DEFAULT_LANG:
        korean = notebook.twin(pages.DEFAULT_LANG)
        mine, theirs = (nbformat.reads(nb.text(), as_version=4) for nb in (notebook, korean))
        if code_cells(mine)[2:] == code_cells(theirs)[2:]:  # past the install and oneDNN cells
            return  # the same code as the Korean notebook, which runs in its own test
    check(execution.once(notebook, tmp_path_factory, quick=not request.config.getoption("--full")))


class _Broken:
    rel = "docs/notebooks/broken.ipynb"

    @staticmethod
    def text() -> str:
        notebook = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                     "language": "python"}})
        notebook.cells = [nbformat.v4.new_code_cell("print('installed')"), nbformat.v4.new_markdown_cell("# Title"),
                          nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell("1 / 0"),
                          nbformat.v4.new_code_cell("y = 2")]
        return nbformat.writes(notebook)


def test_a_failing_cell_is_named(tmp_path):
    run = execution.run(_Broken(), tmp_path)
    with pytest.raises(pytest.fail.Exception) as failure:
        check(run)
    message = str(failure.value)
    assert "docs/notebooks/broken.ipynb: cell 4 (of 5) failed; it starts `1 / 0`" in message
    assert "ZeroDivisionError" in message
    assert [(c.ran, c.error is not None) for c in run.cells] == [(True, False), (True, False), (False, True), (False, False)]
    assert run.cells_for(["x = 1\n", "y = 2", "z = 3"]) == [run.cells[1], run.cells[3], None]
