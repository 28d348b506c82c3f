"""The timestep explorer's traces: the NumPy replay of a review equals what Keras computes with the same weights
(every hidden state, the LSTM's last cell state, the prediction)."""
import json

import numpy as np
import pytest

from rnnbook import explorer

LENGTH, VOCABULARY, UNITS = 100, 500, 8


def keras_models(kind, weights=None, seed=0):
    """The chapter's model (one-hot or embedding, the recurrent layer, Dense) and a twin whose recurrent
    layer returns every timestep's hidden state, sharing the weights."""
    import keras

    keras.utils.set_random_seed(seed)
    layer = {"SimpleRNN": keras.layers.SimpleRNN, "LSTM": keras.layers.LSTM, "GRU": keras.layers.GRU}[kind]
    first = (lambda: keras.layers.CategoryEncoding(num_tokens=VOCABULARY, output_mode="one_hot")) \
        if kind == "SimpleRNN" else (lambda: keras.layers.Embedding(VOCABULARY, 16))
    tokens = keras.Input(shape=(LENGTH,), dtype="int32")
    model = keras.Sequential([tokens, first(), layer(UNITS), keras.layers.Dense(1, activation="sigmoid")])
    if weights is not None:
        model.set_weights(weights)
    inputs = keras.Input(shape=(LENGTH,), dtype="int32")
    states = layer(UNITS, return_sequences=True, return_state=True)   # every h, then the last h (and c)
    sequence = keras.Model(inputs, states(model.layers[0](inputs)))
    states.set_weights(model.layers[1].get_weights())
    return model, sequence


def check(kind, weights, tokens):
    model, sequence = keras_models(kind, weights)
    trace = explorer.REPLAY[kind]([np.asarray(w, dtype="float64") for w in model.get_weights()], tokens)
    batch = np.array([tokens])
    every_h, *last = sequence.predict(batch, verbose=0)
    assert np.abs(trace["h"] - every_h[0]).max() < 1e-5
    if kind == "LSTM":
        assert np.abs(trace["c"][-1] - last[1][0]).max() < 1e-5
    assert abs(trace["prob"][-1] - model.predict(batch, verbose=0)[0, 0]) < 1e-5
    return trace


@pytest.mark.parametrize("kind", list(explorer.REPLAY))
def test_replay_equals_keras_for_untrained_weights(kind):
    tokens = np.random.default_rng(0).integers(1, VOCABULARY, LENGTH).tolist()
    trace = check(kind, None, tokens)
    assert trace["prob"].shape == (LENGTH,)
    assert all(trace[name].shape == (LENGTH, UNITS) for name in trace if name != "prob")


@pytest.mark.parametrize("chapter", list(explorer.MODELS))
def test_replay_equals_keras_for_each_recorded_model_and_review(chapter):
    weights, reviews = explorer.recorded(chapter)
    assert len(reviews["tokens"]) == 3 and sorted(reviews["label"][:2]) == [0, 1]
    for name, model_weights in weights.items():
        for tokens in reviews["tokens"]:
            check(name, model_weights, tokens)


@pytest.mark.parametrize("chapter", list(explorer.MODELS))
def test_a_page_ships_under_200_kb_of_traces(chapter):
    exported = explorer.export(chapter)
    assert len(json.dumps(exported, separators=(",", ":"))) < 200_000
    words = exported["reviews"][0]["words"]
    assert len(words) == LENGTH and "<pad>" not in words
