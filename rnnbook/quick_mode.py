"""Quick mode: cap training so CI can run every page's real code in minutes.

The pages keep their real settings (epochs, sample counts). In quick mode the
harness wraps ``keras.Model.fit`` and ``evaluate`` so that each call trains for at
most ``MAX_EPOCHS`` epochs on the first ``MAX_SAMPLES`` samples. Numbers that come
from training are therefore never checked against a quick run; see ``numbers``.
"""
from __future__ import annotations

import functools
import os

ENV_VAR = "RNNBOOK_QUICK"
MAX_EPOCHS = 1
MAX_SAMPLES = 512


def requested() -> bool:
    return os.environ.get(ENV_VAR, "0") not in ("", "0", "false", "no")


def _head(data, n=MAX_SAMPLES):
    """First ``n`` samples of an array, or of each array in a tuple/list/dict."""
    if data is None:
        return None
    if isinstance(data, (tuple, list)):
        return type(data)(_head(item, n) for item in data)
    if isinstance(data, dict):
        return {key: _head(value, n) for key, value in data.items()}
    if hasattr(data, "shape") and len(getattr(data, "shape", ())) > 0:
        return data[:n]
    return data  # a tf.data.Dataset or generator: capped by steps below


def enable() -> None:
    import keras
    from keras.src.trainers.trainer import Trainer

    if getattr(keras.Model.fit, "_rnnbook_quick", False):
        return
    real_fit, real_evaluate, real_compile = keras.Model.fit, keras.Model.evaluate, Trainer.compile

    @functools.wraps(real_fit)
    def fit(self, x=None, y=None, *args, **kwargs):
        kwargs["epochs"] = min(kwargs.get("epochs", 1), MAX_EPOCHS)
        if "validation_data" in kwargs:
            kwargs["validation_data"] = _head(kwargs["validation_data"])
        if not hasattr(x, "shape") and not isinstance(x, (tuple, list, dict)):
            kwargs["steps_per_epoch"] = min(kwargs.get("steps_per_epoch") or 2, 2)
            if kwargs.get("validation_data") is not None:
                kwargs["validation_steps"] = min(kwargs.get("validation_steps") or 2, 2)
        return real_fit(self, _head(x), _head(y), *args, **kwargs)

    @functools.wraps(real_evaluate)
    def evaluate(self, x=None, y=None, *args, **kwargs):
        if not hasattr(x, "shape") and not isinstance(x, (tuple, list, dict)):
            kwargs["steps"] = min(kwargs.get("steps") or 2, 2)
        return real_evaluate(self, _head(x), _head(y), *args, **kwargs)

    @functools.wraps(real_compile)
    def compile(self, *args, **kwargs):
        kwargs["jit_compile"] = False
        return real_compile(self, *args, **kwargs)

    fit._rnnbook_quick = True
    keras.Model.fit, keras.Model.evaluate = fit, evaluate
    # Replaced on the base class: load_model() compiles a model only if its class's compile is Trainer.compile.
    Trainer.compile = compile
