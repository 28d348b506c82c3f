"""Chapter 7: four causal Conv1D layers with kernel size 2 and dilation rates 1, 2, 4, 8: the inputs
that the last output can see (its receptive field), traced back layer by layer."""
from rnnbook.plotting import LANGS, plt, save

TEXT = {
    "ko": {"input": "입력", "layer": "층 {} (팽창 {})", "title": "팽창한 인과 합성곱: 커널 2, 팽창 1·2·4·8 → 수용 영역 {}개 타임스텝",
           "time": "시간"},
    "en": {"input": "input", "layer": "layer {} (dilation {})",
           "title": "Causal dilated convolution: kernel 2, dilations 1, 2, 4, 8 → receptive field {} timesteps",
           "time": "time"},
}
STEPS, RATES = 20, [1, 2, 4, 8]
HIGHLIGHT, EDGE = "#e65100", "#ffb74d"

# Positions that influence the last output, from the top layer down.
seen = [{STEPS - 1}]
for rate in reversed(RATES):
    seen.append({p - d for p in seen[-1] for d in (0, rate) if p - d >= 0})
seen = seen[::-1]                                   # seen[0]: input positions, seen[i]: layer i

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(10, 4.2))
    for level in range(len(RATES) + 1):
        for p in range(STEPS):
            on = p in seen[level]
            ax.scatter(p, level, s=70 if on else 28, color=HIGHLIGHT if on else "0.75", zorder=3)
        label = t["input"] if level == 0 else t["layer"].format(level, RATES[level - 1])
        ax.text(-1, level, label, ha="right", va="center", fontsize=10)
        if level:
            rate = RATES[level - 1]
            for p in seen[level]:
                for d in (0, rate):
                    if p - d >= 0:
                        ax.plot([p, p - d], [level, level - 1], color=EDGE, lw=1.6, zorder=2)
    ax.annotate(t["time"], xy=(STEPS / 2 + 2.5, -0.65), xytext=(STEPS / 2 - 0.3, -0.65), va="center", ha="right",
                fontsize=10, arrowprops={"arrowstyle": "-|>", "color": "0.3"})
    ax.set_xlim(-6, STEPS)
    ax.set_ylim(-1, len(RATES) + 0.6)
    ax.axis("off")
    ax.set_title(t["title"].format(len(seen[0])), fontsize=11)
    save(fig, "ch07/dilation", lang)
