"""Chapter 4: model C's word embeddings of the 300 most frequent words, projected to 2-D with PCA,
coloured by the model's own P(positive) for each word alone, on one scale for both axes."""
import json
from pathlib import Path

import numpy as np

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch04.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"pc": "주성분 {} (분산의 {:.1%})", "prob": "그 단어 하나만 있는 리뷰의 긍정 확률",
           "title": "모델 C가 학습한 단어 임베딩: 가장 자주 나오는 단어 {}개 (32차원 → 2차원 PCA)"},
    "en": {"pc": "principal component {} ({:.1%} of the variance)",
           "prob": "P(positive) of a review made of that word alone",
           "title": "Word embeddings learned by model C: the {} most frequent words (32 dimensions → 2-D PCA)"},
}
LABELLED = 7          # words labelled at each end of the probability scale
OFFSETS = [(5, 4, "left"), (5, -12, "left"), (-5, 4, "right"), (-5, -12, "right")]
POINT = 0.0025        # roughly one offset point in data units at this figure size

coords = np.array(VALUES["projection_coords"])
prob = np.array(VALUES["projection_word_prob"])
words = VALUES["projection_words"]
share = [VALUES["pc1_variance"], VALUES["pc2_variance"]]
order = np.argsort(prob)
labelled = [*order[:LABELLED], *order[-LABELLED:], *[words.index(w) for w in ("the", "movie") if w in words]]

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(9, 8))
    # Colours span the probabilities that occur; the colour bar gives their values.
    points = ax.scatter(coords[:, 0], coords[:, 1], c=prob, cmap="viridis",
                        s=28, edgecolors="0.3", linewidths=0.3, zorder=3)
    placed = []                                        # label anchors so far, in data units
    for i in sorted(labelled, key=lambda i: coords[i, 0]):
        # Of a few offsets (points), take the one whose label lands farthest from the labels placed so far.
        def distance(offset, i=i):
            anchor = coords[i] + np.array(offset[:2]) * POINT
            return min((np.linalg.norm(anchor - p) for p in placed), default=np.inf)
        dx, dy, ha = max(OFFSETS, key=distance)
        placed.append(coords[i] + np.array([dx, dy]) * POINT)
        ax.annotate(words[i], coords[i], xytext=(dx, dy), textcoords="offset points", ha=ha, fontsize=9,
                    fontfamily="DejaVu Sans", color="0.15", zorder=4)
    ax.set_aspect("equal", adjustable="datalim")    # one unit is the same length on both axes
    ax.axhline(0, color="0.85", lw=0.8, zorder=0)
    ax.axvline(0, color="0.85", lw=0.8, zorder=0)
    ax.set_xlabel(t["pc"].format(1, share[0]))
    ax.set_ylabel(t["pc"].format(2, share[1]))
    ax.set_title(t["title"].format(len(words)), fontsize=11.5)
    fig.colorbar(points, ax=ax, shrink=0.7, label=t["prob"])
    save(fig, "ch04/embedding_pca", lang)
