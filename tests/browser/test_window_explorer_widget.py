"""Chapter 6's window explorer in a real browser: the rows it shows are Keras' rows; keyboard, address,
accessibility, weight and the no-JavaScript fallback."""
import re

import pytest

from rnnbook import browser, numbers, pages
from rnnbook import window_explorer as w

from test_site import PAGE_BUDGET, visit

PAGES = [page for page in pages.all_pages() if page.chapter == "ch06"]
KO, EN = (next(p for p in PAGES if p.lang == lang) for lang in ("ko", "en"))
LENGTH = numbers.load_results("ch06")["values"]["grid_hours"]
ROOT = ".window-explorer"

# (page, sequence_length, sampling_rate, delay, split, build, window): the chapter's own view, the first
# leaked training target on the whole series, and other settings on both sides of a boundary.
SETTINGS = [
    (KO, 240, 1, 24, "train", "split", 0),
    (EN, 240, 1, 24, "train", "whole", 4102),
    (EN, 48, 3, 12, "val", "whole", 2040),
    (KO, 5, 2, 7, "test", "split", 2167),
    (KO, 72, 6, 168, "val", "split", 700),
]


def query(sequence_length, sampling_rate, delay, split, build, window):
    return (f"?sequence_length={sequence_length}&sampling_rate={sampling_rate}&delay={delay}&split={split}"
            f"&build={build}&window={window}")


def shown(tab) -> dict:
    """What the widget shows: window count, leaked count, first and last input row, input count, target row,
    and the rows its table lists."""
    root = tab.locator(ROOT)
    first, last, count = map(int, root.get_attribute("data-inputs").split(","))
    return {"count": int(root.get_attribute("data-count")), "leaked": int(root.get_attribute("data-leaked")),
            "inputs": (first, last, count), "target": int(root.get_attribute("data-target")),
            "table": [int(r) for r in tab.eval_on_selector_all(f"{ROOT} tbody tr[data-row]",
                                                                "rows => rows.map(r => r.dataset.row)")]}


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: f"{browser.page_path(s[0])}{query(*s[1:])}")
def test_the_widget_shows_keras_rows(tab, base_url, setting):
    page, sequence_length, sampling_rate, delay, split, build, window = setting
    response, problems = visit(tab, base_url + browser.page_path(page) + query(*setting[1:]))
    assert response.status == 200 and problems == {"console": [], "failed": [], "external": []}

    inputs, targets = w.keras_windows(LENGTH, split, build, sequence_length, sampling_rate, delay)
    end = w.split_bounds(LENGTH)[split][1]
    rows = inputs[window].tolist()
    listed = rows if len(rows) <= 7 else rows[:3] + rows[-3:]
    assert shown(tab) == {"count": len(targets), "leaked": int((targets >= end).sum()),
                          "inputs": (rows[0], rows[-1], len(rows)), "target": int(targets[window]),
                          "table": listed + [int(targets[window])]}
    status = tab.inner_text(f"{ROOT} .explorer-status")
    assert f"{targets[window]:,}" in status and f"{rows[0]:,}" in status
    leaked_here = tab.locator(f"{ROOT} .window-leak")
    assert leaked_here.is_visible() == bool(targets[window] >= end)


