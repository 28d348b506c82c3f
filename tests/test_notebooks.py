"""Each chapter is also a notebook whose code cells are the page's code blocks, with their outputs."""
import ast
import re
import json
import sys
import tomllib
from types import SimpleNamespace

import pytest

from rnnbook import ROOT, mkdocs_hooks, notebook_pages, notebooks, outputs, pages

CHAPTERS = [p for p in pages.all_pages() if p.chapter]
# What a notebook's imports may come from besides the installed packages: numpy comes with tensorflow.
BROUGHT_BY = {"numpy": "tensorflow", "sklearn": "scikit-learn"}


def cells(page, kind="code") -> list[str]:
    notebook = json.loads(notebooks.to_notebook(page))
    return [("".join(c["source"]) if isinstance(c["source"], list) else c["source"])
            for c in notebook["cells"] if c["cell_type"] == kind]


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.rel)
def test_notebook_code_matches_the_page(page):
    notebook = json.loads(notebooks.to_notebook(page))
    code = [("".join(c["source"]) if isinstance(c["source"], list) else c["source"]).strip()
            for c in notebook["cells"] if c["cell_type"] == "code"]
    page_code = [b.code.strip() for b in pages.blocks(page) if b.syntax in pages.RUNNABLE]
    assert code[2:] == page_code  # the first cell installs the pinned versions, the second turns oneDNN off
    text = json.dumps(notebook)
    assert "--8<--" not in text and "{{ ch" not in text


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.rel)
def test_notebook_holds_nothing_of_the_book_machinery(page):
    text = notebooks.to_notebook(page)
    assert "rnnbook" not in text and "quick_mode" not in text and "prepare_runtime" not in text
    assert notebooks.to_notebook(page) == text, "two builds wrote different notebooks (serve would loop)"


def test_first_cell_installs_the_versions_pyproject_pins():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = dict(req.split("==") for req in project["dependencies"] if "==" in req)
    first = cells(CHAPTERS[0])[0].strip().split("\n")
    assert all(line.startswith("# ") for line in first[:-1])
    assert first[-1] == "%pip install " + " ".join(f"{name}=={pinned[name]}" for name in notebooks.PACKAGES)
    for page in CHAPTERS:
        assert cells(page)[0].strip().split("\n")[-1] == first[-1], page.rel


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.rel)
def test_first_cell_installs_what_the_code_imports(page):
    imported = set()
    for code in cells(page)[2:]:
        for node in ast.walk(ast.parse(code)):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module.split(".")[0])
    third_party = {name for name in imported if name not in sys.stdlib_module_names}
    installed = {BROUGHT_BY.get(name, name) for name in third_party}
    assert installed <= set(notebooks.PACKAGES), f"{page.rel} imports {sorted(third_party)}"


def test_recorded_outputs_are_attached_to_their_cells(monkeypatch):
    page = CHAPTERS[0]
    code = cells(page)[2:]
    printed = {outputs.digest(code[0]): "first block printed this\n", outputs.digest(code[-1]): ""}
    monkeypatch.setattr(outputs, "recorded", lambda chapter: [
        {"sha": sha, "text": text, "trained": False} for sha, text in printed.items()])
    notebook = json.loads(notebooks.to_notebook(page))
    code_cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert code_cells[0]["outputs"] == code_cells[1]["outputs"] == []  # install and oneDNN: not in the recording
    assert code_cells[2]["outputs"] == [
        {"output_type": "stream", "name": "stdout", "text": ["first block printed this\n"]}]
    assert code_cells[-1]["outputs"] == []  # printed nothing
    assert all(c["outputs"] == [] for c in code_cells[3:-1])  # not recorded


def test_math_uses_the_delimiters_jupyter_and_colab_read():
    text = "a \\(h_A\\) and `\\(kept\\)`\n\\[\nh_t = x\n\\]\n```\n\\(kept\\)\n```"
    assert notebooks.dollar_math(text) == "a $h_A$ and `\\(kept\\)`\n$$\nh_t = x\n$$\n```\n\\(kept\\)\n```"
    for page in CHAPTERS:
        markdown = "\n".join(cells(page, "markdown"))
        assert "\\(" not in markdown and "\\[" not in markdown, page.rel


def test_write_all_rewrites_only_what_changed(tmp_path, monkeypatch):
    monkeypatch.setattr(notebooks, "GENERATED", tmp_path)
    (tmp_path / "gone.ipynb").write_text("{}")
    first = notebooks.write_all()
    assert {p.name for p in first} == {nb.file_name for nb in notebooks.chapter_notebooks()} | {"gone.ipynb"}
    assert not (tmp_path / "gone.ipynb").exists()
    assert notebooks.write_all() == []


