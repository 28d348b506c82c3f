"""Every number the prose states comes from the book's code (see rnnbook/numbers.py)."""
import json
import re

import pytest

from rnnbook import ROOT, numbers, pages

CHAPTER_PAGES = [p for p in pages.all_pages() if p.chapter]
CHAPTERS = sorted({p.chapter for p in CHAPTER_PAGES if numbers.spec_path(p.chapter).exists()})


@pytest.mark.parametrize("page", pages.all_pages(), ids=lambda p: p.rel)
def test_every_placeholder_is_declared_and_recorded(page):
    """A page may also cite another chapter's recorded number, to compare with it."""
    for chapter, key in numbers.placeholders(page):
        numbers.formatted(chapter, key)  # raises on an undeclared or unrecorded number


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_results_record_how_they_were_made(chapter):
    record = numbers.load_results(chapter)
    assert record["chapter"] == chapter
    assert re.fullmatch(r"[0-9a-f]{64}", record["code_sha256"])
    for field in ("python", "tensorflow", "keras", "numpy", "cpu", "cpu_count"):
        assert record["environment"][field], field


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_declared_number_is_stated_or_drawn(chapter):
    """A declared number is used by a page, a figure script or the timestep explorer."""
    from rnnbook import figures

    used = {key for page in CHAPTER_PAGES if page.chapter == chapter for _, key in numbers.placeholders(page)}
    scripts = "\n".join(s.read_text(encoding="utf-8") for s in figures.scripts() if s.name.startswith(chapter))
    scripts += (ROOT / "rnnbook" / "explorer.py").read_text(encoding="utf-8")   # the timestep explorer's data
    unused = [key for key in numbers.load_spec(chapter) if key not in used and f'"{key}"' not in scripts]
    assert not unused, f"{chapter}: declared but never shown: {unused}"


@pytest.mark.parametrize("page", CHAPTER_PAGES, ids=lambda p: p.rel)
def test_recorded_numbers_are_not_typed_into_prose(page):
    """Large recorded integers must reach the prose (self-check questions included) only through placeholders."""
    if not numbers.results_path(page.chapter).exists():
        pytest.fail(f"{page.chapter} has no recorded results")
    typed = [f"{page.rel}: {written} ({page.chapter}.{key}) is typed, use {{{{ {page.chapter}.{key} }}}}"
             for written, key in numbers.typed_numbers(page)]
    assert not typed, "\n".join(typed)


def test_a_typed_number_is_found_and_a_setting_is_not():
    page = next(p for p in CHAPTER_PAGES if p.chapter == "ch02")
    value = numbers.load_results("ch02")["values"]["rnn_params"]
    assert numbers.typed_numbers(page, f"the layer has {value:,} parameters") == [(f"{value:,}", "rnn_params")]
    assert numbers.typed_numbers(page, "{{ ch02.rnn_params }} parameters") == []
    assert "10000" in numbers.settings(page)   # Embedding(10000, 32) in the page's code


def test_substitution_formats_recorded_values():
    chapter = CHAPTERS[0]
    spec, values = numbers.load_spec(chapter), numbers.load_results(chapter)["values"]
    key = next(iter(spec))
    expected = numbers.format_value(values[key], spec[key].get("fmt", "{}"))
    assert numbers.substitute(f"a {{{{ {chapter}.{key} }}}} b") == f"a {expected} b"


def test_unknown_number_fails_loudly():
    with pytest.raises(KeyError, match="not declared"):
        numbers.substitute("{{ %s.no_such_number }}" % CHAPTERS[0])


def test_code_hash_changes_with_the_code(monkeypatch):
    chapter = CHAPTERS[0]
    before = numbers.code_hash(chapter)
    real = pages.page_code
    monkeypatch.setattr(numbers, "page_code", lambda page: real(page) + "\nx = 1\n")
    assert numbers.code_hash(chapter) != before


def test_shapes_are_written_like_tuples():
    assert numbers.format_value([1, 4, 3], "shape") == "(1, 4, 3)"
    assert numbers.format_value([5], "shape") == "(5,)"


def test_values_compare_by_value_not_by_type():
    assert numbers.same([1, 4, 3], numbers.to_plain((1, 4, 3)))
    assert numbers.same(0.1 + 0.2, 0.3)
    assert not numbers.same(2080, 2081)
    assert not numbers.same([1, 4], [1, 4, 3])
    assert json.loads(json.dumps(numbers.to_plain({"a": (1, 2)}))) == {"a": [1, 2]}
