"""Arrays in a record, small: images as one hex digit per value, weights as exact float32 bytes.

A feature map or a digit needs only its shape and relative brightness to be drawn, and
one character per pixel keeps a chapter's record small (the 96 feature maps of chapter 1
in about 60 KB instead of 300 KB of numbers). A trained model's weights must come back
exactly: ``pack_floats`` keeps their float32 bytes in base64, 5.3 characters a value
instead of the 18 or so of a JSON number.
"""
from __future__ import annotations

import base64

import numpy as np

LEVELS = 16


def pack_image(array, axis=None) -> dict:
    """Scale ``array`` from its minimum to its maximum (per slice along ``axis`` when given,
    e.g. one scale per feature map) onto 0..15 and write each value as one hex digit."""
    array = np.asarray(array, dtype="float64")
    keep = None if axis is None else tuple(i for i in range(array.ndim) if i != axis)   # None: one scale
    low, high = array.min(axis=keep, keepdims=True), array.max(axis=keep, keepdims=True)
    span = np.where(high > low, high - low, 1.0)
    levels = np.rint((array - low) / span * (LEVELS - 1)).astype(int)
    return {"shape": list(array.shape), "hex": "".join("0123456789abcdef"[v] for v in levels.ravel())}


def unpack_image(packed: dict) -> np.ndarray:
    """The packed array as floats in [0, 1]."""
    levels = np.frombuffer(bytes.fromhex("".join("0" + c for c in packed["hex"])), dtype=np.uint8)
    return (levels.astype("float64") / (LEVELS - 1)).reshape(packed["shape"])


def pack_floats(arrays) -> list[dict]:
    """Each array (a layer's weights, say) exactly: its shape and its float32 bytes in base64."""
    return [{"shape": list(np.shape(array)),
             "float32": base64.b64encode(np.asarray(array, dtype="<f4").tobytes()).decode("ascii")}
            for array in arrays]


def unpack_floats(packed: list[dict]) -> list[np.ndarray]:
    return [np.frombuffer(base64.b64decode(item["float32"]), dtype="<f4").reshape(item["shape"]) for item in packed]
