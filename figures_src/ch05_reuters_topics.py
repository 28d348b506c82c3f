"""Chapter 5: how many training wires each of the 46 Reuters topics has."""
import json
from pathlib import Path

import numpy as np

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch05.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"y": "훈련 세트의 기사 수 (로그 눈금)", "title": "로이터 뉴스 토픽 46개의 크기 (훈련 세트 {:,}개)"},
    "en": {"y": "training wires (log scale)", "title": "The size of the 46 Reuters topics ({:,} training wires)"},
}
counts = np.array(VALUES["reuters_topic_counts"])
names = VALUES["reuters_topic_names"]
order = np.argsort(counts)[::-1]
for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(12, 4.4))
    ax.bar(range(len(order)), counts[order], color="#3949ab", log=True)
    ax.set_xticks(range(len(order)), [names[i] for i in order], rotation=90, fontsize=8)
    ax.set_xlim(-0.7, len(order) - 0.3)
    ax.set_ylabel(t["y"])
    ax.grid(alpha=0.3, axis="y", which="both")
    ax.set_title(t["title"].format(int(counts.sum())), fontsize=11)
    save(fig, "ch05/reuters_topics", lang)
