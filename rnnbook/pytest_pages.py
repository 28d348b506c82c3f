"""Collect every code block of every page in docs/ as a test, run like a notebook.

Each Markdown page becomes a test file; each of its code blocks a test item, in page order.
Blocks come from pytest-codeblocks' extractor, with ``--8<--`` includes expanded. A chapter
page's code runs once, as the chapter's notebook in a Jupyter kernel (``rnnbook.execution``,
shared with the notebook test); each block is checked against the cell that ran it. Other
pages run their blocks in-process, in one namespace per page. An English page whose code is
identical to its Korean twin's is not run twice: each of its blocks is checked against the
Korean block that ran. The last item of each page asserts that every fence on the page was
executed or accounted for. Under pytest-xdist a page's items, its twin's and its notebook test
run in one process (``xdist_group``), so that they share one execution.
"""
from __future__ import annotations

import re
import traceback

import pytest

from rnnbook import DOCS, ROOT, execution, notebooks, numbers, outputs, pages

NOTEBOOK_ID = re.compile(r"\[(ch\d\d)-[^\]]*\.ipynb\]$")   # test_notebook_runs_top_to_bottom[ch04-imdb-simplernn.ipynb]
_passed_code: set[str] = set()  # hashes of blocks that ran and passed this session


def pytest_addoption(parser):
    parser.addoption("--full", action="store_true", help="run page code with real epochs and sizes (no quick mode)")


def pytest_configure(config):
    pages.prepare_runtime(quick=not config.getoption("--full"))


def pytest_collect_file(file_path, parent):
    if file_path.suffix == ".md" and DOCS in file_path.parents:
        return PageFile.from_parent(parent, path=file_path)


def pytest_collection_modifyitems(items):
    # Korean pages first, so English twins can refer to the blocks that already ran.
    items.sort(key=lambda item: isinstance(item.parent, PageFile) and item.parent.page.lang != pages.DEFAULT_LANG)


def xdist_group(nodeid: str) -> str:
    """Tests that share a pytest-xdist process: a page, its twin and its notebook test (one execution
    of the chapter); the browser tests (one site build, one Chromium), with the figure tests, which
    draw into the same figure cache as the build; any other test alone."""
    path, _, rest = nodeid.partition("::")
    if path.startswith("tests/browser/") or path == "tests/test_figures.py":
        return "browser"
    if path.startswith("docs/") and path.endswith(".md"):
        return pages.Page(ROOT / path).record
    notebook = NOTEBOOK_ID.search(rest)
    return notebook[1] if notebook else nodeid


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class Grouped(LoadScopeScheduling):   # whole groups to a process, in collection order
        def _split_scope(self, nodeid: str) -> str:
            return xdist_group(nodeid)

    return Grouped(config, log)


class PageFile(pytest.File):
    def collect(self):
        self.page = pages.Page(self.path)
        self.run = None   # started by the first block: a PageRun, or the notebook's execution.Execution
        self.recorded = outputs.by_digest(self.page.record) if self.page.lang == pages.DEFAULT_LANG else {}
        self.accounted = 0
        self.broken_at = None
        found = self.found = pages.blocks(self.page)
        # A chapter's code runs as its notebook; other pages run in-process.
        self.notebook = notebooks.Notebook(self.page) if self.page.chapter else None
        self.cells = None   # the notebook cell of each block, once the notebook ran
        twin = self.page.twin(pages.DEFAULT_LANG)
        by_twin = (
            self.page.lang != pages.DEFAULT_LANG
            and twin.path.exists()
            and [b.code for b in found] == [b.code for b in pages.blocks(twin)]
        )
        for block in found:
            kind = ShellBlock if pages.is_skipped(block) else TwinBlock if by_twin else CodeBlockItem
            yield kind.from_parent(self, name=f"line{block.lineno}", block=block)
        if self.page.lang == pages.DEFAULT_LANG and numbers.spec_path(self.page.record).exists():
            yield PageNumbers.from_parent(self, name="stated-numbers-match-code")
        yield PageComplete.from_parent(self, name="every-fence-accounted-for", fences=pages.count_fences(self.page.text()), blocks=len(found))


class _PageItem(pytest.Item):
    def __init__(self, *, block=None, **kwargs):
        super().__init__(**kwargs)
        self.block = block

    def reportinfo(self):
        return self.path, (self.block.lineno - 1 if self.block else 0), f"{self.parent.page.rel}::{self.name}"

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, pages.BlockError):
            cause = excinfo.value.__cause__
            trace = "".join(traceback.format_exception(cause)[-6:]) if cause else ""
            return f"{excinfo.value}\n{trace}"
        return super().repr_failure(excinfo)


