"""The timestep explorer of chapters 4 and 5 in a real browser: keyboard, address, labels, no-JavaScript fallback."""
import re

import pytest

from rnnbook import browser, explorer, pages

from test_site import visit

EXPLORER_PAGES = [page for page in pages.all_pages() if page.chapter in explorer.MODELS]


def status(tab):
    return tab.inner_text(".timestep-explorer .explorer-status")


@pytest.mark.parametrize("page", EXPLORER_PAGES, ids=lambda p: browser.page_path(p))
def test_the_explorer_steps_with_the_keyboard_and_keeps_its_place_in_the_address(tab, base_url, page):
    data = explorer.export(page.chapter)
    labels = explorer.LABELS[page.lang]
    review = data["reviews"][1]
    model = list(review["models"])[-1]
    query = f"?review=2&step=10" + (f"&model={model}" if len(review["models"]) > 1 else "")
    response, problems = visit(tab, base_url + browser.page_path(page) + query)
    assert response.status == 200 and problems == {"console": [], "failed": [], "external": []}

    probability = review["models"][model]["prob"][9] / data["scale"]
    assert status(tab) == f"{labels['step']} 10/{len(review['words'])}: {review['words'][9]}, {labels['prob']} {probability:.2f}"
    assert tab.get_attribute(".timestep-explorer .explorer-status", "aria-live") == "polite"
    assert tab.inner_text(".timestep-explorer .explorer-words .current") == review["words"][9]
    first_row = tab.locator(".timestep-explorer tbody tr").first
    first_name = explorer.LABELS[page.lang][{"SimpleRNN": "h", "LSTM": "i", "GRU": "z"}[model]]
    assert first_row.locator("th").inner_text() == first_name
    first_value = review["models"][model][first_row.get_attribute("data-row")][9][0] / data["scale"]
    assert first_row.locator("td").first.inner_text() == f"{first_value:.2f}"

    tab.focus(".timestep-explorer input[type=range]")
    tab.keyboard.press("ArrowRight")
    assert status(tab).startswith(f"{labels['step']} 11/")
    tab.wait_for_url(re.compile(r"[?&]step=11\b"))   # the address follows once the stepping pauses
    tab.keyboard.press("End")
    tab.wait_for_url(re.compile(rf"[?&]step={len(review['words'])}\b"))
    tab.keyboard.press("Home")
    tab.wait_for_url(re.compile(r"review=2&step=1\b"))
    assert status(tab).startswith(f"{labels['step']} 1/") and tab.url.endswith("#timestep-explorer")
    tab.focus(".timestep-explorer button >> nth=2")   # "next": arrow keys step from the buttons too
    tab.keyboard.press("ArrowRight")
    assert status(tab).startswith(f"{labels['step']} 2/")
    tab.focus(".timestep-explorer button >> nth=3")   # "last" switches itself off and keeps the focus
    tab.keyboard.press("Enter")
    assert status(tab).startswith(f"{labels['step']} {len(review['words'])}/")
    assert tab.evaluate("document.activeElement.getAttribute('aria-disabled')") == "true"


@pytest.mark.parametrize("page", EXPLORER_PAGES, ids=lambda p: browser.page_path(p))
def test_without_javascript_the_static_figure_stands_in(chromium, base_url, page):
    context = chromium.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(base_url + browser.page_path(page), wait_until="networkidle")
    image = tab.locator(".timestep-explorer noscript img, .timestep-explorer img").first
    assert image.evaluate("img => img.naturalWidth") > 0
    assert explorer.LABELS[page.lang]["noscript"][:20] in tab.inner_text(".timestep-explorer")
    context.close()
