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
HEAVY_BLOCK_MB = 1000    # a block that needs more than this beyond what ran before gets a memory note
MEMORY_NOTE = {"ko": "메모리", "en": "memory"}


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


def memory_note_before(page: pages.Page, fence: pages.Fence) -> bool:
    """Whether an admonition about memory stands within the few lines above the fence."""
    above = page.text().split("\n")[max(0, fence.start - 8):fence.start]
    return any(line.lstrip().startswith(("!!!", "???")) and MEMORY_NOTE[page.lang] in line.lower() for line in above)


def heavy_blocks_without_note(page: pages.Page, record: dict) -> list[int]:
    """Lines of blocks that raised the recorded peak memory by over HEAVY_BLOCK_MB with no note above."""
    before = [record["baseline_rss_mb"]] + [item["peak_rss_mb"] for item in record["outputs"]]
    heavy = [i for i, (a, b) in enumerate(zip(before, before[1:])) if b - a > HEAVY_BLOCK_MB]
    runnable = [f for f in pages.fences(page.text()) if f.syntax in pages.RUNNABLE]
    return [runnable[i].start + 1 for i in heavy if not memory_note_before(page, runnable[i])]


def test_a_heavy_block_without_a_note_is_found(page):
    record = {"baseline_rss_mb": 700, "outputs": [{"peak_rss_mb": 900}, {"peak_rss_mb": 2500}]}
    assert heavy_blocks_without_note(page, record) == [12]
    noted = page.text().replace('    ??? success "Answer"', '    !!! warning "메모리: 2 GB"\n\n    ??? success "Answer"')
    page.path.write_text(noted, encoding="utf-8")
    assert heavy_blocks_without_note(page, record) == []


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_memory_note_stands_before_every_heavy_block(chapter):
    for lang in pages.LANGS:
        page = pages.chapter_page(chapter, lang)
        missing = heavy_blocks_without_note(page, numbers.load_results(chapter))
        assert not missing, f"{page.rel}: blocks at lines {missing} need over {HEAVY_BLOCK_MB} MB; put a memory note before them"


def test_a_block_run_on_stand_in_data_shows_a_note_not_its_output(page, monkeypatch):
    recorded = [{"sha": outputs.digest("print(1)"), "text": "", "trained": False, "standin": ["x.zip"]},
                {"sha": outputs.digest("print(2)"), "text": "2\n", "trained": False}]
    monkeypatch.setattr(outputs, "recorded", lambda chapter: recorded)
    shown = outputs.show_under_blocks(page.text(), page).split("\n")
    first = shown.index("print(1)")
    assert shown[first + 2:first + 4] == ["", '!!! info "출력 없음"']
    assert len(pages.fences("\n".join(shown))) == 4   # only the second block got an output fence


def test_the_recording_keeps_no_output_of_a_block_that_read_a_stand_in(tmp_path, monkeypatch):
    from rnnbook import offline_data, record

    monkeypatch.setenv(offline_data.ENV_VAR, str(tmp_path))
    path = tmp_path / "ch99-standin.md"
    path.write_text('```python\nimport keras\nfolder = keras.utils.get_file(origin="https://s3.amazonaws.com/'
                    'keras-datasets/jena_climate_2009_2016.csv.zip", extract=True)\nprint(folder)\n```\n\n'
                    '```python\nprint(2)\n```\n', encoding="utf-8")
    page = pages.Page(path)
    pages.prepare_runtime(quick=True)
    run = pages.PageRun(page, tmp_path)
    first, second = (record.record_block(run, block) for block in pages.blocks(page))
    assert first["text"] == "" and first["standin"] == ["jena_climate_2009_2016.csv.zip"]
    assert second["text"] == "2\n" and "standin" not in second


OPTIONAL_PAGE = """# t

```python
print(1)
```

??? note "Optional experiment: timing <!-- optional-cost -->"
    Text inside.

    ```python
    print(2)
    ```

    ```python
    print(3)
    ```

After the box.

```python
print(4)
```
"""


def test_an_optional_box_shows_what_its_blocks_took(monkeypatch):
    recorded = {outputs.digest(f"print({n})"): {"sha": "", "text": "", "seconds": s}
                for n, s in [(1, 10.0), (2, 70.0), (3, 50.0), (4, 5.0)]}
    monkeypatch.setattr(outputs, "by_digest", lambda chapter: recorded)
    page = pages.Page(pages.DOCS / "ch99-test.en.md")
    (_, boxed), = outputs.optional_boxes(OPTIONAL_PAGE)
    assert [f.body for f in boxed] == ["print(2)", "print(3)"]
    assert outputs.optional_seconds(OPTIONAL_PAGE, "ch99") == 120.0
    filled = outputs.fill_optional_costs(OPTIONAL_PAGE, page)
    assert '??? note "Optional experiment: timing (2 min in the recorded run)"' in filled
    del recorded[outputs.digest("print(3)")]["seconds"]   # a record made before per-block times
    assert outputs.optional_seconds(OPTIONAL_PAGE, "ch99") is None
    assert '??? note "Optional experiment: timing"' in outputs.fill_optional_costs(OPTIONAL_PAGE, page)
