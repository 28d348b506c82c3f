"""Full run of a chapter's code: record the numbers its pages state and what each block prints.

    python -m rnnbook.record ch02 [ch03 ...]

Runs every block of the chapter's Korean page in one namespace with the real settings
(no quick mode), evaluates the expressions of ``results/chNN.toml`` and writes
``results/chNN.json`` with the values, each block's output (see ``outputs``), the code
hash, timings, peak memory, hardware and versions. Each chapter runs in a process of its
own, so its peak memory is its own.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from . import numbers, offline_data, outputs, pages


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


def peak_rss_mb() -> float:
    """The process's peak resident memory so far, in MB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6, 1)


def record_block(run: pages.PageRun, block) -> dict:
    """Run one block; what it printed, its code's hash, whether a model was trained by then, peak memory."""
    served_before = len(offline_data.standins_served)
    printed = run.run(block)
    print(printed, end="", flush=True)
    item = {"line": block.lineno, "sha": outputs.digest(block.code), "text": printed,
            "trained": run.trained, "peak_rss_mb": peak_rss_mb()}
    standins = offline_data.standins_served[served_before:]
    if standins:   # it ran on made-up data: nothing it printed may reach a page
        item.update(text="", standin=sorted(set(standins)))
    return item


def record(chapter: str) -> dict:
    page = pages.chapter_page(chapter)
    printed_by_block = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"{chapter}-") as workdir:
        run = pages.PageRun(page, Path(workdir))
        baseline = peak_rss_mb()   # Python, TensorFlow and Keras before any page code
        for block in pages.blocks(page):
            if block.syntax in pages.RUNNABLE and not pages.is_skipped(block):
                print(f"  {page.rel}:{block.lineno}", flush=True)
                printed_by_block.append(record_block(run, block))
    seconds = time.perf_counter() - start
    values = numbers.evaluate(numbers.load_spec(chapter), run.namespace)
    result = {
        "chapter": chapter,
        "code_sha256": numbers.code_hash(chapter),
        "recorded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "run_seconds": round(seconds, 1),
        "peak_rss_mb": peak_rss_mb(),
        "baseline_rss_mb": baseline,
        "environment": environment(),
        "values": values,
        "outputs": printed_by_block,
    }
    path = numbers.results_path(chapter)
    path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path.name} ({len(values)} values, {len(printed_by_block)} outputs, "
          f"{seconds:.0f} s, peak {result['peak_rss_mb']:.0f} MB)")
    return result


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    if len(argv) > 1:   # one process per chapter: peak memory is per chapter
        return max(subprocess.run([sys.executable, "-m", "rnnbook.record", chapter]).returncode for chapter in argv)
    pages.prepare_runtime(quick=False)
    record(argv[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
