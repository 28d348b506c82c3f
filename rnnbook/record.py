"""Full run of a chapter's code: record the numbers its pages state.

    python -m rnnbook.record ch02 [ch03 ...]

Runs every block of the chapter's Korean page in one namespace with the real settings
(no quick mode), evaluates the expressions of ``results/chNN.toml`` and writes
``results/chNN.json`` with the values, the code hash, timings, hardware and versions.
"""
from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from . import numbers, pages


def environment() -> dict:
    import keras
    import numpy
    import tensorflow

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {
        "python": platform.python_version(),
        "tensorflow": tensorflow.__version__,
        "keras": keras.__version__,
        "numpy": numpy.__version__,
        "platform": platform.platform(),
        "cpu": cpu,
        "cpu_count": os.cpu_count(),
        "gpus": [d.name for d in tensorflow.config.list_physical_devices("GPU")],
    }


def record(chapter: str) -> dict:
    page = pages.chapter_page(chapter)
    namespace: dict = {"__name__": "__main__"}
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"{chapter}-") as workdir:
        for block in pages.blocks(page):
            if block.syntax in pages.RUNNABLE and not pages.is_skipped(block):
                print(f"  {page.rel}:{block.lineno}", flush=True)
                printed = pages.run_block(page, block, namespace, Path(workdir))
                print(printed, end="", flush=True)
    seconds = time.perf_counter() - start
    values = numbers.evaluate(numbers.load_spec(chapter), namespace)
    result = {
        "chapter": chapter,
        "code_sha256": numbers.code_hash(chapter),
        "recorded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "run_seconds": round(seconds, 1),
        "environment": environment(),
        "values": values,
    }
    path = numbers.results_path(chapter)
    path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path.name} ({len(values)} values, {seconds:.0f} s)")
    return result


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    pages.prepare_runtime(quick=False)
    for chapter in argv:
        record(chapter)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
