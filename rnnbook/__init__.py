"""Helpers that make the book executable: offline data, quick mode, page code, numbers, figures."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
RESULTS = ROOT / "results"
CACHE = ROOT / ".cache"
# Folder a figure script saves into; the build sets it, by hand scripts use .cache/figures/manual.
FIGURE_OUT_ENV = "RNNBOOK_FIGURE_OUT"
