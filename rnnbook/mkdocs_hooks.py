"""MkDocs hooks: figures from figures_src/, numbers from results/, notebooks, math as MathML."""
from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from rnnbook import ROOT, figures, mathml, notebooks, numbers, outputs
from rnnbook.pages import DEFAULT_LANG, LANGS, Page, all_pages, site_prefix


def on_files(files: Files, config) -> Files:
    for uri, path in figures.build_all().items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    source = Page(Path(page.file.abs_src_path))
    text = outputs.show_under_blocks(numbers.substitute(markdown), source)
    if source.chapter and numbers.results_path(source.chapter).exists():
        text += record_note(source)
    if source.chapter:
        href = "../" * page.url.count("/") + notebooks.site_path(source)
        label = {"ko": "이 장을 노트북으로 내려받기", "en": "Download this chapter as a notebook"}[source.lang]
        text += f'\n\n---\n\n<a class="md-button" href="{href}" download>:material-notebook: {label}</a>\n'
    return text


RECORD_NOTE = {
    "ko": ('??? info "이 장의 숫자를 기록한 실행"\n'
           "    {date}에 {cpu} (코어 {cores}개)에서 Python {python}, TensorFlow {tensorflow}, Keras {keras}로 "
           "이 장의 코드를 끝까지 실행해 기록했습니다. 실행 시간 {seconds}초, 코드 해시 `{hash}`.\n"),
    "en": ('??? info "The run that recorded this chapter\'s numbers"\n'
           "    Recorded on {date} by running this chapter's code to the end on {cpu} ({cores} cores) with "
           "Python {python}, TensorFlow {tensorflow} and Keras {keras}. Run time {seconds} s, code hash `{hash}`.\n"),
}


def record_note(page: Page) -> str:
    record = numbers.load_results(page.chapter)
    env = record["environment"]
    return "\n\n" + RECORD_NOTE[page.lang].format(
        date=record["recorded_at"][:10], cpu=env["cpu"], cores=env["cpu_count"], python=env["python"],
        tensorflow=env["tensorflow"], keras=env["keras"], seconds=record["run_seconds"], hash=record["code_sha256"][:12],
    )


def on_page_content(html: str, page, config, files) -> str:
    return mathml.render(html)


HEAD_ALTERNATE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">\s*')
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_LABEL = {"ko": "검색", "en": "Search"}
CONFIG_BASE = re.compile(r'("base": ")([^"]*)(")')


def on_post_page(output: str, page, config) -> str:
    lang = Page(Path(page.file.abs_src_path)).lang
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
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    if not any(language_of(doc["location"]) == DEFAULT_LANG for doc in index["docs"]):
        return  # a nested build of another language: the outer build finishes last
    split_search_index(site, index)
    for page in (p for p in all_pages() if p.chapter):
        target = site / notebooks.site_path(page)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(notebooks.to_notebook(page), encoding="utf-8")


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
        target.write_text(json.dumps({**index, "docs": docs}, ensure_ascii=False), encoding="utf-8")


def on_serve(server, config, builder):
    for folder in ("figures_src", "snippets", "results", "rnnbook"):
        server.watch(str(ROOT / folder))
    return server
