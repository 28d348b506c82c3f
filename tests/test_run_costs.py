"""Getting started's table of each chapter's run time and memory comes from the chapters' records."""
import pytest

from rnnbook import numbers, pages, run_costs
from rnnbook.mkdocs_hooks import fill_generated


@pytest.mark.parametrize("lang", pages.LANGS)
def test_one_row_per_recorded_chapter_with_its_minutes_and_memory(lang):
    table = run_costs.table(lang)
    rows = [line for line in table.split("\n") if line.startswith("| [")]
    chapters = run_costs.chapters(lang)
    assert len(rows) == len(chapters) >= 7
    label = run_costs.LABELS[lang]
    total = 0.0
    for row, page in zip(rows, chapters):
        record = numbers.load_results(page.chapter)
        total += record["run_seconds"]
        assert f"({page.stem}.md)" in row
        assert run_costs.minutes(record["run_seconds"], label) in row
        assert f"{record['peak_rss_mb'] / 1000:.1f} GB" in row
    assert f"| {label['total']} | {run_costs.minutes(total, label)} |" in table


def test_short_runs_read_as_under_a_minute():
    label = run_costs.LABELS["en"]
    assert run_costs.minutes(0.5, label) == "under 1 min" and run_costs.minutes(1451.5, label) == "24 min"


def test_getting_started_shows_the_table():
    for lang in pages.LANGS:
        page = pages.Page(pages.DOCS / "getting-started.md").twin(lang)
        assert run_costs.MARKER in page.text()
        assert run_costs.table(lang) in fill_generated(page.text(), lang)


def test_a_chapter_run_partly_on_stand_in_data_says_so():
    for lang in pages.LANGS:
        table = run_costs.table(lang)
        for page in run_costs.chapters(lang):
            files = {f for item in numbers.load_results(page.chapter)["outputs"] for f in item.get("standin", [])}
            for name in files:
                assert f"`{name}`" in table, f"{page.chapter}: {name} not named"
