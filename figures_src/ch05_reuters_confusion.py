"""Chapter 5: where the Reuters LSTM's validation predictions go, for the eight largest topics."""
import json
from pathlib import Path

import numpy as np

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch05.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"x": "예측한 토픽", "y": "실제 토픽", "other": "나머지 {}개", "bar": "행에서 차지하는 비율",
           "title": "LSTM(첫 번째 시드)의 검증 세트 예측: 가장 큰 토픽 8개"},
    "en": {"x": "predicted topic", "y": "true topic", "other": "other {}", "bar": "share of the row",
           "title": "The LSTM's validation predictions (first seed): the eight largest topics"},
}
confusion = np.array(VALUES["reuters_confusion"])
largest = VALUES["reuters_largest"]
names = [VALUES["reuters_topic_names"][i] for i in largest]
inside = confusion[np.ix_(largest, largest)]
shown = np.column_stack([inside, confusion[largest].sum(axis=1) - inside.sum(axis=1)])
share = shown / shown.sum(axis=1, keepdims=True)
for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(7.6, 6))
    image = ax.imshow(share, cmap="Blues", vmin=0, vmax=1)
    for (row, col), value in np.ndenumerate(shown):
        if value:
            ax.text(col, row, str(value), ha="center", va="center", fontsize=8,
                    color="white" if share[row, col] > 0.5 else "black")
    other = t["other"].format(len(VALUES["reuters_topic_names"]) - len(largest))
    ax.set_xticks(range(len(names) + 1), names + [other], rotation=90)
    ax.set_yticks(range(len(names)), names)
    ax.set_xlabel(t["x"])
    ax.set_ylabel(t["y"])
    ax.set_title(t["title"], fontsize=11)
    fig.colorbar(image, ax=ax, label=t["bar"], fraction=0.046)
    save(fig, "ch05/reuters_confusion", lang)
