"""Chapter 5: the trained LSTM's and GRU's gates, and the LSTM's cell state, over one validation review."""
import json
from pathlib import Path

import numpy as np

from rnnbook.plotting import LANGS, plt, save, word_axis

INPUTS = ["results/ch05.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"lstm": "LSTM 게이트 (유닛 8개의 평균)", "cell": "LSTM 셀 상태", "gru": "GRU 게이트 (유닛 8개의 평균)",
           "units": "유닛", "value": "게이트 값",
           "i": "입력 게이트 i", "f": "삭제 게이트 f", "o": "출력 게이트 o",
           "z": "업데이트 게이트 z", "r": "리셋 게이트 r"},
    "en": {"lstm": "LSTM gates (mean of the 8 units)", "cell": "LSTM cell state", "gru": "GRU gates (mean of the 8 units)",
           "units": "unit", "value": "gate value",
           "i": "input gate i", "f": "forget gate f", "o": "output gate o",
           "z": "update gate z", "r": "reset gate r"},
}
COLORS = {"i": "#2e7d32", "f": "#3949ab", "o": "#c62828", "z": "#3949ab", "r": "#e65100"}

lstm_gates = {name: np.array(values) for name, values in VALUES["lstm_gates"].items()}
gru_gates = {name: np.array(values) for name, values in VALUES["gru_gates"].items()}
cell = np.array(VALUES["lstm_cell_state"])      # (timesteps, units)
words = VALUES["review_words"]
timesteps, units = cell.shape
limit = np.abs(cell).max()

for lang in LANGS:
    t = TEXT[lang]
    fig, (ax_lstm, ax_cell, ax_gru) = plt.subplots(
        3, 1, figsize=(17, 8.6), sharex=True, gridspec_kw={"height_ratios": [1, 1.3, 1], "hspace": 0.16}
    )
    for ax, gates, title in [(ax_lstm, lstm_gates, t["lstm"]), (ax_gru, gru_gates, t["gru"])]:
        for name, values in gates.items():
            ax.plot(range(timesteps), values, color=COLORS[name], lw=1.6, marker="o", ms=2.2, label=t[name])
        ax.set_ylim(0, 1)
        ax.set_ylabel(t["value"])
        ax.set_title(title, fontsize=11, loc="left")
        ax.grid(alpha=0.3)
        ax.legend(loc="upper left", bbox_to_anchor=(1.005, 1.0), fontsize=9, frameon=False)

    image = ax_cell.imshow(cell.T, aspect="auto", cmap="RdBu_r", vmin=-limit, vmax=limit, interpolation="nearest",
                           extent=(-0.5, timesteps - 0.5, units - 0.5, -0.5))
    ax_cell.set_yticks(range(units), [str(u + 1) for u in range(units)])
    ax_cell.set_ylabel(t["units"])
    ax_cell.set_title(t["cell"], fontsize=11, loc="left")
    bar = fig.colorbar(image, cax=ax_cell.inset_axes([1.006, 0.0, 0.008, 1.0]))
    bar.set_label("c")

    word_axis(ax_gru, words)
    save(fig, "ch05/gates", lang)
