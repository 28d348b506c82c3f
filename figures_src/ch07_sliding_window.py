"""Chapter 7: a Conv1D kernel sliding along time: a window of 3 timesteps x all features gives one
output value per filter at each position (valid padding)."""
import numpy as np
from matplotlib.patches import FancyArrowPatch, Rectangle

from rnnbook.plotting import LANGS, plt, save

TEXT = {
    "ko": {"input": "입력: 타임스텝 10개 × 특성 3개", "output": "출력: 타임스텝 8개 × 필터 1개",
           "kernel": "커널 (타임스텝 3 × 특성 3)", "time": "시간",
           "title": "Conv1D(filters=1, kernel_size=3): 같은 커널이 모든 자리에 놓인다"},
    "en": {"input": "input: 10 timesteps × 3 features", "output": "output: 8 timesteps × 1 filter",
           "kernel": "kernel (3 timesteps × 3 features)", "time": "time",
           "title": "Conv1D(filters=1, kernel_size=3): the same kernel at every position"},
}
STEPS, FEATURES, KERNEL = 10, 3, 3
WINDOWS = [(1, "#e65100"), (5, "#3949ab")]          # two positions of the same kernel
values = np.random.default_rng(3).uniform(0.15, 0.85, (FEATURES, STEPS))

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(9, 4.2))
    ax.set_xlim(-1.5, STEPS + 0.5)
    ax.set_ylim(-3.2, FEATURES + 1.4)
    ax.set_aspect("equal")
    ax.axis("off")
    for step in range(STEPS):
        for feature in range(FEATURES):
            ax.add_patch(Rectangle((step, feature), 1, 1, fc=plt.cm.Greys(values[feature, step] * 0.6), ec="white", lw=1.5))
    ax.text(-0.2, FEATURES / 2, t["input"], ha="right", va="center", fontsize=10, rotation=90)
    ax.annotate(t["time"], xy=(STEPS / 2 + 1.6, FEATURES + 0.45), xytext=(STEPS / 2 - 0.6, FEATURES + 0.45),
                va="center", ha="right", fontsize=10, arrowprops={"arrowstyle": "-|>", "color": "0.3"})
    out_y = -2.4
    for step in range(STEPS - KERNEL + 1):
        ax.add_patch(Rectangle((step + 1, out_y), 1, 1, fc="#eceff1", ec="white", lw=1.5))
    for start, color in WINDOWS:
        ax.add_patch(Rectangle((start, 0), KERNEL, FEATURES, fill=False, ec=color, lw=3, zorder=3))
        ax.add_patch(Rectangle((start + 1, out_y), 1, 1, fc=color, ec="white", lw=1.5, zorder=3))
        ax.add_patch(FancyArrowPatch((start + KERNEL / 2, -0.05), (start + 1.5, out_y + 1.05), arrowstyle="-|>",
                                     mutation_scale=14, color=color, lw=1.5))
    ax.text(STEPS / 2 + 0.5, out_y - 0.35, t["output"], ha="center", va="top", fontsize=10)
    ax.text(WINDOWS[0][0] + KERNEL / 2, FEATURES + 0.95, t["kernel"], ha="center", fontsize=10,
            color=WINDOWS[0][1])
    ax.set_title(t["title"], fontsize=11)
    save(fig, "ch07/sliding_window", lang)
