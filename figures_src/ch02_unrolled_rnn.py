"""Chapter 2: one recurrent cell, folded and unrolled over four timesteps with shared weights."""
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

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


for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(10, 3.6))
    ax.set_xlim(-0.8, 10.2)
    ax.set_ylim(-1.4, 2.3)
    ax.axis("off")
    # folded cell with its loop
    box(ax, 0.4, 0.8, "$h$", CELL)
    box(ax, 0.4, -0.7, "$x$", INPUT, w=0.8, h=0.5)
    arrow(ax, (0.4, -0.45), (0.4, 0.42))
    arrow(ax, (0.95, 0.95), (0.95, 0.65), connectionstyle="arc3,rad=-2.2")
    ax.text(0.4, 1.75, t["folded"], ha="center", fontsize=11)
    ax.text(1.45, 0.8, "=", fontsize=22, ha="center", va="center")
    # unrolled
    xs = [3.2, 5.0, 6.8, 8.6]
    for i, (x, word) in enumerate(zip(xs, t["words"])):
        box(ax, x, 0.8, f"$h_{i + 1}$", CELL)
        box(ax, x, -0.7, f"$x_{i + 1}$\n{word}", INPUT, w=0.8, h=0.7)
        arrow(ax, (x, -0.33), (x, 0.42), label=None)
        ax.text(x + 0.12, 0.0, "$W_x$", fontsize=10)
        arrow(ax, (x - 1.8 + 0.58, 0.8), (x - 0.58, 0.8), label="$W_h$" if i else "$h_0 = 0$")
    ax.text(5.9, 1.75, t["unrolled"], ha="center", fontsize=11)
    ax.text(5.9, -1.35, t["shared"], ha="center", fontsize=10, color="0.3")
    save(fig, "ch02/unrolled_rnn", lang)
