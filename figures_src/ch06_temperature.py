"""Chapter 6: JFK's hourly temperature in 2013 (daily range and mean, the three parts) and its first 10 days."""
import json
from pathlib import Path

import numpy as np

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch06.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"range": "하루의 최저~최고", "mean": "하루 평균", "first": "첫 열흘 (한 시간마다)", "hours": "시작부터 지난 시간",
           "parts": ("훈련", "검증", "테스트"), "title": "JFK 공항의 기온, 2013년 (UTC 날짜)"},
    "en": {"range": "daily low to high", "mean": "daily mean", "first": "the first 10 days (hourly)", "hours": "hours from the start",
           "parts": ("training", "validation", "test"), "title": "Temperature at JFK airport, 2013 (UTC days)"},
}
days = np.array([row[0] for row in VALUES["daily_temp"]], dtype="datetime64[D]")
low, mean, high = (np.array([row[i] for row in VALUES["daily_temp"]]) for i in (1, 2, 3))
bounds = [days[0], *np.array(VALUES["split_days"], dtype="datetime64[D]"), days[-1] + 1]
first = np.array(VALUES["first_days_temp"])
SHADES = ("#e8eaf6", "#fff3e0", "#e8f5e9")

for lang in LANGS:
    t = TEXT[lang]
    fig, (year, ten) = plt.subplots(2, 1, figsize=(9, 6), gridspec_kw={"height_ratios": [3, 2]})
    for (start, end), shade, part in zip(zip(bounds[:-1], bounds[1:]), SHADES, t["parts"]):
        year.axvspan(start, end, color=shade, zorder=0)
        year.text(start + (end - start) / 2, high.max() + 1, part, ha="center", va="bottom", fontsize=10)
    year.fill_between(days, low, high, color="#90a4ae", alpha=0.6, lw=0, label=t["range"])
    year.plot(days, mean, color="#37474f", lw=1.2, label=t["mean"])
    year.set_ylim(low.min() - 9, high.max() + 5)     # room for the legend below the lowest day
    year.set_ylabel("°C")
    year.legend(loc="lower right", frameon=False, fontsize=9, ncol=2)
    year.set_title(t["title"], fontsize=12)
    ten.plot(np.arange(len(first)), first, color="#3949ab", lw=1.2)
    ten.set_xticks(range(0, len(first) + 1, 24))
    ten.set_xlabel(t["hours"])
    ten.set_ylabel("°C")
    ten.set_title(t["first"], fontsize=11)
    ten.grid(alpha=0.3)
    fig.tight_layout()
    save(fig, "ch06/temperature", lang)
