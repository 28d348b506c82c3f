"""Chapter 6's window explorer: the rows it shows are the rows Keras puts in each window.

The arithmetic the page runs (docs/javascripts/window-explorer.js, run here with node) and its Python
mirror (rnnbook/window_explorer.py) are held against ``keras.utils.timeseries_dataset_from_array`` called
as chapter 6 calls it (``make_windows`` per split; the whole series with ``start_index``/``end_index`` as in
``leak_check``), on data whose values are their row numbers, so that each batch shows its rows: two series
lengths, sequence_length x sampling_rate x delay, each part, both ways of making windows. The series the
page ships is the chapter's.
"""
import itertools
import json
import re
import shutil
import subprocess

import numpy as np
import pytest

from rnnbook import ROOT, numbers
from rnnbook import window_explorer as w

SCRIPT = ROOT / "docs" / "javascripts" / "window-explorer.js"
RECORD = numbers.load_results("ch06")["values"]
# Two short series whose parts split_and_normalise cuts unevenly (the grid), and the chapter's hours.
LENGTHS = {"even": 61, "odd": 97, "chapter": RECORD["grid_hours"]}
GRID = list(itertools.product(["even", "odd"], [1, 2, 3, 5], [1, 2, 3], [1, 2, 4, 7], w.SPLITS, ["split", "whole"]))
IDS = ["-".join(map(str, case)) for case in GRID]


def sample(count, leaked):
    """The windows whose rows are compared one by one: both ends, and both sides of the first leaked one."""
    return sorted({j for j in (0, 1, count // 2, count - leaked - 1, count - leaked, count - 2, count - 1)
                   if 0 <= j < count})


def expected(case):
    name, sequence_length, sampling_rate, delay, split, build = case
    length = LENGTHS[name]
    inputs, targets = w.keras_windows(length, split, build, sequence_length, sampling_rate, delay)
    end = w.split_bounds(length)[split][1]
    return length, inputs, targets, int((targets >= end).sum())


def check(case, found):
    """``found``: count, leaked, first, span and {j: [input rows, target row]} from one implementation."""
    name, sequence_length, sampling_rate, delay, split, build = case
    length, inputs, targets, leaked = expected(case)
    count = len(targets)
    assert (found["count"], found["leaked"]) == (count, leaked)
    j = np.arange(count)
    # Every window: the inputs start at first + j, every sampling_rate rows; the target is span rows on.
    assert np.array_equal(targets, found["first"] + j + found["span"])
    assert np.array_equal(inputs, (found["first"] + j)[:, None] + sampling_rate * np.arange(sequence_length))
    for index, (rows, target) in found["rows"].items():
        assert rows == inputs[int(index)].tolist() and target == targets[int(index)]
    if build == "split":
        assert leaked == 0                  # made per split, no target leaves its part


@pytest.mark.parametrize("case", GRID, ids=IDS)
def test_python_windows_equal_keras(case):
    name, sequence_length, sampling_rate, delay, split, build = case
    found = w.windows(LENGTHS[name], split, build, sequence_length, sampling_rate, delay)
    found["rows"] = {j: w.rows(found, j, sequence_length, sampling_rate) for j in sample(found["count"], found["leaked"])}
    check(case, found)


NODE = r"""
const arithmetic = require(process.argv[1]);
const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
const fractions = JSON.parse(process.argv[2]);
const out = cases.map(([length, split, build, sequenceLength, samplingRate, delay, sampled]) => {
  const found = arithmetic.windows(length, split, build, sequenceLength, samplingRate, delay, fractions);
  found.rows = {};
  sampled.forEach((j) => { found.rows[j] = arithmetic.rows(found, j, sequenceLength, samplingRate); });
  return found;
});
process.stdout.write(JSON.stringify(out));
"""


def run_javascript(cases: list, script=SCRIPT) -> list[dict]:
    """window-explorer.js' windows() and rows() for each case, run by node."""
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip("node is not installed: the browser tests check the page's arithmetic instead")
    inputs = []
    for name, sequence_length, sampling_rate, delay, split, build in cases:
        _, _, targets, leaked = expected((name, sequence_length, sampling_rate, delay, split, build))
        inputs.append([LENGTHS[name], split, build, sequence_length, sampling_rate, delay, sample(len(targets), leaked)])
    run = subprocess.run([node, "-e", NODE, str(script), json.dumps(list(w.FRACTIONS))], input=json.dumps(inputs),
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


@pytest.fixture(scope="module")
def javascript():
    return dict(zip(IDS, run_javascript(GRID)))


@pytest.mark.parametrize("case", GRID, ids=IDS)
def test_javascript_windows_equal_keras(case, javascript):
    check(case, javascript["-".join(map(str, case))])


def test_the_javascript_splits_like_split_and_normalise():
    found = run_javascript([("chapter", *w.CHAPTER.values(), split, "split") for split in w.SPLITS])
    bounds = w.split_bounds(RECORD["grid_hours"])
    assert [(f["start"], f["end"]) for f in found] == [bounds[split] for split in w.SPLITS]


def test_the_setting_is_the_chapters():
    code = (ROOT / "snippets" / "ch06" / "forecasting.py").read_text(encoding="utf-8")
    assert re.search(rf"^lookback = {w.CHAPTER['sequence_length']}\b", code, re.M)
    assert re.search(rf"^delay = {w.CHAPTER['delay']}\b", code, re.M)
    assert w.CHAPTER["sampling_rate"] == 1 and "make_windows(part, part[:, temp_column], lookback, delay," in code
    assert f"fractions={w.FRACTIONS}" in code


def test_the_series_is_the_chapters():
    start, temps = w.series()
    assert len(temps) == RECORD["grid_hours"]
    assert start.replace("T", " ").removesuffix("Z") == RECORD["first_hour"]
    assert min(temps) == round(RECORD["temp_min"] * w.SCALE) and max(temps) == round(RECORD["temp_max"] * w.SCALE)
    first = RECORD["first_days_temp"]
    assert np.abs(np.array(temps[:len(first)]) / w.SCALE - first).max() <= 0.05 + 1e-9   # rounded to tenths
    n_train = w.split_bounds(len(temps))["train"][1]
    assert abs(np.mean(temps[:n_train]) / w.SCALE - RECORD["temp_mean"]) < 0.01


@pytest.mark.parametrize("build", ["split", "whole"])
def test_the_chapters_own_windows_equal_keras(build):
    """The grid's series are short; the chapter's setting on the chapter's hours, in both arithmetics."""
    length = RECORD["grid_hours"]
    cases = [("chapter", *w.CHAPTER.values(), split, build) for split in w.SPLITS]
    for case, found in zip(cases, run_javascript(cases)):
        check(case, found)
        python = w.windows(length, case[4], build, *w.CHAPTER.values())
        assert {key: found[key] for key in python} == python


def test_the_chapters_windows_and_leak():
    length = RECORD["grid_hours"]
    bounds = w.split_bounds(length)
    assert [end - start for start, end in bounds.values()] == [RECORD[f"{s}_rows"] for s in w.SPLITS]
    per_split = {s: w.windows(length, s, "split", *w.CHAPTER.values()) for s in w.SPLITS}
    assert [per_split[s]["count"] for s in w.SPLITS] == [RECORD[f"windows_{s}"] for s in w.SPLITS]
    whole = w.windows(length, "train", "whole", *w.CHAPTER.values())
    assert whole["leaked"] == RECORD["leaked_targets"] == whole["count"] - per_split["train"]["count"]


def test_a_page_ships_about_30_kb_of_series():
    assert len(json.dumps(w.export(), separators=(",", ":"))) < 40_000
