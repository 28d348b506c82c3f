"""Chapter 3: what pad_sequences does to a short and a long sequence, pre versus post."""
import json
from pathlib import Path

from matplotlib.patches import Rectangle

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch03.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

# The page pads [long, short] to maxlen 6 three ways; the figure shows what pad_sequences returned.
LONG, SHORT = VALUES["pad_example"]
RESULT = {   # (row, side) -> the padded sequence: row 0 pads the short one, row 1 truncates the long one
    (0, "pre"): VALUES["pad_default"][1], (0, "post"): VALUES["pad_post"][1],
    (1, "pre"): VALUES["pad_default"][0], (1, "post"): VALUES["truncate_post"][0],
}
MAXLEN = len(VALUES["pad_default"][0])
TEXT = {
    "ko": {"rows": ["패딩 (짧은 시퀀스)", "자르기 (긴 시퀀스)"],
           "args": [["padding='pre' (기본값)", "padding='post'"], ["truncating='pre' (기본값)", "truncating='post'"]],
           "source": "원래 시퀀스", "result": "maxlen={} 결과", "pad": "0 = 패딩", "cut": "잘려 나간 토큰"},
    "en": {"rows": ["padding (short sequence)", "truncation (long sequence)"],
           "args": [["padding='pre' (default)", "padding='post'"], ["truncating='pre' (default)", "truncating='post'"]],
           "source": "original", "result": "maxlen={} result", "pad": "0 = padding", "cut": "dropped token"},
}
TOKEN, PAD, CUT = "#c5cae9", "#eeeeee", "#ffccbc"


def cells(ax, x0, y, values, colors, crossed=()):
    for i, (value, color) in enumerate(zip(values, colors)):
        ax.add_patch(Rectangle((x0 + i, y), 0.92, 0.8, fc=color, ec="0.35", lw=0.8))
        ax.text(x0 + i + 0.46, y + 0.4, str(value), ha="center", va="center", fontsize=11,
                color="0.55" if i in crossed else "black")
        if i in crossed:
            ax.plot([x0 + i + 0.1, x0 + i + 0.82], [y + 0.1, y + 0.7], color="#d84315", lw=1.5)


for lang in LANGS:
    t = TEXT[lang]
    fig, axes = plt.subplots(2, 2, figsize=(11, 4.6))
    for row, sequence in enumerate([SHORT, LONG]):
        for col, side in enumerate(["pre", "post"]):
            ax = axes[row, col]
            ax.set_xlim(-2.6, 8.2)
            ax.set_ylim(-0.3, 2.9)
            ax.axis("off")
            result = RESULT[row, side]
            if row == 0:
                cells(ax, 0, 1.6, sequence, [TOKEN] * len(sequence))
            else:
                dropped = set(range(len(sequence) - MAXLEN)) if side == "pre" else set(range(MAXLEN, len(sequence)))
                cells(ax, 0, 1.6, sequence, [CUT if i in dropped else TOKEN for i in range(len(sequence))], dropped)
            cells(ax, 0, 0.2, result, [PAD if v == 0 and v not in sequence else TOKEN for v in result])
            ax.text(-0.2, 2.0, t["source"], ha="right", va="center", fontsize=9, color="0.4")
            ax.text(-0.2, 0.6, t["result"].format(MAXLEN), ha="right", va="center", fontsize=9, color="0.4")
            ax.set_title(f"{t['rows'][row]} — {t['args'][row][col]}", fontsize=11)
    fig.legend(handles=[Rectangle((0, 0), 1, 1, fc=PAD, ec="0.35"), Rectangle((0, 0), 1, 1, fc=CUT, ec="0.35")],
               labels=[t["pad"], t["cut"]], loc="lower center", ncol=2, frameon=False)
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    save(fig, "ch03/padding", lang)