def test_keys_step_the_window_and_the_address_reopens_the_view(tab, base_url, chromium):
    setting = (240, 1, 24, "train", "whole", 4100)
    visit(tab, base_url + browser.page_path(EN) + query(*setting))
    target = lambda: int(tab.get_attribute(ROOT, "data-target"))
    assert target() == 4100 + 263
    tab.focus(f"{ROOT} input[type=range]")
    tab.keyboard.press("ArrowRight")
    tab.wait_for_url(re.compile(r"[?&]window=4101\b"))
    tab.keyboard.press("PageDown")                         # a day on the slider too, the buttons' way
    assert target() == 4125 + 263
    assert "validation" in tab.inner_text(f"{ROOT} .explorer-status")   # the leak is read out, not only red
    tab.keyboard.press("PageUp")
    assert target() == 4101 + 263
    tab.focus(f"{ROOT} button[data-action=next]")        # arrow keys step from the buttons too
    tab.keyboard.press("ArrowRight")
    tab.keyboard.press("ArrowRight")
    assert target() == 4103 + 263
    tab.keyboard.press("PageUp")
    assert target() == 4079 + 263
    tab.keyboard.press("End")
    tab.wait_for_url(re.compile(r"[?&]window=4125\b"))
    assert tab.evaluate("document.activeElement.dataset.action") == "next"
    assert tab.url.endswith("#window-explorer")
    tab.keyboard.press("Home")
    assert target() == 263
    tab.click(f"{ROOT} button[data-action=leak]")          # the first window whose target is a validation row
    tab.wait_for_url(re.compile(r"[?&]window=4102\b"))
    before = (tab.inner_text(f"{ROOT} .explorer-status"), tab.inner_text(f"{ROOT} .window-counts"))

    other = chromium.new_context().new_page()
    response, problems = visit(other, tab.url)
    assert problems == {"console": [], "failed": [], "external": []}
    assert (other.inner_text(f"{ROOT} .explorer-status"), other.inner_text(f"{ROOT} .window-counts")) == before
    assert other.input_value(f"{ROOT} input[data-setting=delay]") == "24"
    assert other.is_checked(f"{ROOT} input[value=whole]") and other.is_checked(f"{ROOT} input[value=train]")
    other.context.close()


def test_a_changed_setting_updates_the_rows_and_the_address(tab, base_url):
    visit(tab, base_url + browser.page_path(KO))
    tab.fill(f"{ROOT} input[data-setting=sampling_rate]", "3")
    tab.press(f"{ROOT} input[data-setting=sampling_rate]", "Enter")
    tab.wait_for_url(re.compile(r"[?&]sampling_rate=3\b"))
    assert tab.get_attribute(f"{ROOT} .explorer-status", "aria-live") == "polite"   # a setting's change is read out
    inputs, targets = w.keras_windows(LENGTH, "train", "split", 240, 3, 24)
    assert int(tab.get_attribute(ROOT, "data-target")) == targets[0]
    assert int(tab.get_attribute(ROOT, "data-count")) == len(targets)
    tab.click(f"{ROOT} button >> nth=0")                   # back to the chapter's setting
    assert int(tab.get_attribute(ROOT, "data-target")) == 263


@pytest.mark.parametrize("page", PAGES, ids=lambda p: browser.page_path(p))
def test_the_widget_has_no_serious_accessibility_violations(tab, base_url, page):
    """The chapter's view and a leaked target, in the light and the dark scheme."""
    from axe_playwright_python.sync_playwright import Axe

    for scheme in ("light", "dark"):
        tab.emulate_media(color_scheme=scheme)
        for view, leaked in (("", False), (query(240, 1, 24, "train", "whole", 4110), True)):
            tab.goto(base_url + browser.page_path(page) + view, wait_until="networkidle")
            assert tab.locator(f"{ROOT} .window-leak").is_visible() == leaked
            violations = Axe().run(tab, context=ROOT).response["violations"]
            serious = [(v["id"], v["impact"], len(v["nodes"])) for v in violations if v["impact"] in ("serious", "critical")]
            assert not serious, (scheme, view, serious)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: browser.page_path(p))
def test_the_page_stays_under_budget(tab, base_url, page):
    weight = browser.page_weight(tab, base_url + browser.page_path(page))
    print(browser.page_path(page), weight)
    assert weight["bytes_without_images"] < PAGE_BUDGET, weight


def test_only_the_chapter_loads_the_script(tab, base_url):
    for page in pages.all_pages():
        html = tab.request.get(base_url + browser.page_path(page)).text()
        assert ("window-explorer.js" in html) == (page.chapter == "ch06"), page.rel


@pytest.mark.parametrize("page", PAGES, ids=lambda p: browser.page_path(p))
def test_without_javascript_the_static_figure_stands_in(chromium, base_url, page):
    context = chromium.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(base_url + browser.page_path(page), wait_until="networkidle")
    image = tab.locator(f"{ROOT} noscript img, {ROOT} img").first
    assert image.evaluate("img => img.naturalWidth") > 0
    assert w.LABELS[page.lang]["noscript"][:20] in tab.inner_text(ROOT)
    context.close()
