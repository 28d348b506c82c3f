"""Chapter 6's `make_windows`, the code its page shows, puts every target exactly `delay` rows after
the window's last input row, checked on small series whose values are their own positions.

The same checks run on the function with the classic off-by-one (targets one row too late) and must
fail there, so they can catch it.
"""
import numpy as np
import pytest

from rnnbook import pages

SOURCE = pages.expand('--8<-- "snippets/ch06/forecasting.py:make_windows"')
CORRECT_SLICE = "targets=target[last + delay:]"
# (lookback, delay, sampling_rate), from one-step windows to the chapter's New York and Jena settings
CASES = [(1, 1, 1), (2, 1, 1), (5, 3, 1), (3, 7, 1), (10, 1, 1), (24, 24, 1), (240, 24, 1),
         (3, 2, 4), (5, 1, 2), (240, 144, 6)]


def chapter_function(source=SOURCE):
    namespace = {}
    exec("import keras\n" + source, namespace)
    return namespace["make_windows"]


def check_alignment(make_windows, lookback, delay, rate):
    series = np.arange((lookback - 1) * rate + delay + 40)
    dataset = make_windows(series, series, lookback, delay, sampling_rate=rate, batch_size=100_000)
    inputs, targets = (array.numpy() for array in next(iter(dataset)))
    assert len(targets) == len(series) - (lookback - 1) * rate - delay                  # every window
    np.testing.assert_array_equal(inputs[:, 0], np.arange(len(targets)))             # one per start row
    np.testing.assert_array_equal(np.diff(inputs, axis=1), rate)                      # evenly spaced rows
    np.testing.assert_array_equal(targets, inputs[:, -1] + delay)                     # the rule
    assert targets[-1] == series[-1]                                                  # the last row used


def test_the_page_shows_the_slice_under_test():
    assert CORRECT_SLICE in SOURCE


@pytest.mark.parametrize("lookback,delay,rate", CASES)
def test_target_is_delay_rows_after_the_last_input_row(lookback, delay, rate):
    check_alignment(chapter_function(), lookback, delay, rate)


@pytest.mark.parametrize("lookback,delay,rate", CASES)
def test_an_off_by_one_is_caught(lookback, delay, rate):
    broken = chapter_function(SOURCE.replace(CORRECT_SLICE, "targets=target[last + delay + 1:]"))
    with pytest.raises(AssertionError):
        check_alignment(broken, lookback, delay, rate)
