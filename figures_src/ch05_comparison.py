"""Chapter 5: validation and test accuracy of the seven IMDB models (the bag of words among them), one point per seed."""
import json
from pathlib import Path

import numpy as np

from rnnbook.plotting import LANGS, model_rows, plt, save

INPUTS = ["results/ch05.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"x": "정확도 (시드마다 점 하나)", "val": "검증 정확도 (선택한 에포크)", "test": "테스트 정확도",
           "title": "IMDB (단어 500개, 토큰 100개): 일곱 모델, 시드 {}개"},
    "en": {"x": "accuracy (one point per seed)", "val": "validation accuracy (selected epoch)", "test": "test accuracy",
           "title": "IMDB (500 words, 100 tokens): seven models, {} seeds each"},
}
runs = VALUES["comparison_runs"]
names = list(runs)
LABELS = {"ko": {"bag of words": "단어 주머니"}, "en": {}}
for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(8.5, 4.4))
    for row, name in enumerate(names):
        val = [run["val_accuracy"] for run in runs[name]]
        test = [run["test_accuracy"] for run in runs[name]]
        ax.plot([min(val), max(val)], [row - 0.12] * 2, color="#3949ab", lw=1, alpha=0.5)
        ax.plot([min(test), max(test)], [row + 0.12] * 2, color="#e65100", lw=1, alpha=0.5)
        ax.scatter(val, [row - 0.12] * len(val), color="#3949ab", marker="o", s=36, zorder=3,
                   label=t["val"] if row == 0 else None)
        ax.scatter(test, [row + 0.12] * len(test), color="#e65100", marker="s", s=36, zorder=3,
                   label=t["test"] if row == 0 else None)
    model_rows(ax, [LABELS[lang].get(name, name) for name in names], t["x"], t["title"].format(len(runs[names[0]])))
    ax.legend(loc="lower left", fontsize=9)
    save(fig, "ch05/comparison", lang)
