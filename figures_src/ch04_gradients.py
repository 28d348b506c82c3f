"""Chapter 4: how strongly model C's output depends on the input at each earlier timestep (gradient norm)."""
import json
from pathlib import Path

import numpy as np
from matplotlib.ticker import FuncFormatter

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch04.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"x": "리뷰 끝에서 몇 타임스텝 앞인가", "y": "그레이디언트 크기 (마지막 타임스텝 = 1, 로그 눈금)",
           "title": "모델 C의 출력이 각 타임스텝의 입력에 얼마나 민감한가 (검증 리뷰 {}개 평균)"},
    "en": {"x": "timesteps before the end of the review", "y": "gradient norm (last timestep = 1, log scale)",
           "title": "How sensitive model C's output is to the input at each timestep (mean of {} validation reviews)"},
}

norm = np.array(VALUES["grad_norm"])
relative = (norm / norm[-1])[::-1]                  # index k: k steps before the end
for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(9, 4.2))
    ax.semilogy(np.arange(len(relative)), relative, color="#3949ab", lw=1.8)
    ax.set_xlim(0, len(relative) - 1)
    ax.set_xlabel(t["x"])
    ax.set_ylabel(t["y"])
    ax.set_title(t["title"].format(VALUES["gradient_reviews"]), fontsize=11)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))   # 0.01, not 10^-2
    ax.grid(alpha=0.3, which="both")
    save(fig, "ch04/gradients", lang)
