"""Chapter 2: tanh and the logistic sigmoid, both S-shaped, with different ranges."""
import numpy as np

from rnnbook.plotting import LANGS, plt, save

TEXT = {
    "ko": {"sigmoid": "로지스틱 시그모이드 (0 ~ 1)", "tanh": "tanh (\u22121 ~ 1)", "x": "입력 z", "y": "출력",
           "horizontal_y": True},
    "en": {"sigmoid": "logistic sigmoid (0 to 1)", "tanh": "tanh (\u22121 to 1)", "x": "input z", "y": "output",
           "horizontal_y": False},
}

z = np.linspace(-6, 6, 400)
for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    ax.plot(z, np.tanh(z), lw=2.5, color="#3949ab", label=t["tanh"])
    ax.plot(z, 1 / (1 + np.exp(-z)), lw=2.5, ls="--", color="#e65100", label=t["sigmoid"])
    for level in (-1, 0, 1):
        ax.axhline(level, color="0.8", lw=0.8, zorder=0)
    ax.axvline(0, color="0.8", lw=0.8, zorder=0)
    ax.set_xlabel(t["x"])
    if t["horizontal_y"]:   # a short Korean label reads best upright
        ax.set_ylabel(t["y"], rotation=0, ha="right", va="center")
    else:
        ax.set_ylabel(t["y"])
    ax.set_ylim(-1.2, 1.2)
    # lower right, between the gridlines at -1 and 0, where neither curve runs
    ax.legend(loc="center right", bbox_to_anchor=(1.0, 0.29), frameon=False)
    save(fig, "ch02/tanh_sigmoid", lang)
