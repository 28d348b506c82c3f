"""Chapter 2: one recurrent cell, folded and unrolled over four timesteps with shared weights."""
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch
from matplotlib.path import Path

from rnnbook.plotting import LANGS, plt, save

TEXT = {
    "ko": {"words": ["I", "am", "a", "boy"], "folded": "순환 셀", "unrolled": "타임스텝으로 펼치기",
           "shared": "모든 타임스텝이 같은 $W_x$, $W_h$, $b$를 씁니다"},
    "en": {"words": ["I", "am", "a", "boy"], "folded": "recurrent cell", "unrolled": "unrolled through time",
           "shared": "every timestep uses the same $W_x$, $W_h$, $b$"},
}
CELL, INPUT = "#c5cae9", "#ffe0b2"


def box(ax, x, y, text, color, w=1.1, h=0.7):
    ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.05", fc=color, ec="0.3"))
    ax.text(x, y, text, ha="center", va="center", fontsize=12)


def arrow(ax, start, end, label=None, **kw):
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=14, color="0.25", lw=1.4, **kw))
    if label:
        ax.text((start[0] + end[0]) / 2, (start[1] + end[1]) / 2 + 0.18, label, ha="center", fontsize=10)


XS = [3.8, 5.6, 7.4, 9.2]   # the unrolled timesteps
WORD_FONT = "DejaVu Serif"   # serifs tell the word "I" apart from a lowercase l

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(10, 3.8))
    ax.set_xlim(-0.8, 9.9)
    ax.set_ylim(-1.6, 2.3)
    ax.axis("off")
    # folded cell with its loop: out of the right side, over the top, back in from above
    box(ax, 0.4, 0.8, "$h$", CELL)
    box(ax, 0.4, -0.7, "$x$", INPUT, w=0.8, h=0.5)
    arrow(ax, (0.4, -0.45), (0.4, 0.42))
    ax.text(0.52, 0.0, "$W_x$", fontsize=10)
    loop = Path([(1.0, 0.8), (1.3, 0.8), (1.3, 1.5), (0.4, 1.5), (0.4, 1.2)],
                [Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.LINETO])
    ax.add_patch(FancyArrowPatch(path=loop, arrowstyle="-|>", mutation_scale=14, color="0.25", lw=1.4,
                                 connectionstyle=None))
    ax.text(0.85, 1.58, "$W_h$", ha="center", fontsize=10)
    ax.text(0.4, 1.95, t["folded"], ha="center", fontsize=11)
    ax.text(1.75, 0.8, "=", fontsize=22, ha="center", va="center")
    # unrolled
    for i, (x, word) in enumerate(zip(XS, t["words"])):
        box(ax, x, 0.8, f"$h_{i + 1}$", CELL)
        box(ax, x, -0.7, "", INPUT, w=0.8, h=0.7)
        ax.text(x, -0.52, f"$x_{i + 1}$", ha="center", va="center", fontsize=12)
        ax.text(x, -0.88, word, ha="center", va="center", fontsize=12, fontfamily=WORD_FONT)
        arrow(ax, (x, -0.33), (x, 0.42))
        ax.text(x + 0.12, 0.0, "$W_x$", fontsize=10)
        if i:
            arrow(ax, (XS[i - 1] + 0.58, 0.8), (x - 0.58, 0.8), label="$W_h$")
    # the initial state: its label to the left of a short arrow into the first cell
    arrow(ax, (XS[0] - 1.05, 0.8), (XS[0] - 0.58, 0.8))
    ax.text(XS[0] - 1.12, 0.8, "$h_0 = 0$", ha="right", va="center", fontsize=10)
    ax.text(6.5, 1.95, t["unrolled"], ha="center", fontsize=11)
    ax.text(6.5, -1.3, t["shared"], ha="center", va="top", fontsize=10, color="0.3")
    save(fig, "ch02/unrolled_rnn", lang)
