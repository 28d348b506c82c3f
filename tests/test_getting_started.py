"""Getting started works for every learner: the code's address, a tab per platform, a Python pip accepts."""
import tomllib

import pytest
from packaging.specifiers import SpecifierSet

from rnnbook import ROOT, get_the_code, mkdocs_hooks, pages

PAGES = [pages.Page(pages.DOCS / name) for name in ("getting-started.md", "getting-started.en.md")]


def test_pip_refuses_a_python_that_tensorflow_has_no_wheels_for():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    supported = SpecifierSet(project["requires-python"])
    assert all(version in supported for version in ("3.11.0", "3.12.9", "3.13.5"))
    assert not any(version in supported for version in ("3.10.12", "3.14.0", "3.15.0"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.lang)
def test_a_tab_for_each_platform(page):
    text = page.text()
    for tab in ('=== "Windows (PowerShell)"', '=== "macOS"', '=== "Linux"', '=== "Colab"'):
        assert tab in text, tab
    assert get_the_code.MARKER in text
    syntaxes = {block.syntax for block in pages.blocks(page) if pages.is_skipped(block)}
    assert syntaxes == {"bash", "powershell"}


@pytest.mark.parametrize("lang", pages.LANGS)
def test_clone_address_comes_from_the_repository(lang):
    text = get_the_code.instructions(lang, "https://github.com/someone/rnn-book.git")
    assert "git clone https://github.com/someone/rnn-book.git\ncd rnn-book\n" in text
    assert "https://github.com/someone/rnn-book/archive/refs/heads/main.zip" in text and "rnn-book-main" in text
    for repository in (None, "https://gitlab.com/someone/rnn-book"):
        placeholder = get_the_code.instructions(lang, repository)
        assert "github.com" not in placeholder
        assert f"git clone {get_the_code.TEXT[lang]['address']}" in placeholder


def test_the_build_fills_in_the_clone_step():
    filled = mkdocs_hooks.fill_generated(PAGES[0].text(), "ko", repository="https://github.com/someone/rnn-book")
    assert get_the_code.MARKER not in filled and "git clone https://github.com/someone/rnn-book.git" in filled
