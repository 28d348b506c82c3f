"""Chapter 5: how long the trained 8-unit models remember (mean gate per unit) and, in chapter 4's model C
setting, how far back the output still depends on the input for SimpleRNN, LSTM and GRU."""
import json
from pathlib import Path

import numpy as np
from matplotlib.ticker import FuncFormatter, NullFormatter

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch05.json", "results/ch04.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]
MODEL_C = json.loads(Path(INPUTS[1]).read_text(encoding="utf-8"))["values"]["grad_norm"]

TEXT = {
    "ko": {"units": "유닛", "gate": "게이트 평균 (검증 리뷰 {}개)", "f": "LSTM 삭제 게이트 f", "z": "GRU 업데이트 게이트 z",
           "tau": "기억의 눈금 1/(1-게이트) (타임스텝)", "left": "IMDB로 훈련한 유닛 8개 모델",
           "x": "리뷰 끝에서 몇 타임스텝 앞인가", "y": "그레이디언트 크기 (마지막 = 1, 로그 눈금)",
           "right": "4장 모델 C의 설정 (토큰 500개, 유닛 32개)", "simple": "SimpleRNN (4장)"},
    "en": {"units": "unit", "gate": "mean gate ({} validation reviews)", "f": "LSTM forget gate f", "z": "GRU update gate z",
           "tau": "memory scale 1/(1-gate) (timesteps)", "left": "8-unit models trained on IMDB",
           "x": "timesteps before the end of the review", "y": "gradient norm (last = 1, log scale)",
           "right": "Chapter 4's model C setting (500 tokens, 32 units)", "simple": "SimpleRNN (chapter 4)"},
}
f_units, z_units = np.array(VALUES["f_units"]), np.array(VALUES["z_units"])
curves = {"SimpleRNN": np.array(MODEL_C), **{name: np.array(norm) for name, norm in VALUES["grad_norms_c"].items()}}
STYLE = {"SimpleRNN": ("#9e9e9e", "-"), "LSTM": ("#3949ab", "-"), "GRU": ("#e65100", "--")}

for lang in LANGS:
    t = TEXT[lang]
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.4), gridspec_kw={"width_ratios": [1, 1.4]})
    units = np.arange(1, len(f_units) + 1)
    left.bar(units - 0.2, f_units, width=0.4, color="#3949ab", label=t["f"])
    left.bar(units + 0.2, z_units, width=0.4, color="#e65100", label=t["z"])
    left.set_ylim(0, 1)
    left.set_xticks(units)
    left.set_xlabel(t["units"])
    left.set_ylabel(t["gate"].format(VALUES["gate_reviews"]))
    scale = left.secondary_yaxis("right", functions=(lambda g: 1 / (1 - np.clip(g, 0, 0.99)), lambda s: 1 - 1 / np.maximum(s, 1)))
    scale.set_ticks([1, 2, 4, 10, 100])
    scale.set_ylabel(t["tau"])
    left.set_title(t["left"], fontsize=11)
    left.legend(loc="upper left", fontsize=9)
    for name, norm in curves.items():
        relative = (norm / norm[-1])[::-1]
        color, style = STYLE[name]
        right.semilogy(np.arange(len(relative)), relative, color=color, ls=style, lw=1.8,
                       label=t["simple"] if name == "SimpleRNN" else name)
    right.set_xlim(0, len(relative) - 1)
    right.set_xlabel(t["x"])
    right.set_ylabel(t["y"])
    right.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
    right.yaxis.set_minor_formatter(NullFormatter())
    right.set_title(t["right"], fontsize=11)
    right.grid(alpha=0.3, which="both")
    right.legend(fontsize=9)
    fig.tight_layout(w_pad=4)
    save(fig, "ch05/memory", lang)
