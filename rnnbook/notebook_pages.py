"""Finish the HTML mkdocs-jupyter renders for a chapter notebook, so it behaves like a chapter page.

* Heading ids: mkdocs-jupyter's slugify is ASCII-only (Korean headings get ``id=""``) while the
  page's table of contents uses MkDocs' ids; the headings take the table of contents' ids, in order.
* Math: the notebook writes ``$...$`` and ``$$...$$`` (what Jupyter and Colab render); the site
  renders them to MathML at build time like the chapters (``rnnbook.mathml``), so no MathJax.
* Scripts: the MathJax and Mermaid loaders (an empty ``<script src="">``, a CDN import) go.
* Styles: every notebook comes with the same ~590 KB of JupyterLab CSS, almost all of it for
  JupyterLab's own interface. The site serves it once, as ``assets/stylesheets/notebook.css``
  (linked, so cached across notebooks), pruned to the rules that can match the notebook pages
  (about 40 KB), followed by the book's additions in ``notebook.css`` beside this module
  (contrast of the code colours, the badge, tables and formulas).
* Code cells and tables that scroll sideways can be reached with the keyboard (``tabindex``).
* Weight: one copy of the copy icon; no indentation outside ``<pre>`` (see ``drop_indentation``).
* Search: a notebook is found by its title and headings (its h1 says that it is the notebook,
  so a result tells it from the chapter); its text is the chapter page's, indexed there once.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from . import mathml

STYLESHEET = "assets/stylesheets/notebook.css"
BOOK_STYLES = Path(__file__).with_name("notebook.css")  # the book's own additions, served last
BADGE = {"ko": "노트북", "en": "notebook"}

LOADERS = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mermaid configuration -->", re.S)
STYLE = re.compile(r"<style[^>]*>(.*?)</style>\s*", re.S)
HEADING = re.compile(r'<h(?P<level>[1-6]) id="[^"]*">(?P<title>.*?)<a class="anchor-link" href="#[^"]*">¶</a></h(?P=level)>', re.S)
SEARCH_LOCATION = re.compile(r"^(?:[a-z]{2}/)?notebooks/")
MARKDOWN_CELL = re.compile(r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^>]*>)(.*?)(</div>)', re.S)
CODE = re.compile(r"(<code[^>]*>.*?</code>|<pre[^>]*>.*?</pre>)", re.S)
DISPLAY_BLOCK = re.compile(r"<p>\s*\$\$(?P<tex>.+?)\$\$\s*</p>", re.S)
DISPLAY = re.compile(r"\$\$(?P<tex>.+?)\$\$", re.S)
# As pymdownx.arithmatex reads "$": no space inside either dollar, no digit right after the closing one.
INLINE = re.compile(r"(?<![\\$])\$(?=[^\s$])(?P<tex>[^$]+?)(?<=\S)\$(?!\d)")


def toc_ids(toc: Iterable) -> list[str]:
    """Ids of a MkDocs table of contents, in document order."""
    ids = []
    for item in toc:
        ids.append(item.id)
        ids.extend(toc_ids(item.children))
    return ids


def fix_headings(html: str, ids: list[str], badge: str) -> str:
    """Give the headings the table of contents' ids, MkDocs' permalinks, and the h1 a badge.

    Raises ``ValueError`` when headings and table of contents do not pair up.
    """
    found = list(HEADING.finditer(html))
    if len(found) != len(ids):
        raise ValueError(f"{len(found)} headings but {len(ids)} entries in the table of contents")
    pending = iter(ids)

    def heading(match: re.Match) -> str:
        level, title, anchor = match["level"], match["title"], next(pending)
        if level == "1":
            title += f' <span class="notebook-badge">{badge}</span>'
        return (f'<h{level} id="{anchor}">{title}<a class="headerlink" href="#{anchor}" '
                f'title="Permanent link">¶</a></h{level}>')

    return HEADING.sub(heading, html)


def math_to_mathml(html: str) -> str:
    """Render ``$...$`` and ``$$...$$`` in the text cells (never in code) as MathML."""
    def in_text(text: str) -> str:
        parts = CODE.split(text)
        for index in range(0, len(parts), 2):  # odd parts are code
            part = DISPLAY_BLOCK.sub(lambda m: f'<div class="arithmatex">\\[{m["tex"]}\\]</div>', parts[index])
            part = DISPLAY.sub(lambda m: f'<span class="arithmatex">\\[{m["tex"]}\\]</span>', part)
            parts[index] = INLINE.sub(lambda m: f'<span class="arithmatex">\\({m["tex"]}\\)</span>', part)
        return "".join(parts)

    html = MARKDOWN_CELL.sub(lambda m: m.group(1) + in_text(m.group(2)) + m.group(3), html)
    return mathml.render(html)


def take_styles(html: str) -> tuple[str, list[str]]:
    """Remove the notebook's ``<style>`` blocks; return the HTML and the style sheets' text.

    A block holding a Python list's repr (mkdocs-jupyter 0.26 renders its highlight CSS once
    more that way) is no CSS and is dropped.
    """
    styles = []

    def take(match: re.Match) -> str:
        css = match.group(1).strip()
        if css and not css.startswith("['"):
            styles.append(css)
        return ""

    return STYLE.sub(take, html), styles


def finish(html: str, toc: Iterable, lang: str, stylesheet_href: str) -> tuple[str, list[str]]:
    """The notebook page's HTML as the site serves it, and the CSS it needs (see the module doc)."""
    html = LOADERS.sub("", html)
    html, styles = take_styles(html)
    html = fix_headings(html, toc_ids(toc), BADGE[lang])
    html = math_to_mathml(html)
    html = html.replace('<div class="highlight-ipynb', '<div tabindex="0" class="highlight-ipynb')
    html = html.replace("<table>", '<div class="notebook-table" tabindex="0"><table>').replace("</table>", "</table></div>")
    html = drop_indentation(share_copy_icon(html))
    return f'<link rel="stylesheet" href="{stylesheet_href}">\n' + html, styles


