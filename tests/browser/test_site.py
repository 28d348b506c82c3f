"""The site as a reader meets it, in a real browser: every page in both languages."""
import re
from urllib.parse import urljoin, urlparse

import pytest

from rnnbook import ROOT, browser, notebooks, pages

PAGES = browser.site_pages()
SCREENSHOTS = ROOT / "build" / "screenshots"
HANGUL = re.compile("[가-힣]")


def visit(tab, url):
    """Open ``url``; return the response and what went wrong on the way."""
    problems = {"console": [], "failed": [], "external": []}
    tab.on("console", lambda m: m.type == "error" and problems["console"].append(m.text))
    tab.on("pageerror", lambda e: problems["console"].append(str(e)))
    tab.on("requestfailed", lambda r: problems["failed"].append(f"{r.url} ({r.failure})"))

    def guard(route):
        if browser.is_local(route.request.url):
            route.continue_()
        else:
            problems["external"].append(route.request.url)
            route.abort()

    tab.route("**/*", guard)
    response = tab.goto(url, wait_until="networkidle")
    tab.wait_for_function("!window.MathJax || !MathJax.Hub || MathJax.Hub.queue.pending === 0")
    return response, problems


@pytest.mark.parametrize("page", PAGES, ids=lambda p: browser.page_path(p) or "index")
def test_page_loads_cleanly(tab, base_url, page):
    response, problems = visit(tab, base_url + browser.page_path(page))
    assert response.status == 200
    assert problems == {"console": [], "failed": [], "external": []}
    assert tab.get_attribute("html", "lang") == page.lang

    images = tab.eval_on_selector_all(
        "article img", "els => els.map(e => ({src: e.currentSrc, width: e.naturalWidth, alt: e.alt}))")
    for image in images:
        assert image["width"] > 0, f"{image['src']} did not load"
        assert image["alt"].strip(), f"{image['src']} has no alt text"
        assert bool(HANGUL.search(image["alt"])) == (page.lang == "ko"), f"{image['src']}: alt not in {page.lang}"
    if page.chapter:  # a chapter's notebook shows the chapter's figures too
        assert images, "a chapter without figures"
    assert tab.locator(".arithmatex").count() == tab.locator(".arithmatex > math").count(), "unrendered math"

    target = SCREENSHOTS / page.lang / f"{page.stem}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(target), full_page=True)


@pytest.mark.parametrize("page", [*pages.all_pages(pages.DEFAULT_LANG), *notebooks.chapter_notebooks(pages.DEFAULT_LANG)],
                         ids=lambda p: p.stem)
def test_language_switch_lands_on_the_counterpart(tab, base_url, page):
    there = page.twin("en")
    for source, target in ((page, there), (there, page)):
        tab.goto(base_url + browser.page_path(source))
        href = tab.get_attribute(f'.md-select a[hreflang="{target.lang}"]', "href")
        tab.goto(urljoin(tab.url, href))
        assert urlparse(tab.url).path == "/" + browser.page_path(target)
        assert tab.get_attribute("html", "lang") == target.lang


SEARCHES = [
    ("ko", "은닉 상태", "ch02-recurrent-neurons"),
    ("ko", "타임스텝", "ch02-recurrent-neurons"),
    ("ko", "가중치 공유", "ch02-recurrent-neurons"),
    ("ko", "패딩", "ch03-text-as-sequences"),
    ("en", "hidden state", "ch02-recurrent-neurons"),
    ("en", "weight sharing", "ch02-recurrent-neurons"),
    ("en", "padding", "ch03-text-as-sequences"),
]


def search(tab, base_url, lang, query):
    start = pages.Page(pages.DOCS / ("index.md" if lang == "ko" else "index.en.md"))
    tab.goto(base_url + browser.page_path(start), wait_until="networkidle")
    tab.click("input.md-search__input", force=True)
    tab.keyboard.type(query, delay=20)
    # Playwright inserts Hangul as text, without the key events an IME sends; Material searches on keyup.
    tab.keyboard.press("End")
    tab.wait_for_selector(".md-search-result__item", state="attached", timeout=10000)
    return [urlparse(urljoin(tab.url, h)).path for h in tab.eval_on_selector_all(
        ".md-search-result__item > .md-search-result__link", "els => els.map(e => e.getAttribute('href'))")]


