"""Self-check questions at the end of a chapter: a few multiple-choice questions with feedback for every choice.

A page writes them in a marked block, one line per item:

    <!-- self-check -->
    ? The question (inline `code` and {{ chNN.key }} numbers are fine)
    - A wrong choice
    : Why it is wrong.
    + The right choice
    : Why it is right.
    <!-- /self-check -->

``?`` starts a question, ``+`` is its one right choice, ``-`` a wrong one, and ``:`` explains the choice above
it. The build turns the block into HTML (``html``): each question a fieldset whose choices are buttons, and a
live region that ``docs/javascripts/self-check.js`` (loaded only by pages with a self-check) fills with the
chosen answer's explanation, so a screen reader announces it. Without JavaScript the answers stay readable in a
folded ``<details>``. A chapter's notebook gets the same questions as Markdown with the answers folded
(``markdown``).
"""
from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field

BLOCK = re.compile(r"^<!-- self-check -->\n(?P<body>.*?)^<!-- /self-check -->$", re.M | re.S)
CODE = re.compile(r"`([^`\n]+)`")
LETTERS = "ABCDEFGH"
LABELS = {
    "ko": {"answers": "정답과 풀이", "right": "정답입니다.", "wrong": "틀렸습니다.", "choices": "보기"},
    "en": {"answers": "Answers and explanations", "right": "Right.", "wrong": "Not quite.", "choices": "Choices"},
}


@dataclass
class Choice:
    text: str
    right: bool
    why: str = ""


@dataclass
class Question:
    text: str
    choices: list[Choice] = field(default_factory=list)

    @property
    def answer(self) -> int:
        """Index of the right choice."""
        return next(i for i, choice in enumerate(self.choices) if choice.right)


def parse(body: str) -> list[Question]:
    """The questions of one block's body; raises ValueError on a line it cannot place."""
    questions: list[Question] = []
    for number, line in enumerate(body.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        mark, text = line[0], line[1:].strip()
        if mark == "?":
            questions.append(Question(text))
        elif mark in "+-" and questions:
            questions[-1].choices.append(Choice(text, mark == "+"))
        elif mark == ":" and questions and questions[-1].choices and not questions[-1].choices[-1].why:
            questions[-1].choices[-1].why = text
        else:
            raise ValueError(f"self-check line {number} does not follow '?', '+', '-' or one ':' per choice: {line!r}")
    for question in questions:
        problem = check(question)
        if problem:
            raise ValueError(f"self-check question {question.text!r}: {problem}")
    return questions


def check(question: Question) -> str | None:
    """What is wrong with a question, if anything."""
    if not 2 <= len(question.choices) <= len(LETTERS):
        return f"{len(question.choices)} choices"
    if sum(choice.right for choice in question.choices) != 1:
        return "not exactly one right choice"
    if not all(choice.why for choice in question.choices):
        return "a choice without an explanation"
    return None


def blocks(markdown: str) -> list[list[Question]]:
    return [parse(match["body"]) for match in BLOCK.finditer(markdown)]


def inline(text: str) -> str:
    """Escaped text with `code` spans; everything else stays plain."""
    parts = CODE.split(text)
    return "".join(f"<code>{html_lib.escape(part)}</code>" if odd else html_lib.escape(part, quote=False)
                   for odd, part in ((i % 2, p) for i, p in enumerate(parts)))


def question_html(question: Question, number: int, block_id: str, lang: str) -> str:
    label = LABELS[lang]
    qid = f"{block_id}-{number}"
    buttons = "".join(
        f'<li><button type="button" class="self-check-choice" data-choice="{i}" aria-pressed="false" disabled>'
        f'<span class="self-check-letter">{LETTERS[i]}.</span> {inline(choice.text)}</button></li>'
        for i, choice in enumerate(question.choices))
    answers = "".join(
        f'<li data-choice="{i}" data-right="{str(choice.right).lower()}"><strong>{LETTERS[i]}. '
        f'{label["right"] if choice.right else label["wrong"]}</strong> {inline(choice.why)}</li>'
        for i, choice in enumerate(question.choices))
    return (f'<fieldset class="self-check-question" id="{qid}">'
            f'<legend><span class="self-check-number">{number}.</span> {inline(question.text)}</legend>'
            f'<ul class="self-check-choices" aria-label="{label["choices"]}">{buttons}</ul>'
            f'<p class="self-check-feedback" role="status" aria-live="polite"></p>'
            f'<details class="self-check-answers"><summary>{label["answers"]}</summary><ul>{answers}</ul></details>'
            f'</fieldset>')


def html(markdown: str, lang: str, up: str = "") -> str:
    """Every self-check block of a page as HTML, with the script that makes it answer (``up`` leads to the site
    root). Code blocks and outputs stay out of the search index, and so do the questions: a chapter is found
    by its prose."""
    found = list(BLOCK.finditer(markdown))
    for index, match in reversed(list(enumerate(found))):
        questions = parse(match["body"])
        block_id = "self-check" if index == 0 else f"self-check-{index + 1}"
        body = "\n".join(question_html(q, n, block_id, lang) for n, q in enumerate(questions, 1))
        script = f'\n<script src="{up}javascripts/self-check.js" defer></script>' if index == 0 else ""
        markdown = (markdown[:match.start()] + f'<div class="self-check" data-search-exclude>\n{body}\n</div>'
                    + script + markdown[match.end():])
    return markdown


def markdown(text: str, lang: str) -> str:
    """Every self-check block as plain Markdown for a notebook: numbered questions, lettered choices, and the
    answers folded in a <details> that Jupyter and Colab show closed."""
    label = LABELS[lang]

    def replace(match: re.Match) -> str:
        out = []
        for number, question in enumerate(parse(match["body"]), 1):
            choices = "\n".join(f"- {LETTERS[i]}. {choice.text}" for i, choice in enumerate(question.choices))
            whys = "\n".join(f"- **{LETTERS[i]}. {label['right'] if choice.right else label['wrong']}** {choice.why}"
                             for i, choice in enumerate(question.choices))
            out.append(f"**{number}.** {question.text}\n\n{choices}\n\n"
                       f"<details>\n<summary>{label['answers']}</summary>\n\n{whys}\n\n</details>")
        return "\n\n".join(out)

    return BLOCK.sub(replace, text)


def plain_text(questions: list[Question]) -> str:
    """Everything a block states, one item a line: what the number checks read."""
    return "\n".join(line for q in questions for line in [q.text, *(x for c in q.choices for x in (c.text, c.why))])
