"""Full runs of the book's code: record the numbers its pages state and what each block prints.

    python -m rnnbook.record --all             # the whole book; skips what is up to date
    python -m rnnbook.record ch04 ch05         # these records, even if up to date
    python -m rnnbook.record --all --force     # everything again

For each record (a chapter, or a page outside the chapters with code and a
``results/<stem>.toml``), every block of the Korean page runs in one namespace with the real
settings (no quick mode); the expressions of the toml are evaluated and ``results/<name>.json``
is written with the values, each block's output and run time (see ``outputs``), the code hash,
peak memory, hardware and versions. Each record runs in a process of its own, so its peak
memory is its own, and is written only when its run ends: an interrupted ``--all`` resumes
at the record it was running. A record made with other library versions is not overwritten
unless ``--new-versions`` says so. The run ends with a table per record: minutes, peak
memory, slowest block, and which numbers changed.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from . import RESULTS, numbers, offline_data, outputs, pages

VERSIONED = ("python", "tensorflow", "keras", "numpy")   # a change of these may change the numbers


def record_names() -> list[str]:
    """Every record of the book: chapters in order, then the other pages with code."""
    names = {page.record for page in pages.all_pages(pages.DEFAULT_LANG) if numbers.spec_path(page.record).exists()}
    return sorted(names, key=lambda name: (not name.startswith("ch"), name))


def versions() -> dict:
    """The versions that matter for the numbers, read without importing TensorFlow."""
    return {"python": platform.python_version(), **{name: metadata.version(name) for name in VERSIONED[1:]}}


def environment() -> dict:
    import tensorflow

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {
        **versions(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cpu_count": os.cpu_count(),
        "gpus": [d.name for d in tensorflow.config.list_physical_devices("GPU")],
    }


def peak_rss_mb() -> float:
    """The process's peak resident memory so far, in MB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6, 1)


# --- one record, in its own process -------------------------------------------------------


def progress_bars():
    """Bars for a record's blocks and for each training run, on stderr, above which lines scroll."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    TextColumn("{task.fields[status]}"), console=Console(stderr=True))


def show_training_runs(bars) -> None:
    """Give every ``fit`` of page code a bar of its epochs, with the last validation loss."""
    import functools

    import keras

    class EpochBar(keras.callbacks.Callback):
        def __init__(self, task):
            super().__init__()
            self.task = task

        def on_epoch_end(self, epoch, logs=None):
            loss = (logs or {}).get("val_loss", (logs or {}).get("loss"))
            bars.update(self.task, advance=1, status="" if loss is None else f"loss {loss:.4f}")

    real_fit, runs = keras.Model.fit, [0]

    @functools.wraps(real_fit)
    def fit(self, *args, **kwargs):
        runs[0] += 1
        task = bars.add_task(f"  training run {runs[0]}", total=kwargs.get("epochs", 1), status="")
        kwargs["callbacks"] = [*(kwargs.get("callbacks") or []), EpochBar(task)]
        try:
            return real_fit(self, *args, **kwargs)
        finally:
            bars.remove_task(task)   # early stopping ends a run before its last epoch

    keras.Model.fit = fit


def record_block(run: pages.PageRun, block) -> dict:
    """Run one block: what it printed, its code's hash, its time, whether a model was trained by then, peak memory."""
    served_before = len(offline_data.standins_served)
    start = time.perf_counter()
    printed = run.run(block)
    item = {"line": block.lineno, "sha": outputs.digest(block.code), "text": printed,
            "seconds": round(time.perf_counter() - start, 2), "trained": run.trained, "peak_rss_mb": peak_rss_mb()}
    standins = offline_data.standins_served[served_before:]
    if standins:   # it ran on made-up data: nothing it printed may reach a page
        item.update(text="", standin=sorted(set(standins)))
    return item


def record(name: str) -> dict:
    page = pages.chapter_page(name)
    runnable = [b for b in pages.blocks(page) if b.syntax in pages.RUNNABLE and not pages.is_skipped(b)]
    printed_by_block = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"{name}-") as workdir, progress_bars() as bars:
        show_training_runs(bars)
        blocks_task = bars.add_task(name, total=len(runnable), status="")
        run = pages.PageRun(page, Path(workdir))
        baseline = peak_rss_mb()   # Python, TensorFlow and Keras before any page code
        for block in runnable:
            bars.update(blocks_task, status=f"{page.rel}:{block.lineno}")
            item = record_block(run, block)
            printed_by_block.append(item)
            bars.console.print(f"  {page.rel}:{block.lineno}  {item['seconds']:.1f} s  peak {item['peak_rss_mb']:.0f} MB")
            bars.advance(blocks_task)
    seconds = time.perf_counter() - start
    values = numbers.evaluate(numbers.load_spec(name), run.namespace)
    result = {
        "chapter": name,
        "code_sha256": numbers.code_hash(name),
        "recorded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "run_seconds": round(seconds, 1),
        "peak_rss_mb": peak_rss_mb(),
        "baseline_rss_mb": baseline,
        "environment": environment(),
        "values": values,
        "outputs": printed_by_block,
    }
    path = numbers.results_path(name)
    path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return result