def test_notebook_paths_follow_the_language_layout():
    korean, english = (notebooks.Notebook(pages.chapter_page("ch02", lang)) for lang in ("ko", "en"))
    assert (korean.file_name, korean.url, korean.download) == (
        "ch02-recurrent-neurons.ipynb", "notebooks/ch02-recurrent-neurons/",
        "notebooks/ch02-recurrent-neurons/ch02-recurrent-neurons.ipynb")
    assert (english.file_name, english.url, english.download) == (
        "ch02-recurrent-neurons.en.ipynb", "en/notebooks/ch02-recurrent-neurons/",
        "en/notebooks/ch02-recurrent-neurons/ch02-recurrent-neurons.en.ipynb")
    assert notebooks.for_source(korean.source) == korean and notebooks.for_source(pages.DOCS / "index.md") is None


COLAB = "https://colab.research.google.com/github/someone/rnn-book/blob/gh-pages/"


@pytest.mark.parametrize("repo", ["https://github.com/someone/rnn-book", "https://github.com/someone/rnn-book/",
                                  "https://github.com/someone/rnn-book.git"])
def test_colab_opens_the_notebook_that_gh_deploy_publishes(repo):
    korean, english = (notebooks.Notebook(pages.chapter_page("ch02", lang)) for lang in ("ko", "en"))
    assert notebooks.colab_url(korean, repo) == COLAB + "notebooks/ch02-recurrent-neurons/ch02-recurrent-neurons.ipynb"
    assert notebooks.colab_url(english, repo) == (
        COLAB + "en/notebooks/ch02-recurrent-neurons/ch02-recurrent-neurons.en.ipynb")


@pytest.mark.parametrize("repo", [None, "", "https://gitlab.com/someone/rnn-book", "https://github.com/someone"])
def test_no_colab_link_without_a_github_repository(repo):
    assert notebooks.colab_url(notebooks.Notebook(CHAPTERS[0]), repo) is None


def test_repository_url_from_the_environment_first(monkeypatch):
    monkeypatch.delenv(notebooks.REPO_URL_ENV, raising=False)
    assert notebooks.repo_url(None) is None
    assert notebooks.repo_url("https://github.com/a/b") == "https://github.com/a/b"
    monkeypatch.setenv(notebooks.REPO_URL_ENV, "https://github.com/c/d")
    assert notebooks.repo_url("https://github.com/a/b") == "https://github.com/c/d"


@pytest.mark.parametrize("lang", pages.LANGS)
def test_chapter_and_notebook_pages_link_each_other_and_colab(monkeypatch, lang):
    notebook = notebooks.Notebook(pages.chapter_page("ch02", lang))
    chapter = SimpleNamespace(url=pages.site_prefix(lang) + "ch02-recurrent-neurons/")
    monkeypatch.delenv(notebooks.REPO_URL_ENV, raising=False)
    links = mkdocs_hooks.notebook_links(notebook, chapter, {}, on_notebook_page=False)
    up = "../" * chapter.url.count("/")
    assert f'href="{up}{notebook.url}"' in links and f'href="{up}{notebook.download}" download' in links
    assert "colab" not in links
    monkeypatch.setenv(notebooks.REPO_URL_ENV, "https://github.com/someone/rnn-book")
    page = SimpleNamespace(url=notebook.url)
    links = mkdocs_hooks.notebook_links(notebook, page, {}, on_notebook_page=True)
    up = "../" * page.url.count("/")
    assert f'href="{up}{pages.site_prefix(lang)}ch02-recurrent-neurons/"' in links
    assert f'href="{notebooks.colab_url(notebook, "https://github.com/someone/rnn-book")}"' in links


TOC = [SimpleNamespace(id="_1", children=[SimpleNamespace(id="_2", children=[]), SimpleNamespace(id="tanh", children=[])])]
RENDERED = (
    '<!-- Load mathjax --><script src=""> </script><!-- End of mermaid configuration -->'
    '<style type="text/css">.jupyter-wrapper{--x: 1}</style><style>[\'pre { }\']</style>'
    '<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">'
    '<h1 id="">제목<a class="anchor-link" href="#">¶</a></h1><p>값 $h_A$, 돈 $5 and $10, <code>$x$</code></p>'
    '<p>$$\nh_t = x\n$$</p><h2 id="">둘째<a class="anchor-link" href="#">¶</a></h2>'
    '<h2 id="tanh">tanh<a class="anchor-link" href="#tanh">¶</a></h2><table><tr><td>1</td></tr></table></div>'
    '<div class="highlight-ipynb hl-python"><pre>$y$</pre></div>'
)


