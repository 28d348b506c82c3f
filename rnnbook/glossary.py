"""The glossary page: every term of ``rnnbook/terms.toml``, linked to the section that introduces it.

A term is introduced where the Korean chapter text first writes it with its English name in
parentheses (``은닉 상태(hidden state)``), the book's rule for a term's first use; a term never
written that way, to its first use. The link goes to the section of that
chapter that is about the term, where its headings show one (see ``Use.section``), else to the
section of that line. The English glossary links to the same section of
the English page (the two pages have the same headings, see ``tests/test_parity.py``).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

import markdown

from . import ROOT
from .pages import DEFAULT_LANG, FENCE, Page, chapters, slugify

TERMS_FILE = ROOT / "rnnbook" / "terms.toml"
MARKER = "<!-- glossary -->"
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*$")
LABELS = {
    "ko": {"columns": ["한국어", "영어", "뜻", "처음 나오는 곳", "다른 책에서 보는 표기"], "chapter": "{n}장"},
    "en": {"columns": ["English", "Korean", "Meaning", "Introduced in", "Other Korean spellings"], "chapter": "Chapter {n}"},
}


def terms() -> list[dict]:
    return tomllib.loads(TERMS_FILE.read_text(encoding="utf-8"))["term"]


def prose_lines(page: Page):
    """(0-based line number, text) of the page's lines outside code fences."""
    inside = False
    for number, line in enumerate(page.text().split("\n")):
        if FENCE.match(line):
            inside = not inside
        elif not inside:
            yield number, line


@dataclass(frozen=True)
class Use:
    page: Page      # Korean chapter page
    line: int       # 0-based
    introduced: bool

    def section(self, term: str) -> int | None:
        """Index, among the page's headings, of the section to link to; None for the top of the page.

        The whole page when its title names the term; else the first section whose title starts
        with the term (``## 패딩과 자르기``); else, for a line under the title, the first section
        whose title names the term; else the section of the line."""
        headings = [(number, HEADING.match(line).group(2)) for number, line in prose_lines(self.page)
                    if HEADING.match(line)]
        if term in headings[0][1]:
            return None
        starts = [index for index, (_, title) in enumerate(headings) if index > 0 and title.startswith(term)]
        before = [index for index, (number, _) in enumerate(headings) if number <= self.line]
        names = [index for index, (_, title) in enumerate(headings) if index > 0 and term in title]
        if starts:
            return starts[0]
        if before[-1:] == [0] and names:
            return names[0]
        return before[-1] if before else None


def first_use(korean: str, chapter: str | None = None) -> Use | None:
    """Where the chapters (or the one named) introduce a term, written with its English name in parentheses;
    else its first use."""
    introduction = re.compile(re.escape(korean) + r"\s?\(\s*[A-Za-z0-9]")
    first = None
    for page in chapters():
        if chapter and page.chapter != chapter:
            continue
        for number, line in prose_lines(page):
            if introduction.search(line):
                return Use(page, number, introduced=True)
            if first is None and korean in line:
                first = Use(page, number, introduced=False)
    return first


@cache
def heading_ids(path) -> list[tuple[str, str]]:
    """(id, title) of every heading of a page, as MkDocs' toc extension makes them."""
    page = Page(path)
    headings = [line for _, line in prose_lines(page) if HEADING.match(line)]
    md = markdown.Markdown(extensions=["toc", "attr_list"], extension_configs={"toc": {"slugify": slugify}})
    md.convert("\n\n".join(headings))
    flat, stack = [], list(md.toc_tokens)
    while stack:
        token = stack.pop(0)
        flat.append((token["id"], token["name"]))
        stack[:0] = token["children"]
    if len(flat) != len(headings):
        raise ValueError(f"{page.rel}: {len(headings)} headings but {len(flat)} in its table of contents")
    return flat


def link(use: Use, term: str, lang: str) -> str:
    page = use.page.twin(lang)
    number = int(use.page.chapter[2:])
    where = LABELS[lang]["chapter"].format(n=number)
    section = use.section(term)
    if section is None or section == 0:   # under the page title
        title = heading_ids(page.path)[0][1]
        return f"[{where} · {title}]({use.page.path.name})"
    anchor, title = heading_ids(page.path)[section]
    return f"[{where} · {title}]({use.page.path.name}#{anchor})"


def rows(lang: str) -> list[list[str]]:
    found = []
    for term in terms():
        use = first_use(term["korean"], term.get("introduced"))
        if use is None:
            raise LookupError(f"term {term['korean']!r} ({term['english']}) is not used in any chapter; "
                              f"use it or remove it from {TERMS_FILE.name}")
        other = ", ".join(term.get("also", []))   # what other books write; `avoid` holds the book's own slips
        names = [term["korean"], term["english"]] if lang == DEFAULT_LANG else [term["english"], term["korean"]]
        found.append([*names, term["meaning"][lang], link(use, term["korean"], lang), other])
    return sorted(found, key=lambda row: row[0].lower())


def table(lang: str) -> str:
    header = LABELS[lang]["columns"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows(lang)]
    return "\n".join(lines)

