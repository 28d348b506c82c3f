"""Chapter 3: lengths of the 20,000 training reviews, with mean, median and maxlen=100."""
import numpy as np

from rnnbook.offline_data import use_local_mirror
from rnnbook.plotting import LANGS, plt, save

use_local_mirror()
import keras  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402

(train_input, train_target), _ = keras.datasets.imdb.load_data(num_words=500)
train_input, _, _, _ = train_test_split(train_input, train_target, test_size=0.2, random_state=42)
lengths = np.array([len(review) for review in train_input])
mean, median, maxlen = lengths.mean(), np.median(lengths), 100
shown = 1000

TEXT = {
    "ko": {"x": "리뷰 길이 (토큰 수)", "y": "리뷰 개수", "mean": "평균 {:.1f}", "median": "중간값 {:.0f}",
           "maxlen": "maxlen = {}", "hidden": "{:,}개 리뷰는 {:,} 토큰보다 길어 그래프 밖에 있습니다"},
    "en": {"x": "review length (tokens)", "y": "number of reviews", "mean": "mean {:.1f}", "median": "median {:.0f}",
           "maxlen": "maxlen = {}", "hidden": "{:,} reviews are longer than {:,} tokens (off the chart)"},
}

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(7.5, 3.8))
    ax.hist(lengths, bins=np.arange(0, shown + 20, 20), color="#9fa8da", edgecolor="white")
    ax.axvline(maxlen, color="#e65100", lw=2, label=t["maxlen"].format(maxlen))
    ax.axvline(median, color="#2e7d32", lw=2, ls="--", label=t["median"].format(median))
    ax.axvline(mean, color="#3949ab", lw=2, ls=":", label=t["mean"].format(mean))
    ax.set_xlim(0, shown)
    ax.set_xlabel(t["x"])
    ax.set_ylabel(t["y"])
    ax.legend(frameon=False)
    ax.text(0.98, 0.55, t["hidden"].format(int(np.sum(lengths > shown)), shown), transform=ax.transAxes,
            ha="right", fontsize=9, color="0.35")
    save(fig, "ch03/length_hist", lang)
