"""Chapter 2: return_sequences=False (many-to-one) versus True (many-to-many)."""
from matplotlib.patches import FancyArrowPatch, Rectangle

from rnnbook.plotting import LANGS, plt, save

TEXT = {
    "ko": {"false": "return_sequences=False\n마지막 은닉 상태만: (샘플, 유닛)",
           "true": "return_sequences=True\n모든 은닉 상태: (샘플, 타임스텝, 유닛)", "t": "타임스텝"},
    "en": {"false": "return_sequences=False\nlast hidden state only: (samples, units)",
           "true": "return_sequences=True\nevery hidden state: (samples, timesteps, units)", "t": "timestep"},
}

for lang in LANGS:
    t = TEXT[lang]
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.4))
    for ax, every, title in zip(axes, (False, True), (t["false"], t["true"])):
        ax.set_xlim(0, 5)
        ax.set_ylim(-0.4, 3.2)
        ax.axis("off")
        ax.set_title(title, fontsize=11)
        for i in range(4):
            x = 0.6 + i * 1.2
            ax.add_patch(Rectangle((x - 0.35, 0.0), 0.7, 0.5, fc="#ffe0b2", ec="0.3"))
            ax.add_patch(Rectangle((x - 0.35, 1.0), 0.7, 0.6, fc="#c5cae9", ec="0.3"))
            ax.annotate("", (x, 1.0), (x, 0.5), arrowprops=dict(arrowstyle="-|>", color="0.3"))
            ax.text(x, 0.25, f"$x_{i + 1}$", ha="center", va="center")
            ax.text(x, 1.3, f"$h_{i + 1}$", ha="center", va="center")
            if i:
                ax.annotate("", (x - 0.35, 1.3), (x - 0.85, 1.3), arrowprops=dict(arrowstyle="-|>", color="0.3"))
            if every or i == 3:
                ax.add_patch(FancyArrowPatch((x, 1.6), (x, 2.4), arrowstyle="-|>", mutation_scale=14, color="#3949ab", lw=2))
                ax.add_patch(Rectangle((x - 0.3, 2.4), 0.6, 0.45, fc="#3949ab", ec="none"))
                ax.text(x, 2.625, f"$h_{i + 1}$", ha="center", va="center", color="white")
        ax.text(2.4, -0.3, t["t"] + r" $\rightarrow$", ha="center", fontsize=9, color="0.4")
    save(fig, "ch02/return_sequences", lang)
