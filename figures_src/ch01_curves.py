"""Chapter 1: training and validation loss by epoch of the MLP and the CNN, every seed."""
import json
from pathlib import Path

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch01.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"train": "훈련", "val": "검증", "best": "가장 낮은 검증 손실", "epoch": "에포크", "loss": "손실",
           "title": "에포크별 손실: 시드 {}개 (선은 시드마다 하나)"},
    "en": {"train": "training", "val": "validation", "best": "lowest validation loss", "epoch": "epoch", "loss": "loss",
           "title": "Loss by epoch: {} seeds (one line per seed)"},
}
TRAIN, VAL = "#3949ab", "#e65100"
runs = VALUES["runs"]
for lang in LANGS:
    t = TEXT[lang]
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.6))   # own y-ranges: on the MLP's the CNN's curves would be flat
    for ax, (name, model_runs) in zip(axes, runs.items()):
        for index, run in enumerate(model_runs):
            epochs = range(1, run["epochs"] + 1)
            first = index == 0
            ax.plot(epochs, run["history"]["loss"], color=TRAIN, lw=1, alpha=0.7, label=t["train"] if first else None)
            ax.plot(epochs, run["history"]["val_loss"], color=VAL, lw=1.3, label=t["val"] if first else None)
            ax.scatter([run["best_epoch"]], [run["history"]["val_loss"][run["best_epoch"] - 1]], color=VAL, s=22,
                       zorder=3, label=t["best"] if first else None)
        ax.set_title(name.upper(), fontsize=11)
        ax.set_xlabel(t["epoch"])
        ax.set_xlim(left=0.5)
        ax.grid(alpha=0.3)
    axes[0].set_ylabel(t["loss"])
    axes[0].legend(fontsize=8, frameon=False)
    fig.suptitle(t["title"].format(len(runs["cnn"])), fontsize=12)
    fig.tight_layout()
    save(fig, "ch01/curves", lang)
