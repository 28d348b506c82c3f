"""Chapter 7: IMDB with 500-token reviews (validation and test accuracy per seed) and the weather
forecast with a convolution in front of the GRU (test MAE per seed against the baseline)."""
import json
from pathlib import Path

from rnnbook.plotting import LANGS, model_rows, plt, save

INPUTS = ["results/ch07.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"acc": "정확도 (시드마다 점 하나)", "val": "검증", "test": "테스트", "imdb": "IMDB (단어 5,000개, 토큰 500개)",
           "mae": "테스트 MAE (°C, 시드마다 점 하나)", "base": "기준 모델", "weather": "JFK 기온, 24시간 뒤",
           "days": "Conv1D+GRU, {}일"},
    "en": {"acc": "accuracy (one point per seed)", "val": "validation", "test": "test",
           "imdb": "IMDB (5,000 words, 500 tokens)", "mae": "test MAE (°C, one point per seed)", "base": "baseline",
           "weather": "JFK temperature, 24 hours ahead", "days": "Conv1D+GRU, {} days"},
}
VAL, TEST, BASE = "#3949ab", "#e65100", "0.35"
long_runs, weather_runs = VALUES["long_runs"], VALUES["weather_runs"]
for lang in LANGS:
    t = TEXT[lang]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 3.2))
    for row, (name, runs) in enumerate(long_runs.items()):
        left.scatter([r["val_accuracy"] for r in runs], [row - 0.12] * len(runs), color=VAL, s=36, zorder=3,
                     label=t["val"] if row == 0 else None)
        left.scatter([r["test_accuracy"] for r in runs], [row + 0.12] * len(runs), color=TEST, marker="s", s=36,
                     zorder=3, label=t["test"] if row == 0 else None)
    model_rows(left, list(long_runs), t["acc"], t["imdb"])
    left.set_ylim(len(long_runs) - 0.5, -0.5)
    left.legend(fontsize=8, frameon=False)
    labels = []
    for row, (days, entry) in enumerate(weather_runs.items()):
        right.scatter([r["test_mae"] for r in entry["runs"]], [row] * len(entry["runs"]), color=TEST, marker="s",
                      s=36, zorder=3)
        right.plot([entry["baseline"]["test"]] * 2, [row - 0.3, row + 0.3], color=BASE, ls="--", lw=1.5,
                   label=t["base"] if row == 0 else None)
        labels.append(t["days"].format(days))
    model_rows(right, labels, t["mae"], t["weather"])
    right.set_ylim(len(labels) - 0.5, -0.5)
    right.legend(fontsize=8, frameon=False)
    fig.tight_layout()
    save(fig, "ch07/results", lang)
