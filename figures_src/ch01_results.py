"""Chapter 1: test accuracy of the MLP and the CNN, one point per seed, beside the published figures."""
import json
from pathlib import Path

from rnnbook.plotting import LANGS, model_rows, plt, save

INPUTS = ["results/ch01.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"x": "테스트 정확도", "ours": "이 책 (시드마다 점 하나)", "keras-io": "keras.io 예제",
           "title": "MNIST 테스트 정확도"},
    "en": {"x": "test accuracy", "ours": "this book (one point per seed)", "keras-io": "keras.io example", "title": "MNIST test accuracy"},
}
MARKERS = {"keras-io": ("*", "#6a1b9a", -0.3)}   # marker, colour, row offset
runs, published = VALUES["runs"], VALUES["published"]
names = list(runs)
for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(8, 2.8))
    shown = set()
    for row, name in enumerate(names):
        accuracy = [run["test_accuracy"] for run in runs[name]]
        ax.scatter(accuracy, [row] * len(accuracy), color="#e65100", s=40, zorder=3,
                   label=t["ours"] if row == 0 else None)
        for source, value in published.get(name, {}).items():
            marker, color, offset = MARKERS[source]
            ax.scatter([value], [row + offset], marker=marker, color=color, s=60, zorder=3,
                       label=t[source] if source not in shown else None)
            shown.add(source)
    model_rows(ax, [name.upper() for name in names], t["x"], t["title"])
    ax.set_ylim(len(names) - 0.5, -0.75)
    ax.legend(fontsize=8, frameon=False, loc="center")
    save(fig, "ch01/results", lang)
