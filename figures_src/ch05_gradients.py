"""Chapter 5: how strongly each trained model's output depends on the input at each earlier timestep."""
import json
from pathlib import Path

import numpy as np
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch05.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"x": "입력 100개의 끝에서 몇 타임스텝 앞인가", "y": "그레이디언트 크기 (마지막 타임스텝 = 1, 로그 눈금)",
           "title": "출력이 각 타임스텝의 입력에 얼마나 민감한가 (패딩 없는 검증 리뷰 {}개 평균)"},
    "en": {"x": "timesteps before the end of the 100 inputs", "y": "gradient norm (last timestep = 1, log scale)",
           "title": "How sensitive the output is to the input at each timestep (mean of {} unpadded validation reviews)"},
}
STYLE = {"SimpleRNN": ("#9e9e9e", "-"), "LSTM": ("#3949ab", "-"), "GRU": ("#e65100", "--")}

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(9, 4.4))
    for name, norm in VALUES["grad_norms"].items():
        norm = np.array(norm)
        relative = (norm / norm[-1])[::-1]          # index k: k steps before the end
        color, style = STYLE[name]
        ax.semilogy(np.arange(len(relative)), relative, color=color, ls=style, lw=2, label=name)
    ax.set_xlim(0, len(relative) - 1)
    ax.set_xlabel(t["x"])
    ax.set_ylabel(t["y"])
    ax.set_title(t["title"].format(VALUES["full_reviews_count"]), fontsize=11)
    low, high = ax.get_ylim()
    decades = np.log10(high / low)
    subs = (1, 2, 3, 4, 5, 6, 7, 8, 9) if decades < 1.2 else (1, 2, 5) if decades < 3 else (1,)
    ax.yaxis.set_major_locator(LogLocator(subs=subs))   # labelled ticks even when the data span one decade
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))   # 0.01, not 10^-2
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.grid(alpha=0.3, which="both")
    ax.legend()
    save(fig, "ch05/gradients", lang)