class CodeBlockItem(_PageItem):
    def runtest(self):
        page = self.parent
        if page.broken_at is not None:
            pytest.fail(f"{page.page.rel}:{self.block.lineno}: not run, the block at line {page.broken_at} failed")
        try:
            printed = self.run_in_notebook() if page.notebook else self.run_in_process()
        except Exception:
            page.broken_at = self.block.lineno
            raise
        page.accounted += 1
        _passed_code.add(outputs.digest(self.block.code))
        self.check_recorded_output(printed)

    def run_in_process(self) -> str:
        page = self.parent
        if page.run is None:
            page.run = pages.PageRun(page.page, self.config._tmp_path_factory.mktemp(page.page.stem))
        return page.run.run(self.block)

    def run_in_notebook(self) -> str:
        page, label = self.parent, f"{self.parent.page.rel}:{self.block.lineno}"
        if page.cells is None:
            page.run = execution.once(page.notebook, self.config._tmp_path_factory, quick=not self.config.getoption("--full"))
            blocks = [block for block in page.found if not pages.is_skipped(block)]
            page.cells = dict(zip((b.lineno for b in blocks), page.run.cells_for([b.code for b in blocks])))
        cell = page.cells[self.block.lineno]
        if cell is None:
            pytest.fail(f"{label}: the block is no cell of {page.notebook.rel}")
        if cell.error is not None:
            raise pages.BlockError(f"{label}: code block failed in {page.notebook.rel}:\n{cell.error}")
        if not cell.ran:
            pytest.fail(f"{label}: not run: {page.run.failure}")
        return cell.printed

    def check_recorded_output(self, printed: str) -> None:
        """A block whose output does not depend on training must print what the page shows."""
        chapter = self.parent.page.record
        recorded = self.parent.recorded.get(outputs.digest(self.block.code))
        if recorded is None or recorded["trained"] or recorded.get("standin"):
            return  # no record for this code (the stated-numbers test reports it), trained or stand-in data
        assert printed == recorded["text"], (
            f"{self.parent.page.rel}:{self.block.lineno}: prints something else than the recorded output "
            f"shown on the page; run `python -m rnnbook.record {chapter}`\n"
            f"--- recorded\n{recorded['text']}--- now\n{printed}"
        )


class TwinBlock(_PageItem):
    """A block identical to the one at the same position on the Korean page, which ran."""

    def runtest(self):
        if outputs.digest(self.block.code) not in _passed_code:
            pytest.fail(f"{self.parent.page.rel}:{self.block.lineno}: identical Korean block did not pass")
        self.parent.accounted += 1


class ShellBlock(_PageItem):
    """A shell block marked skip (bash, sh or PowerShell): allowed only for the set-up commands the README documents."""

    def runtest(self):
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        missing = pages.undocumented_commands(self.block, readme)
        assert not missing, f"{self.parent.page.rel}:{self.block.lineno}: not one of the README's commands: {missing}"
        self.parent.accounted += 1


class PageComplete(_PageItem):
    def __init__(self, *, fences: int, blocks: int, **kwargs):
        super().__init__(**kwargs)
        self.fences, self.blocks = fences, blocks

    def runtest(self):
        rel = self.parent.page.rel
        if isinstance(self.parent.run, pages.PageRun):
            self.parent.run.namespace.clear()  # the page is done: free its arrays before the next page
        assert self.blocks == self.fences, f"{rel}: {self.fences} code fences but {self.blocks} collected (check info strings)"
        assert self.parent.accounted == self.fences, f"{rel}: only {self.parent.accounted} of {self.fences} blocks ran"


class PageNumbers(_PageItem):
    def runtest(self):
        chapter = self.parent.page.record
        assert self.parent.accounted, "page code did not run"
        results = numbers.load_results(chapter)
        assert results["code_sha256"] == numbers.code_hash(chapter), (
            f"{chapter}: code changed since its numbers were recorded; run `python -m rnnbook.record {chapter}`"
        )
        spec = numbers.load_spec(chapter)
        assert set(results["values"]) == set(spec), f"{chapter}: recorded keys differ from {chapter}.toml"
        if isinstance(self.parent.run, pages.PageRun):
            now = numbers.untrained_values(chapter, self.parent.run.namespace)
        else:
            run = self.parent.run
            assert run.numbers is not None, f"{chapter}: {run.numbers_error or run.failure}"
            now = run.numbers
        wrong = {k: (now[k], results["values"][k]) for k in now if not numbers.same(now[k], results["values"][k])}
        assert not wrong, f"{chapter}: code now gives (new, recorded) {wrong}"
