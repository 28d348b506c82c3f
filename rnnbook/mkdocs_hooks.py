"""MkDocs hooks: figures from figures_src/, numbers and tables from results/ and the terms, notebooks, math as MathML."""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import mkdocs.utils
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from rnnbook import (ROOT, explorer, figures, get_the_code, glossary, mathml, notebook_pages, notebooks, numbers, outputs,
                     run_costs, self_check, speed, window_explorer)
from rnnbook.pages import DEFAULT_LANG, LANGS, Page, site_prefix


log = logging.getLogger("mkdocs.hooks.rnnbook")


def on_config(config):
    repository = notebooks.repo_url(config.get("repo_url"))
    if notebooks.GITHUB_REPO.match((repository or "").strip()) and not notebooks.published(config.get("site_url")):
        # Publishing with a local site URL gives canonical links, a sitemap and notebook links on this computer.
        log.warning("the repository is %s but the site URL is %s: set RNNBOOK_SITE_URL to the published address "
                    "(https://OWNER.github.io/REPO/) before publishing", repository, config.get("site_url"))
    # mkdocs-static-i18n re-creates every file as a plain MkDocs File, dropping mkdocs-jupyter's
    # notebook wrapper; a plain file is a page only if its extension is a Markdown one.
    if ".ipynb" not in mkdocs.utils.markdown_extensions:
        mkdocs.utils.markdown_extensions = (*mkdocs.utils.markdown_extensions, ".ipynb")
    return config


def on_pre_build(config) -> None:
    # The chapter notebooks are pages (mkdocs-jupyter renders them): they must be files under
    # docs/ before MkDocs collects the files. Only changed ones are rewritten (`mkdocs serve`).
    notebooks.write_all(config.get("site_url"))


def source_of(page) -> Page | notebooks.Notebook:
    """The book's page or chapter notebook that a MkDocs page is built from."""
    return notebooks.for_source(page.file.abs_src_path) or Page(Path(page.file.abs_src_path))


def on_files(files: Files, config) -> Files:
    for uri, path in figures.build_all().items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    source = source_of(page)
    if isinstance(source, notebooks.Notebook):
        return markdown  # the notebook's JSON: mkdocs-jupyter renders it
    filled = fill_generated(markdown, source.lang, source.chapter, up="../" * page.url.count("/"),
                            repository=notebooks.repo_url(config.get("repo_url")))
    text = outputs.show_under_blocks(outputs.fill_optional_costs(numbers.substitute(filled), source), source)
    if source.chapter and numbers.results_path(source.chapter).exists():
        text += record_note(source)
    if source.chapter:
        text += "\n\n---\n\n" + notebook_links(notebooks.Notebook(source), page, config, on_notebook_page=False) + "\n"
    return text


def fill_generated(markdown: str, lang: str, chapter: str | None = None, up: str = "",
                   repository: str | None = None) -> str:
    """What the build makes from the book's own files, each in place of its marker on a page: the
    glossary, the run-time table, the XLA timings, a chapter's timestep explorer, chapter 6's window explorer and
    self-check questions (``up`` leads to the site root), Getting started's ``git clone`` of ``repository``."""
    generated = {glossary.MARKER: lambda: glossary.table(lang), run_costs.MARKER: lambda: run_costs.table(lang),
                 speed.MARKER: lambda: speed.table(lang), explorer.MARKER: lambda: explorer.html(chapter, lang, up),
                 window_explorer.MARKER: lambda: window_explorer.html(lang, up),
                 get_the_code.MARKER: lambda: get_the_code.instructions(lang, repository)}
    for marker, make in generated.items():
        if marker in markdown:
            markdown = markdown.replace(marker, make())
    return self_check.html(markdown, lang, up)


NOTEBOOK_LINKS = {
    "ko": {"page": "이 장의 노트북", "chapter": "이 장의 본문", "download": ".ipynb 내려받기", "colab": "Colab에서 열기"},
    "en": {"page": "This chapter as a notebook", "chapter": "This chapter's page", "download": "Download .ipynb",
           "colab": "Open in Colab"},
}


def notebook_links(notebook: notebooks.Notebook, page, config, on_notebook_page: bool) -> str:
    """Buttons for a chapter's notebook: its page (or, on that page, the chapter), the file, Colab."""
    up = "../" * page.url.count("/")
    label = NOTEBOOK_LINKS[notebook.lang]
    if on_notebook_page:
        other = f'<a class="md-button" href="{up}{notebook.site_prefix}{notebook.page.stem}/">{label["chapter"]}</a>'
    else:
        other = f'<a class="md-button md-button--primary" href="{up}{notebook.url}">{label["page"]}</a>'
    links = [other, f'<a class="md-button" href="{up}{notebook.download}" download>{label["download"]}</a>']
    colab = notebooks.colab_url(notebook, notebooks.repo_url(config.get("repo_url")))
    if colab:
        links.append(f'<a class="md-button" href="{colab}">{label["colab"]}</a>')
    return '<p class="notebook-links">' + " ".join(links) + "</p>"


CORE_PATH = {"ko": "(선택 실험을 빼면 {})", "en": " ({} without the optional experiments)"}


