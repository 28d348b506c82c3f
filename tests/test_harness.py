"""The page harness cannot silently skip a fence, and a failing block names its page and line."""
import io
from pathlib import Path

import pytest
from pytest_codeblocks import extract_from_buffer

from rnnbook import pages

PAGE = """# t

```python
x = 1
```

```py
y = 2
```

~~~python
z = 3
~~~

    ??? note
        ```python
        w = x + 1
        ```
"""


def test_fence_count_sees_what_the_extractor_misses():
    extracted = extract_from_buffer(io.StringIO(PAGE))
    assert pages.count_fences(PAGE) == 4
    assert len(extracted) == 3  # the ~~~ fence is invisible to pytest-codeblocks: the page test fails on it
    assert [b.syntax for b in extracted] == ["python", "py", "python"]


def test_a_block_with_another_info_string_is_refused(tmp_path):
    page = pages.Page(tmp_path / "page.md")
    block = extract_from_buffer(io.StringIO(PAGE))[1]
    with pytest.raises(pages.BlockError, match="info string 'py'"):
        pages.run_block(page, block, {}, tmp_path)


def test_a_failing_block_names_page_and_line(tmp_path):
    path = tmp_path / "broken.md"
    path.write_text("# t\n\ntext\n\n```python\n1 / 0\n```\n", encoding="utf-8")
    page = pages.Page(path)
    (block,) = pages.blocks(page)
    with pytest.raises(pages.BlockError, match=rf"{path}:5: code block failed: ZeroDivisionError"):
        pages.run_block(page, block, {}, tmp_path)


def test_snippet_includes_are_expanded():
    code = pages.expand('--8<-- "snippets/ch02/recurrent_basics.py:sentence"')
    assert "sentence = np.array" in code and "--8<--" not in code


def test_blocks_share_one_namespace_like_a_notebook(tmp_path):
    path = tmp_path / "nb.md"
    path.write_text("```python\nx = 41\n```\n\n```python\nx += 1\nprint(x)\n```\n", encoding="utf-8")
    page, namespace = pages.Page(path), {}
    outputs = [pages.run_block(page, b, namespace, tmp_path) for b in pages.blocks(page)]
    assert outputs == ["", "42\n"]


def test_page_code_writes_nowhere_in_the_repository(tmp_path):
    path = tmp_path / "writer.md"
    path.write_text('```python\nopen("checkpoint.keras", "w").close()\n```\n', encoding="utf-8")
    page = pages.Page(path)
    pages.run_block(page, pages.blocks(page)[0], {}, tmp_path)
    assert (tmp_path / "checkpoint.keras").exists()
    assert not (Path(pages.ROOT) / "checkpoint.keras").exists()


SET_UP = """<!--pytest.mark.skip-->
```bash
python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/mkdocs serve
```

<!--pytest.mark.skip-->
```powershell
py -3.12 -m venv .venv
.venv\\Scripts\\mkdocs serve
```

<!--pytest.mark.skip-->
```python
print("skipped")
```
"""


def test_skipped_blocks_are_only_the_readmes_shell_commands():
    readme = "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/mkdocs serve\npy -3.12 -m venv .venv\n"
    bash, powershell, python = extract_from_buffer(io.StringIO(SET_UP))
    assert pages.undocumented_commands(bash, readme) == []
    assert pages.undocumented_commands(powershell, readme) == [".venv\\Scripts\\mkdocs serve"]
    assert pages.undocumented_commands(powershell, readme + ".venv\\Scripts\\mkdocs serve") == []
    assert pages.undocumented_commands(bash, readme.replace("-e .", "-e '.'")) == [bash.code.strip()]
    assert pages.undocumented_commands(python, readme) == ["a skipped python block"]


def test_a_chapter_page_its_twin_and_its_notebook_share_one_process():
    from rnnbook.pytest_pages import xdist_group

    groups = {xdist_group(nodeid) for nodeid in (
        "docs/ch04-imdb-simplernn.md::line12", "docs/ch04-imdb-simplernn.en.md::line12",
        "tests/test_notebook_execution.py::test_notebook_runs_top_to_bottom[ch04-imdb-simplernn.ipynb]",
        "tests/test_notebook_execution.py::test_notebook_runs_top_to_bottom[ch04-imdb-simplernn.en.ipynb]")}
    assert groups == {"ch04"}
    assert xdist_group("docs/getting-started.en.md::line41") == "getting-started"
    assert xdist_group("tests/browser/test_site.py::test_page_loads_cleanly[notebooks/ch04-imdb-simplernn/]") == "browser"
    assert xdist_group("tests/test_figures.py::test_every_drawn_figure_is_shown") == "browser"
    assert xdist_group("tests/test_numbers.py::test_x") == "tests/test_numbers.py::test_x"
