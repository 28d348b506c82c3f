"""Chapter 7: one training epoch of each model in chapter 5's setting, all without XLA (equal conditions)."""
import json
from pathlib import Path

from rnnbook.plotting import LANGS, model_rows, plt, save

INPUTS = ["results/ch07.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"x": "에포크 하나의 시간 (초, 훈련 리뷰 20,000개, 검증 제외)", "title": "같은 조건에서: 모두 XLA 없이"},
    "en": {"x": "seconds for one epoch (20,000 training reviews, no validation)", "title": "Under equal conditions: all without XLA"},
}
seconds = VALUES["short_noxla"]
names = list(seconds)
for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(7, 2.8))
    bars = ax.barh(range(len(names)), [seconds[name] for name in names], color="#3949ab", height=0.6, zorder=3)
    ax.bar_label(bars, labels=[f"{seconds[name]:.1f}" for name in names], padding=3, fontsize=9)
    model_rows(ax, names, t["x"], t["title"])
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.set_xlim(0, max(seconds.values()) * 1.15)
    fig.tight_layout()
    save(fig, "ch07/speed_equal", lang)
