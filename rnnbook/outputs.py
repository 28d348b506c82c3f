"""What each code block printed in the recording run, shown under the block.

``python -m rnnbook.record chNN`` stores, for every runnable block of the chapter's
Korean page in page order, the SHA-256 of the block's code (snippet includes expanded),
what it printed, and whether a model had been trained on the page by the time it ended.
Both language pages show the same code, so both show the same outputs; the notebook
carries them as the cells' outputs.
"""
from __future__ import annotations

import hashlib
import logging

from . import numbers
from .pages import RUNNABLE, Page, expand, fences

log = logging.getLogger("mkdocs.hooks.outputs")
LABEL = {"ko": "출력", "en": "Output"}
# Under a block that could only run on a stand-in for its data (see ``standins``).
NO_OUTPUT = {
    "ko": ("출력 없음", "이 책의 숫자를 기록한 컴퓨터는 이 블록이 읽는 데이터를 내려받을 수 없어서 출력을 싣지 "
                      "않았습니다. 코드는 같은 형식으로 만든 대역(stand-in) 데이터로 실행해 확인했습니다."),
    "en": ("No output", "The computer that recorded this book's numbers could not download the data this "
                        "block reads, so its output is not shown. The code was checked on stand-in data of "
                        "the same format."),
}


def digest(code: str) -> str:
    return hashlib.sha256(code.strip().encode()).hexdigest()


def recorded(chapter: str) -> list[dict]:
    """``[{"sha", "text", "trained"}, ...]`` for the chapter's runnable blocks, in page order."""
    if not numbers.results_path(chapter).exists():
        return []
    return numbers.load_results(chapter).get("outputs", [])


def by_digest(chapter: str) -> dict[str, dict]:
    """The recorded item of each block, keyed by the digest of its code: read the record once per page."""
    return {item["sha"]: item for item in recorded(chapter)}


def output_fence(text: str, indent: str, lang: str) -> list[str]:
    """Markdown for an output block: a plain-text fence Material shows without a copy button."""
    ticks = "`" * max(3, max((len(run) for run in text.split("\n") if set(run) == {"`"}), default=0) + 1)
    body = [f"{indent}{line}" if line else "" for line in text.rstrip("\n").split("\n")]
    label = LABEL[lang]
    return ["", f'{indent}{ticks} {{ .text .no-copy .block-output title="{label}" }}', *body, f"{indent}{ticks}"]


def no_output_note(indent: str, lang: str) -> list[str]:
    title, text = NO_OUTPUT[lang]
    return ["", f'{indent}!!! info "{title}"', f"{indent}    {text}"]


def show_under_blocks(markdown: str, page: Page) -> str:
    """Put each runnable block's recorded output directly under the block.

    A block whose code no longer matches the record shows nothing and logs a warning
    (an error under ``mkdocs build --strict``): the record is stale.
    """
    outputs = by_digest(page.record)
    if not outputs:
        return markdown
    lines = markdown.split("\n")
    for fence in reversed(fences(markdown)):
        if fence.syntax not in RUNNABLE:
            continue
        item = outputs.get(digest(expand(fence.body)))
        if item is None:
            log.warning("%s:%d: no recorded output for this code; run `python -m rnnbook.record %s`",
                        page.rel, fence.start + 1, page.record)
        elif item.get("standin"):
            lines[fence.end + 1:fence.end + 1] = no_output_note(fence.indent, page.lang)
        elif item["text"].strip():
            lines[fence.end + 1:fence.end + 1] = output_fence(item["text"], fence.indent, page.lang)
    return "\n".join(lines)
