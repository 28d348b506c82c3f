"""The glossary: every term of the terms table is used in the book, and links to the section that introduces it."""
import re

import pytest

from rnnbook import glossary, pages
from rnnbook.mkdocs_hooks import fill_generated

LINK = re.compile(r"\]\(([^)#]+)(?:#([^)]+))?\)")


@pytest.mark.parametrize("lang", pages.LANGS)
def test_one_row_per_term_each_linked_to_a_heading_of_its_page(lang):
    rows = glossary.rows(lang)
    assert len(rows) == len(glossary.terms())
    for row in rows:
        target, anchor = LINK.search(row[3]).groups()
        page = pages.Page(pages.DOCS / target).twin(lang)
        ids = [heading_id for heading_id, _ in glossary.heading_ids(page.path)]
        assert anchor is None or anchor in ids, f"{row[0]}: #{anchor} is not a heading of {page.rel}"
        assert anchor is None or not re.fullmatch(r"_\d+|[-_]*", anchor), f"{row[0]}: #{anchor} says nothing"


def test_heading_anchors_are_readable_and_stable():
    """Korean headings keep their words in the anchor: a link shared today still works after a heading is added."""
    assert pages.slugify("패딩과 자르기", "-") == "패딩과-자르기"
    assert pages.slugify("Padding and truncation", "-") == "padding-and-truncation"
    for page in pages.all_pages():
        if pages.DOCS / "notebooks" in page.path.parents:
            continue
        for heading_id, title in glossary.heading_ids(page.path):
            assert not re.fullmatch(r"_\d+|[-_]*", heading_id), f"{page.rel}: heading {title!r} gets #{heading_id}"


def test_each_term_links_where_the_chapters_write_it_with_its_english_name():
    for term in glossary.terms():
        use = glossary.first_use(term["korean"], term.get("introduced"))
        assert use is not None, f"{term['korean']} is not used in any chapter"
        line = use.page.text().split("\n")[use.line]
        assert term["korean"] in line
        assert use.introduced, f"{term['korean']}: no chapter writes it with its English name in parentheses"
        if term.get("introduced"):
            assert use.page.chapter == term["introduced"]


def test_each_english_term_is_used_on_the_english_pages():
    text = "\n".join(page.text().lower() for page in pages.chapters("en"))
    for term in glossary.terms():
        names = [name.split(" (")[0].strip().lower() for name in term["english"].split(" / ")]
        assert any(name in text for name in names), f"{term['english']} appears on no English chapter"


def test_a_term_the_book_never_uses_is_named(monkeypatch):
    monkeypatch.setattr(glossary, "terms", lambda: [{"korean": "없는 용어", "english": "no such term"}])
    with pytest.raises(LookupError, match="없는 용어"):
        glossary.rows("ko")


def test_the_table_replaces_the_marker_on_both_glossary_pages():
    for lang in pages.LANGS:
        page = pages.Page(pages.DOCS / "glossary.md").twin(lang)
        filled = fill_generated(page.text(), lang)
        assert glossary.MARKER not in filled and filled.count("\n| ") == len(glossary.terms()) + 1
