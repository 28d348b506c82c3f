"""The site as a reader meets it, in a real browser: every page in both languages."""
import re
from urllib.parse import urljoin, urlparse

import pytest

from rnnbook import ROOT, browser, pages

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
    if page.chapter:
        assert images, "a chapter without figures"
    assert tab.locator(".arithmatex").count() == tab.locator(".arithmatex > math").count(), "unrendered math"

    target = SCREENSHOTS / page.lang / f"{page.stem}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(target), full_page=True)


@pytest.mark.parametrize("page", pages.all_pages(pages.DEFAULT_LANG), ids=lambda p: p.stem)
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
    assert results[0] == prefix + stem + "/", results
    other = [r for r in results if r.startswith("/en/") != (lang == "en")]
    assert not other, f"results in the other language: {other}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: browser.page_path(p) or "index")
def test_no_serious_accessibility_violations(tab, base_url, page):
    from axe_playwright_python.sync_playwright import Axe

    tab.goto(base_url + browser.page_path(page), wait_until="networkidle")
    violations = Axe().run(tab).response["violations"]
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in violations if v["impact"] in ("serious", "critical")]
    assert not serious, serious


@pytest.mark.parametrize("page", [p for p in PAGES if p.chapter], ids=lambda p: browser.page_path(p))
def test_chapter_pages_stay_under_one_megabyte_without_images(tab, base_url, page):
    weight = browser.page_weight(tab, base_url + browser.page_path(page))
    assert weight["bytes_without_images"] < 1024 * 1024, weight