PRESERVED = re.compile(r"(<pre[^>]*>.*?</pre>|<textarea[^>]*>.*?</textarea>)", re.S)
INDENTATION = re.compile(r"\n[ \t]+")


def drop_indentation(html: str) -> str:
    """Indentation of the rendered notebook's lines, outside ``<pre>`` and ``<textarea>``: whitespace the
    browser collapses anyway, about 10 KB of a chapter's notebook page."""
    parts = PRESERVED.split(html)
    parts[0::2] = [INDENTATION.sub("\n", part) for part in parts[0::2]]
    return "".join(parts)


COPY_ICON = re.compile(r'<svg aria-hidden="true" class="clipboard-copy-icon"[^>]*>(.*?)</svg>', re.S)


def share_copy_icon(html: str) -> str:
    """mkdocs-jupyter repeats the same copy icon, 0.7 KB of SVG, on every code cell: draw it once as a symbol
    and point each button at it (a chapter's notebook page is 15-20 KB lighter)."""
    first = COPY_ICON.search(html)
    if not first:
        return html
    symbol = (f'<svg hidden><symbol id="notebook-copy-icon" viewBox="0 0 16 16">{first.group(1).strip()}'
              f'</symbol></svg>\n')
    use = ('<svg aria-hidden="true" class="clipboard-copy-icon" width="20" height="20" viewBox="0 0 16 16">'
           '<use href="#notebook-copy-icon"></use></svg>')
    return symbol + COPY_ICON.sub(use, html)


def search_entry(doc: dict) -> dict:
    """A search index entry as the site keeps it: a notebook's without its text (see the module doc)."""
    return {**doc, "text": ""} if SEARCH_LOCATION.match(doc["location"]) else doc


def stylesheet(styles: Iterable[str], used: set[str]) -> str:
    """The notebook pages' style sheet: their styles, each once, pruned to the classes the notebook
    pages use (``used``), then the book's additions."""
    pruned = [prune_css(css, used) for css in dict.fromkeys(styles)]
    return "\n".join(['@charset "UTF-8";', *pruned, BOOK_STYLES.read_text(encoding="utf-8")])


CLASS_ATTR = re.compile(r'class="([^"]*)"')
CLASS_IN_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
PSEUDO_FUNCTION = re.compile(r":(?:not|is|where|has)\((?:[^()]|\([^()]*\))*\)")
NESTED_ROOT = re.compile(r"\S\s*[\s>+~]\s*:root\b")  # ".jupyter-wrapper :root" matches nothing: :root has no ancestor


def used_classes(html: str) -> set[str]:
    return {name for attr in CLASS_ATTR.findall(html) for name in attr.split()}


def _without_comments(css: str) -> str:
    out, quote, i = [], None, 0
    while i < len(css):
        char = css[i]
        if quote:
            if char == "\\":
                out.append(css[i:i + 2])
                i += 2
                continue
            quote = None if char == quote else quote
        elif css.startswith("/*", i):
            end = css.find("*/", i + 2)
            i = len(css) if end < 0 else end + 2
            continue
        elif char in "\"'":
            quote = char
        out.append(char)
        i += 1
    return "".join(out)


def _blocks(css: str) -> list[tuple[str, str | None]]:
    """Top-level items of a style sheet without comments: ``(prelude, body)``, body None for ``@import ...;``."""
    items, depth, start, prelude, quote, i = [], 0, 0, "", None, 0
    while i < len(css):
        char = css[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "{":
            if depth == 0:
                prelude, start = css[start:i].strip(), i + 1
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                items.append((prelude, css[start:i]))
                start = i + 1
        elif char == ";" and depth == 0:
            items.append((css[start:i].strip(), None))
            start = i + 1
        i += 1
    return items


def _split_selectors(prelude: str) -> list[str]:
    """``a, b:is(c, d)`` -> ``["a", " b:is(c, d)"]``: commas inside brackets do not split."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(prelude):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(prelude[start:i])
            start = i + 1
    return [*parts, prelude[start:]]


def _can_match(selector: str, used: set[str]) -> bool:
    if NESTED_ROOT.search(selector):
        return False
    named = set(CLASS_IN_SELECTOR.findall(PSEUDO_FUNCTION.sub("", selector)))
    return all(name in used or name.startswith("md-") for name in named)  # md-*: Material's page around it


def prune_css(css: str, used: set[str]) -> str:
    """The rules of ``css`` that can match the HTML: a selector naming a class the HTML never uses goes.

    The JupyterLab style sheet mkdocs-jupyter ships styles all of JupyterLab (widgets, menus,
    Blueprint); a rendered notebook uses a small part of it. Classes inside ``:not()`` and the
    like do not count; at-rules other than ``@media`` and ``@supports`` stay as they are. A rule
    repeated word for word keeps only its last copy, the one that decides the cascade. ``@charset``
    goes (it is valid only at the very start of a file).
    """
    out = []
    for prelude, body in _blocks(_without_comments(css)):
        if body is None:
            if not prelude.startswith("@charset"):
                out.append(prelude + ";")
        elif prelude.startswith(("@media", "@supports")):
            inner = prune_css(body, used)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            out.append(f"{prelude}{{{body}}}")
        else:
            kept = [s for s in _split_selectors(prelude) if _can_match(s, used)]
            if kept:
                out.append(f"{','.join(kept)}{{{body}}}")
    return "".join(reversed(list(dict.fromkeys(reversed(out)))))
