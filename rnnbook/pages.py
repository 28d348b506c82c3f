"""The book's pages as code: find them, expand snippet includes, extract and run code blocks.

Code blocks are extracted with pytest-codeblocks (a test dependency, imported only where
blocks are run); ``--8<--`` includes are expanded with pymdownx.snippets' own
preprocessor, configured as in ``mkdocs.yml``. The site build finds fences with
``fences()``, which needs nothing beyond the base install.
"""
from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pytest_codeblocks import CodeBlock

import markdown
from pymdownx import slugs
from pymdownx.snippets import SnippetExtension

from . import DOCS, ROOT

LANGS = ("ko", "en")
DEFAULT_LANG = "ko"
RUNNABLE = {"python"}
SHELLS = {"bash", "sh", "powershell"}  # skipped set-up commands: Linux and macOS, Windows
FENCE = re.compile(r"^\s*(```+|~~~+)")
FIGURE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
SKIP_MARK = "pytest.mark.skip"
# Heading ids (``mkdocs.yml`` toc): readable in both languages, ``## 패딩과 자르기`` -> ``#패딩과-자르기``,
# where MkDocs' default keeps ASCII only (``#_3``, renumbered whenever a heading is added above).
slugify = slugs.slugify(case="lower")


@dataclass(frozen=True)
class Page:
    path: Path

    @property
    def rel(self) -> str:
        return self.path.relative_to(ROOT).as_posix() if ROOT in self.path.parents else str(self.path)

    @property
    def lang(self) -> str:
        return "en" if self.path.name.endswith(".en.md") else DEFAULT_LANG

    @property
    def stem(self) -> str:
        """Language-neutral name: ``ch02-recurrent-neurons``."""
        return self.path.name.removesuffix(".md").removesuffix(".en")

    @property
    def chapter(self) -> str | None:
        match = re.match(r"(ch\d\d)-", self.stem)
        return match.group(1) if match else None

    @property
    def record(self) -> str:
        """Name of the page's record in results/: its chapter (``ch04``), or its stem for other pages."""
        return self.chapter or self.stem

    @property
    def site_prefix(self) -> str:
        """Folder of the page's language in the built site: ``""`` for Korean, ``"en/"``."""
        return site_prefix(self.lang)

    def figures(self) -> list[tuple[str, str]]:
        """``(alt text, path)`` of every image on the page, in order."""
        return FIGURE.findall(self.text())

    def twin(self, lang: str) -> "Page":
        name = self.stem + (".md" if lang == DEFAULT_LANG else f".{lang}.md")
        return Page(self.path.with_name(name))

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def site_prefix(lang: str) -> str:
    return "" if lang == DEFAULT_LANG else f"{lang}/"


def all_pages(lang: str | None = None) -> list[Page]:
    pages = [Page(p) for p in sorted(DOCS.rglob("*.md"))]
    return [p for p in pages if lang is None or p.lang == lang]


def chapters(lang: str = DEFAULT_LANG) -> list[Page]:
    """The chapter pages of a language, in chapter order."""
    return sorted((page for page in all_pages(lang) if page.chapter), key=lambda page: page.chapter)


def chapter_page(chapter: str, lang: str = DEFAULT_LANG) -> Page:
    """The page whose record is ``chapter``: ``ch04``, or the stem of a page outside the chapters."""
    for page in all_pages(lang):
        if page.record == chapter:
            return page
    raise LookupError(f"No page for {chapter!r} in docs/")


@cache
def _snippets():
    md = markdown.Markdown(extensions=[SnippetExtension(base_path=[str(ROOT)], check_paths=True)])
    return md.preprocessors["snippet"]


def expand(text: str) -> str:
    """Replace ``--8<--`` include lines with the included snippet text."""
    return "\n".join(_snippets().run(text.split("\n")))


@dataclass(frozen=True)
class Fence:
    """A fenced code block as written on a page: 0-based line numbers of its fences."""

    start: int
    end: int
    indent: str
    info: str
    body: str

    @property
    def syntax(self) -> str:
        return self.info.split()[0] if self.info else ""


