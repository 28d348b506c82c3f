"""Every internal link and anchor of the built site resolves, and every page is reachable from the home page.

Read from the built HTML files with lxml (no server, no crawl over HTTP): each ``href`` and
``src`` and each ``url()`` in the site's CSS must name a file of the site, and a ``#fragment``
an ``id`` (or ``<a name>``) on the page it points to. Absolute links to the site's own URL
(the home page's canonical URL: language alternates, canonical links) count as internal.
External links are listed in ``build/external-links.txt``, never fetched.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import lxml.html
import pytest

from rnnbook import ROOT, browser

REPORT = ROOT / "build" / "external-links.txt"
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")
BASE = "http://site.invalid/"   # any base: turns site files into URLs that urljoin resolves


class Site:
    def __init__(self, folder: Path):
        self.folder = folder
        self._ids: dict[Path, set[str]] = {}
        canonical = lxml.html.parse(str(folder / "index.html")).xpath('//link[@rel="canonical"]/@href')
        self.own_url = str(canonical[0]).rstrip("/") if canonical else None

    def resolve(self, path: Path, link: str) -> str:
        """``link`` on the page ``path`` as an absolute URL; the site's own URL becomes ``BASE``."""
        target = urljoin(self.url(path), link.strip())
        if self.own_url and (target == self.own_url or target.startswith(self.own_url + "/")):
            target = BASE + target.removeprefix(self.own_url).lstrip("/")
        return target

    def file(self, url: str) -> Path | None:
        """The site file a site URL names (a folder's ``index.html``), or None."""
        path = self.folder / unquote(urlparse(url).path).removeprefix(urlparse(BASE).path)
        if path.is_dir():
            path = path / "index.html"
        return path if path.is_file() else None

    def url(self, path: Path) -> str:
        return BASE + path.relative_to(self.folder).as_posix()

    def ids(self, path: Path) -> set[str]:
        if path not in self._ids:
            tree = lxml.html.parse(str(path))
            self._ids[path] = set(tree.xpath("//@id | //a/@name"))
        return self._ids[path]

    def links(self, path: Path) -> list[str]:
        """Every reference in the file, as written: ``href`` and ``src`` in HTML, ``url()`` in CSS."""
        if path.suffix == ".css":
            return CSS_URL.findall(path.read_text(encoding="utf-8"))
        if path.suffix != ".html":
            return []
        return [str(value) for value in lxml.html.parse(str(path)).xpath("//@href | //@src")]


def check(folder: Path) -> tuple[list[str], set[Path], set[str]]:
    """Broken links (``page -> link: why``), the files reachable from the home page, and the external URLs."""
    site = Site(folder)
    broken, external, edges = [], set(), {}
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".html", ".css")):
        edges[path] = set()
        for link in site.links(path):
            target = site.resolve(path, link)
            parsed = urlparse(target)
            if parsed.scheme in ("data", "javascript", "mailto", "tel"):
                continue
            if not target.startswith(BASE):
                external.add(target)
                continue
            where = site.file(target)
            if where is None:
                broken.append(f"{path.relative_to(folder)} -> {link}: no such file")
                continue
            edges[path].add(where)
            if parsed.fragment and where.suffix == ".html" and unquote(parsed.fragment) not in site.ids(where):
                broken.append(f"{path.relative_to(folder)} -> {link}: no id {unquote(parsed.fragment)!r} there")
    reached, todo = set(), [folder / "index.html"]
    while todo:
        path = todo.pop()
        if path not in reached:
            reached.add(path)
            todo.extend(edges.get(path, ()))
    return broken, reached, external


def test_internal_links_and_anchors_resolve(site_dir):
    broken, reached, external = check(site_dir)
    assert not broken, "\n".join(broken)
    pages = {site_dir / browser.page_path(p) / "index.html" for p in browser.site_pages()}
    assert not pages - reached, f"not reachable from the home page: {sorted(map(str, pages - reached))}"
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(sorted(external)) + "\n", encoding="utf-8")


@pytest.mark.parametrize(("html", "problem"), [
    ('<a href="../b/#gone">x</a>', "no id 'gone' there"),
    ('<a href="../missing/">x</a>', "no such file"),
    ('<img src="../b/pic.png">', "no such file"),
])
def test_a_dead_link_or_anchor_is_reported(tmp_path, html, problem):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/">a</a> <a href="b/#here">b</a>', encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text(html, encoding="utf-8")
    (tmp_path / "b" / "index.html").write_text('<h2 id="here">b</h2>', encoding="utf-8")
    broken, reached, _ = check(tmp_path)
    assert len(broken) == 1 and broken[0].startswith("a/index.html -> ") and broken[0].endswith(problem), broken
    assert reached == {tmp_path / "index.html", tmp_path / "a" / "index.html", tmp_path / "b" / "index.html"}
