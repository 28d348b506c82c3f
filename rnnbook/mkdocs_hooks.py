"""MkDocs hooks: figures from figures_src/, numbers from results/, notebooks, math as MathML."""
from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.structure.files import File, Files

from rnnbook import ROOT, figures, mathml, notebooks, numbers
from rnnbook.pages import Page

log = logging.getLogger("mkdocs.hooks.rnnbook")
def on_files(files: Files, config) -> Files:
    for uri, path in figures.build_all().items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    text = numbers.substitute(markdown)
    source = Page(Path(page.file.abs_src_path))
    if source.chapter and numbers.results_path(source.chapter).exists():
        text += record_note(source)
    if source.chapter:
        depth = page.url.count("/")
        href = "../" * depth + ("en/" if source.lang == "en" else "") + "notebooks/" + notebooks.notebook_name(source)
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


def on_post_page(output: str, page, config) -> str:
    lang = Page(Path(page.file.abs_src_path)).lang
    output = output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{SEARCH_LABEL[lang]}">')
    # mkdocs-static-i18n points each page's <link rel="alternate"> at its counterpart page, and
    # Material fetches "sitemap.xml" under every such link (404s on every page). The language
    # switcher in the header carries the same page-to-page links, so the head links can go.
    return HEAD_ALTERNATE.sub("", output)


def on_post_build(config) -> None:
    # mkdocs-static-i18n runs one build per language, each ending here with the same site_dir
    # and its own theme language: write that language's notebooks only.
    site, lang = Path(config["site_dir"]), config["theme"]["language"]
    for page_file in sorted((ROOT / "docs").glob("ch*.md")):
        page = Page(page_file)
        if page.lang != lang:
            continue
        folder = site / ("en/notebooks" if page.lang == "en" else "notebooks")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / notebooks.notebook_name(page)).write_text(notebooks.to_notebook(page), encoding="utf-8")


def on_serve(server, config, builder):
    for folder in ("figures_src", "snippets", "results", "rnnbook"):
        server.watch(str(ROOT / folder))
    return server
