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


def model_rows(ax, names, xlabel, title):
    """A y axis of model names, one row each in the results table's order (top to bottom), values along x."""
    ax.set_yticks(range(len(names)), names)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.grid(alpha=0.3, axis="x")
    ax.set_title(title, fontsize=11)


def word_axis(ax, words):
    """The words of a review along the x axis, one tick per timestep; special tokens (<pad>, <oov>) in grey."""
    ax.set_xlim(-0.5, len(words) - 0.5)
    ax.set_xticks(range(len(words)), words, rotation=90, fontsize=7.5, fontfamily="DejaVu Sans")
    for label, word in zip(ax.get_xticklabels(), words):
        if word.startswith("<"):
            label.set_color("0.6")


# Cell diagrams (chapter 5): rounded boxes for gates, circles for elementwise operations, arrowed lines.
DIAGRAM_LINE = "0.25"
DIAGRAM_GATE, DIAGRAM_CANDIDATE, DIAGRAM_CELL = "#ffe0b2", "#c8e6c9", "#e8eaf6"


def diagram_cell():
    """A figure with the cell's rounded outline, in coordinates where the cell spans x 0-11.2, y 0.35-5.8."""
    from matplotlib.patches import FancyBboxPatch

    fig, ax = plt.subplots(figsize=(11, 6.6))
    ax.set_xlim(-1.6, 13.4)
    ax.set_ylim(-1.2, 7.2)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.add_patch(FancyBboxPatch((0.0, 0.35), 11.2, 5.45, boxstyle="round,pad=0.1", fc=DIAGRAM_CELL, ec="0.55",
                                lw=1.2, zorder=0))
    return fig, ax


def diagram_box(ax, x, y, symbol, label, color, w=1.5, h=1.0):
    """A rounded box centred at (x, y): the function's symbol above, its name below."""
    from matplotlib.patches import FancyBboxPatch

    ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.04", fc=color, ec="0.3", zorder=3))
    ax.text(x, y + 0.16, symbol, ha="center", va="center", fontsize=14, zorder=4)
    ax.text(x, y - 0.24, label, ha="center", va="center", fontsize=9, zorder=4)


def diagram_op(ax, x, y, symbol, fontsize=13):
    """An elementwise operation (×, +, tanh) as a small circle."""
    from matplotlib.patches import Circle

    ax.add_patch(Circle((x, y), 0.27, fc="white", ec="0.3", lw=1.3, zorder=3))
    ax.text(x, y, symbol, ha="center", va="center", fontsize=fontsize, zorder=4, fontfamily="DejaVu Sans")


def diagram_line(ax, points, arrow=True, lw=1.5, color=DIAGRAM_LINE):
    """A polyline through the points, with an arrowhead at its end."""
    from matplotlib.patches import FancyArrowPatch

    xs, ys = zip(*points)
    ax.plot(xs[:-1] if arrow else xs, ys[:-1] if arrow else ys, color=color, lw=lw, zorder=2, solid_capstyle="butt")
    if arrow:
        ax.add_patch(FancyArrowPatch(points[-2], points[-1], arrowstyle="-|>", mutation_scale=14, color=color,
                                     lw=lw, shrinkA=0, shrinkB=0, zorder=2))
