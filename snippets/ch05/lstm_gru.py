# Chapter 5: LSTM and GRU on the IMDB reviews of chapter 4.
# The page includes each named section below; run top to bottom it is the chapter's code.
# The training runs take a few minutes on a CPU (see the record note at the end of the page).

# --8<-- [start:data]
import time

import keras
import numpy as np
from keras.datasets import imdb
from sklearn.model_selection import train_test_split

(train_input, train_target), (test_input, test_target) = imdb.load_data(num_words=500)
train_input, val_input, train_target, val_target = train_test_split(
    train_input, train_target, test_size=0.2, random_state=42
)
train_seq = keras.utils.pad_sequences(train_input, maxlen=100)
val_seq = keras.utils.pad_sequences(val_input, maxlen=100)
print(train_seq.shape, val_seq.shape)
# --8<-- [end:data]

# --8<-- [start:train]
def train_recurrent(layer_class, epochs=5):
    """Embedding(500, 16), one recurrent layer of 8 units, one sigmoid unit, trained on the chapter's data."""
    keras.utils.set_random_seed(42)   # before the layers are created, so that their initial weights are seeded
    model = keras.Sequential([
        keras.Input(shape=(100,), dtype="int32"),
        keras.layers.Embedding(500, 16),
        layer_class(8),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=1e-3), loss="binary_crossentropy",
                  metrics=["accuracy"], jit_compile=True)
    start = time.perf_counter()
    history = model.fit(train_seq, train_target, epochs=epochs, batch_size=64,
                        validation_data=(val_seq, val_target), verbose=0)
    return model, history.history, time.perf_counter() - start


models, histories, train_seconds = {}, {}, {}
for layer_class in [keras.layers.SimpleRNN, keras.layers.LSTM, keras.layers.GRU]:
    name = layer_class.__name__
    models[name], histories[name], train_seconds[name] = train_recurrent(layer_class)
    print(f"{name:>9}: {len(histories[name]['loss'])} epochs in {train_seconds[name]:4.1f} s; "
          f"val accuracy by epoch {' '.join(f'{a:.4f}' for a in histories[name]['val_accuracy'])}")
# --8<-- [end:train]

# --8<-- [start:gradients]
import tensorflow as tf   # the backend: its GradientTape differentiates through the unrolled loop

# Validation reviews of at least 100 tokens: no padding, a word at every one of the 100 timesteps.
full_reviews = np.array([val_seq[i] for i in range(len(val_input)) if len(val_input[i]) >= 100])
grad_norms = {}
for name, model in models.items():
    embedding, recurrent, dense = model.layers
    embedded = embedding(full_reviews)                          # (reviews, 100, 16)
    with tf.GradientTape() as tape:
        tape.watch(embedded)
        prob = dense(recurrent(embedded))
    grads = tape.gradient(prob, embedded)                       # d output / d input vector, at every timestep
    grad_norms[name] = np.linalg.norm(grads, axis=-1).mean(axis=0)   # average over the reviews: (100,)

steps_back = [0, 1, 5, 10, 20, 50, 99]
print(len(full_reviews), "reviews; gradient norm k steps before the end, relative to the last step")
print("  k" + "".join(f"{name:>11}" for name in grad_norms))
for k in steps_back:
    print(f"{k:>3}" + "".join(f"{norm[-1 - k] / norm[-1]:>11.2e}" for norm in grad_norms.values()))
# --8<-- [end:gradients]

# --8<-- [start:plot_gradients]
import matplotlib.pyplot as plt

for name, norm in grad_norms.items():
    plt.semilogy(norm[::-1] / norm[-1], label=name)       # x = k: k steps before the last one
plt.xlabel("timesteps before the end of the review")
plt.ylabel("gradient norm (last timestep = 1, log scale)")
plt.legend()
plt.show()
# --8<-- [end:plot_gradients]

# --8<-- [start:lstm_weights]
embedding_lstm, lstm, dense_lstm = models["LSTM"].layers
kernel, recurrent_kernel, bias = lstm.get_weights()
print("kernel", kernel.shape, "recurrent_kernel", recurrent_kernel.shape, "bias", bias.shape)

