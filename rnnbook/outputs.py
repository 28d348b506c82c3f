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


# An optional experiment sits in a folded box whose title carries this marker; the build writes there
# what the box's code blocks took in the recording run, so a reader sees what skipping it saves.
OPTIONAL_COST = "<!-- optional-cost -->"
MINUTES = {"ko": ("{m}분", "1분 미만"), "en": ("{m} min", "under 1 min")}
COST = {"ko": " (기록한 실행에서 {})", "en": " ({} in the recorded run)"}


def minutes(seconds: float, lang: str) -> str:
    some, under = MINUTES[lang]
    return under if seconds < 60 else some.format(m=round(seconds / 60))


def optional_boxes(markdown: str) -> list[tuple[int, list]]:
    """(line of the marker, runnable fences inside its box) for each box marked optional."""
    lines, found = markdown.split("\n"), []
    all_fences = [f for f in fences(markdown) if f.syntax in RUNNABLE]
    for number, line in enumerate(lines):
        if OPTIONAL_COST not in line:
            continue
        indent = len(line) - len(line.lstrip())
        end = number + 1
        while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent):
            end += 1
        found.append((number, [f for f in all_fences if number < f.start < end]))
    return found


def seconds_of(boxed: list, outputs: dict) -> float | None:
    """Recorded seconds of these blocks; None if the record predates per-block times."""
    times = [outputs.get(digest(expand(f.body)), {}).get("seconds") for f in boxed]
    return None if None in times else sum(times)


def optional_seconds(markdown: str, chapter: str) -> float | None:
    """Recorded seconds of every block in the page's optional boxes (None: not recorded)."""
    outputs = by_digest(chapter)
    times = [seconds_of(boxed, outputs) for _, boxed in optional_boxes(markdown)]
    return None if None in times else sum(times)


def fill_optional_costs(markdown: str, page: Page) -> str:
    """Each optional box's title says what its blocks took in the recording run, where the record says."""
    outputs = by_digest(page.record)
    lines = markdown.split("\n")
    for number, boxed in optional_boxes(markdown):
        seconds = seconds_of(boxed, outputs)
        cost = "" if seconds is None else COST[page.lang].format(minutes(seconds, page.lang))
        lines[number] = lines[number].replace(" " + OPTIONAL_COST, cost).replace(OPTIONAL_COST, cost)
    return "\n".join(lines)
