"""Chapter 5: one GRU cell as Keras computes it: update and reset gates, no cell state."""
from rnnbook.plotting import DIAGRAM_CANDIDATE as CANDIDATE, DIAGRAM_GATE as GATE, DIAGRAM_LINE as LINE, LANGS, save
from rnnbook.plotting import diagram_box as box, diagram_cell, diagram_line as line, diagram_op as op

TEXT = {
    "ko": {"z": "업데이트 게이트", "r": "리셋 게이트", "g": "후보 값",
           "keep": "은닉 상태: z만큼 남기고 1 - z만큼 후보 값으로 바꿉니다", "out": "출력", "next": "다음 타임스텝으로",
           "reset": "$r_t$는 순환 쪽 항 $h_{t-1} W_{hh} + b_{hh}$에 곱합니다",
           "note": "σ: 시그모이드 (0~1)   tanh: -1~1   ×: 원소별 곱   +: 원소별 덧셈"},
    "en": {"z": "update gate", "r": "reset gate", "g": "candidate",
           "keep": "hidden state: keeps z of the old, takes 1 - z of the candidate", "out": "output",
           "next": "to the next timestep",
           "reset": "$r_t$ multiplies the recurrent term $h_{t-1} W_{hh} + b_{hh}$",
           "note": "σ: sigmoid (0 to 1)   tanh: -1 to 1   ×: elementwise product   +: elementwise sum"},
}


BUS, TOP = 0.9, 5.0                 # the input bus (h_{t-1} and x_t) and the hidden state line
Y, R = 2.0, 0.27                    # gate boxes' centre height, radius of the operation circles
ZX, RX, GX = 2.4, 4.6, 8.0          # update gate, reset gate, candidate

for lang in LANGS:
    t = TEXT[lang]
    fig, ax = diagram_cell()

    # the hidden state along the top: h_{t-1} -> x z -> + -> h_t
    line(ax, [(-1.3, TOP), (ZX - R, TOP)])
    line(ax, [(ZX + R, TOP), (GX - R, TOP)])
    line(ax, [(GX + R, TOP), (12.6, TOP)])
    ax.text(-1.3, TOP + 0.25, "$h_{t-1}$", fontsize=13)
    ax.text(12.6, TOP + 0.25, "$h_t$", fontsize=13, ha="right")
    ax.text(11.45, TOP - 0.5, t["next"], fontsize=8, color="0.35")
    ax.text(5.2, TOP + 0.45, t["keep"], ha="center", fontsize=10, color="#283593")
    op(ax, ZX, TOP, "×")
    op(ax, GX, TOP, "+")
    # h_t also leaves the layer as its output
    line(ax, [(10.6, TOP), (10.6, 6.9)])
    ax.plot([10.6], [TOP], "o", color=LINE, ms=4, zorder=2)
    ax.text(10.75, 6.6, f"$h_t$ ({t['out']})", fontsize=12)

    # the bus: h_{t-1} comes down from the top line, x_t from below, into every box
    line(ax, [(0.5, TOP), (0.5, BUS), (GX, BUS)], arrow=False)
    ax.plot([0.5], [TOP], "o", color=LINE, ms=4, zorder=2)
    line(ax, [(1.3, -0.9), (1.3, BUS)], arrow=False)
    ax.plot([1.3], [BUS], "o", color=LINE, ms=4, zorder=2)
    ax.text(1.45, -0.5, "$x_t$", fontsize=13, va="center")
    for x, symbol, label, color in [(ZX, "σ", t["z"], GATE), (RX, "σ", t["r"], GATE), (GX, "tanh", t["g"], CANDIDATE)]:
        line(ax, [(x, BUS), (x, Y - 0.5)])
        box(ax, x, Y, symbol, label, color, w=1.7)

    # z multiplies the old state; 1 - z multiplies the candidate
    line(ax, [(ZX, Y + 0.5), (ZX, TOP - R)])
    ax.text(ZX + 0.12, 4.2, "$z_t$", fontsize=12)
    op(ax, 5.6, 3.8, "1-", fontsize=11)
    line(ax, [(ZX, 3.8), (5.6 - R, 3.8)])
    ax.plot([ZX], [3.8], "o", color=LINE, ms=4, zorder=2)
    op(ax, GX, 3.8, "×")
    line(ax, [(5.6 + R, 3.8), (GX - R, 3.8)])
    ax.text(6.5, 3.95, "$1 - z_t$", fontsize=11)
    line(ax, [(GX, Y + 0.5), (GX, 3.8 - R)])
    ax.text(GX + 0.12, 2.95, r"$\tilde{h}_t$", fontsize=12)
    line(ax, [(GX, 3.8 + R), (GX, TOP - R)])
    # r goes into the candidate
    line(ax, [(RX, Y + 0.5), (RX, 3.0), (6.6, 3.0), (6.6, Y), (GX - 0.9, Y)])
    ax.text(RX + 0.12, 2.62, "$r_t$", fontsize=12)
    ax.text(GX, 0.55, t["reset"], ha="center", fontsize=9, color="0.3")
    ax.text(5.6, -1.05, t["note"], ha="center", fontsize=9, color="0.35")
    save(fig, "ch05/gru_cell", lang)