# Keras keeps the four parts side by side, 8 columns each, in the order i, f, c, o.
W_xi, W_xf, W_xc, W_xo = kernel[:, :8], kernel[:, 8:16], kernel[:, 16:24], kernel[:, 24:]
W_hi, W_hf, W_hc, W_ho = recurrent_kernel[:, :8], recurrent_kernel[:, 8:16], recurrent_kernel[:, 16:24], recurrent_kernel[:, 24:]
b_i, b_f, b_c, b_o = bias[:8], bias[8:16], bias[16:24], bias[24:]

# A new LSTM starts with the forget gate's bias at 1 and the others at 0 (unit_forget_bias=True):
# the ones sit in the second block of 8, which is therefore f.
new_lstm = keras.layers.LSTM(8)
new_lstm.build((None, 100, 16))
print("bias of a new LSTM:", new_lstm.get_weights()[2].astype(int))

lstm_params = lstm.count_params()
assert lstm_params == 4 * (16 * 8 + 8 * 8 + 8)   # four times (W_x, W_h, b) of one gate
print("LSTM(8) parameters:", lstm_params, "= 4 x", 16 * 8 + 8 * 8 + 8)
# --8<-- [end:lstm_weights]

# --8<-- [start:review]
# The first positive validation review of 100 to `longest` tokens: no padding, little cut off.
longest = 130
review_index = next(i for i in range(len(val_input)) if val_target[i] == 1 and 100 <= len(val_input[i]) <= longest)
review = val_seq[review_index:review_index + 1]      # its last 100 tokens, shape (1, 100)

word_index = imdb.get_word_index()                   # word -> rank (1 = most frequent)
index_to_word = {rank + 3: word for word, rank in word_index.items()}
index_to_word.update({0: "<pad>", 1: "<start>", 2: "<oov>"})
review_words = [index_to_word[i] for i in review[0]]
print(review_index, "label", val_target[review_index])
print(" ".join(review_words))
# --8<-- [end:review]

# --8<-- [start:lstm_numpy]
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def lstm_forward(x):
    """The trained LSTM over x (timesteps, 16), one timestep at a time; every gate and state, kept."""
    h, c = np.zeros(8), np.zeros(8)
    trace = {"i": [], "f": [], "o": [], "c": [], "h": []}
    for x_t in x:
        i = sigmoid(x_t @ W_xi + h @ W_hi + b_i)          # input gate
        f = sigmoid(x_t @ W_xf + h @ W_hf + b_f)          # forget gate
        c_tilde = np.tanh(x_t @ W_xc + h @ W_hc + b_c)    # candidate
        o = sigmoid(x_t @ W_xo + h @ W_ho + b_o)          # output gate
        c = f * c + i * c_tilde                            # cell state: stays inside the cell
        h = o * np.tanh(c)                                 # hidden state: what the layer outputs
        for name, value in zip(trace, [i, f, o, c, h]):
            trace[name].append(value)
    return {name: np.array(values) for name, values in trace.items()}


x = keras.ops.convert_to_numpy(embedding_lstm(review))[0]    # the review's embedded input, (100, 16)
lstm_trace = lstm_forward(x)

# Keras' LSTM with the same weights, returning the hidden state of every timestep.
keras_lstm = keras.layers.LSTM(8, return_sequences=True)
keras_lstm.build((None, 100, 16))
keras_lstm.set_weights(lstm.get_weights())
keras_h = keras.ops.convert_to_numpy(keras_lstm(x[None]))[0]  # (100, 8)
assert np.allclose(lstm_trace["h"], keras_h, atol=1e-5)
lstm_max_diff = np.abs(lstm_trace["h"] - keras_h).max()

# The last hidden state through the trained Dense layer is the model's prediction.
dense_kernel, dense_bias = dense_lstm.get_weights()
lstm_prob = float(models["LSTM"].predict(review, verbose=0)[0, 0])
assert np.isclose(sigmoid(lstm_trace["h"][-1] @ dense_kernel + dense_bias)[0], lstm_prob, atol=1e-5)
print(f"hidden states {lstm_trace['h'].shape}; largest difference from Keras {lstm_max_diff:.1e}; "
      f"P(positive) {lstm_prob:.3f}")
# --8<-- [end:lstm_numpy]

# --8<-- [start:gru_weights]
embedding_gru, gru, dense_gru = models["GRU"].layers
kernel_g, recurrent_kernel_g, bias_g = gru.get_weights()
print("kernel", kernel_g.shape, "recurrent_kernel", recurrent_kernel_g.shape, "bias", bias_g.shape)

