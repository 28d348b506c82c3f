"""Traces for the timestep explorer: how a trained recurrent model reads a review, word by word.

Chapters 4 and 5 record their trained models' weights and a few validation reviews
(``explorer_*`` in ``results/ch04.toml`` and ``results/ch05.toml``). This module replays each
review through those weights in NumPy and keeps, for every timestep, the word, the hidden
state (SimpleRNN) or the gates, candidate and cell state (LSTM, GRU), and the probability of
"positive" that the output layer gives the hidden state there (what the model would say if the
review ended there). What a page ships is these traces,
in hundredths, not the model. ``tests/test_explorer.py`` checks the replay against Keras.
"""
from __future__ import annotations

import json

import numpy as np

from . import numbers
from .packing import unpack_floats

# chapter -> {model name: the record key of its weights}; the reviews are under REVIEWS
MODELS = {
    "ch04": {"SimpleRNN": "explorer_weights"},
    "ch05": {"LSTM": "explorer_weights_lstm", "GRU": "explorer_weights_gru"},
}
REVIEWS = "explorer_reviews"
SCALE = 100   # traces ship as whole hundredths: two decimals are all a colour bar or a label shows


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def simple_rnn(weights, tokens) -> dict:
    """Model A of chapter 4: one-hot(500) -> SimpleRNN -> Dense(1, sigmoid)."""
    kernel, recurrent, bias, dense_kernel, dense_bias = weights
    h, trace = np.zeros(recurrent.shape[0]), {"h": []}
    for token in tokens:
        h = np.tanh(kernel[token] + h @ recurrent + bias)   # a one-hot input picks one row of the kernel
        trace["h"].append(h)
    return finish(trace, dense_kernel, dense_bias)


def lstm(weights, tokens) -> dict:
    """Embedding -> LSTM -> Dense(1, sigmoid); Keras keeps the gates in the order i, f, candidate, o."""
    embedding, kernel, recurrent, bias, dense_kernel, dense_bias = weights
    units = recurrent.shape[0]
    h, c = np.zeros(units), np.zeros(units)
    trace = {name: [] for name in ["i", "f", "g", "o", "c", "h"]}
    for token in tokens:
        z = embedding[token] @ kernel + h @ recurrent + bias
        i, f, o = sigmoid(z[:units]), sigmoid(z[units:2 * units]), sigmoid(z[3 * units:])
        g = np.tanh(z[2 * units:3 * units])              # candidate
        c = f * c + i * g
        h = o * np.tanh(c)
        for name, value in zip(["i", "f", "g", "o", "c", "h"], [i, f, g, o, c, h]):
            trace[name].append(value)
    return finish(trace, dense_kernel, dense_bias)


def gru(weights, tokens) -> dict:
    """Embedding -> GRU (Keras' default reset_after=True) -> Dense(1, sigmoid); gates in the order z, r, candidate."""
    embedding, kernel, recurrent, bias, dense_kernel, dense_bias = weights
    units = recurrent.shape[0]
    input_bias, recurrent_bias = bias
    h = np.zeros(units)
    trace = {name: [] for name in ["z", "r", "g", "h"]}
    for token in tokens:
        x = embedding[token] @ kernel + input_bias
        inner = h @ recurrent + recurrent_bias
        z = sigmoid(x[:units] + inner[:units])                        # update gate
        r = sigmoid(x[units:2 * units] + inner[units:2 * units])      # reset gate
        g = np.tanh(x[2 * units:] + r * inner[2 * units:])            # candidate
        h = z * h + (1 - z) * g
        for name, value in zip(["z", "r", "g", "h"], [z, r, g, h]):
            trace[name].append(value)
    return finish(trace, dense_kernel, dense_bias)


def finish(trace: dict, dense_kernel, dense_bias) -> dict:
    arrays = {name: np.array(values) for name, values in trace.items()}
    arrays["prob"] = sigmoid(arrays["h"] @ dense_kernel + dense_bias)[:, 0]   # as if the review ended here
    return arrays


REPLAY = {"SimpleRNN": simple_rnn, "LSTM": lstm, "GRU": gru}


def recorded(chapter: str) -> tuple[dict, dict]:
    """({model name: weights}, reviews) as the chapter's record keeps them."""
    values = numbers.load_results(chapter)["values"]
    weights = {name: [w.astype("float64") for w in unpack_floats(values[key])] for name, key in MODELS[chapter].items()}
    return weights, values[REVIEWS]


