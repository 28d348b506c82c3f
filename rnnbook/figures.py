"""Run the scripts in figures_src/ and cache what they draw.

Each script writes PNG files through ``rnnbook.plotting.save``. The cache key of a
script is the hash of its source, of the shared plotting module, of the files it
names in a module-level ``INPUTS = [...]`` list, and of the matplotlib version, so a
warm build redraws nothing unchanged. Output lives under ``.cache/figures``, never in
``docs/``.
"""
from __future__ import annotations

import ast
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path

from . import CACHE, FIGURE_OUT_ENV, ROOT

SOURCES = ROOT / "figures_src"
DONE = ".complete"


class FigureScriptError(RuntimeError):
    pass


def scripts() -> list[Path]:
    return sorted(p for p in SOURCES.glob("*.py") if not p.name.startswith("_"))


def declared_inputs(script: Path) -> list[Path]:
    for node in ast.parse(script.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "INPUTS" for t in node.targets):
            return [ROOT / p for p in ast.literal_eval(node.value)]
    return []


def cache_key(script: Path) -> str:
    digest = hashlib.sha256(version("matplotlib").encode())
    for path in [script, ROOT / "rnnbook" / "plotting.py", *declared_inputs(script)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _output_dir(script: Path) -> Path:
    return CACHE / "figures" / f"{script.stem}-{cache_key(script)}"


def _draw(script: Path) -> Path:
    out = _output_dir(script)
    if (out / DONE).exists():
        return out
    tmp = Path(tempfile.mkdtemp(prefix=f"{script.stem}-", dir=out.parent))
    env = {**os.environ, FIGURE_OUT_ENV: str(tmp), "MPLBACKEND": "Agg", "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        raise FigureScriptError(f"figure script {script.relative_to(ROOT)} failed:\n{run.stderr[-3000:]}")
    if not any(tmp.rglob("*.png")):
        raise FigureScriptError(f"figure script {script.relative_to(ROOT)} drew nothing")
    (tmp / DONE).touch()
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return out


def build_all() -> dict[str, Path]:
    """Draw (or take from cache) every figure; map ``figures/<name>.png`` to the file."""
    (CACHE / "figures").mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        dirs = list(pool.map(_draw, scripts()))
    produced: dict[str, Path] = {}
    for out, script in zip(dirs, scripts()):
        for png in sorted(out.rglob("*.png")):
            uri = "figures/" + png.relative_to(out).as_posix()
            if uri in produced:
                raise FigureScriptError(f"{uri} is drawn by two scripts, {script.name} among them")
            produced[uri] = png
    return produced
