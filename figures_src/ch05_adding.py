"""Chapter 5: the adding problem, test error of SimpleRNN, LSTM and GRU against the sequence length."""
import json
from pathlib import Path

import numpy as np
from matplotlib.ticker import FuncFormatter, NullFormatter

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch05.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"x": "시퀀스 길이 (타임스텝)", "y": "테스트 MSE (로그 눈금)", "baseline": "언제나 1이라고 답하기",
           "title": "덧셈 문제: 시드 {}개의 평균(점)과 범위(띠)"},
    "en": {"x": "sequence length (timesteps)", "y": "test MSE (log scale)", "baseline": "always answering 1",
           "title": "The adding problem: mean (dots) and range (band) of {} seeds"},
}
STYLE = {"SimpleRNN": ("#9e9e9e", "o", "-"), "LSTM": ("#3949ab", "s", "-"), "GRU": ("#e65100", "^", "--")}
runs = VALUES["lag_runs"]
lags = sorted(int(lag) for lag in VALUES["lag_baselines"])
baseline = [VALUES["lag_baselines"][str(lag)] for lag in lags]

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(8, 4.4))
    for name, by_lag in runs.items():
        mse = np.array([[run["mse"] for run in by_lag[str(lag)]] for lag in lags])   # (lags, seeds)
        color, marker, style = STYLE[name]
        ax.plot(lags, mse.mean(axis=1), color=color, marker=marker, ls=style, lw=2, label=name)
        ax.fill_between(lags, mse.min(axis=1), mse.max(axis=1), color=color, alpha=0.15)
    ax.plot(lags, baseline, color="black", ls=":", lw=1.5, label=t["baseline"])
    ax.set_yscale("log")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))   # 0.001, not 10^-3 (no minus glyph)
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.set_xticks(lags)
    ax.set_xlabel(t["x"])
    ax.set_ylabel(t["y"])
    ax.set_title(t["title"].format(len(runs["LSTM"][str(lags[0])])), fontsize=11)
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=9)
    save(fig, "ch05/adding", lang)
