"""Chapter 1: the first twelve test digits the chosen CNN gets wrong, with target and prediction."""
import json
from pathlib import Path

from rnnbook.packing import unpack_image
from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch01.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {"ko": "CNN이 틀린 테스트 이미지 (타깃→예측)", "en": "Test images the CNN gets wrong (target→prediction)"}
mistakes = VALUES["mistakes"]
images = unpack_image(mistakes["images"])
for lang in LANGS:
    fig, axes = plt.subplots(1, len(images), figsize=(12, 1.9))
    for ax, image, true, predicted in zip(axes, images, mistakes["true"], mistakes["predicted"]):
        ax.imshow(image, cmap="gray_r")
        ax.set_title(f"{true}→{predicted}", fontsize=12, fontfamily="DejaVu Sans")
        ax.axis("off")
    fig.suptitle(TEXT[lang], fontsize=11, y=1.1)
    save(fig, "ch01/mistakes", lang)