def core_path(page: Page, record: dict) -> str:
    """What the chapter costs without its optional boxes, where the record has per-block times."""
    optional = outputs.optional_seconds(page.text(), page.chapter)
    if not optional:
        return ""
    return CORE_PATH[page.lang].format(outputs.minutes(record["run_seconds"] - optional, page.lang))


def record_note(page: Page) -> str:
    core = core_path(page, numbers.load_results(page.chapter))
    title, text = run_costs.record_box(page.chapter, page.lang, core)
    return f'\n\n??? info "{title}"\n    {text}\n'


NOTEBOOK_STYLES: dict[str, None] = {}  # the CSS of the notebook pages, each sheet once, in order
NOTEBOOK_CLASSES: set[str] = set()  # the classes the notebook pages use: the rest of that CSS goes
NOTEBOOK_SEARCH_BOOST = 0.5  # a chapter ranks above its own notebook


def on_page_content(html: str, page, config, files) -> str:
    source = source_of(page)
    if isinstance(source, notebooks.Notebook):
        up = "../" * page.url.count("/")
        try:
            html, styles = notebook_pages.finish(html, page.toc, source.lang, up + notebook_pages.STYLESHEET)
        except ValueError as error:
            raise PluginError(f"{source.rel}: {error}") from error
        NOTEBOOK_STYLES.update(dict.fromkeys(styles))
        NOTEBOOK_CLASSES.update(notebook_pages.used_classes(html))
        page.meta["search"] = {"boost": NOTEBOOK_SEARCH_BOOST}
        return notebook_links(source, page, config, on_notebook_page=True) + html
    return mathml.render(prepare_code_blocks(html))


OUTPUT_PRE = re.compile(r'(<div class="[^"]*\bblock-output\b[^"]*")(>(?:<span class="filename">[^<]*</span>)?<pre)>')
CODE_BLOCK = '<div class="highlight">'


def prepare_code_blocks(html: str) -> str:
    """A long output scrolls inside its <pre> (see the stylesheet): tabindex lets keyboard users scroll it.
    (Material manages tabindex on the <code> inside, for sideways scrolling only.)
    Code blocks and outputs stay out of the search index (data-search-exclude): every page loads the
    index, so it must stay small as chapters are added; a block is found by the prose around it."""
    html = html.replace(CODE_BLOCK, CODE_BLOCK[:-1] + " data-search-exclude>")
    return OUTPUT_PRE.sub(r'\1 data-search-exclude\2 tabindex="0">', html)


HEAD_ALTERNATE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">\s*')
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_LABEL = {"ko": "검색", "en": "Search"}
CONFIG_BASE = re.compile(r'("base": ")([^"]*)(")')


def on_post_page(output: str, page, config) -> str:
    lang = source_of(page).lang
    output = output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{SEARCH_LABEL[lang]}">')
    if lang != DEFAULT_LANG:  # Material looks for the search index under "base": the language's own
        output = CONFIG_BASE.sub(lambda m: f"{m.group(1)}{m.group(2)}/{lang}/{m.group(3)}", output, count=1)
    # mkdocs-static-i18n points each page's <link rel="alternate"> at its counterpart page, and
    # Material fetches "sitemap.xml" under every such link (404s on every page). The language
    # switcher in the header carries the same page-to-page links, so the head links can go.
    return HEAD_ALTERNATE.sub("", output)


@event_priority(-200)  # after mkdocs-static-i18n (-100), which builds the other languages inside its own hook
def on_post_build(config) -> None:
    site = Path(config["site_dir"])
    if NOTEBOOK_STYLES:
        stylesheet = site / notebook_pages.STYLESHEET
        stylesheet.parent.mkdir(parents=True, exist_ok=True)
        stylesheet.write_text(notebook_pages.stylesheet(NOTEBOOK_STYLES, NOTEBOOK_CLASSES), encoding="utf-8")
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    if not any(language_of(doc["location"]) == DEFAULT_LANG for doc in index["docs"]):
        return  # a nested build of another language: the outer build finishes last
    index["docs"] = [plain_text(notebook_pages.search_entry(doc)) for doc in index["docs"]]
    split_search_index(site, index)


TAG = re.compile(r"<[^>]+>")


def plain_text(doc: dict) -> dict:
    """A search entry's text without its markup (<code>, <a>, MathML): the words are what search finds, and
    every page loads the whole index, so each byte counts."""
    return {**doc, "text": TAG.sub("", doc["text"])}


def language_of(location: str) -> str:
    return next((lang for lang in LANGS if location.startswith(f"{lang}/")), DEFAULT_LANG)


def split_search_index(site: Path, index: dict) -> None:
    """One search index per language, so a search on an English page finds English pages only.

    mkdocs-static-i18n merges every language into the root index; each language gets its own
    under its folder, and its pages' ``base`` points there (see ``on_post_page``).
    """
    for lang in LANGS:
        prefix = site_prefix(lang)
        docs = [{**doc, "location": doc["location"].removeprefix(prefix)}
                for doc in index["docs"] if language_of(doc["location"]) == lang]
        target = site / prefix / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({**index, "docs": docs}, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")


def on_serve(server, config, builder):
    for folder in ("figures_src", "snippets", "results", "rnnbook"):
        server.watch(str(ROOT / folder))
    return server
