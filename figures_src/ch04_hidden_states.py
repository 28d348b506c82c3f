"""Chapter 4: model A's hidden states over the 100 timesteps of one validation review, and its running prediction."""
import json
from pathlib import Path

import numpy as np

from rnnbook.plotting import LANGS, plt, save, word_axis

INPUTS = ["results/ch04.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"units": "유닛", "state": "은닉 상태", "prob": "긍정 확률",
           "title": "타임스텝마다의 은닉 상태 (모델 A, 검증 세트 리뷰 하나)",
           "prob_title": "그 타임스텝에서 리뷰가 끝났다면 모델이 낼 긍정 확률"},
    "en": {"units": "unit", "state": "hidden state", "prob": "P(positive)",
           "title": "Hidden state at every timestep (model A, one validation review)",
           "prob_title": "Probability of 'positive' the model would give if the review ended at that timestep"},
}

states = np.array(VALUES["hidden_states"])          # (timesteps, units)
running = np.array(VALUES["running_prob"])
words = VALUES["review_words"]
timesteps, units = states.shape

for lang in LANGS:
    t = TEXT[lang]
    fig, (ax_map, ax_prob) = plt.subplots(
        2, 1, figsize=(17, 6.4), sharex=True, gridspec_kw={"height_ratios": [2.2, 1], "hspace": 0.12}
    )
    image = ax_map.imshow(states.T, aspect="auto", cmap="RdBu_r", vmin=-1, vmax=1, interpolation="nearest",
                          extent=(-0.5, timesteps - 0.5, units - 0.5, -0.5))
    ax_map.set_yticks(range(units), [str(u + 1) for u in range(units)])
    ax_map.set_ylabel(t["units"])
    ax_map.set_title(t["title"], fontsize=12, loc="left")
    bar = fig.colorbar(image, cax=ax_map.inset_axes([1.006, 0.0, 0.008, 1.0]))
    bar.set_label(t["state"])

    ax_prob.plot(range(timesteps), running, color="#3949ab", lw=1.8, marker="o", ms=2.5)
    ax_prob.axhline(0.5, color="0.6", lw=1, ls="--")
    ax_prob.set_ylim(0, 1)
    ax_prob.set_ylabel(t["prob"])
    ax_prob.set_title(t["prob_title"], fontsize=10, loc="left")
    ax_prob.grid(alpha=0.3)
    word_axis(ax_prob, words)
    save(fig, "ch04/hidden_states", lang)
