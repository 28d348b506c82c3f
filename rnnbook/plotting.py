"""Shared look of the book's figures and the one way figure scripts save them."""
from __future__ import annotations

import os
from pathlib import Path

import koreanize_matplotlib  # noqa: F401  (registers NanumGothic, ships with the package)
import matplotlib

from . import CACHE, FIGURE_OUT_ENV

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

LANGS = ("ko", "en")

# NanumGothic lacks some symbols (the minus sign U+2212): fall back per glyph.
plt.rcParams.update({
    "font.family": ["NanumGothic", "DejaVu Sans"],
    "axes.unicode_minus": True,
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "figure.facecolor": "white",   # readable on the dark theme too
    "axes.spines.top": False,
    "axes.spines.right": False,
})


def save(fig, name: str, lang: str) -> Path:
    """Save ``fig`` as ``figures/<name>.<lang>.png`` in the folder the build gave the script."""
    out = Path(os.environ.get(FIGURE_OUT_ENV, CACHE / "figures" / "manual"))
    path = out / f"{name}.{lang}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, bbox_inches="tight")
    plt.close(fig)
    return path
