"""Chapter 1: the hand-worked convolution (4x4 image, 2x2 kernel) and 2x2 max pooling, with the numbers."""
import json
from pathlib import Path

import numpy as np
from matplotlib.patches import Rectangle

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch01.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"image": "입력 (4×4)", "kernel": "커널 (2×2)", "conv": "합성곱 결과 (3×3)", "map": "특성 맵 (4×4)",
           "pool": "최대 풀링 결과 (2×2)", "row1": "합성곱(Keras의 Conv2D, 커널을 뒤집지 않음): 커널을 한 칸씩 옮기며 곱해 더하기",
           "row2": "2×2 최대 풀링: 겹치지 않는 2×2 구역마다 가장 큰 값"},
    "en": {"image": "input (4×4)", "kernel": "kernel (2×2)", "conv": "convolution (3×3)", "map": "feature map (4×4)",
           "pool": "max pooling (2×2)", "row1": "Convolution (Keras' Conv2D, kernel not flipped): slide the kernel one step at a time, multiply and add",
           "row2": "2×2 max pooling: the largest value of each non-overlapping 2×2 block"},
}
HIGHLIGHT = "#e65100"


def grid(ax, values, title, cmap="Blues", box=None, box_size=2):
    values = np.asarray(values)
    ax.imshow(values, cmap=cmap, vmin=0, vmax=max(values.max(), 1) * 1.6)
    for (i, j), v in np.ndenumerate(values):
        ax.text(j, i, f"{v:g}", ha="center", va="center", fontsize=14)
    ax.set_xticks(np.arange(-0.5, values.shape[1]), [])
    ax.set_yticks(np.arange(-0.5, values.shape[0]), [])
    ax.tick_params(length=0)
    ax.grid(color="white", lw=2)
    for side in ax.spines.values():
        side.set_visible(False)
    if box is not None:
        ax.add_patch(Rectangle((box[1] - 0.5, box[0] - 0.5), box_size, box_size, fill=False, ec=HIGHLIGHT, lw=3, zorder=5))
    ax.set_title(title, fontsize=11)


def operator(ax, symbol):
    ax.axis("off")
    ax.text(0.5, 0.5, symbol, ha="center", va="center", fontsize=22)


for lang in LANGS:
    t = TEXT[lang]
    fig, axes = plt.subplots(2, 5, figsize=(11, 5.8), gridspec_kw={"width_ratios": [4, 0.8, 2.4, 0.8, 3.2]})
    grid(axes[0, 0], VALUES["hand_image"], t["image"], box=(0, 0))
    operator(axes[0, 1], "∗")
    grid(axes[0, 2], VALUES["hand_kernel"], t["kernel"], cmap="Oranges")
    operator(axes[0, 3], "=")
    grid(axes[0, 4], VALUES["hand_conv"], t["conv"], box=(0, 0), box_size=1)
    grid(axes[1, 0], VALUES["hand_feature_map"], t["map"], box=(0, 0))
    operator(axes[1, 1], "→")
    for ax in (axes[1, 2], axes[1, 3]):
        ax.axis("off")
    grid(axes[1, 4], VALUES["hand_pool"], t["pool"], box=(0, 0), box_size=1)
    fig.text(0.02, 0.97, t["row1"], fontsize=11, ha="left")
    fig.text(0.02, 0.455, t["row2"], fontsize=11, ha="left")
    fig.subplots_adjust(hspace=0.7, top=0.88)
    save(fig, "ch01/hand_conv", lang)
