"""The appendix page on speed: every XLA timing the chapters record, side by side, made from the records."""
import pytest

from rnnbook import numbers, pages, speed
from rnnbook.mkdocs_hooks import fill_generated


@pytest.mark.parametrize("lang", pages.LANGS)
def test_one_row_per_measurement_with_the_recorded_seconds(lang):
    rows = [line for line in speed.table(lang).split("\n") if line.startswith("| [")]
    assert len(rows) == len(speed.MEASUREMENTS)
    for row, measurement in zip(rows, speed.MEASUREMENTS):
        off, on = (numbers.load_results(measurement.chapter)["values"][key] for key in (measurement.off, measurement.on))
        assert f"| {off:.2f} | {on:.2f} |" in row
        assert speed.verdict(off, on, lang) in row


def test_every_chapter_that_times_xla_is_on_the_page():
    """A chapter whose record has a with/without-XLA pair of timings appears in the table."""
    listed = {m.chapter for m in speed.MEASUREMENTS}
    for page in pages.chapters():
        values = numbers.load_results(page.chapter)["values"] if numbers.results_path(page.chapter).exists() else {}
        if any(key.startswith("xla_") and ("seconds" in key or key.endswith(("_off", "_on"))) for key in values):
            assert page.chapter in listed, f"{page.chapter} times XLA but is not on the speed page"


def test_verdict_reads_both_ways():
    assert speed.verdict(4.0, 2.0, "en") == "2.0× faster" and speed.verdict(1.0, 3.0, "ko") == "3.0배 느림"


def test_the_page_shows_the_table_in_both_languages():
    for lang in pages.LANGS:
        page = pages.Page(pages.DOCS / "speed.md").twin(lang)
        assert speed.MARKER in page.text()
        assert speed.table(lang) in fill_generated(page.text(), lang)
