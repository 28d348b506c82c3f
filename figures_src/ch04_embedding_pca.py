"""Chapter 4: model C's learned word embeddings of chosen words, projected to 2-D with PCA."""
import json
from pathlib import Path

import numpy as np

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch04.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"positive": "긍정 단어", "negative": "부정 단어", "neutral": "중립 단어",
           "pc": "주성분 {} (분산의 {:.1%})", "title": "모델 C가 학습한 단어 임베딩 (32차원 → 2차원 PCA)"},
    "en": {"positive": "positive words", "negative": "negative words", "neutral": "neutral words",
           "pc": "principal component {} ({:.1%} of the variance)",
           "title": "Word embeddings learned by model C (32 dimensions → 2-D PCA)"},
}
GROUPS = [("positive", "#1e88e5", "o"), ("negative", "#e53935", "s"), ("neutral", "0.45", "^")]

# Label offsets in points: try each and keep the one farthest from the labels placed so far.
OFFSETS = [(6, 5, "left"), (6, -14, "left"), (-6, 5, "right"), (-6, -14, "right"), (0, 9, "center"), (0, -18, "center")]

coords = np.array(VALUES["projection_coords"])
share = [VALUES["pc1_variance"], VALUES["projection_variance"] - VALUES["pc1_variance"]]
groups = {"positive": VALUES["positive_words"], "negative": VALUES["negative_words"],
          "neutral": VALUES["neutral_words"]}

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(8.5, 6.5))
    span = coords.max(axis=0) - coords.min(axis=0)
    points = coords / span                      # positions in units of the plotted span
    placed = []                                 # label centres placed so far, same units
    start = 0
    for name, color, marker in GROUPS:
        words = groups[name]
        xy = coords[start:start + len(words)]
        ax.scatter(xy[:, 0], xy[:, 1], color=color, marker=marker, s=45, label=t[name], zorder=3)
        for i, word in enumerate(words, start):
            def centre(offset, i=i, word=word):
                dx, dy, ha = offset
                half = len(word) * 0.0075 * {"left": 1, "right": -1, "center": 0}[ha]
                return points[i] + np.array([dx / 560 + half, (dy + 4) / 420])

            def clearance(offset, i=i):
                others = [p for j, p in enumerate(points) if j != i] + placed
                return min(np.linalg.norm(centre(offset) - p) for p in others)

            dx, dy, ha = next((o for o in OFFSETS if clearance(o) > 0.045), max(OFFSETS, key=clearance))
            placed.append(centre((dx, dy, ha)))
            ax.annotate(word, coords[i], xytext=(dx, dy), textcoords="offset points", ha=ha, fontsize=9.5,
                        color=color, fontfamily="DejaVu Sans",
                        arrowprops=dict(arrowstyle="-", color=color, lw=0.6, alpha=0.7, shrinkA=0, shrinkB=3))
        start += len(words)
    ax.axhline(0, color="0.85", lw=0.8, zorder=0)
    ax.axvline(0, color="0.85", lw=0.8, zorder=0)
    ax.set_xlabel(t["pc"].format(1, share[0]))
    ax.set_ylabel(t["pc"].format(2, share[1]))
    ax.set_title(t["title"], fontsize=12)
    ax.legend(frameon=False, loc="best")
    save(fig, "ch04/embedding_pca", lang)
