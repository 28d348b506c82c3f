"""The appendix page on speed on a CPU: every XLA measurement of the chapters, side by side, from their records.

Each chapter that times a model with and without XLA (``compile(jit_compile=...)``) states the two
times per epoch in its toml; ``MEASUREMENTS`` names those numbers and says what was timed. The table
is made from the records at build time, so it cannot drift from the chapters.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import numbers
from .pages import chapter_page

MARKER = "<!-- speed -->"


@dataclass(frozen=True)
class Measurement:
    chapter: str
    model: dict[str, str]        # per language
    layers: dict[str, str]
    timed: dict[str, str]        # what one timed epoch is
    off: str                     # toml key: seconds per epoch without XLA
    on: str                      # with XLA


MEASUREMENTS = [
    Measurement("ch01", {"ko": "CNN", "en": "CNN"}, {"ko": "Conv2D 두 개, Dense", "en": "two Conv2D, Dense"},
                {"ko": "MNIST 이미지 6,000장, 두 쌍의 평균", "en": "6,000 MNIST images, mean of two pairs"},
                "xla_off_seconds", "xla_on_seconds"),
    Measurement("ch04", {"ko": "모델 A", "en": "model A"}, {"ko": "원-핫 500, SimpleRNN(8)", "en": "one-hot 500, SimpleRNN(8)"},
                {"ko": "IMDB 훈련 리뷰 20,000개(토큰 100개), 둘째~넷째 에포크의 평균(검증 포함)",
                 "en": "20,000 IMDB training reviews (100 tokens), mean of epochs 2 to 4 (validation included)"},
                "xla_seconds_a_default", "xla_seconds_a_xla"),
    Measurement("ch04", {"ko": "모델 B", "en": "model B"}, {"ko": "임베딩, SimpleRNN(8)", "en": "embedding, SimpleRNN(8)"},
                {"ko": "IMDB 훈련 리뷰 20,000개(토큰 100개), 둘째~넷째 에포크의 평균(검증 포함)",
                 "en": "20,000 IMDB training reviews (100 tokens), mean of epochs 2 to 4 (validation included)"},
                "xla_seconds_b_default", "xla_seconds_b_xla"),
    Measurement("ch05", {"ko": "LSTM", "en": "LSTM"}, {"ko": "임베딩, LSTM(8)", "en": "embedding, LSTM(8)"},
                {"ko": "IMDB 훈련 리뷰 5,000개(토큰 100개), 세 쌍의 중앙값(컴파일한 첫 에포크 뒤)",
                 "en": "5,000 IMDB training reviews (100 tokens), median of three pairs (after a compiling epoch)"},
                "xla_lstm_seconds_off", "xla_lstm_seconds_on"),
    Measurement("ch05", {"ko": "GRU", "en": "GRU"}, {"ko": "임베딩, GRU(8)", "en": "embedding, GRU(8)"},
                {"ko": "IMDB 훈련 리뷰 5,000개(토큰 100개), 세 쌍의 중앙값(컴파일한 첫 에포크 뒤)",
                 "en": "5,000 IMDB training reviews (100 tokens), median of three pairs (after a compiling epoch)"},
                "xla_gru_seconds_off", "xla_gru_seconds_on"),
    Measurement("ch06", {"ko": "GRU", "en": "GRU"}, {"ko": "날씨 특성, GRU(16)", "en": "weather features, GRU(16)"},
                {"ko": "뉴욕 날씨의 훈련 윈도 전체, 세 쌍의 중앙값", "en": "all New York weather training windows, median of three pairs"},
                "xla_off_seconds", "xla_on_seconds"),
    Measurement("ch07", {"ko": "LSTM", "en": "LSTM"}, {"ko": "임베딩, LSTM(55)", "en": "embedding, LSTM(55)"},
                {"ko": "IMDB 리뷰 640개(토큰 500개), 두 쌍의 평균", "en": "640 IMDB reviews (500 tokens), mean of two pairs"},
                "xla_lstm_off", "xla_lstm_on"),
    Measurement("ch07", {"ko": "Conv1D", "en": "Conv1D"}, {"ko": "임베딩, Conv1D 두 개", "en": "embedding, two Conv1D"},
                {"ko": "IMDB 리뷰 640개(토큰 500개), 두 쌍의 평균", "en": "640 IMDB reviews (500 tokens), mean of two pairs"},
                "xla_conv_off", "xla_conv_on"),
    Measurement("ch07", {"ko": "Conv1D+LSTM", "en": "Conv1D+LSTM"}, {"ko": "임베딩, Conv1D, LSTM(55)", "en": "embedding, Conv1D, LSTM(55)"},
                {"ko": "IMDB 리뷰 640개(토큰 500개), 두 쌍의 평균", "en": "640 IMDB reviews (500 tokens), mean of two pairs"},
                "xla_convlstm_off", "xla_convlstm_on"),
]
LABELS = {
    "ko": {"columns": ["장", "모델", "층", "XLA 없이 (초)", "XLA로 (초)", "XLA 쪽", "잰 에포크"],
           "chapter": "{n}장", "faster": "{r:.1f}배 빠름", "slower": "{r:.1f}배 느림"},
    "en": {"columns": ["Chapter", "Model", "Layers", "Without XLA (s)", "With XLA (s)", "XLA", "Timed epoch"],
           "chapter": "Chapter {n}", "faster": "{r:.1f}× faster", "slower": "{r:.1f}× slower"},
}


def seconds(measurement: Measurement) -> tuple[float, float]:
    values = numbers.load_results(measurement.chapter)["values"]
    return values[measurement.off], values[measurement.on]


def verdict(off: float, on: float, lang: str) -> str:
    label = LABELS[lang]
    return label["faster"].format(r=off / on) if on < off else label["slower"].format(r=on / off)


def table(lang: str) -> str:
    label = LABELS[lang]
    lines = ["| " + " | ".join(label["columns"]) + " |", "|---|---|---|--:|--:|---|---|"]
    for m in MEASUREMENTS:
        off, on = seconds(m)
        page = chapter_page(m.chapter).path.name
        name = label["chapter"].format(n=int(m.chapter[2:]))
        lines.append(f"| [{name}]({page}) | {m.model[lang]} | {m.layers[lang]} | {off:.2f} | {on:.2f} | "
                     f"{verdict(off, on, lang)} | {m.timed[lang]} |")   # the long description last
    return "\n".join(lines)