@pytest.mark.parametrize(("lang", "query", "stem"), SEARCHES, ids=[q for _, q, _ in SEARCHES])
def test_search_finds_the_page_in_its_language_only(tab, base_url, lang, query, stem):
    """Each language has its own search index (see rnnbook/mkdocs_hooks.py): no results of the other one."""
    results = search(tab, base_url, lang, query)
    prefix = "/" if lang == "ko" else "/en/"
    report = SCREENSHOTS.parent / "search-results.txt"
    report.parent.mkdir(parents=True, exist_ok=True)
    with report.open("a", encoding="utf-8") as out:
        out.write(f"{lang}\t{query}\t{len(results)} results\t{' '.join(results)}\n")
    # Later chapters use the same terms, so the defining page need not rank first; it must be found.
    assert prefix + stem + "/" in results, results
    other = [r for r in results if r.startswith("/en/") != (lang == "en")]
    assert not other, f"results in the other language: {other}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: browser.page_path(p) or "index")
def test_no_serious_accessibility_violations(tab, base_url, page):
    from axe_playwright_python.sync_playwright import Axe

    tab.goto(base_url + browser.page_path(page), wait_until="networkidle")
    violations = Axe().run(tab).response["violations"]
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in violations if v["impact"] in ("serious", "critical")]
    assert not serious, serious


# Every page loads Material's script and styles (about 0.3 MB) and its language's whole search index
# (0.36 MB for Korean in December 2026, growing with the book); a chapter's own HTML is mostly its
# highlighted code. The budget was 1 MiB until the index and chapter 5 outgrew it; the next levers are
# loading the explorer's data and the search index only when a reader reaches them.
PAGE_BUDGET = int(1.25 * 1024 * 1024)


@pytest.mark.parametrize("page", [p for p in PAGES if p.chapter], ids=lambda p: browser.page_path(p))
def test_chapter_pages_stay_under_budget_without_images(tab, base_url, page):
    weight = browser.page_weight(tab, base_url + browser.page_path(page))
    assert weight["bytes_without_images"] < PAGE_BUDGET, weight


NOTEBOOK_SEARCHES = [("ko", "노트북"), ("en", "notebook")]


@pytest.mark.parametrize(("lang", "query"), NOTEBOOK_SEARCHES, ids=[q for _, q in NOTEBOOK_SEARCHES])
def test_search_finds_the_notebooks_in_their_language(tab, base_url, lang, query):
    results = search(tab, base_url, lang, query)
    expected = {"/" + notebook.url for notebook in notebooks.chapter_notebooks(lang)}
    assert expected <= set(results), results
    other = [r for r in results if r.startswith("/en/") != (lang == "en")]
    assert not other, f"results in the other language: {other}"


def local_links(tab) -> dict[str, str]:
    """``{site path: text}`` of the article's links, resolved against the page's URL."""
    links = tab.eval_on_selector_all(
        "article a[href]", "els => els.map(e => [e.getAttribute('href'), e.textContent.trim(), e.hasAttribute('download')])")
    return {urlparse(urljoin(tab.url, href)).path: (text, download) for href, text, download in links}


@pytest.mark.parametrize("notebook", notebooks.chapter_notebooks(), ids=lambda n: n.url)
def test_chapter_and_notebook_link_each_other_and_the_download(tab, base_url, notebook):
    tab.goto(base_url + browser.page_path(notebook.page))
    links = local_links(tab)
    assert "/" + notebook.url in links, "the chapter does not link its notebook page"
    assert links.get("/" + notebook.download, (None, False))[1], "the chapter does not offer the .ipynb download"
    tab.goto(base_url + notebook.url)
    links = local_links(tab)
    assert "/" + browser.page_path(notebook.page) in links, "the notebook page does not link its chapter"
    assert links.get("/" + notebook.download, (None, False))[1], "the notebook page does not offer the .ipynb download"
    assert not tab.locator('a[href*="colab.research.google.com"]').count(), "a Colab link without a repository URL"

    response = tab.request.get(base_url + notebook.download)
    assert response.status == 200
    assert response.text() == notebook.source.read_text(encoding="utf-8")


@pytest.mark.parametrize("notebook", notebooks.chapter_notebooks(), ids=lambda n: n.url)
def test_notebook_page_renders_every_formula_of_its_chapter(site_dir, notebook):
    chapter = (site_dir / browser.page_path(notebook.page) / "index.html").read_text(encoding="utf-8")
    rendered = (site_dir / notebook.url / "index.html").read_text(encoding="utf-8")
    assert rendered.count("<math") == chapter.count("<math")