# The order is z, r, candidate. With reset_after=True (the default) the bias has two rows:
# row 0 is added to the input's part, row 1 to the hidden state's part.
W_xz, W_xr, W_xh = kernel_g[:, :8], kernel_g[:, 8:16], kernel_g[:, 16:]
W_hz, W_hr, W_hh = recurrent_kernel_g[:, :8], recurrent_kernel_g[:, 8:16], recurrent_kernel_g[:, 16:]
b_xz, b_xr, b_xh = bias_g[0, :8], bias_g[0, 8:16], bias_g[0, 16:]
b_hz, b_hr, b_hh = bias_g[1, :8], bias_g[1, 8:16], bias_g[1, 16:]

gru_params = gru.count_params()
assert gru_params == 3 * (16 * 8 + 8 * 8 + 2 * 8)  # three times (W_x, W_h, two biases)

# The older form, reset_after=False: one bias row.
gru_before = keras.layers.GRU(8, reset_after=False)
gru_before.build((None, 100, 16))
gru_before_params = gru_before.count_params()
assert gru_before_params == 3 * (16 * 8 + 8 * 8 + 8)
print("GRU(8) parameters:", gru_params, "; with reset_after=False:", gru_before_params,
      "bias", gru_before.get_weights()[2].shape)
# --8<-- [end:gru_weights]

# --8<-- [start:gru_numpy]
def gru_forward(x):
    """The trained GRU over x (timesteps, 16), one timestep at a time; both gates and the state, kept."""
    h = np.zeros(8)
    trace = {"z": [], "r": [], "h": []}
    for x_t in x:
        z = sigmoid(x_t @ W_xz + b_xz + h @ W_hz + b_hz)               # update gate
        r = sigmoid(x_t @ W_xr + b_xr + h @ W_hr + b_hr)               # reset gate
        h_tilde = np.tanh(x_t @ W_xh + b_xh + r * (h @ W_hh + b_hh))   # candidate: r after the product
        h = z * h + (1 - z) * h_tilde                                  # z near 1 keeps the old state
        for name, value in zip(trace, [z, r, h]):
            trace[name].append(value)
    return {name: np.array(values) for name, values in trace.items()}


x_g = keras.ops.convert_to_numpy(embedding_gru(review))[0]   # the same review through the GRU model's embedding
gru_trace = gru_forward(x_g)

keras_gru = keras.layers.GRU(8, return_sequences=True)
keras_gru.build((None, 100, 16))
keras_gru.set_weights(gru.get_weights())
keras_h_g = keras.ops.convert_to_numpy(keras_gru(x_g[None]))[0]
assert np.allclose(gru_trace["h"], keras_h_g, atol=1e-5)
gru_max_diff = np.abs(gru_trace["h"] - keras_h_g).max()

dense_kernel_g, dense_bias_g = dense_gru.get_weights()
gru_prob = float(models["GRU"].predict(review, verbose=0)[0, 0])
assert np.isclose(sigmoid(gru_trace["h"][-1] @ dense_kernel_g + dense_bias_g)[0], gru_prob, atol=1e-5)
print(f"hidden states {gru_trace['h'].shape}; largest difference from Keras {gru_max_diff:.1e}; "
      f"P(positive) {gru_prob:.3f}")
# --8<-- [end:gru_numpy]

# --8<-- [start:gates]
# Each gate averaged over the 8 units, at every timestep of the review.
lstm_gates = {name: lstm_trace[name].mean(axis=1) for name in ["i", "f", "o"]}
gru_gates = {name: gru_trace[name].mean(axis=1) for name in ["z", "r"]}
for name, values in [*lstm_gates.items(), *gru_gates.items()]:
    layer = "LSTM" if name in lstm_gates else "GRU"
    print(f"{layer:<4} {name}: mean {values.mean():.2f}, from {values.min():.2f} to {values.max():.2f}")

# The size of the LSTM's cell state (mean |c| over the units) and the two timesteps where it rose most.
cell_size = np.abs(lstm_trace["c"]).mean(axis=1)
cell_rises = np.sort(np.argsort(np.diff(cell_size))[-2:] + 1)
for t in cell_rises:
    print(f"cell state size {cell_size[t - 1]:.2f} -> {cell_size[t]:.2f} at word {t + 1} ({review_words[t]})")
