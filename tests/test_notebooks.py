"""Each chapter downloads as a notebook whose code cells are the page's code blocks."""
import json

import pytest

from rnnbook import notebooks, pages

CHAPTERS = [p for p in pages.all_pages() if p.chapter]


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.rel)
def test_notebook_code_matches_the_page(page):
    notebook = json.loads(notebooks.to_notebook(page))
    code = [("".join(c["source"]) if isinstance(c["source"], list) else c["source"]).strip()
            for c in notebook["cells"] if c["cell_type"] == "code"]
    page_code = [b.code.strip() for b in pages.blocks(page) if b.syntax in pages.RUNNABLE]
    assert code[1:] == page_code  # the first cell names the versions to install
    text = json.dumps(notebook)
    assert "--8<--" not in text and "{{ ch" not in text
