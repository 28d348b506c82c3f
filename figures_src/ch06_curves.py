"""Chapter 6: training and validation MAE (°C) by epoch for the six models, every seed, with the baseline."""
import json
from pathlib import Path

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch06.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"train": "훈련", "val": "검증", "base": "기준 모델 (검증)", "epoch": "에포크", "mae": "MAE (°C)",
           "best": "선택한 에포크", "title": "에포크별 MAE: 시드 {}개 (선은 시드마다 하나, 세로축은 기준 모델의 2.5배에서 자름)"},
    "en": {"train": "training", "val": "validation", "base": "baseline (validation)", "epoch": "epoch", "mae": "MAE (°C)",
           "best": "selected epoch", "title": "MAE by epoch: {} seeds (one line per seed; axis cut at 2.5 times the baseline)"},
}
TRAIN, VAL, BASE = "#3949ab", "#e65100", "0.35"
runs = VALUES["runs"]

for lang in LANGS:
    t = TEXT[lang]
    fig, axes = plt.subplots(2, 3, figsize=(11, 6), sharey=True)
    for ax, (name, model_runs) in zip(axes.flat, runs.items()):
        for index, run in enumerate(model_runs):
            epochs = range(1, len(run["val_curve"]) + 1)
            first = index == 0
            ax.plot(epochs, run["train_curve"], color=TRAIN, lw=1, alpha=0.7, label=t["train"] if first else None)
            ax.plot(epochs, run["val_curve"], color=VAL, lw=1.3, label=t["val"] if first else None)
            ax.scatter([run["best_epoch"]], [run["val_curve"][run["best_epoch"] - 1]], color=VAL, s=22, zorder=3,
                       label=t["best"] if first else None)
        ax.axhline(VALUES["baseline_val"], color=BASE, ls="--", lw=1, label=t["base"])
        ax.set_title(name, fontsize=11)
        ax.set_xlim(left=0.5)
        ax.grid(alpha=0.3)
    for ax in axes[1]:
        ax.set_xlabel(t["epoch"])
    for ax in axes[:, 0]:
        ax.set_ylabel(t["mae"])
    top = 2.5 * VALUES["baseline_val"]               # the first epochs of some seeds lie far above
    axes[0, 0].set_ylim(0, top)
    axes[0, 0].legend(fontsize=8, frameon=False)
    fig.suptitle(t["title"].format(len(next(iter(runs.values())))), fontsize=12)
    fig.tight_layout()
    save(fig, "ch06/curves", lang)
