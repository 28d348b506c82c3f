"""Keras' own loaders run on the verified local mirror when there is one, and download as
usual when there is none; in a strict run (CI, or RNNBOOK_DATA set) a missing or damaged
mirror file is an error that says which file and what to do. Nothing here uses a network:
Keras' download function is replaced by a stub that records the call and fails as offline.
"""
import urllib.error

import keras
import pytest
from keras.src.backend import config as keras_config
from keras.src.utils import file_utils

from rnnbook import offline_data

ORIGIN = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/"
LOADERS = {
    "imdb.npz": keras.datasets.imdb.load_data,
    "imdb_word_index.json": keras.datasets.imdb.get_word_index,
    "reuters.npz": keras.datasets.reuters.load_data,
    "reuters_word_index.json": keras.datasets.reuters.get_word_index,
    "mnist.npz": keras.datasets.mnist.load_data,
}


@pytest.fixture(autouse=True)
def redirected(monkeypatch, tmp_path):
    """Loaders routed through the mirror; Keras' cache in tmp_path; downloads recorded, never made."""
    offline_data.use_local_mirror()
    (tmp_path / "keras-home").mkdir()  # Keras falls back to /tmp/.keras if it does not exist
    monkeypatch.setattr(keras_config, "_KERAS_DIR", str(tmp_path / "keras-home"))
    calls = []

    def offline_urlretrieve(url, filename, *args, **kwargs):
        calls.append((url, filename))
        raise urllib.error.URLError("no network in this test")

    monkeypatch.setattr(file_utils, "urlretrieve", offline_urlretrieve)
    return calls


@pytest.fixture
def mirror():
    """The real mirror; a strict run must have it, elsewhere its tests are skipped."""
    missing = [name for name in offline_data.MIRRORED if offline_data.local_copy(name) is None]
    if missing:
        message = f"offline mirror {offline_data.mirror_root()} lacks {', '.join(missing)}"
        if offline_data.strict_reason():
            pytest.fail(message)
        pytest.skip(message)
    return offline_data.mirror_root()


@pytest.fixture
def no_mirror(monkeypatch, tmp_path):
    """A reader's machine: no mirror beside the repository, neither CI nor RNNBOOK_DATA set."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv(offline_data.ENV_VAR, raising=False)
    monkeypatch.setattr(offline_data, "DEFAULT_MIRROR", tmp_path / "shared" / "datasets")
    assert offline_data.strict_reason() is None


# Mirror present: Keras' loader code runs on the mirrored file, nothing is downloaded.

def test_imdb_loader_runs_keras_code_on_the_mirror(mirror, redirected):
    (x_train, y_train), (x_test, y_test) = keras.datasets.imdb.load_data(num_words=500)
    assert (len(x_train), len(x_test)) == (25000, 25000)
    assert x_train[0][:4] == [1, 14, 22, 16]          # start token, then Keras' offset ranks
    assert max(max(seq) for seq in x_train) == 499    # num_words applied by Keras
    assert redirected == []


def test_word_index_is_the_official_file(mirror, redirected):
    assert keras.datasets.imdb.get_word_index()["the"] == 1
    assert redirected == []


@pytest.mark.parametrize("loader", [keras.datasets.reuters.load_data, keras.datasets.mnist.load_data])
def test_other_loaders_are_redirected(mirror, redirected, loader):
    (x_train, _), (x_test, _) = loader()
    assert len(x_train) and len(x_test)
    assert redirected == []


def test_mirror_files_stay_out_of_the_keras_cache(mirror, tmp_path):
    keras.datasets.mnist.load_data()
    assert not (tmp_path / "keras-home" / "datasets" / "mnist.npz").exists()


# No mirror, not strict: Keras' own get_file runs, as on a reader's machine.

@pytest.mark.parametrize("name", sorted(LOADERS))
def test_without_a_mirror_keras_downloads_itself(no_mirror, redirected, tmp_path, name):
    with pytest.raises(Exception, match="URL fetch failure") as error:  # Keras' own offline message
        LOADERS[name]()
    assert not isinstance(error.value, offline_data.MissingDataError)
    target = tmp_path / "keras-home" / "datasets" / name
    assert redirected == [(ORIGIN + name, str(target))]


def test_keras_deletes_a_rebuilt_file_placed_under_the_official_name(no_mirror, redirected, tmp_path):
    """Why the mirror is never copied into the Keras cache: any other bytes fail Keras' hash,
    Keras downloads again and, offline, removes the file."""
    cached = tmp_path / "keras-home" / "datasets" / "mnist.npz"
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"a rebuilt file: same arrays, other bytes")
    with pytest.raises(Exception, match="URL fetch failure"):
        keras.datasets.mnist.load_data()
    assert len(redirected) == 1
    assert not cached.exists()


# Strict (RNNBOOK_DATA or CI set): a missing or damaged file is a clear error, no download.

def test_missing_file_names_the_file_and_the_remedy(tmp_path, monkeypatch, redirected):
    monkeypatch.setenv(offline_data.ENV_VAR, str(tmp_path))
    with pytest.raises(offline_data.MissingDataError) as error:
        keras.datasets.imdb.load_data()
    message = str(error.value)
    assert str(tmp_path / "imdb" / "imdb.npz") in message
    assert offline_data.ENV_VAR in message and "CONTRIBUTING.md" in message
    assert redirected == []


def test_in_ci_a_missing_mirror_is_an_error_not_a_download(no_mirror, monkeypatch, redirected, tmp_path):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(offline_data.MissingDataError) as error:
        keras.datasets.reuters.load_data()
    message = str(error.value)
    assert str(tmp_path / "shared" / "datasets" / "reuters" / "reuters.npz") in message
    assert "CI is set" in message
    assert redirected == []


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "not-strict"])
def test_corrupt_file_is_refused(tmp_path, monkeypatch, redirected, strict):
    """A damaged mirror file is never used and never silently replaced by a download."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv(offline_data.ENV_VAR, raising=False)
    root = tmp_path / "shared" / "datasets"
    (root / "mnist").mkdir(parents=True)
    (root / "mnist" / "mnist.npz").write_bytes(b"\0" * 1000)
    if strict:
        monkeypatch.setenv(offline_data.ENV_VAR, str(root))
    else:
        monkeypatch.setattr(offline_data, "DEFAULT_MIRROR", root)
    with pytest.raises(offline_data.MissingDataError, match="Checksum mismatch") as error:
        keras.datasets.mnist.load_data()
    assert str(root / "mnist" / "mnist.npz") in str(error.value)
    assert redirected == []


