"""Chapter 6: validation and test MAE (°C) of the six models, one point per seed, against the baseline."""
import json
from pathlib import Path

from rnnbook.plotting import LANGS, model_rows, plt, save

INPUTS = ["results/ch06.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"x": "MAE (°C, 시드마다 점 하나)", "val": "검증 MAE (선택한 에포크)", "test": "테스트 MAE",
           "base_val": "기준 모델, 검증", "base_test": "기준 모델, 테스트",
           "title": "JFK, 24시간 뒤의 기온: 여섯 모델, 시드 {}개"},
    "en": {"x": "MAE (°C, one point per seed)", "val": "validation MAE (selected epoch)", "test": "test MAE",
           "base_val": "baseline, validation", "base_test": "baseline, test",
           "title": "JFK, temperature 24 hours ahead: six models, {} seeds each"},
}
VAL, TEST = "#3949ab", "#e65100"
runs = VALUES["runs"]
names = list(runs)

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(8.5, 4.4))
    ax.axvline(VALUES["baseline_val"], color=VAL, ls="--", lw=1, label=t["base_val"])
    ax.axvline(VALUES["baseline_test"], color=TEST, ls="--", lw=1, label=t["base_test"])
    for row, name in enumerate(names):
        val = [run["val_mae"] for run in runs[name]]
        test = [run["test_mae"] for run in runs[name]]
        spread = [0.06 * (k - 1) for k in range(len(val))]        # seeds side by side, so none hides another
        ax.scatter(val, [row - 0.15 + d for d in spread], color=VAL, marker="o", s=30, zorder=3,
                   label=t["val"] if row == 0 else None)
        ax.scatter(test, [row + 0.15 + d for d in spread], color=TEST, marker="s", s=30, zorder=3,
                   label=t["test"] if row == 0 else None)
    model_rows(ax, names, t["x"], t["title"].format(len(runs[names[0]])))
    ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    save(fig, "ch06/results", lang)