print(f"from word {cell_rises[-1] + 1} on: at least {cell_size[cell_rises[-1]:].min():.2f}; "
      f"largest |c| {np.abs(lstm_trace['c']).max():.2f}, largest |h| {np.abs(lstm_trace['h']).max():.2f}")

# The GRU's update gate at the <oov> tokens and at the other tokens.
oov = np.array(review_words) == "<oov>"
print(f"GRU z: {gru_gates['z'][oov].mean():.2f} at the {oov.sum()} <oov> tokens, "
      f"{gru_gates['z'][~oov].mean():.2f} at the others")
# --8<-- [end:gates]

# --8<-- [start:plot_gates]
import matplotlib.pyplot as plt

fig, (top, middle, bottom) = plt.subplots(3, 1, figsize=(16, 9), sharex=True)
for name, values in lstm_gates.items():
    top.plot(values, label=f"LSTM {name}")
top.legend()
limit = np.abs(lstm_trace["c"]).max()
middle.imshow(lstm_trace["c"].T, aspect="auto", cmap="RdBu_r", vmin=-limit, vmax=limit)   # units x timesteps
middle.set_ylabel("cell state unit")
for name, values in gru_gates.items():
    bottom.plot(values, label=f"GRU {name}")
bottom.legend()
bottom.set_xticks(range(len(review_words)), review_words, rotation=90, fontsize=7)
plt.show()
# --8<-- [end:plot_gates]

# --8<-- [start:exercise_params]
# Model C's sizes from chapter 4: 32-dimensional embeddings into 32 units.
lstm_32 = keras.layers.LSTM(32)
lstm_32.build((None, 500, 32))
gru_32 = keras.layers.GRU(32)
gru_32.build((None, 500, 32))
assert lstm_32.count_params() == 4 * (32 * 32 + 32 * 32 + 32)
assert gru_32.count_params() == 3 * (32 * 32 + 32 * 32 + 2 * 32)
print("LSTM(32):", lstm_32.count_params(), " GRU(32):", gru_32.count_params(), " SimpleRNN(32):", 32 * 32 + 32 * 32 + 32)
# --8<-- [end:exercise_params]

# --8<-- [start:exercise_gru_form]
def gru_forward_flipped(x):
    """A GRU written as h = (1 - u) * h_prev + u * candidate, with the weights of u = 1 - z."""
    h = np.zeros(8)
    states = []
    for x_t in x:
        u = sigmoid(-(x_t @ W_xz + b_xz + h @ W_hz + b_hz))           # 1 - sigmoid(a) = sigmoid(-a)
        r = sigmoid(x_t @ W_xr + b_xr + h @ W_hr + b_hr)
        h_tilde = np.tanh(x_t @ W_xh + b_xh + r * (h @ W_hh + b_hh))
        h = (1 - u) * h + u * h_tilde
        states.append(h)
    return np.array(states)


flipped_diff = np.abs(gru_forward_flipped(x_g) - gru_trace["h"]).max()
assert flipped_diff < 1e-6
print(f"largest difference between the two forms: {flipped_diff:.1e}")
# --8<-- [end:exercise_gru_form]

# --8<-- [start:exercise_untrained]
# The same three models, created with the same seed but not trained.
untrained_ratios = {}
for layer_class in [keras.layers.SimpleRNN, keras.layers.LSTM, keras.layers.GRU]:
    keras.utils.set_random_seed(42)
    embedding, recurrent, dense = keras.layers.Embedding(500, 16), layer_class(8), keras.layers.Dense(1, activation="sigmoid")
    embedded = embedding(full_reviews)
    with tf.GradientTape() as tape:
        tape.watch(embedded)
        prob = dense(recurrent(embedded))
    norm = np.linalg.norm(tape.gradient(prob, embedded), axis=-1).mean(axis=0)
    untrained_ratios[layer_class.__name__] = norm / norm[-1]
print("   k" + "".join(f"{name:>11}" for name in untrained_ratios))
for k in [10, 50, 99]:
    print(f"{k:>4}" + "".join(f"{ratio[-1 - k]:>11.2e}" for ratio in untrained_ratios.values()))
# --8<-- [end:exercise_untrained]
