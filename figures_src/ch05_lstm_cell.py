"""Chapter 5: one LSTM cell: three gates, the candidate, the cell state running along the top."""
from rnnbook.plotting import DIAGRAM_CANDIDATE as CANDIDATE, DIAGRAM_GATE as GATE, DIAGRAM_LINE as LINE, LANGS, save
from rnnbook.plotting import diagram_box as box, diagram_cell, diagram_line as line, diagram_op as op

TEXT = {
    "ko": {"f": "삭제 게이트", "i": "입력 게이트", "g": "후보 값", "o": "출력 게이트",
           "cell": "셀 상태: 셀 안에서만 흐릅니다", "out": "출력", "next": "다음 타임스텝으로",
           "note": "σ: 시그모이드 (0~1)   tanh: -1~1   ×: 원소별 곱   +: 원소별 덧셈"},
    "en": {"f": "forget gate", "i": "input gate", "g": "candidate", "o": "output gate",
           "cell": "cell state: flows only inside the cell", "out": "output", "next": "to the next timestep",
           "note": "σ: sigmoid (0 to 1)   tanh: -1 to 1   ×: elementwise product   +: elementwise sum"},
}


BUS, TOP = 0.9, 5.0                 # the input bus (h_{t-1} and x_t) and the cell state line
GATES = {"f": 2.0, "i": 4.0, "g": 6.0, "o": 8.0}
Y, R = 2.0, 0.27                    # gate boxes' centre height, radius of the operation circles

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = diagram_cell()

    # the cell state along the top: c_{t-1} -> x f -> + -> c_t
    line(ax, [(-1.3, TOP), (2.0 - R, TOP)])
    line(ax, [(2.0 + R, TOP), (6.0 - R, TOP)])
    line(ax, [(6.0 + R, TOP), (12.6, TOP)])
    ax.text(-1.3, TOP + 0.25, "$c_{t-1}$", fontsize=13)
    ax.text(12.6, TOP + 0.25, "$c_t$", fontsize=13, ha="right")
    ax.text(4.0, TOP + 0.45, t["cell"], ha="center", fontsize=10, color="#283593")
    op(ax, 2.0, TOP, "×")
    op(ax, 6.0, TOP, "+")

    # the bus: h_{t-1} from the left, x_t from below, into every gate
    line(ax, [(-1.3, BUS), (8.0, BUS)], arrow=False)
    ax.text(-1.3, BUS + 0.2, "$h_{t-1}$", fontsize=13)
    line(ax, [(0.9, -0.9), (0.9, BUS)], arrow=False)
    ax.text(1.05, -0.5, "$x_t$", fontsize=13, va="center")
    ax.plot([0.9], [BUS], "o", color=LINE, ms=4, zorder=2)
    symbols = {"f": ("σ", GATE), "i": ("σ", GATE), "g": ("tanh", CANDIDATE), "o": ("σ", GATE)}
    letters = {"f": "$f_t$", "i": "$i_t$", "g": r"$\tilde{c}_t$", "o": "$o_t$"}
    for name, x in GATES.items():
        line(ax, [(x, BUS), (x, Y - 0.5)])
        symbol, color = symbols[name]
        box(ax, x, Y, symbol, t[name], color)

    # f multiplies the old cell state
    line(ax, [(2.0, Y + 0.5), (2.0, TOP - R)])
    ax.text(2.12, 3.55, letters["f"], fontsize=12)
    # i times the candidate is added to it
    op(ax, 6.0, 3.7, "×")
    line(ax, [(4.0, Y + 0.5), (4.0, 3.7), (6.0 - R, 3.7)])
    ax.text(4.12, 3.0, letters["i"], fontsize=12)
    line(ax, [(6.0, Y + 0.5), (6.0, 3.7 - R)])
    ax.text(6.12, 2.95, letters["g"], fontsize=12)
    line(ax, [(6.0, 3.7 + R), (6.0, TOP - R)])
    # h_t = o * tanh(c_t)
    op(ax, 9.6, 4.0, "tanh")
    ax.texts[-1].set_fontsize(8)
    line(ax, [(9.6, TOP), (9.6, 4.0 + R)])
    ax.plot([9.6], [TOP], "o", color=LINE, ms=4, zorder=2)
    op(ax, 9.6, 2.8, "×")
    line(ax, [(9.6, 4.0 - R), (9.6, 2.8 + R)])
    line(ax, [(8.0, Y + 0.5), (8.0, 2.8), (9.6 - R, 2.8)])
    ax.text(8.12, 2.95, letters["o"], fontsize=12)
    line(ax, [(9.6 + R, 2.8), (10.6, 2.8), (10.6, BUS), (12.6, BUS)])
    line(ax, [(10.6, 2.8), (10.6, TOP - 0.2)], arrow=False)     # passes under the cell state line
    line(ax, [(10.6, TOP + 0.2), (10.6, 6.9)])
    ax.plot([10.6], [2.8], "o", color=LINE, ms=4, zorder=2)
    ax.text(12.6, BUS + 0.2, "$h_t$", fontsize=13, ha="right")
    ax.text(11.45, BUS - 0.45, t["next"], fontsize=8, color="0.35")
    ax.text(10.75, 6.6, f"$h_t$ ({t['out']})", fontsize=12)
    ax.text(5.6, -1.05, t["note"], ha="center", fontsize=9, color="0.35")
    save(fig, "ch05/lstm_cell", lang)
