"""Every figure is drawn by a script in figures_src/, cached, in both languages, with Korean glyphs."""
import re

import pytest
from matplotlib import font_manager

from rnnbook import figures, pages



def shown(page):
    return [path for _, path in page.figures() if path.startswith("figures/")]


@pytest.fixture(scope="module")
def produced():
    return figures.build_all()


def test_every_referenced_figure_is_drawn(produced):
    for page in pages.all_pages():
        for path in shown(page):
            assert path in produced, f"{page.rel} shows {path}, which no script in figures_src/ draws"


def test_every_drawn_figure_is_shown(produced):
    on_pages = {path for page in pages.all_pages() for path in shown(page)}
    assert not set(produced) - on_pages, f"drawn but on no page: {sorted(set(produced) - on_pages)}"


def test_each_figure_exists_in_both_languages(produced):
    names = {re.sub(r"\.(ko|en)\.png$", "", uri) for uri in produced}
    for name in names:
        assert {f"{name}.ko.png", f"{name}.en.png"} <= set(produced), name


def test_warm_build_redraws_nothing(produced, monkeypatch):
    def no_drawing(*args, **kwargs):
        raise AssertionError("a cached figure was drawn again")

    monkeypatch.setattr(figures.subprocess, "run", no_drawing)
    assert figures.build_all() == produced


def test_a_changed_script_gets_a_new_key(tmp_path, monkeypatch):
    script = figures.scripts()[0]
    copy = tmp_path / script.name
    copy.write_text(script.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert figures.cache_key(copy) != figures.cache_key(script)


def test_a_failing_script_fails_the_build(tmp_path, monkeypatch):
    bad = tmp_path / "broken.py"
    bad.write_text("raise SystemExit('no data for this figure')\n", encoding="utf-8")
    monkeypatch.setattr(figures, "CACHE", tmp_path / "cache")
    monkeypatch.setattr(figures, "ROOT", tmp_path)
    (tmp_path / "rnnbook").mkdir()
    (tmp_path / "rnnbook" / "plotting.py").write_text("")
    (tmp_path / "cache" / "figures").mkdir(parents=True)
    with pytest.raises(figures.FigureScriptError, match="no data for this figure"):
        figures._draw(bad)


def test_korean_text_has_a_korean_font():
    import rnnbook.plotting  # noqa: F401  (sets the fonts)

    found = font_manager.findfont(font_manager.FontProperties(family="NanumGothic"), fallback_to_default=False)
    assert "Nanum" in found
