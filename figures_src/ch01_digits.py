"""Chapter 1: the first ten MNIST training digits with their targets."""
import json
from pathlib import Path

from rnnbook.packing import unpack_image
from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch01.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {"ko": "MNIST 훈련 세트의 처음 열 장과 타깃", "en": "The first ten MNIST training images and their targets"}
images = unpack_image(VALUES["sample_digits"]["images"])
labels = VALUES["sample_digits"]["labels"]
for lang in LANGS:
    fig, axes = plt.subplots(1, 10, figsize=(10, 1.7))
    for ax, image, label in zip(axes, images, labels):
        ax.imshow(image, cmap="gray_r")
        ax.set_title(str(label), fontsize=13)
        ax.axis("off")
    fig.suptitle(TEXT[lang], fontsize=11, y=1.08)
    save(fig, "ch01/digits", lang)
