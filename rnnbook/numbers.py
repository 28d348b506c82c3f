"""Numbers the prose states, taken from the book's own code.

For chapter ``chNN``:

* ``results/chNN.toml`` (written by hand) names each number and the Python expression
  that computes it in the namespace of the chapter page after all its blocks ran.
  ``trained = true`` marks numbers that depend on a full training run.
* ``results/chNN.json`` (written by ``python -m rnnbook.record chNN``) holds the values
  of a full run, the hash of the code that produced them, and the machine and versions.

Pages write ``{{ chNN.key }}``; the build substitutes the recorded, formatted value.
Tests re-evaluate every untrained number on each run and fail on any difference, and
fail for every number when the page's code no longer has the recorded hash.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import tomllib
from pathlib import Path

from . import RESULTS
from .pages import Page, chapter_page, page_code
from .packing import pack_floats, pack_image

PLACEHOLDER = re.compile(r"\{\{\s*(ch\d\d)\.([a-z0-9_]+)\s*\}\}")
FENCED = re.compile(r"^\s*```.*?^\s*```", re.M | re.S)
INTEGER = re.compile(r"(?<![\w.])\d+(?![\w.])")


class StaleResultsError(Exception):
    pass


def spec_path(chapter: str) -> Path:
    return RESULTS / f"{chapter}.toml"


def results_path(chapter: str) -> Path:
    return RESULTS / f"{chapter}.json"


def load_spec(chapter: str) -> dict:
    return tomllib.loads(spec_path(chapter).read_text(encoding="utf-8"))


def load_results(chapter: str) -> dict:
    path = results_path(chapter)
    if not path.exists():
        raise StaleResultsError(f"{path.name} missing: run `python -m rnnbook.record {chapter}`")
    return json.loads(path.read_text(encoding="utf-8"))


def code_hash(chapter: str) -> str:
    """Hash of the code the chapter runs and of the expressions that read its numbers."""
    digest = hashlib.sha256()
    digest.update(page_code(chapter_page(chapter)).encode())
    digest.update(spec_path(chapter).read_bytes())
    return digest.hexdigest()


def to_plain(value):
    """JSON-friendly form of a value computed by page code (numpy scalars, tuples, arrays)."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    return value


def evaluate(spec: dict, namespace: dict) -> dict:
    """Each expr in the page's namespace; ``pack_image`` and ``pack_floats`` are at hand (see ``packing``)."""
    helpers = {"pack_image": pack_image, "pack_floats": pack_floats}
    return {key: to_plain(eval(item["expr"], namespace, helpers)) for key, item in spec.items()}


def untrained_values(chapter: str, namespace: dict) -> dict:
    """The numbers that do not depend on training, as the page's code computes them now."""
    return evaluate({key: item for key, item in load_spec(chapter).items() if not item.get("trained")}, namespace)


def same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


def format_value(value, fmt: str) -> str:
    if fmt == "shape":  # written like a Python tuple: (1, 4, 3), (5,)
        return "(" + ", ".join(str(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    return fmt.format(value)


def formatted(chapter: str, key: str) -> str:
    spec, results = load_spec(chapter), load_results(chapter)
    if key not in spec:
        raise KeyError(f"{{{{ {chapter}.{key} }}}} is not declared in {spec_path(chapter).name}")
    if key not in results["values"]:
        raise StaleResultsError(f"{chapter}.{key} has no recorded value: run `python -m rnnbook.record {chapter}`")
    return format_value(results["values"][key], spec[key].get("fmt", "{}"))


def substitute(text: str) -> str:
    """Replace every ``{{ chNN.key }}`` in Markdown with its recorded value."""
    return PLACEHOLDER.sub(lambda m: formatted(m.group(1), m.group(2)), text)


def placeholders(page: Page) -> list[tuple[str, str]]:
    return PLACEHOLDER.findall(page.text())


def settings(page: Page) -> set[str]:
    """The integers the page's code writes out (a sequence length, a sample count): settings that prose may name."""
    return set(INTEGER.findall(page_code(page)))


def typed_numbers(page: Page, prose: str | None = None) -> list[tuple[str, str]]:
    """``(as written, key)`` for every recorded integer of 100 or more that ``prose`` (by default the page's
    text outside code fences) types instead of naming it with a placeholder. A setting the page's code writes
    out may be named even when a recorded result happens to equal it."""
    prose = FENCED.sub("", page.text()) if prose is None else prose
    allowed = settings(page)
    found = []
    for key, value in load_results(page.chapter)["values"].items():
        if isinstance(value, int) and not isinstance(value, bool) and value >= 100 and str(value) not in allowed:
            for written in sorted({str(value), f"{value:,}"}):
                if re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d,]|\.\d)", prose):
                    found.append((written, key))
    return found
