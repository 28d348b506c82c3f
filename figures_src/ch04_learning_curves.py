"""Chapter 4: learning curves (loss and accuracy, training and validation) of models A, B and C."""
import json
from pathlib import Path

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch04.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"train": "훈련 세트", "val": "검증 세트", "epoch": "에포크", "loss": "손실", "acc": "정확도",
           "best": "가장 낮은 검증 손실\n(에포크 {})",
           "title": {"a": "모델 A: 원-핫 입력 + SimpleRNN(8)", "b": "모델 B: Embedding(500, 16) + SimpleRNN(8)",
                     "c": "모델 C: Embedding(10000, 32) + SimpleRNN(32)"}},
    "en": {"train": "training", "val": "validation", "epoch": "epoch", "loss": "loss", "acc": "accuracy",
           "best": "lowest validation loss\n(epoch {})",
           "title": {"a": "Model A: one-hot input + SimpleRNN(8)", "b": "Model B: Embedding(500, 16) + SimpleRNN(8)",
                     "c": "Model C: Embedding(10000, 32) + SimpleRNN(32)"}},
}
TRAIN, VAL, BEST = "#3949ab", "#e65100", "0.45"

HISTORIES = {"a": VALUES["history_a"], "b": VALUES["history_b"], "c": VALUES["history_c"]}
BEST_EPOCH = {"a": VALUES["best_epoch_a"], "b": VALUES["best_epoch_b"], "c": VALUES["best_epoch_c"]}

for model, history in HISTORIES.items():
    best = BEST_EPOCH[model]
    epochs = range(1, len(history["loss"]) + 1)
    marker = "o" if len(history["loss"]) <= 20 else None
    for lang in LANGS:
        t = TEXT[lang]
        fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
        for ax, key, label in zip(axes, ("loss", "accuracy"), (t["loss"], t["acc"])):
            ax.plot(epochs, history[key], color=TRAIN, lw=2, marker=marker, ms=4, label=t["train"])
            ax.plot(epochs, history[f"val_{key}"], color=VAL, lw=2, ls="--", marker=marker, ms=4, label=t["val"])
            ax.axvline(best, color=BEST, lw=1, ls=":")
            ax.set_xlabel(t["epoch"])
            ax.set_ylabel(label)
            ax.grid(alpha=0.3)
            if len(history["loss"]) <= 20:
                ax.set_xticks(list(epochs))
        axes[0].legend(frameon=False)
        low, high = axes[0].get_ylim()
        axes[0].text(best, high - 0.04 * (high - low), " " + t["best"].format(best), color=BEST, fontsize=9, va="top",
                     ha="left" if best < 0.7 * len(history["loss"]) else "right")
        fig.suptitle(t["title"][model], fontsize=12)
        fig.tight_layout()
        save(fig, f"ch04/curves_{model}", lang)
