"""Serve Keras' dataset downloads from a local mirror, checksum-verified.

Only the download step is replaced: ``keras.datasets.*.load_data()`` still runs its
own code (shuffling, ``num_words``, offsets) on the mirrored file. The mirror holds
rebuilt files whose hashes differ from the official ones, so they must never be
copied into the Keras cache under the official name (Keras would delete them).
"""
from __future__ import annotations

import hashlib
import importlib
import os
from functools import cache
from pathlib import Path

from . import ROOT

ENV_VAR = "RNNBOOK_DATA"
DEFAULT_MIRROR = ROOT.parent / "shared" / "datasets"

# Official download name -> (path inside the mirror, sha256 of the mirrored file).
MIRRORED = {
    "imdb.npz": ("imdb/imdb.npz", "0dbfcd59bcf1aeca5cd6012dc95c2147e3f6567676660a1b49e937fa8c8bf18d"),
    "imdb_word_index.json": ("imdb/imdb_word_index.json", "027313fe9a320280f3bf0fac5baf58c4a683cf39a7ed9c3d3d3912bde4284cf6"),
    "reuters.npz": ("reuters/reuters.npz", "ca1595c63124b0bd071491a98f337ef7d41257d98d6b3d3f39b5d8a5f139acb9"),
    "reuters_word_index.json": ("reuters/reuters_word_index.json", "685a7fac87c6d48e00bcdaff2f51635d71b5be48bdf35a8afb4cdbcf54f7bf80"),
    "mnist.npz": ("mnist/mnist.npz", "c6b0679867b4b6ce2165a95c1553e6a8e0ecf38d24d0b570b863809f8914b009"),
}
LOADER_MODULES = ("keras.src.datasets.imdb", "keras.src.datasets.reuters", "keras.src.datasets.mnist")


class MissingDataError(FileNotFoundError):
    pass


def mirror_root() -> Path:
    return Path(os.environ.get(ENV_VAR, DEFAULT_MIRROR)).resolve()


@cache
def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def mirrored_path(name: str) -> Path:
    """Path of the verified local copy of the official download ``name``."""
    if name not in MIRRORED:
        raise MissingDataError(
            f"No offline copy is known for {name!r}; known files: {', '.join(sorted(MIRRORED))}."
        )
    relative, expected = MIRRORED[name]
    path = mirror_root() / relative
    if not path.is_file():
        raise MissingDataError(
            f"Offline data file not found: {path}\n"
            f"The book's tests read Keras data sets from a local mirror instead of downloading them. "
            f"Put {relative} under {mirror_root()} or point {ENV_VAR} at a folder that holds it "
            f"(with network access, keras.datasets downloads {name} itself)."
        )
    actual = _sha256(path)
    if actual != expected:
        raise MissingDataError(f"Checksum mismatch for {path}: sha256 {actual}, expected {expected}.")
    return path


def _offline_get_file(fname=None, origin=None, *args, **kwargs):
    name = Path(origin or fname).name
    return str(mirrored_path(name))


def use_local_mirror() -> None:
    """Redirect the download step of Keras' IMDB, Reuters and MNIST loaders to the mirror."""
    for module_name in LOADER_MODULES:
        importlib.import_module(module_name).get_file = _offline_get_file