# --- the whole run, one process per record -------------------------------------------------


@dataclass
class Outcome:
    name: str
    status: str                     # recorded, up to date, refused, failed
    old: dict | None = None
    new: dict | None = None
    notes: list[str] = field(default_factory=list)


def read_record(name: str) -> dict | None:
    path = numbers.results_path(name)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def version_changes(old: dict) -> list[str]:
    recorded, now = old.get("environment", {}), versions()
    return [f"{key} {recorded.get(key)} -> {now[key]}" for key in VERSIONED if recorded.get(key) != now[key]]


def changed_numbers(old: dict | None, new: dict) -> str:
    """How many stated numbers differ from the previous record, with the first few."""
    if not old:
        return f"{len(new['values'])} new"
    before, after = old.get("values", {}), new["values"]
    added = [key for key in after if key not in before]
    changed = [key for key in after if key in before and before[key] != after[key]]
    if not changed:
        return f"none of {len(after)}" + (f" ({len(added)} new)" if added else "")
    shown = ", ".join(f"{key} {short(before[key])} -> {short(after[key])}" for key in changed[:2])
    return (f"{len(changed)} of {len(after)}" + (f" ({len(added)} new)" if added else "") + f": {shown}"
            + (", ..." if len(changed) > 2 else ""))


def short(value) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 16 else text[:15] + "…"


def slowest_block(record: dict) -> str:
    timed = [item for item in record.get("outputs", []) if "seconds" in item]
    if not timed:
        return ""
    item = max(timed, key=lambda item: item["seconds"])
    seconds = item["seconds"]
    return f"line {item['line']}, " + (f"{seconds:.0f} s" if seconds < 60 else f"{seconds / 60:.1f} min")


def run_one(name: str, force: bool, new_versions: bool) -> Outcome:
    old = read_record(name)
    if old and old.get("code_sha256") == numbers.code_hash(name) and not force:
        return Outcome(name, "up to date", old, old)
    changes = version_changes(old) if old else []
    if changes and not new_versions:
        return Outcome(name, "refused", old, notes=[
            f"{name}: its record was made with other versions ({', '.join(changes)}); "
            f"rerun with --new-versions to replace it"])
    if changes:
        print(f"{name}: replacing a record made with other versions ({', '.join(changes)})", flush=True)
    print(f"{name}: recording", flush=True)
    child = subprocess.run([sys.executable, "-m", "rnnbook.record", "--in-process", name])
    if child.returncode:
        return Outcome(name, "failed", old, notes=[f"{name}: exited with {child.returncode}; its record is unchanged"])
    return Outcome(name, "recorded", old, read_record(name))


def summary_table(outcomes: list[Outcome]):
    from rich.table import Table

    table = Table(title="Full run")
    for column, justify in [("record", "left"), ("status", "left"), ("minutes", "right"), ("peak MB", "right"),
                            ("slowest block", "left"), ("numbers changed", "left")]:
        table.add_column(column, justify=justify)
    for outcome in outcomes:
        new = outcome.new or {}
        ran = outcome.status == "recorded"
        table.add_row(outcome.name, outcome.status,
                      f"{new['run_seconds'] / 60:.1f}" if new else "", f"{new['peak_rss_mb']:.0f}" if new else "",
                      slowest_block(new) if new else "", changed_numbers(outcome.old, new) if ran else "")
    recorded = [o.new for o in outcomes if o.new]
    table.add_row("book", "", f"{sum(r['run_seconds'] for r in recorded) / 60:.1f}",
                  f"{max((r['peak_rss_mb'] for r in recorded), default=0):.0f}", "", "", end_section=True)
    return table


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m rnnbook.record", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="records to make (ch04, getting-started); always rerun")
    parser.add_argument("--all", action="store_true", help="every record of the book, skipping those up to date")
    parser.add_argument("--force", action="store_true", help="with --all: rerun records that are up to date")
    parser.add_argument("--new-versions", action="store_true",
                        help="replace records made with other Python, TensorFlow, Keras or NumPy versions")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)   # one record, this process
    args = parser.parse_args(argv)
    known = record_names()
    unknown = [name for name in args.names if name not in known]
    if unknown or not (args.names or args.all):
        parser.error(f"unknown record {', '.join(unknown)}; known: {', '.join(known)}" if unknown
                     else "name a record or pass --all")
    if args.in_process:
        pages.prepare_runtime(quick=False)
        record(args.names[0])
        return 0
    from rich.console import Console

    outcomes = [run_one(name, force=args.force or name in args.names, new_versions=args.new_versions)
                for name in (known if args.all else args.names)]
    console = Console() if sys.stdout.isatty() else Console(width=160)   # a log file gets the whole table
    console.print(summary_table(outcomes))
    for outcome in outcomes:
        for note in outcome.notes:
            console.print(note)
    return int(any(o.status in ("refused", "failed") for o in outcomes))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