def fences(text: str) -> list[Fence]:
    """Every fenced code block in Markdown, whatever its info string or fence style."""
    found, lines, opener = [], text.split("\n"), None
    for number, line in enumerate(lines):
        match = FENCE.match(line)
        if not match:
            continue
        marker = match.group(1)
        if opener is None:
            opener = (number, marker, line[:match.start(1)], line[match.end(1):].strip())
        elif marker[0] == opener[1][0] and len(marker) >= len(opener[1]) and not line.strip()[len(marker):]:
            start, _, indent, info = opener
            body = "\n".join(inner.removeprefix(indent) for inner in lines[start + 1:number])
            found.append(Fence(start, number, indent, info, body))
            opener = None
    return found


def count_fences(text: str) -> int:
    return len(fences(text))


def blocks(page: Page) -> list[CodeBlock]:
    """The page's code blocks, in page order, with snippet includes expanded."""
    from pytest_codeblocks import extract_from_buffer

    found = extract_from_buffer(io.StringIO(page.text()))
    for block in found:
        block.code = expand(block.code)
    return found


def is_skipped(block: CodeBlock) -> bool:
    return any(mark.startswith(SKIP_MARK) for mark in block.marks)


def undocumented_commands(block: CodeBlock, readme: str) -> list[str]:
    """What keeps a skipped block off a page: a block that is no shell block, or a command line the README
    does not show. A page shows the README's set-up commands, never commands of its own."""
    if block.syntax not in SHELLS:
        return [f"a skipped {block.syntax or 'untyped'} block"]
    return [line for line in filter(None, map(str.strip, block.code.splitlines())) if line not in readme]


def page_code(page: Page) -> str:
    """All code a page executes, in order: the input of its results' code hash."""
    return "\n".join(b.code for b in blocks(page) if b.syntax in RUNNABLE and not is_skipped(b))


class BlockError(Exception):
    pass


def run_block(page: Page, block: CodeBlock, namespace: dict, workdir: Path) -> str:
    """Execute one block in the page's namespace, in ``workdir``; return what it printed.

    Page code may write files (checkpoints); ``workdir`` keeps them out of the repository.
    """
    label = f"{page.rel}:{block.lineno}"
    if block.syntax not in RUNNABLE:
        raise BlockError(f"{label}: code fence with info string {block.syntax!r} cannot be run")
    out = io.StringIO()
    code = compile(block.code, f"<{label}>", "exec")
    try:
        with contextlib.redirect_stdout(out), contextlib.chdir(workdir):
            exec(code, namespace)
    except Exception as error:
        raise BlockError(f"{label}: code block failed: {type(error).__name__}: {error}") from error
    return out.getvalue()


_fit_calls = [0]   # calls of keras.Model.fit in this process, counted once prepare_runtime ran


class PageRun:
    """One run of a page's blocks in order, in one namespace, as in a fresh notebook kernel.

    Keras' global state is cleared first, so auto-generated layer names (``sequential``,
    ``dense_1``) count from zero on every page, whatever ran before in the process.
    """

    def __init__(self, page: Page, workdir: Path):
        import keras

        keras.backend.clear_session()
        self.page, self.workdir = page, workdir
        self.namespace: dict = {"__name__": "__main__"}
        self._fits_before = _fit_calls[0]

    def run(self, block: CodeBlock) -> str:
        return run_block(self.page, block, self.namespace, self.workdir)

    @property
    def trained(self) -> bool:
        """Whether page code has called ``fit`` so far: later outputs may depend on training."""
        return _fit_calls[0] > self._fits_before


def _count_fits() -> None:
    import functools

    import keras

    real_fit = keras.Model.fit
    if getattr(real_fit, "_rnnbook_counted", False):
        return

    @functools.wraps(real_fit)
    def fit(self, *args, **kwargs):
        _fit_calls[0] += 1
        return real_fit(self, *args, **kwargs)

    fit._rnnbook_counted = True
    keras.Model.fit = fit


def prepare_runtime(quick: bool) -> None:
    """What every execution of page code needs: quiet TF, offline data, optional quick mode."""
    import os

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
    os.environ.setdefault("MPLBACKEND", "Agg")
    from . import offline_data, quick_mode

    offline_data.use_local_mirror()
    if quick:
        quick_mode.enable()
    _count_fits()
