"""The self-check questions (rnnbook/self_check.py, docs/javascripts/self-check.js) in a real browser: answered with
the keyboard, feedback in a live region, every choice explained, accessible in light and dark mode, local only."""
import pytest

from rnnbook import browser, pages, self_check

from test_site import PAGE_BUDGET, SCREENSHOTS, visit

CHAPTER = "ch02"
LANG_PAGES = [p for p in pages.all_pages() if p.chapter == CHAPTER]
SCRIPT = "javascripts/self-check.js"


def first_question(page):
    return self_check.blocks(page.text())[0][0]


def choose_with_keyboard(tab, index):
    """Focus the first choice, Tab to choice ``index``, press Enter; return the question's feedback text."""
    tab.focus("#self-check-1 .self-check-choice >> nth=0")
    for _ in range(index):
        tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.getAttribute('data-choice')") == str(index)
    tab.keyboard.press("Enter")
    return tab.inner_text("#self-check-1 .self-check-feedback")


def plain(text):
    """A choice's explanation as the page shows it: placeholders filled, `code` marks gone."""
    from rnnbook import numbers

    return numbers.substitute(text).replace("`", "")


@pytest.mark.parametrize("page", LANG_PAGES, ids=lambda p: browser.page_path(p))
def test_choosing_with_the_keyboard_announces_why(tab, base_url, page):
    response, problems = visit(tab, base_url + browser.page_path(page))
    assert response.status == 200
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    question = first_question(page)
    feedback = "#self-check-1 .self-check-feedback"
    assert tab.get_attribute(feedback, "aria-live") == "polite" and tab.get_attribute(feedback, "role") == "status"
    assert tab.inner_text(feedback) == ""
    assert not tab.is_visible("#self-check-1 .self-check-answers"), "the answers stay folded away once the script runs"
    labels = self_check.LABELS[page.lang]

    wrong = next(i for i, choice in enumerate(question.choices) if not choice.right)
    said = choose_with_keyboard(tab, wrong)
    assert said.startswith(f"{self_check.LETTERS[wrong]}. {labels['wrong']}")
    assert plain(question.choices[wrong].why) in said
    assert tab.get_attribute(f"#self-check-1 .self-check-choice >> nth={wrong}", "aria-pressed") == "true"
    if page.lang == "ko":
        tab.locator("#self-check-1").screenshot(path=str(SCREENSHOTS / "self-check-ko-wrong.png"))

    said = choose_with_keyboard(tab, question.answer)
    assert said.startswith(f"{self_check.LETTERS[question.answer]}. {labels['right']}")
    assert plain(question.choices[question.answer].why) in said
    assert tab.get_attribute(f"#self-check-1 .self-check-choice >> nth={wrong}", "aria-pressed") == "false"
    if page.lang == "en":
        tab.locator("#self-check-1").screenshot(path=str(SCREENSHOTS / "self-check-en-right.png"))
    assert problems == {"console": [], "failed": [], "external": []}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("page", LANG_PAGES, ids=lambda p: browser.page_path(p))
def test_answered_questions_pass_axe_in_both_colour_schemes(chromium, base_url, page, scheme):
    from axe_playwright_python.sync_playwright import Axe

    context = chromium.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(base_url + browser.page_path(page), wait_until="networkidle")
    assert tab.get_attribute("body", "data-md-color-scheme") == ("slate" if scheme == "dark" else "default")
    question = first_question(page)
    wrong = next(i for i, choice in enumerate(question.choices) if not choice.right)
    tab.click(f"#self-check-1 .self-check-choice >> nth={wrong}")
    second = self_check.blocks(page.text())[0][1]
    tab.click(f"#self-check-2 .self-check-choice >> nth={second.answer}")
    results = Axe().run(tab, context=".self-check").response
    context.close()
    assert results["passes"], "axe checked nothing"
    assert not results["violations"], [(v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in results["violations"]]


def test_only_pages_with_questions_load_the_script_and_the_pages_stay_under_budget(chromium, base_url):
    loaded = {}
    for page in [*LANG_PAGES, pages.Page(pages.DOCS / "index.md")]:
        context = chromium.new_context()
        tab = context.new_page()
        requests = []
        tab.on("request", lambda request: requests.append(request.url))
        weight = browser.page_weight(tab, base_url + browser.page_path(page))
        context.close()
        loaded[page.rel] = any(url.endswith(SCRIPT) for url in requests)
        assert all(browser.is_local(url) for url in requests), [u for u in requests if not browser.is_local(u)]
        assert weight["bytes_without_images"] < PAGE_BUDGET, weight
    assert loaded == {page.rel: page.chapter is not None for page in [*LANG_PAGES, pages.Page(pages.DOCS / "index.md")]}


@pytest.mark.parametrize("page", LANG_PAGES, ids=lambda p: browser.page_path(p))
def test_without_javascript_the_answers_stand_in_and_no_button_pretends(chromium, base_url, page):
    context = chromium.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(base_url + browser.page_path(page), wait_until="networkidle")
    choices = tab.locator("#self-check-1 .self-check-choice")
    assert choices.count() >= 3 and all(choices.nth(i).is_disabled() for i in range(choices.count()))
    assert tab.locator("#self-check-1 .self-check-answers").is_visible()
    context.close()