def test_notebook_page_html_is_finished_like_a_chapter():
    html, styles = notebook_pages.finish(RENDERED, TOC, "ko", "../../assets/stylesheets/notebook.css")
    assert styles == [".jupyter-wrapper{--x: 1}"]
    assert "<script" not in html and "<style" not in html
    assert html.startswith('<link rel="stylesheet" href="../../assets/stylesheets/notebook.css">')
    assert '<h1 id="_1">제목 <span class="notebook-badge">노트북</span><a class="headerlink" href="#_1"' in html
    assert '<h2 id="_2">둘째<a class="headerlink" href="#_2"' in html and '<h2 id="tanh">' in html
    assert html.count("<math") == 2 and 'display="block"' in html  # $h_A$ and the display formula
    assert "$5 and $10" in html and "<code>$x$</code>" in html and "<pre>$y$</pre>" in html
    assert '<div class="notebook-table" tabindex="0"><table>' in html
    assert '<div tabindex="0" class="highlight-ipynb' in html


def test_headings_that_do_not_match_the_toc_fail_the_build():
    with pytest.raises(ValueError, match="3 headings but 1 entries"):
        notebook_pages.finish(RENDERED, [SimpleNamespace(id="_1", children=[])], "en", "x.css")


def test_search_keeps_notebook_titles_not_their_text():
    chapter = {"location": "ch02-recurrent-neurons/#_2", "title": "t", "text": "본문"}
    assert notebook_pages.search_entry(chapter) == chapter
    for location in ("notebooks/ch02-recurrent-neurons/#_2", "en/notebooks/ch02-recurrent-neurons/"):
        assert notebook_pages.search_entry({"location": location, "title": "t", "text": "본문"})["text"] == ""


def test_links_to_pages_lead_to_the_site():
    text = "[next](ch03-text-as-sequences.md), [there](ch04-imdb-simplernn.md#_2), [home](index.md), [web](https://x.org/a.md)"
    assert notebooks.site_links(text, "ko") == (
        "[next](../../ch03-text-as-sequences/), [there](../../ch04-imdb-simplernn/#_2), [home](../../), "
        "[web](https://x.org/a.md)")
    assert notebooks.site_links(text, "ko", "http://127.0.0.1:8000/") == notebooks.site_links(text, "ko")
    assert notebooks.site_links(text, "en", "https://someone.github.io/rnn-book/").startswith(
        "[next](https://someone.github.io/rnn-book/en/ch03-text-as-sequences/), "
        "[there](https://someone.github.io/rnn-book/en/ch04-imdb-simplernn/#_2), "
        "[home](https://someone.github.io/rnn-book/en/)")
    for page in CHAPTERS:
        assert ".md)" not in "\n".join(cells(page, "markdown")), page.rel


def test_pruned_css_keeps_what_the_page_can_match():
    css = ('@charset "UTF-8";/* .unused */.jupyter-wrapper{--a: 1}.jupyter-wrapper :root{--b: 2}'
           '.jp-Cell,.bp3-button{color:red}.jp-Cell:not(.jp-mod-active){x:1}@media (max-width:10px){.bp3-x{y:2}}'
           '@media print{.jp-Cell{z:3}}.md-typeset .jp-Cell{w:4}@font-face{font-family:"a{b}"}.jupyter-wrapper{--a: 1}')
    used = {"jupyter-wrapper", "jp-Cell"}
    assert notebook_pages.prune_css(css, used) == (
        ".jp-Cell{color:red}.jp-Cell:not(.jp-mod-active){x:1}@media print{.jp-Cell{z:3}}"
        '.md-typeset .jp-Cell{w:4}@font-face{font-family:"a{b}"}.jupyter-wrapper{--a: 1}')


# A notebook stands alone: downloaded, or opened in Colab from the published site.
SITE = "https://someone.github.io/rnn-book/"
TARGET = re.compile(r"\]\(([^)\s]+)")
HTML_TARGET = re.compile(r"""(?:href|src)=["']([^"']+)""")
FIGURE_MENTION = {"ko": re.compile(r"(?:위|아래)의? 그림"), "en": re.compile(r"figures? (?:above|below)")}
EXPLORER_WORD = {"ko": "탐색기", "en": "explorer"}


def published(page) -> list[dict]:
    return json.loads(notebooks.to_notebook(page, SITE))["cells"]