# Data that no mirror holds (Jena): a stand-in in strict runs, Keras' own download elsewhere.

JENA_ORIGIN = "https://s3.amazonaws.com/keras-datasets/jena_climate_2009_2016.csv.zip"


def test_strict_runs_get_a_schema_identical_stand_in(monkeypatch, tmp_path):
    import pandas as pd

    from rnnbook import standins

    monkeypatch.setenv(offline_data.ENV_VAR, str(tmp_path))
    served_before = len(offline_data.standins_served)
    folder = keras.utils.get_file(origin=JENA_ORIGIN, extract=True)   # as chapter 6 calls it
    assert offline_data.standins_served[served_before:] == [standins.JENA_ZIP]
    table = pd.read_csv(f"{folder}/jena_climate_2009_2016.csv")
    assert list(table.columns) == standins.JENA_COLUMNS
    times = pd.to_datetime(table["Date Time"], format="%d.%m.%Y %H:%M:%S")
    assert times.iloc[0] == pd.Timestamp("2009-01-01 00:10")
    assert times.diff().dropna().isin([pd.Timedelta(0), pd.Timedelta("10min"), pd.Timedelta("20min")]).all()
    assert (table["wv (m/s)"] == -9999).any()   # the real file's failed wind readings


def test_without_strictness_keras_downloads_jena_itself(no_mirror, redirected, tmp_path):
    served_before = len(offline_data.standins_served)
    with pytest.raises(Exception, match="URL fetch failure"):
        keras.utils.get_file(origin=JENA_ORIGIN, extract=True)
    assert redirected[0][0] == JENA_ORIGIN
    assert offline_data.standins_served[served_before:] == []


def test_strict_runs_refuse_unknown_downloads(monkeypatch, tmp_path, redirected):
    monkeypatch.setenv(offline_data.ENV_VAR, str(tmp_path))
    with pytest.raises(offline_data.MissingDataError, match="No offline copy is known for 'other.zip'"):
        keras.utils.get_file(origin="https://example.org/other.zip", extract=True)
    assert redirected == []
