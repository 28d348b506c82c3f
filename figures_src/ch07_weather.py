"""Chapter 7: the weather forecast with a convolution in front of the GRU, test MAE per seed against
the baseline on the same windows, for lookbacks of 10 and 30 days."""
import json
from pathlib import Path

from rnnbook.plotting import LANGS, model_rows, plt, save

INPUTS = ["results/ch07.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"mae": "테스트 MAE (°C, 시드마다 점 하나)", "base": "기준 모델", "title": "JFK 기온, 24시간 뒤",
           "days": "Conv1D+GRU, {}일"},
    "en": {"mae": "test MAE (°C, one point per seed)", "base": "baseline", "title": "JFK temperature, 24 hours ahead",
           "days": "Conv1D+GRU, {} days"},
}
TEST, BASE = "#e65100", "0.35"
weather_runs = VALUES["weather_runs"]
for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(7, 2.4))
    labels = []
    for row, (days, entry) in enumerate(weather_runs.items()):
        ax.scatter([r["test_mae"] for r in entry["runs"]], [row] * len(entry["runs"]), color=TEST, marker="s",
                   s=36, zorder=3)
        ax.plot([entry["baseline"]["test"]] * 2, [row - 0.3, row + 0.3], color=BASE, ls="--", lw=1.5,
                label=t["base"] if row == 0 else None)
        labels.append(t["days"].format(days))
    model_rows(ax, labels, t["mae"], t["title"])
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.legend(fontsize=8, frameon=False)
    fig.tight_layout()
    save(fig, "ch07/weather", lang)
