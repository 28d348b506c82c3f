"""Korean pages and Korean figure labels use the book's terms: no spelling that rnnbook/terms.toml lists under `avoid`."""
import io
import tokenize

import pytest

from rnnbook import DOCS, ROOT, glossary, pages

TERMS = glossary.terms()
AVOID = {wrong: term["korean"] for term in TERMS for wrong in term.get("avoid", [])}   # wrong -> use instead

KO_PAGES = [p.path for p in pages.all_pages(pages.DEFAULT_LANG) if DOCS / "notebooks" not in p.path.parents]
SCRIPTS = sorted((ROOT / "figures_src").glob("*.py"))


def page_lines(text):
    """(line number, text) of every line of a page."""
    return enumerate(text.splitlines(), 1)


def string_lines(source):
    """(line number, text) of every line of every string literal in Python source: the figure labels."""
    kinds = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}   # f-strings split up on 3.12+
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in kinds:
            for offset, line in enumerate(token.string.split("\n")):
                yield token.start[0] + offset, line


def violations(lines):
    """'line N: wrong → right' for each avoided spelling in (line number, text) pairs."""
    return [f"{n}: {wrong} → {right}" for n, text in lines for wrong, right in AVOID.items() if wrong in text]


@pytest.mark.parametrize("path", KO_PAGES + SCRIPTS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_avoided_spelling(path):
    text = path.read_text(encoding="utf-8")
    found = violations(string_lines(text) if path.suffix == ".py" else page_lines(text))
    rel = path.relative_to(ROOT).as_posix()
    assert not found, "spellings to replace (see rnnbook/terms.toml):\n" + "\n".join(f"{rel}:{v}" for v in found)


def test_the_check_catches_a_planted_variant():
    assert KO_PAGES and SCRIPTS and AVOID
    for wrong, right in AVOID.items():
        page = f"첫 줄은 괜찮습니다.\n둘째 줄에 {wrong}이 섞였습니다.\n"
        assert violations(page_lines(page)) == [f"2: {wrong} → {right}"]
        script = f'# {wrong} in a comment is no label\nTEXT = {{"ko": "제목\\n{wrong}", "en": "title"}}\n'
        assert violations(string_lines(script)) == [f"2: {wrong} → {right}"]
    assert violations(page_lines("순환 뉴런(recurrent neuron)의 평탄 구간과 초깃값")) == []


def test_terms_file_is_tidy():
    for term in TERMS:
        assert set(term) <= {"english", "korean", "meaning", "avoid", "also", "note", "introduced"}, term
        assert set(term.get("meaning", {})) == set(pages.LANGS), f"{term['korean']}: a one-line meaning in each language"
        assert term["english"].strip() and term["korean"].strip(), term
        assert all(isinstance(s, str) and s.strip() for s in term.get("avoid", [])), term
    koreans = [term["korean"] for term in TERMS]
    assert len(koreans) == len(set(koreans)), f"Korean terms listed twice: {sorted({k for k in koreans if koreans.count(k) > 1})}"
    assert not [(w, k) for w in AVOID for k in koreans if w in k], "an avoided spelling is part of a term the book uses"
