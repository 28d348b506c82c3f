"""Chapter 6: how make_windows pairs each window with its target, on the page's small check
(values equal to their positions, lookback 5, delay 3): the first three windows and their targets."""
import numpy as np

from rnnbook.plotting import LANGS, plt, save

LOOKBACK, DELAY, N = 5, 3, 14           # the page's window_check example, on a shorter series
series = np.arange(N)
last = LOOKBACK - 1                      # make_windows' rule with sampling_rate=1
targets = series[last + DELAY:]          # window i's target: row i + last + delay

TEXT = {
    "ko": {"row": "행 (값 = 위치)", "window": "윈도 {}", "input": "입력 {}행", "delay": "delay = {}행",
           "title": "lookback = {0}, delay = {1}: 윈도 i는 행 i ~ i + {2}를 읽고, 타깃은 그 {1}행 뒤인 행 i + {3}"},
    "en": {"row": "row (value = position)", "window": "window {}", "input": "{} input rows", "delay": "delay = {} rows",
           "title": "lookback = {0}, delay = {1}: window i reads rows i to i + {2}; its target is {1} rows later, row i + {3}"},
}
INPUT, TARGET = "#3949ab", "#e65100"

ROW = 1.3                               # vertical distance between the windows drawn

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(9, 3.8))
    for i in range(3):
        y = (2 - i) * ROW
        for row in series:
            ax.add_patch(plt.Rectangle((row, y), 0.9, 0.7, fill=False, ec="0.8", lw=0.8))
        ax.add_patch(plt.Rectangle((i, y), LOOKBACK - 0.1, 0.7, color=INPUT, alpha=0.25))
        target = targets[i]
        ax.add_patch(plt.Rectangle((target, y), 0.9, 0.7, color=TARGET, alpha=0.6))
        ax.annotate("", xy=(target + 0.45, y + 0.72), xytext=(i + last + 0.45, y + 0.72),
                    arrowprops={"arrowstyle": "->", "color": TARGET, "connectionstyle": "arc3,rad=-0.25"})
        ax.text(-0.3, y + 0.35, t["window"].format(i), ha="right", va="center", fontsize=10)
        if i == 0:
            ax.text(i + LOOKBACK / 2, y + 0.35, t["input"].format(LOOKBACK), ha="center", va="center", fontsize=9)
            ax.text(target + 1.2, y + 1.0, t["delay"].format(DELAY), ha="left", va="center", color=TARGET, fontsize=9)
    for row in series:
        ax.text(row + 0.45, -0.35, str(row), ha="center", va="center", fontsize=9, color="0.3")
    ax.text(N / 2, -0.9, t["row"], ha="center", fontsize=9, color="0.3")
    ax.set_xlim(-2.2, N + 0.2)
    ax.set_ylim(-1.1, 2 * ROW + 1.4)
    ax.axis("off")
    ax.set_title(t["title"].format(LOOKBACK, DELAY, last, last + DELAY), fontsize=11)
    save(fig, "ch06/windows", lang)
