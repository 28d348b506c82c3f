"""Keras' own loaders run on the verified local mirror; a missing file says what to do."""
import shutil

import keras
import pytest

from rnnbook import offline_data


def test_imdb_loader_runs_keras_code_on_the_mirror():
    (x_train, y_train), (x_test, y_test) = keras.datasets.imdb.load_data(num_words=500)
    assert (len(x_train), len(x_test)) == (25000, 25000)
    assert x_train[0][:4] == [1, 14, 22, 16]          # start token, then Keras' offset ranks
    assert max(max(seq) for seq in x_train) == 499    # num_words applied by Keras


def test_word_index_is_the_official_file():
    assert keras.datasets.imdb.get_word_index()["the"] == 1


@pytest.mark.parametrize("loader", [keras.datasets.reuters.load_data, keras.datasets.mnist.load_data])
def test_other_loaders_are_redirected(loader):
    (x_train, _), (x_test, _) = loader()
    assert len(x_train) and len(x_test)


def test_missing_file_names_the_file_and_the_remedy(tmp_path, monkeypatch):
    monkeypatch.setenv(offline_data.ENV_VAR, str(tmp_path))
    with pytest.raises(offline_data.MissingDataError) as error:
        keras.datasets.imdb.load_data()
    message = str(error.value)
    assert str(tmp_path / "imdb" / "imdb.npz") in message
    assert offline_data.ENV_VAR in message


def test_corrupt_file_is_refused(tmp_path, monkeypatch):
    original = offline_data.mirrored_path("mnist.npz")
    (tmp_path / "mnist").mkdir()
    copy = tmp_path / "mnist" / "mnist.npz"
    shutil.copy(original, copy)
    with open(copy, "r+b") as handle:
        handle.seek(1000)
        handle.write(b"\0" * 8)
    monkeypatch.setenv(offline_data.ENV_VAR, str(tmp_path))
    with pytest.raises(offline_data.MissingDataError, match="Checksum mismatch"):
        keras.datasets.mnist.load_data()
