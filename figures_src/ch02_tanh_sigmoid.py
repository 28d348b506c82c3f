"""Chapter 2: tanh and the logistic sigmoid, both S-shaped, with different ranges."""
import numpy as np

from rnnbook.plotting import LANGS, plt, save

TEXT = {
    "ko": {"sigmoid": "시그모이드 (0 ~ 1)", "tanh": "tanh (-1 ~ 1)", "x": "입력 z", "y": "출력"},
    "en": {"sigmoid": "sigmoid (0 to 1)", "tanh": "tanh (-1 to 1)", "x": "input z", "y": "output"},
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
    ax.set_ylabel(t["y"])
    ax.set_ylim(-1.2, 1.2)
    ax.legend(loc="upper left", frameon=False)
    save(fig, "ch02/tanh_sigmoid", lang)
