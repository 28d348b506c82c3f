"""A downloaded notebook runs where a learner runs it: in a fresh virtual environment outside the
repository, with nothing of the book's machinery importable, after installing only what its own
first cell installs (from the package index, for real).

Jupyter and Colab bring a kernel, so the environment gets ``ipykernel`` (at the version the test
extras pin) and nothing else before the notebook runs. One cell is put in after the notebook's
install and oneDNN cells, as the page tests do before page code: it checks that ``rnnbook`` cannot
be imported, then loads the book's offline data and quick mode from this checkout by path and
takes the path away again. Chapter 3 is the one run: it loads IMDB and uses scikit-learn and
matplotlib, and takes seconds.
"""
from __future__ import annotations

import re
import subprocess
import sys
import time
import tomllib

import nbformat
from nbclient import NotebookClient

from rnnbook import ROOT, notebooks, pages

CHAPTER = "ch03"
KERNEL = "fresh-notebook"
SITE = "https://someone.github.io/rnn-book/"   # as the publishing workflow builds it: links and figures absolute
BOOK_SETUP = f"""import importlib.util, sys
assert importlib.util.find_spec("rnnbook") is None, "the book's machinery is importable"
sys.path.insert(0, {str(ROOT)!r})
from rnnbook import offline_data, quick_mode
offline_data.use_local_mirror()
quick_mode.enable()
sys.path.remove({str(ROOT)!r})"""


def pinned_test_extra(name: str) -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return next(r for r in project["optional-dependencies"]["test"] if re.match(rf"{name}==", r))


def test_a_downloaded_notebook_runs_in_a_fresh_environment(tmp_path, monkeypatch):
    notebook = notebooks.Notebook(pages.chapter_page(CHAPTER))
    reader = nbformat.reads(notebook.text(SITE), as_version=4)
    assert reader.cells[0].source.rstrip().split("\n")[-1] == notebooks.install_command()

    venv, work, jupyter = tmp_path / "venv", tmp_path / "work", tmp_path / "jupyter"
    work.mkdir()
    for name in ("VIRTUAL_ENV", "PYTHONPATH", "PIP_NO_INDEX", "PIP_DRY_RUN"):
        monkeypatch.delenv(name, raising=False)
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    pinned_test_extra("ipykernel")], check=True, cwd=work)
    subprocess.run([python, "-m", "ipykernel", "install", "--prefix", str(jupyter), "--name", KERNEL],
                   check=True, capture_output=True, cwd=work)
    monkeypatch.setenv("JUPYTER_PATH", str(jupyter / "share" / "jupyter"))

    prepared = nbformat.reads(notebook.text(SITE), as_version=4)
    prepared.cells.insert(2, nbformat.v4.new_code_cell(BOOK_SETUP, id="book-setup"))
    client = NotebookClient(prepared, timeout=1800, kernel_name=KERNEL, allow_errors=False,
                            resources={"metadata": {"path": str(work)}})
    client.execute()   # raises CellExecutionError, naming the cell, on any error
    installed = "".join(output.get("text", "") for output in prepared.cells[0].outputs)
    print(f"{notebook.file_name}: fresh environment, install and run in {time.monotonic() - started:.0f} s")
    assert "Successfully installed" in installed and "tensorflow-" in installed, installed[-2000:]
    assert str(venv) in subprocess.run([python, "-c", "import tensorflow, sys; print(tensorflow.__file__)"],
                                       capture_output=True, text=True, check=True).stdout
    assert not any((ROOT / name).exists() for name in ("checkpoint.keras",))
