"""Chapter 4: validation curves of model B's setup trained with four seeds (initial weights and shuffling)."""
import json
from pathlib import Path

import numpy as np

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch04.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"epoch": "에포크", "loss": "검증 손실", "acc": "검증 정확도", "seed": "시드 {}: {:.1%} ({}에포크 훈련)",
           "model_b": "시드 {} (모델 B): {:.1%} ({}에포크 훈련)", "best": "● 가장 낮은 검증 손실, 곡선 끝: 조기 종료",
           "title": "같은 모델 B, 다른 시드: Embedding(500, 16) + SimpleRNN(8)"},
    "en": {"epoch": "epoch", "loss": "validation loss", "acc": "validation accuracy", "seed": "seed {}: {:.1%}, {} epochs",
           "model_b": "seed {} (model B): {:.1%}, {} epochs", "best": "● lowest validation loss; end of curve: early stopping",
           "title": "Model B's setup trained with different seeds: Embedding(500, 16) + SimpleRNN(8)"},
}
COLORS = ["#3949ab", "#e65100", "#2e7d32", "#8e24aa"]

histories = VALUES["seed_histories"]          # keys are the seeds, as strings; model B's seed first
val_acc, epochs_run = VALUES["seed_val_acc"], VALUES["seed_epochs"]
for lang in LANGS:
    t = TEXT[lang]
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.6))
    for color, (seed, history) in zip(COLORS, histories.items()):
        best = int(np.argmin(history["val_loss"]))
        epochs = np.arange(1, len(history["val_loss"]) + 1)
        label = (t["model_b"] if seed == "42" else t["seed"]).format(seed, val_acc[seed], epochs_run[seed])
        for ax, key in zip(axes, ("val_loss", "val_accuracy")):
            ax.plot(epochs, history[key], color=color, lw=2, label=label)
            ax.plot(epochs[best], history[key][best], "o", color=color, ms=7)
    for ax, label in zip(axes, (t["loss"], t["acc"])):
        ax.set_xlabel(t["epoch"])
        ax.set_ylabel(label)
        ax.grid(alpha=0.3)
    fig.suptitle(t["title"], fontsize=12)
    fig.tight_layout(rect=(0, 0.13, 1, 1))
    handles, labels = axes[1].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=2, frameon=False, fontsize=9, bbox_to_anchor=(0.5, 0.02))
    fig.text(0.5, -0.01, t["best"], ha="center", fontsize=9, color="0.35")
    save(fig, "ch04/seeds", lang)
