"""Quick mode caps training through the harness, without touching page code."""
import keras
import numpy as np

from rnnbook import quick_mode


def test_fit_and_evaluate_are_capped():
    assert getattr(keras.Model.fit, "_rnnbook_quick", False), "the test session runs in quick mode"
    x = np.random.default_rng(0).normal(size=(2000, 4)).astype("float32")
    y = (x[:, 0] > 0).astype("float32")
    model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1, activation="sigmoid")])
    model.compile("sgd", "binary_crossentropy")
    history = model.fit(x, y, epochs=50, batch_size=quick_mode.MAX_SAMPLES // 4, validation_split=0.2, verbose=0)
    assert len(history.history["loss"]) == quick_mode.MAX_EPOCHS
    assert history.params["steps"] <= 4  # 80% of MAX_SAMPLES in batches of MAX_SAMPLES / 4, not 2000 samples
    assert quick_mode._head(x).shape[0] == quick_mode.MAX_SAMPLES


def test_no_xla_in_quick_mode(tmp_path):
    model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
    model.compile("sgd", "mse", jit_compile=True)
    assert model.jit_compile is False
    model.save(tmp_path / "model.keras")   # a loaded model is still compiled, with its loss
    loaded = keras.models.load_model(tmp_path / "model.keras")
    assert loaded.loss == "mse" and loaded.jit_compile is False
