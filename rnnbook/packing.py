"""Images in a record: an array packed as one hex digit per value, 16 grey levels.

A feature map or a digit needs only its shape and relative brightness to be drawn, and
one character per pixel keeps a chapter's record small (the 96 feature maps of chapter 1
in about 60 KB instead of 300 KB of numbers).
"""
from __future__ import annotations

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
