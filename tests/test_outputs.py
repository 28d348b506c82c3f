"""What a block printed in the recording run stands under that block, and every chapter fits in memory."""
import logging

import pytest

from rnnbook import numbers, outputs, pages

PAGE = """# t

```python
print(1)
```

Text.

1. An exercise.

    ??? success "Answer"
        ```python
        print(2)
        ```

```bash
echo not run
```
"""
CHAPTERS = sorted({p.record for p in pages.all_pages() if numbers.results_path(p.record).exists()})
MEMORY_LIMIT_MB = 4000   # every chapter runs on a machine with 4 GB to spare


@pytest.fixture
def page(tmp_path, monkeypatch):
    recorded = [{"sha": outputs.digest("print(1)"), "text": "1\n", "trained": False},
                {"sha": outputs.digest("print(2)"), "text": "2\n", "trained": False}]
    monkeypatch.setattr(outputs, "recorded", lambda chapter: recorded)
    path = tmp_path / "ch99-test.md"
    path.write_text(PAGE, encoding="utf-8")
    return pages.Page(path)


def test_output_stands_under_its_block_with_the_block_indent(page):
    shown = outputs.show_under_blocks(page.text(), page).split("\n")
    first = shown.index("print(1)")
    assert shown[first + 1:first + 5] == ["```", "", '``` { .text .no-copy .block-output title="출력" }', "1"]
    second = shown.index("        print(2)")
    assert shown[second + 3] == '        ``` { .text .no-copy .block-output title="출력" }'
    assert shown[second + 4] == "        2"
    assert len(pages.fences("\n".join(shown))) == 5   # two outputs added, the shell block has none


def test_a_block_without_a_recorded_output_is_reported(page, caplog):
    edited = page.text().replace("print(2)", "print(3)")
    with caplog.at_level(logging.WARNING):
        shown = outputs.show_under_blocks(edited, page)
    assert "no recorded output" in caplog.text and f"{page.rel}:12" in caplog.text
    assert len(pages.fences(shown)) == 4   # only the first block got its output


def test_backticks_in_an_output_cannot_close_its_fence():
    fence = outputs.output_fence("```\nx\n", "", "ko")
    assert fence[1].startswith("```` ") and fence[-1] == "````"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_block_has_a_recorded_output(chapter):
    page = pages.chapter_page(chapter)
    runnable = [b for b in pages.blocks(page) if b.syntax in pages.RUNNABLE and not pages.is_skipped(b)]
    assert [item["sha"] for item in outputs.recorded(chapter)] == [outputs.digest(b.code) for b in runnable]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_runs_within_four_gigabytes(chapter):
    peak = numbers.load_results(chapter)["peak_rss_mb"]
    assert peak < MEMORY_LIMIT_MB, f"{chapter}: the recorded full run peaked at {peak:.0f} MB"