def text_of(cell) -> str:
    return "".join(cell["source"])


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.rel)
def test_published_notebook_links_only_to_absolute_addresses(page):
    for number, cell in enumerate(published(page)):
        if cell["cell_type"] != "markdown":
            continue
        for target in TARGET.findall(text_of(cell)) + HTML_TARGET.findall(text_of(cell)):
            assert target.startswith(("https://", "http://")), f"{page.rel}: cell {number} links to {target!r}"
            assert not target.startswith(SITE) or "/../" not in target, target


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.rel)
def test_every_figure_of_the_page_is_in_its_notebook(page):
    cells_ = published(page)
    images = [target for cell in cells_ for target in re.findall(r"!\[[^\]]+\]\(([^)\s]+)\)", text_of(cell))]
    assert images == [SITE + path for _, path in page.figures()]
    seen_image = False
    for number, cell in enumerate(cells_):
        text = text_of(cell)
        mention = FIGURE_MENTION[page.lang].search(text.split("![")[0])
        assert seen_image or not mention, f"{page.rel}: cell {number} refers to a figure before any figure"
        seen_image = seen_image or "![" in text


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.rel)
def test_no_empty_cells(page):
    for number, cell in enumerate(published(page)):
        assert text_of(cell).strip(), f"{page.rel}: cell {number} is empty"


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.rel)
def test_the_explorer_is_left_to_the_site_with_a_link(page):
    """The timestep explorer (chapters 4 and 5) and the window explorer (chapter 6) alike."""
    text = rest = "\n".join(text_of(cell) for cell in published(page))
    for marker, notes in notebooks.SITE_ONLY.items():
        sections = page.text().count(marker)
        note = re.escape(notes[page.lang]).replace(re.escape("{url}"), r"(?P<url>[^)\s]+)")
        links = [match["url"] for match in re.finditer(note, text)]
        assert len(links) == sections
        assert all(url.startswith(f"{SITE}{page.site_prefix}{page.stem}/#") for url in links), links
        rest = re.sub(note, "", rest)
        assert marker not in text
    assert EXPLORER_WORD[page.lang] not in rest.lower(), f"{page.rel}: the notebook mentions an explorer it lacks"


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.rel)
def test_the_recorded_run_is_the_last_cell(page):
    title, box = notebooks.run_costs.record_box(page.chapter, page.lang)
    cells_ = published(page)
    assert cells_[-1]["cell_type"] == "markdown" and text_of(cells_[-1]) == f"**{title}**\n\n{box}"
    record = json.loads((ROOT / "results" / f"{page.chapter}.json").read_text(encoding="utf-8"))
    for fact in (record["environment"]["tensorflow"], record["environment"]["cpu"], str(record["run_seconds"])):
        assert fact in box
    assert f"{record['peak_rss_mb'] / 1000:.1f} GB" in box
    mentions = [n for n, cell in enumerate(cells_[:-1]) if title in text_of(cell)]
    for n in mentions:  # the box is at the end of the notebook, not of a page
        assert "end of the page" not in text_of(cells_[n]) and "페이지 끝" not in text_of(cells_[n]), n


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.rel)
def test_install_cell_pins_every_version_the_record_names(page):
    install = cells(page)[0]
    environment = json.loads((ROOT / "results" / f"{page.chapter}.json").read_text(encoding="utf-8"))["environment"]
    for package in ("tensorflow", "keras", "numpy"):
        assert f" {package}=={environment[package]}" in install, f"{page.rel}: {package} not pinned as recorded"
    assert "Colab" in install and ("세션 다시 시작" in install or "Restart session" in install)


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.rel)
def test_onednn_is_off_before_the_first_import(page):
    code = cells(page)
    assert 'os.environ["TF_ENABLE_ONEDNN_OPTS"] = "0"' in code[1]
    assert "import tensorflow" not in code[1] and "import keras" not in code[1]
    assert any(line.startswith("# ") for line in code[1].split("\n")), "the cell says why"


def test_headings_in_code_are_no_headings():
    text = "# Title\n\n```python\n# a comment\n```\n\n    ```python\n    # indented comment\n    ```\n\n## Section\n"
    assert [title for _, _, title in notebooks.headings(text)] == ["Title", "Section"]


def test_indentation_goes_except_in_preformatted_text():
    html = '<div>\n    <p>a <code>b</code>\n      c</p>\n  <pre>x\n    y</pre>\n <textarea>\n  z</textarea></div>'
    assert notebook_pages.drop_indentation(html) == (
        '<div>\n<p>a <code>b</code>\nc</p>\n<pre>x\n    y</pre>\n<textarea>\n  z</textarea></div>')
