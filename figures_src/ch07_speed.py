"""Chapter 7: seconds per epoch against test accuracy on IMDB in chapter 5's setting, one point per seed."""
import json
from pathlib import Path

from matplotlib.ticker import FuncFormatter

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch07.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

TEXT = {
    "ko": {"x": "에포크당 시간 (초, 로그 눈금)", "y": "테스트 정확도 (시드마다 점 하나)",
           "title": "IMDB (단어 500개, 토큰 100개): 속도와 정확도", "xla": " (XLA)"},
    "en": {"x": "seconds per epoch (log scale)", "y": "test accuracy (one point per seed)",
           "title": "IMDB (500 words, 100 tokens): speed and accuracy", "xla": " (XLA)"},
}
XLA = {"SimpleRNN": True, "LSTM": True, "GRU": True, "Conv1D": False, "Conv1D+LSTM": False}   # as trained on the page
MARKERS = {"SimpleRNN": "o", "LSTM": "s", "GRU": "D", "Conv1D": "^", "Conv1D+LSTM": "v"}
runs = VALUES["short_runs"]
for lang in LANGS:
    t = TEXT[lang]
    fig, ax = plt.subplots(figsize=(7.5, 4.2))
    for index, (name, model_runs) in enumerate(runs.items()):
        ax.scatter([run["seconds_per_epoch"] for run in model_runs], [run["test_accuracy"] for run in model_runs],
                   marker=MARKERS.get(name, "o"), s=48, color=f"C{index}", alpha=0.85,
                   label=name + (t["xla"] if XLA.get(name) else ""))
    ax.set_xscale("log")
    plain = FuncFormatter(lambda value, _: f"{value:g}")
    ax.xaxis.set_major_formatter(plain)
    ax.xaxis.set_minor_formatter(plain)
    ax.set_xticks([1.5, 2, 3, 4, 5])
    ax.set_xlabel(t["x"])
    ax.set_ylabel(t["y"])
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=9, frameon=False)
    ax.set_title(t["title"], fontsize=11)
    save(fig, "ch07/speed", lang)
