"""Keras' dataset downloads, served from a checksum-verified local mirror when there is one.

Only the download step is replaced: ``keras.datasets.*.load_data()`` still runs its
own code (shuffling, ``num_words``, offsets) on whatever file the step returns.

* A file the mirror holds is verified against its pinned SHA-256 and used.
* A file the mirror lacks is downloaded by Keras' own ``get_file``, exactly as on a
  reader's machine, unless the run is *strict*: ``CI`` or ``RNNBOOK_DATA`` set. A
  strict run has no network to fall back on, so a missing file is an error that
  names the file it looked for and how to get it.
* A mirrored file with the wrong checksum is always an error.
* A file that cannot be had offline at all (the Jena climate CSV) is served, in strict
  runs only, as a schema-identical stand-in (``standins``); ``standins_served`` lists
  each time one was, so the recording run can keep that block's output off the pages.

The mirror holds rebuilt files whose hashes differ from the official ones, so they
are never copied into the Keras cache under the official name: Keras would find
the hash wrong, download again and, offline, delete the file.
"""
from __future__ import annotations

import hashlib
import importlib
import os
from functools import cache
from pathlib import Path

from . import ROOT, standins

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


standins_served: list[str] = []   # official names, in the order stand-ins were served


def mirror_root() -> Path:
    return Path(os.environ.get(ENV_VAR) or DEFAULT_MIRROR).resolve()


def strict_reason() -> str | None:
    """Why a missing mirror file is an error rather than a download, or None if it is not."""
    if os.environ.get(ENV_VAR):
        return f"{ENV_VAR} is set"
    if os.environ.get("CI"):
        return "CI is set (CI has no network for Keras to download from)"
    return None


def _sha256(path: Path) -> str:
    stat = path.stat()
    return _sha256_of(path, stat.st_size, stat.st_mtime_ns)


@cache
def _sha256_of(path: Path, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _verified(path: Path, expected: str) -> Path:
    actual = _sha256(path)
    if actual != expected:
        raise MissingDataError(
            f"Checksum mismatch for {path}: sha256 {actual}, expected {expected}.\n"
            f"The mirrored file is damaged or not the one this book pins; check the mirror with "
            f"`sha256sum -c SHA256SUMS` in {mirror_root()} and replace the file from a good copy."
        )
    return path


def local_copy(name: str) -> Path | None:
    """The verified mirror copy of the official download ``name``, or None if the mirror lacks it."""
    if name not in MIRRORED:
        return None
    relative, expected = MIRRORED[name]
    path = mirror_root() / relative
    return _verified(path, expected) if path.is_file() else None


def mirrored_path(name: str) -> Path:
    """Path of the verified mirror copy of ``name``; an error that says what to do if there is none."""
    path = local_copy(name)
    if path is not None:
        return path
    if name not in MIRRORED:
        raise MissingDataError(
            f"No offline copy is known for {name!r}; known files: {', '.join(sorted(MIRRORED))}. "
            f"Run where Keras can download it, with {ENV_VAR} and CI unset."
        )
    relative, _ = MIRRORED[name]
    reason = strict_reason()
    raise MissingDataError(
        f"Offline data file not found: {mirror_root() / relative}\n"
        f"{'Because ' + reason + ', ' if reason else ''}Keras' loaders read {name} from the book's "
        f"offline mirror instead of downloading it. Put {relative} under {mirror_root()}, or point "
        f"{ENV_VAR} at a folder that holds it (see CONTRIBUTING.md, \"Data\"). On a machine with a "
        f"network, leave {ENV_VAR} and CI unset and Keras downloads {name} itself."
    )


def _get_file(fname=None, origin=None, *args, **kwargs):
    """Stands in for ``keras.utils.get_file`` and for it in Keras' dataset loaders."""
    name = Path(origin or fname).name
    path = local_copy(name)
    if path is not None:
        return str(path)
    if strict_reason() and name in standins.STANDINS and kwargs.get("extract"):
        standins_served.append(name)
        return str(standins.STANDINS[name]())
    if strict_reason():
        return str(mirrored_path(name))  # raises: says which file and how to get it
    from keras.src.utils import file_utils

    return file_utils.get_file(fname, origin, *args, **kwargs)  # Keras' own download, untouched


def use_local_mirror() -> None:
    """Route the download step of Keras' IMDB, Reuters and MNIST loaders, and ``keras.utils.get_file``
    as page code calls it, through the mirror.

    Idempotent; the mirror and strictness are looked up on every download, not here.
    """
    import keras

    for module_name in LOADER_MODULES:
        importlib.import_module(module_name).get_file = _get_file
    keras.utils.get_file = _get_file
