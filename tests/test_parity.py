"""Korean and English pages say the same thing: sections, code, figures, numbers."""
import re

import pytest

from rnnbook import pages

HEADING = re.compile(r"^(#{1,6}) ", re.M)
INCLUDE = re.compile(r'--8<--\s+"([^"]+)"')

KO_PAGES = pages.all_pages(pages.DEFAULT_LANG)
IDS = [p.stem for p in KO_PAGES]


def figures(page):
    """Figure paths with the language suffix taken out, in page order."""
    return [re.sub(r"\.(ko|en)\.png$", ".png", path) for _, path in page.figures()]


def test_every_english_page_has_a_korean_source():
    for page in pages.all_pages("en"):
        assert page.twin(pages.DEFAULT_LANG).path.exists(), f"{page.rel} has no Korean page"


@pytest.mark.parametrize("ko", KO_PAGES, ids=IDS)
def test_english_twin_exists(ko):
    assert ko.twin("en").path.exists(), f"{ko.rel} has no English page"


@pytest.mark.parametrize("ko", KO_PAGES, ids=IDS)
def test_same_heading_structure(ko):
    en = ko.twin("en")
    assert HEADING.findall(ko.text()) == HEADING.findall(en.text())


@pytest.mark.parametrize("ko", KO_PAGES, ids=IDS)
def test_same_snippet_includes(ko):
    assert INCLUDE.findall(ko.text()) == INCLUDE.findall(ko.twin("en").text())


@pytest.mark.parametrize("ko", KO_PAGES, ids=IDS)
def test_same_code_blocks_in_order(ko):
    en = ko.twin("en")
    assert pages.count_fences(ko.text()) == pages.count_fences(en.text())
    assert [b.code for b in pages.blocks(ko)] == [b.code for b in pages.blocks(en)]


@pytest.mark.parametrize("ko", KO_PAGES, ids=IDS)
def test_same_figures_each_in_its_language(ko):
    en = ko.twin("en")
    assert figures(ko) == figures(en)
    for page in (ko, en):
        for alt, path in page.figures():
            assert alt.strip(), f"{page.rel}: figure {path} has no alt text"
            assert path.endswith(f".{page.lang}.png"), f"{page.rel}: {path} is not the {page.lang} figure"
            in_korean = bool(re.search("[가-힣]", alt))
            assert in_korean == (page.lang == "ko"), f"{page.rel}: alt text of {path} is not in the page's language"


@pytest.mark.parametrize("ko", KO_PAGES, ids=IDS)
def test_same_numbers_in_order(ko):
    from rnnbook import numbers

    assert numbers.placeholders(ko) == numbers.placeholders(ko.twin("en"))
