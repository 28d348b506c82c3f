"""Chapter 7: IMDB with 500-token reviews, validation and test accuracy per seed of the three models."""
import json
from pathlib import Path

from rnnbook.plotting import LANGS, model_rows, plt, save

INPUTS = ["results/ch07.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"acc": "정확도 (시드마다 점 하나)", "val": "검증", "test": "테스트", "title": "IMDB (단어 5,000개, 토큰 500개)"},
    "en": {"acc": "accuracy (one point per seed)", "val": "validation", "test": "test",
           "title": "IMDB (5,000 words, 500 tokens)"},
}
VAL, TEST = "#3949ab", "#e65100"
long_runs = VALUES["long_runs"]
for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(7, 2.8))
    for row, (name, runs) in enumerate(long_runs.items()):
        ax.scatter([r["val_accuracy"] for r in runs], [row - 0.12] * len(runs), color=VAL, s=36, zorder=3,
                   label=t["val"] if row == 0 else None)
        ax.scatter([r["test_accuracy"] for r in runs], [row + 0.12] * len(runs), color=TEST, marker="s", s=36,
                   zorder=3, label=t["test"] if row == 0 else None)
    model_rows(ax, list(long_runs), t["acc"], t["title"])
    ax.set_ylim(len(long_runs) - 0.5, -0.5)
    ax.legend(fontsize=8, frameon=False)
    fig.tight_layout()
    save(fig, "ch07/imdb_long", lang)
