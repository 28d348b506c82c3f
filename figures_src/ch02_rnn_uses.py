"""Chapter 2: four ways to use a recurrent network, by where its inputs and outputs are."""
from matplotlib.patches import FancyArrowPatch, Rectangle

from rnnbook.plotting import LANGS, plt, save

TEXT = {
    "ko": {
        "panels": ["다대일\n예: 감성 분석",
                   "일대다\n예: 이미지 설명 붙이기",
                   "다대다 (타임스텝마다 출력 하나)\n예: 품사 붙이기",
                   "시퀀스-투-시퀀스 (인코더-디코더)\n예: 번역"],
        "encoder": "인코더", "decoder": "디코더", "t": "타임스텝",
    },
    "en": {
        "panels": ["many-to-one\ne.g. sentiment analysis",
                   "one-to-many\ne.g. image captioning",
                   "many-to-many (one output per timestep)\ne.g. part-of-speech tagging",
                   "sequence-to-sequence (encoder-decoder)\ne.g. translation"],
        "encoder": "encoder", "decoder": "decoder", "t": "timestep",
    },
}
INPUT, ENCODER, DECODER, OUTPUT = "#ffe0b2", "#c5cae9", "#c8e6c9", "#3949ab"
STEP, W = 1.0, 0.6   # distance between timesteps, width of a box


def arrow(ax, start, end, color="0.3", lw=1.2):
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=12, color=color, lw=lw))


def chain(ax, n, inputs, outputs, colors):
    """n cells in a row; inputs/outputs: the timesteps (0-based) that have one, with their labels."""
    x0 = (7.6 - (n - 1) * STEP) / 2
    xs = [x0 + i * STEP for i in range(n)]
    for i, x in enumerate(xs):
        ax.add_patch(Rectangle((x - W / 2, 1.0), W, 0.6, fc=colors[i], ec="0.3"))
        if i:
            arrow(ax, (xs[i - 1] + W / 2, 1.3), (x - W / 2, 1.3))
        if i in inputs:
            ax.add_patch(Rectangle((x - W / 2, 0.0), W, 0.5, fc=INPUT, ec="0.3"))
            ax.text(x, 0.25, inputs[i], ha="center", va="center", fontsize=11)
            arrow(ax, (x, 0.5), (x, 1.0))
        if i in outputs:
            arrow(ax, (x, 1.6), (x, 2.2), color=OUTPUT, lw=1.8)
            ax.add_patch(Rectangle((x - W / 2, 2.2), W, 0.5, fc=OUTPUT, ec="none"))
            ax.text(x, 2.45, outputs[i], ha="center", va="center", fontsize=11, color="white")
    return xs


for lang in LANGS:
    t = TEXT[lang]
    fig, axes = plt.subplots(2, 2, figsize=(10, 6.2))
    for ax, title in zip(axes.flat, t["panels"]):
        ax.set_xlim(0, 7.6)
        ax.set_ylim(-0.75, 2.8)
        ax.axis("off")
        ax.set_title(title, fontsize=12, linespacing=1.5)
    xs4 = [f"$x_{i + 1}$" for i in range(4)]
    ys4 = [f"$y_{i + 1}$" for i in range(4)]
    chain(axes[0, 0], 4, dict(enumerate(xs4)), {3: "$y$"}, [ENCODER] * 4)
    chain(axes[0, 1], 4, {0: "$x$"}, dict(enumerate(ys4)), [ENCODER] * 4)
    chain(axes[1, 0], 4, dict(enumerate(xs4)), dict(enumerate(ys4)), [ENCODER] * 4)
    ax = axes[1, 1]
    xs = chain(ax, 7, dict(enumerate(xs4)), {4 + i: f"$y_{i + 1}$" for i in range(3)}, [ENCODER] * 4 + [DECODER] * 3)
    for (first, last), name in (((xs[0], xs[3]), t["encoder"]), ((xs[4], xs[6]), t["decoder"])):
        ax.plot([first - W / 2, last + W / 2], [-0.2, -0.2], color="0.4", lw=1)
        ax.text((first + last) / 2, -0.3, name, ha="center", va="top", fontsize=11, color="0.25")
    for ax in (axes[0, 0], axes[0, 1], axes[1, 0]):
        ax.text(3.8, -0.3, t["t"] + r" $\rightarrow$", ha="center", va="top", fontsize=10, color="0.4")
    fig.tight_layout(h_pad=2.0, w_pad=2.0)
    save(fig, "ch02/rnn_uses", lang)
