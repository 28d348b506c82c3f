"""Chapter 1: inside the trained CNN: first-layer weight histograms (untrained vs trained), the 32 kernels,
and the feature maps of both convolutions for the first test digit."""
import json
from pathlib import Path

import numpy as np

from rnnbook.packing import unpack_image
from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch01.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"untrained": "훈련 전", "trained": "훈련 후", "limit": "초기화 범위 (±{:.3f})", "weight": "가중치", "count": "개수",
           "hist": "첫 번째 합성곱층의 가중치 {}개 (같은 시드)",
           "kernels": "첫 번째 합성곱층의 커널 32개 (3×3, 빨강 양수, 파랑 음수)",
           "maps": "{} 번째 합성곱층의 특성 맵 {}개 ({}×{}, 맵마다 밝기를 따로 맞춤)", "ordinal": ["첫", "두"], "digit": "입력 (타깃 {})"},
    "en": {"untrained": "untrained", "trained": "trained", "limit": "initialisation range (±{:.3f})", "weight": "weight", "count": "count",
           "hist": "The {} weights of the first convolution layer (same seed)",
           "kernels": "The 32 kernels of the first convolution layer (3×3, red positive, blue negative)",
           "maps": "The {1} feature maps of convolution layer {0} ({2}×{3}, each map scaled on its own)",
           "digit": "input (target {})"},
}
before, after = np.array(VALUES["weights_before"]), np.array(VALUES["weights_after"])
kernels = np.array(VALUES["kernel_grid"])                     # (32, 3, 3)
digit = unpack_image(VALUES["first_test_digit"])

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(7, 3.4))
    bins = np.linspace(min(before.min(), after.min()), max(before.max(), after.max()), 41)
    ax.hist(before, bins=bins, alpha=0.6, color="0.45", label=t["untrained"])
    ax.hist(after, bins=bins, alpha=0.6, color="#e65100", label=t["trained"])
    for side in (-1, 1):                                    # the Glorot uniform limit the weights were drawn within
        ax.axvline(side * VALUES["glorot_limit"], color="0.3", ls="--", lw=1, label=t["limit"].format(VALUES["glorot_limit"]) if side > 0 else None)
    ax.set_xlabel(t["weight"])
    ax.set_ylabel(t["count"])
    ax.set_title(t["hist"].format(len(after)), fontsize=11)
    ax.legend(frameon=False)
    save(fig, "ch01/weights", lang)

    fig, axes = plt.subplots(4, 8, figsize=(8, 4.4))
    limit = np.abs(kernels).max()
    for k, ax in enumerate(axes.flat):
        ax.imshow(kernels[k], cmap="RdBu_r", vmin=-limit, vmax=limit)
        ax.set_title(str(k), fontsize=8)
        ax.axis("off")
    fig.suptitle(t["kernels"], fontsize=11)
    save(fig, "ch01/kernels", lang)

    for layer, key in [(1, "maps_1"), (2, "maps_2")]:
        maps = unpack_image(VALUES[key])                       # (height, width, maps), each map 0..1
        rows = maps.shape[2] // 8
        fig = plt.figure(figsize=(10, 1.25 * rows + 0.6))
        grid = fig.add_gridspec(rows, 10, width_ratios=[2.2, 0.3] + [1] * 8, top=1 - 0.7 / (1.25 * rows + 0.6))
        ax = fig.add_subplot(grid[:min(rows, 4), 0])
        ax.imshow(digit, cmap="gray_r")
        ax.set_title(t["digit"].format(VALUES["first_test_label"]), fontsize=9)
        ax.axis("off")
        for k in range(maps.shape[2]):
            ax = fig.add_subplot(grid[k // 8, 2 + k % 8])
            ax.imshow(maps[:, :, k], cmap="viridis", vmin=0, vmax=1)
            ax.axis("off")
        name = t["ordinal"][layer - 1] if lang == "ko" else layer
        fig.suptitle(t["maps"].format(name, maps.shape[2], maps.shape[0], maps.shape[1]), fontsize=11)
        save(fig, f"ch01/feature_maps_{layer}", lang)
