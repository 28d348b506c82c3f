"""What each chapter's full run costs, from its record: minutes and peak memory, as a table for Getting started,
and the box at the end of each chapter (and its notebook) that names the run which recorded it."""
from __future__ import annotations

from . import numbers
from .pages import chapters as chapter_pages

MARKER = "<!-- run-costs -->"
LABELS = {
    "ko": {"columns": ["장", "실행 시간", "최대 메모리"], "chapter": "{n}장", "total": "모두", "under": "1분 미만",
           "minutes": "{m:.0f}분", "machine": "기록한 컴퓨터: {cpu}, 코어 {cores}개, {gpu}. Python {python}, "
           "TensorFlow {tensorflow}, Keras {keras}.", "no_gpu": "GPU 없음", "gpu": "GPU {gpus}",
           "standin": "{name}의 일부는 기록한 컴퓨터가 내려받을 수 없었던 파일({files}) 대신 작은 대체 데이터로 "
           "실행했으므로, 실제 데이터로는 더 오래 걸립니다."},
    "en": {"columns": ["Chapter", "Run time", "Peak memory"], "chapter": "Chapter {n}", "total": "All",
           "under": "under 1 min", "minutes": "{m:.0f} min", "machine": "Recorded on {cpu}, {cores} cores, {gpu}; "
           "Python {python}, TensorFlow {tensorflow}, Keras {keras}.", "no_gpu": "no GPU", "gpu": "GPU {gpus}",
           "standin": "Part of {name} ran on small stand-in data in place of a file the recording computer could not "
           "download ({files}); with the real data it takes longer."},
}


def chapters(lang: str):
    """The chapters that have a record."""
    return [page for page in chapter_pages(lang) if numbers.results_path(page.chapter).exists()]


def title(page) -> str:
    return next(line[2:].strip() for line in page.text().split("\n") if line.startswith("# "))


def minutes(seconds: float, label: dict) -> str:
    return label["under"] if seconds < 60 else label["minutes"].format(m=seconds / 60)


def table(lang: str) -> str:
    label = LABELS[lang]
    lines = ["| " + " | ".join(label["columns"]) + " |", "|---|--:|--:|"]
    records, notes = [], []
    for page in chapters(lang):
        record = numbers.load_results(page.chapter)
        records.append(record)
        name = label["chapter"].format(n=int(page.chapter[2:]))
        standins = sorted({file for item in record["outputs"] for file in item.get("standin", [])})
        if standins:   # blocks that ran on made-up data in place of a file that could not be had
            notes.append(label["standin"].format(name=name, files=", ".join(f"`{f}`" for f in standins)))
        lines.append(f"| [{name} · {title(page)}]({page.path.name.replace('.en.md', '.md')}) | "
                     f"{minutes(record['run_seconds'], label)} | {record['peak_rss_mb'] / 1000:.1f} GB |")
    total = sum(record["run_seconds"] for record in records)
    lines.append(f"| {label['total']} | {minutes(total, label)} | |")
    machines = {(r["environment"]["cpu"], r["environment"]["cpu_count"], tuple(r["environment"]["gpus"]),
                 r["environment"]["python"], r["environment"]["tensorflow"], r["environment"]["keras"]) for r in records}
    for cpu, cores, gpus, python, tensorflow, keras in sorted(machines):
        gpu = label["gpu"].format(gpus=", ".join(gpus)) if gpus else label["no_gpu"]
        notes.insert(0, label["machine"].format(cpu=cpu, cores=cores, gpu=gpu, python=python, tensorflow=tensorflow,
                                             keras=keras))
    return "\n".join(lines) + "\n\n" + "\n\n".join(notes)


RECORD_BOX = {
    "ko": ("이 장의 숫자를 기록한 실행",
           "{date}에 {cpu} (코어 {cores}개, {gpu})에서 Python {python}, TensorFlow {tensorflow}, Keras {keras}, "
           "NumPy {numpy}로 이 장의 코드를 끝까지 실행해 기록했습니다. 실행 시간 {seconds}초{core}, 최대 메모리 {memory:.1f} GB, "
           "코드 해시 `{hash}`."),
    "en": ("The run that recorded this chapter's numbers",
           "Recorded on {date} by running this chapter's code to the end on {cpu} ({cores} cores, {gpu}) with "
           "Python {python}, TensorFlow {tensorflow}, Keras {keras} and NumPy {numpy}. Run time {seconds} s{core}, "
           "peak memory {memory:.1f} GB, code hash `{hash}`."),
}


def record_box(chapter: str, lang: str, core: str = "") -> tuple[str, str]:
    """Title and text of the box that names the run which recorded ``chapter``: hardware, versions, time, memory."""
    record, label = numbers.load_results(chapter), LABELS[lang]
    env = record["environment"]
    gpu = label["gpu"].format(gpus=", ".join(env["gpus"])) if env["gpus"] else label["no_gpu"]
    title, text = RECORD_BOX[lang]
    return title, text.format(
        date=record["recorded_at"][:10], cpu=env["cpu"], cores=env["cpu_count"], gpu=gpu, python=env["python"],
        tensorflow=env["tensorflow"], keras=env["keras"], numpy=env["numpy"], seconds=record["run_seconds"], core=core,
        memory=record["peak_rss_mb"] / 1000, hash=record["code_sha256"][:12])