def export(chapter: str) -> dict:
    """What the explorer of a chapter's page shows: per review its words and, per model, the rounded traces."""
    weights, reviews = recorded(chapter)
    exported = []
    for index, label, tokens in zip(reviews["index"], reviews["label"], reviews["tokens"]):
        models = {}
        for name, model_weights in weights.items():
            trace = REPLAY[name](model_weights, tokens)
            models[name] = {key: np.rint(value * SCALE).astype(int).tolist() for key, value in trace.items()}
            models[name]["right"] = bool((trace["prob"][-1] > 0.5) == bool(label))   # before rounding
        exported.append({"index": index, "label": label, "words": [reviews["words"][str(t)] for t in tokens],
                         "models": models})
    return {"chapter": chapter, "scale": SCALE, "reviews": exported}


# --- the widget on a page ----------------------------------------------------------------------

MARKER = "<!-- timestep-explorer -->"
STATIC_FIGURE = {"ch04": "figures/ch04/hidden_states.{lang}.png", "ch05": "figures/ch05/gates.{lang}.png"}
LABELS = {
    "ko": {
        "title": "타임스텝 탐색기", "review": "리뷰", "model": "모델", "step": "타임스텝",
        "first": "처음", "previous": "이전", "next": "다음", "last": "끝",
        "positive": "긍정", "negative": "부정", "label": "타깃", "right": "모델이 맞힘", "wrong": "모델이 틀림",
        "prob": "P(긍정)", "final": "끝까지 읽은 뒤 P(긍정)", "unit": "유닛", "values": "이 타임스텝의 값",
        "words": "리뷰의 단어", "index": "검증 세트 {index}번",
        "h": "은닉 상태 h", "c": "셀 상태 c", "g_LSTM": "후보 값 c̃", "g_GRU": "후보 값 h̃", "i": "입력 게이트 i",
        "f": "삭제 게이트 f", "o": "출력 게이트 o", "z": "업데이트 게이트 z", "r": "리셋 게이트 r",
        "chart": "타임스텝마다 그때의 은닉 상태에 출력층을 적용한 P(긍정)",
        "noscript": "JavaScript를 켜면 이 자리에서 리뷰를 한 단어씩 넘겨 볼 수 있습니다. 지금은 그 대신 위의 그림을 다시 보여 줍니다.",
        "ch04": "모델 A가 검증 세트의 긍정 리뷰 하나를 읽는 동안의 은닉 상태 열지도와 긍정 확률 그래프",
        "ch05": "검증 세트의 긍정 리뷰 하나를 읽는 동안 훈련된 LSTM과 GRU의 게이트 값과 LSTM의 셀 상태",
    },
    "en": {
        "title": "Timestep explorer", "review": "Review", "model": "Model", "step": "Timestep",
        "first": "First", "previous": "Previous", "next": "Next", "last": "Last",
        "positive": "positive", "negative": "negative", "label": "target", "right": "the model is right",
        "wrong": "the model is wrong", "prob": "P(positive)", "final": "P(positive) after the last word",
        "unit": "unit", "values": "Values at this timestep", "words": "The review's words",
        "index": "validation review {index}",
        "h": "hidden state h", "c": "cell state c", "g_LSTM": "candidate c̃", "g_GRU": "candidate h̃",
        "i": "input gate i", "f": "forget gate f", "o": "output gate o", "z": "update gate z", "r": "reset gate r",
        "chart": "P(positive) from the output layer applied to each timestep's hidden state",
        "noscript": "With JavaScript on, you can step through the reviews word by word here. In its place, "
                    "the figure above is shown again.",
        "ch04": "Heatmap of model A's hidden states and its probability of positive while it reads one positive "
                "validation review",
        "ch05": "The trained LSTM's and GRU's gate values and the LSTM's cell state while they read one positive "
                "validation review",
    },
}


def html(chapter: str, lang: str, up: str) -> str:
    """The explorer's container: its data (traces and labels) as JSON for explorer.js, the chapter's static
    figure for readers without JavaScript, and the script itself, which only these pages load.
    ``up`` leads to the site root."""
    data = {**export(chapter), "labels": LABELS[lang]}
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    figure = up + STATIC_FIGURE[chapter].format(lang=lang)
    text = LABELS[lang]
    return (f'<div class="timestep-explorer" id="timestep-explorer" data-chapter="{chapter}">\n'
            f'<script type="application/json">{payload}</script>\n'
            f'<noscript><p>{text["noscript"]}</p><img src="{figure}" alt="{text[chapter]}"></noscript>\n'
            f'<script src="{up}javascripts/widgets.js" defer></script>\n'
            f'<script src="{up}javascripts/explorer.js" defer></script>\n'
            f'</div>')
