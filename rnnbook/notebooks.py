"""Turn a chapter page into a Jupyter notebook with jupytext (built, never committed)."""
from __future__ import annotations

import re

import jupytext

from . import numbers
from .pages import Page, expand

FIRST_CELL = {
    "ko": "# 이 노트북은 책의 페이지에서 만들어졌습니다. 책과 같은 버전으로 실행하세요.\n"
          "# %pip install tensorflow=={tf} keras=={keras} scikit-learn matplotlib",
    "en": "# This notebook was generated from the book's page. Run it with the book's versions.\n"
          "# %pip install tensorflow=={tf} keras=={keras} scikit-learn matplotlib",
}
ADMONITION = re.compile(r'^(\s*)(?:\?\?\?\+?|!!!)\s+\w+(?:\s+"([^"]*)")?\s*$')
FENCE = re.compile(r"^(\s+)(```.*)$")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)\{?[^}\n]*\}?")


def notebook_name(page: Page) -> str:
    return f"{page.stem}.{page.lang}.ipynb"


def site_path(page: Page) -> str:
    """Where the built site serves the page's notebook, under the language's root."""
    return f"{page.site_prefix}notebooks/{notebook_name(page)}"


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


def to_notebook(page: Page) -> str:
    from importlib.metadata import version

    markdown = numbers.substitute(expand(page.text()))
    markdown = flatten(IMAGE.sub("", markdown))  # figures live on the site, not beside the notebook
    setup = FIRST_CELL[page.lang].format(tf=version("tensorflow"), keras=version("keras"))
    markdown = f"```python\n{setup}\n```\n\n" + markdown
    notebook = jupytext.reads(markdown, fmt="md")
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return jupytext.writes(notebook, fmt="ipynb")
