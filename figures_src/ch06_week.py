"""Chapter 6: one week of the test period: measured temperature, the baseline and the chosen model's forecast."""
import json
from pathlib import Path

import numpy as np

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch06.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"truth": "측정값", "baseline": "기준 모델 (24시간 전 값)", "forecast": "{} 예측 (검증 MAE가 가장 낮은 모델)",
           "x": "타깃 시각 (UTC, 날짜)", "title": "테스트 세트에서 타깃이 있는 첫 주: 24시간 뒤의 기온"},
    "en": {"truth": "measured", "baseline": "baseline (the value 24 hours before)",
           "forecast": "{} forecast (the model with the lowest validation MAE)",
           "x": "target time (UTC, date)", "title": "The first week of test targets: temperature 24 hours ahead"},
}
week = VALUES["week"]
start = np.datetime64(week["start"][:16])
hours = start + np.arange(len(week["truth"])) * np.timedelta64(1, "h")

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(9.5, 3.8))
    ax.plot(hours, week["truth"], color="black", lw=1.6, label=t["truth"])
    ax.plot(hours, week["baseline"], color="0.55", lw=1.2, ls="--", label=t["baseline"])
    ax.plot(hours, week["forecast"], color="#e65100", lw=1.4, label=t["forecast"].format(week["model"]))
    days = hours[::24]
    ax.set_xticks(days, [str(day)[5:10] for day in days])
    ax.set_xlabel(t["x"])
    ax.set_ylabel("°C")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=3)
    ax.set_title(t["title"], fontsize=11)
    save(fig, "ch06/week", lang)
