"""Chapter 3: lengths of the 20,000 training reviews, with mean, median and maxlen=100."""
import json
from pathlib import Path

import numpy as np

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch03.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

edges = np.array(VALUES["length_bin_edges"])      # bins of 20 tokens up to `shown`
counts = np.array(VALUES["length_counts"])
mean, median, maxlen = VALUES["mean_length"], VALUES["median_length"], 100
shown = int(edges[-1])

TEXT = {
    "ko": {"x": "리뷰 길이 (토큰 수)", "y": "리뷰 개수", "mean": "평균 {:.1f}", "median": "중간값 {:.0f}",
           "maxlen": "maxlen = {}", "hidden": "{:,}개 리뷰는 {:,} 토큰보다 길어 그래프 밖에 있습니다"},
    "en": {"x": "review length (tokens)", "y": "number of reviews", "mean": "mean {:.1f}", "median": "median {:.0f}",
           "maxlen": "maxlen = {}", "hidden": "{:,} reviews are longer than {:,} tokens (off the chart)"},
}

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(7.5, 3.8))
    ax.bar(edges[:-1], counts, width=np.diff(edges), align="edge", color="#9fa8da", edgecolor="white")
    ax.axvline(maxlen, color="#e65100", lw=2, label=t["maxlen"].format(maxlen))
    ax.axvline(median, color="#2e7d32", lw=2, ls="--", label=t["median"].format(median))
    ax.axvline(mean, color="#3949ab", lw=2, ls=":", label=t["mean"].format(mean))
    ax.set_xlim(0, shown)
    ax.set_xlabel(t["x"])
    ax.set_ylabel(t["y"])
    ax.legend(frameon=False)
    ax.text(0.98, 0.55, t["hidden"].format(VALUES["lengths_over_1000"], shown), transform=ax.transAxes,
            ha="right", fontsize=9, color="0.35")
    save(fig, "ch03/length_hist", lang)
