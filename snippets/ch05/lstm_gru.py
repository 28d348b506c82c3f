# Chapter 5: LSTM and GRU on the IMDB reviews of chapter 4.
# The page includes each named section below; run top to bottom it is the chapter's code.
# The training runs take about half an hour on a 2-core CPU (see the record note at the end of the page).

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
class EpochTimer(keras.callbacks.Callback):
    """Seconds each epoch takes, its validation included."""

    def on_train_begin(self, logs=None):
        self.seconds = []

    def on_epoch_begin(self, epoch, logs=None):
        self.start = time.perf_counter()

    def on_epoch_end(self, epoch, logs=None):
        self.seconds.append(time.perf_counter() - self.start)


def build_model(make_layers, seed=42, jit_compile=True, embedding=True):
    """Embedding(500, 16) (unless embedding=False), the layers that make_layers() returns, one sigmoid unit; compiled."""
    keras.utils.set_random_seed(seed)   # before the layers are created, so that their initial weights are seeded
    model = keras.Sequential([
        keras.Input(shape=(100,), dtype="int32"),
        *([keras.layers.Embedding(500, 16)] if embedding else []),
        *make_layers(),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3), loss="binary_crossentropy",
                  metrics=["accuracy"], jit_compile=jit_compile)
    return model


def train_imdb(make_layers, seed=42, **options):
    """Trains until the validation loss has not improved for 5 epochs; keeps the weights of its lowest epoch."""
    model = build_model(make_layers, seed=seed, **options)
    timer = EpochTimer()
    early_stopping = keras.callbacks.EarlyStopping(patience=5, restore_best_weights=True)
    history = model.fit(train_seq, train_target, epochs=100, batch_size=64,
                        validation_data=(val_seq, val_target), callbacks=[timer, early_stopping],
                        verbose=0).history
    kept = int(np.argmin(history["val_loss"]))                       # the epoch whose weights were restored
    run = {"seed": seed, "epochs": len(history["loss"]), "kept_epoch": kept + 1,
           "seconds_per_epoch": float(np.median(timer.seconds)), "val_accuracy": history["val_accuracy"][kept]}
    return model, history, run


models, histories, first_runs = {}, {}, {}
for layer_class in [keras.layers.SimpleRNN, keras.layers.LSTM, keras.layers.GRU]:
    name = layer_class.__name__
    models[name], histories[name], first_runs[name] = train_imdb(lambda: [layer_class(8)])
    run = first_runs[name]
    print(f"{name:>9}: epoch {run['kept_epoch']:>2} of {run['epochs']:>2} kept, "
          f"val accuracy {run['val_accuracy']:.4f}, {run['seconds_per_epoch']:.1f} s per epoch")
# --8<-- [end:train]

# --8<-- [start:gradients]
# full_reviews (validation reviews of at least 100 tokens): no padding, a word at every one of the 100 timesteps.
# tf.GradientTape, from the backend, differentiates through the unrolled loop.
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
    """The trained LSTM over x (timesteps, 16), or (timesteps, reviews, 16) for many reviews at once,
    one timestep at a time; every gate and state, kept."""
    h = c = np.zeros(x.shape[1:-1] + (8,))
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

# Keras' LSTM with the same weights, returning the hidden state of every timestep. On recent NVIDIA
# GPUs TensorFlow may round float32 matrix products to TF32 (about 3 digits): keep full precision.
import tensorflow as tf

tf.config.experimental.enable_tensor_float_32_execution(False)
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
    """The trained GRU over x (timesteps, 16) or (timesteps, reviews, 16); both gates and the state, kept."""
    h = np.zeros(x.shape[1:-1] + (8,))
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

# Every unit's forget gate (LSTM) and update gate (GRU), averaged over all validation reviews of at
# least 100 tokens, and the number of steps 1 / (1 - gate) over which a kept value shrinks to about a third.
full_reviews = np.array([val_seq[i] for i in range(len(val_input)) if len(val_input[i]) >= 100])
f_all = lstm_forward(keras.ops.convert_to_numpy(embedding_lstm(full_reviews)).transpose(1, 0, 2))["f"]
z_all = gru_forward(keras.ops.convert_to_numpy(embedding_gru(full_reviews)).transpose(1, 0, 2))["z"]
f_units, z_units = f_all.mean(axis=(0, 1)), z_all.mean(axis=(0, 1))          # (100, reviews, 8) -> (8,)
print(f"{len(full_reviews)} reviews, per unit:")
print("LSTM f      ", " ".join(f"{v:5.2f}" for v in f_units))
print("  1 / (1-f) ", " ".join(f"{v:5.1f}" for v in 1 / (1 - f_units)))
print("GRU z       ", " ".join(f"{v:5.2f}" for v in z_units))
print("  1 / (1-z) ", " ".join(f"{v:5.1f}" for v in 1 / (1 - z_units)))
print(f"largest value anywhere: f {f_all.max():.2f}, z {z_all.max():.2f}; "
      f"share of all (review, step, unit) values above 0.95: f {np.mean(f_all > 0.95):.2%}, "
      f"z {np.mean(z_all > 0.95):.2%}")

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

# --8<-- [start:adding_data]
def adding_problem(count, steps, rng):
    """`count` sequences of `steps` timesteps with two features: a random value in [0, 1) and a mark.
    Two timesteps are marked, one in the first 10 and one in the second half; the target is the sum of
    the two marked values, so a model must hold the first one until the second one comes."""
    values = rng.uniform(0, 1, size=(count, steps))
    marks = np.zeros((count, steps))
    rows = np.arange(count)
    marks[rows, rng.integers(0, 10, size=count)] = 1
    marks[rows, rng.integers(steps // 2, steps, size=count)] = 1
    x = np.stack([values, marks], axis=-1).astype("float32")    # (count, steps, 2)
    y = (values * marks).sum(axis=1).astype("float32")          # (count,)
    return x, y


x_example, y_example = adding_problem(1, 20, np.random.default_rng(0))
print("values:", " ".join(f"{v:.2f}" for v in x_example[0, :, 0]))
print("marks: ", " ".join(f"{m:4.0f}" for m in x_example[0, :, 1]))
print(f"target: {y_example[0]:.2f}")
# --8<-- [end:adding_data]

# --8<-- [start:adding_train]
lags = [25, 50, 100, 200]                   # sequence lengths: the second mark comes this far from the start
seeds = [42, 7, 2024]
lag_layers = {"SimpleRNN": keras.layers.SimpleRNN, "LSTM": keras.layers.LSTM, "GRU": keras.layers.GRU}
lag_runs = {name: {lag: [] for lag in lags} for name in lag_layers}


def restart(model, seed):
    """New starting weights drawn with `seed` and a fresh optimizer state, for a model compiled once.
    Each new XLA compilation keeps tens of MB until Python exits, so one compiled model serves all seeds."""
    keras.utils.set_random_seed(seed)
    model.set_weights(keras.models.clone_model(model).get_weights())   # a copy's freshly drawn weights
    for variable in model.optimizer.variables:                         # step count and Adam's averages
        if variable.name != "learning_rate":
            variable.assign(keras.ops.zeros_like(variable))


lag_baseline = {}
lag_start = time.perf_counter()
for lag in lags:
    rng = np.random.default_rng(lag)        # the same sequences for every model and seed
    x_train, y_train = adding_problem(5000, lag, rng)
    x_val, y_val = adding_problem(1000, lag, rng)
    x_test, y_test = adding_problem(1000, lag, rng)
    lag_baseline[lag] = float(np.mean((y_test - 1) ** 2))       # always answering 1, the mean of the sum
    for name, layer_class in lag_layers.items():
        model = keras.Sequential([keras.Input(shape=(lag, 2)), layer_class(16), keras.layers.Dense(1)])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-2, clipnorm=1.0), loss="mse",
                      jit_compile=True)
        for seed in seeds:
            restart(model, seed)
            early_stopping = keras.callbacks.EarlyStopping(patience=10, restore_best_weights=True)
            history = model.fit(x_train, y_train, epochs=20, batch_size=64, validation_data=(x_val, y_val),
                                callbacks=[early_stopping], verbose=0).history
            error = model.predict(x_test, verbose=0)[:, 0] - y_test        # the test sequences, used once
            lag_runs[name][lag].append({"seed": seed, "epochs": len(history["loss"]),
                                        "mse": float(np.mean(error ** 2)),
                                        "solved": float(np.mean(np.abs(error) < 0.04))})
        print(f"{lag:>3} steps, {name:>9}: test MSE " + " ".join(f"{r['mse']:.4f}" for r in lag_runs[name][lag])
              + f" (always 1: {lag_baseline[lag]:.3f}); within 0.04: "
              + " ".join(f"{r['solved']:.0%}" for r in lag_runs[name][lag]))
lag_minutes = (time.perf_counter() - lag_start) / 60
print(f"{lag_minutes:.1f} minutes")
# --8<-- [end:adding_train]

# --8<-- [start:plot_adding]
import matplotlib.pyplot as plt

for name in lag_runs:
    mse = np.array([[run["mse"] for run in lag_runs[name][lag]] for lag in lags])    # (lags, seeds)
    plt.semilogy(lags, mse.mean(axis=1), marker="o", label=name)
    plt.fill_between(lags, mse.min(axis=1), mse.max(axis=1), alpha=0.2)
plt.axhline(np.mean(list(lag_baseline.values())), color="grey", linestyle="--", label="always 1")
plt.xlabel("sequence length (timesteps)")
plt.ylabel("test MSE (log scale)")
plt.legend()
plt.show()
# --8<-- [end:plot_adding]

# --8<-- [start:data_c]
# Chapter 4's model C setting: 10,000 words, the last 500 tokens of each review, 32 units.
(train_input_c, train_target_c), _ = imdb.load_data(num_words=10000)
train_seq_c = keras.utils.pad_sequences(train_input_c, maxlen=500)
print(train_seq_c.shape)
# --8<-- [end:data_c]

# --8<-- [start:train_c]
def train_model_c(layer_class):
    """Chapter 4's model C with another recurrent layer: RMSprop, batch 128, the last 20% for validation.
    Chapter 4 trained 10 epochs and kept the lowest validation loss; here training also stops 3 epochs
    after it, which keeps the same epoch unless a later one would have been lower still."""
    keras.utils.set_random_seed(42)
    model = keras.Sequential([
        keras.Input(shape=(500,), dtype="int32"),
        keras.layers.Embedding(10000, 32),
        layer_class(32),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="rmsprop", loss="binary_crossentropy", metrics=["accuracy"], jit_compile=True)
    early_stopping = keras.callbacks.EarlyStopping(patience=3, restore_best_weights=True)
    start = time.perf_counter()
    history = model.fit(train_seq_c, train_target_c, epochs=10, batch_size=128, validation_split=0.2,
                        callbacks=[early_stopping], verbose=0).history
    kept = int(np.argmin(history["val_loss"]))
    print(f"{layer_class.__name__}(32): epoch {kept + 1} of {len(history['loss'])} kept, "
          f"val accuracy {history['val_accuracy'][kept]:.4f}, {time.perf_counter() - start:.0f} s")
    return model, history["val_accuracy"][kept]


models_c, val_acc_c = {}, {}
c_start = time.perf_counter()
for layer_class in [keras.layers.LSTM, keras.layers.GRU]:
    models_c[layer_class.__name__], val_acc_c[layer_class.__name__] = train_model_c(layer_class)
c_minutes = (time.perf_counter() - c_start) / 60
# --8<-- [end:train_c]

# --8<-- [start:gradients_c]
# As in chapter 4: the first 200 validation reviews (the last 20%) that fill all 500 timesteps.
long_reviews = np.array([train_seq_c[i] for i in range(20000, 25000) if len(train_input_c[i]) >= 500])[:200]
grad_norms_c = {}
for name, model in models_c.items():
    embedding, recurrent, dense = model.layers
    embedded = embedding(long_reviews)                   # (200, 500, 32)
    with tf.GradientTape() as tape:
        tape.watch(embedded)
        prob = dense(recurrent(embedded))
    grad_norms_c[name] = np.linalg.norm(tape.gradient(prob, embedded), axis=-1).mean(axis=0)   # (500,)
print("  k" + "".join(f"{name:>11}" for name in grad_norms_c))
for k in [10, 50, 100, 499]:
    print(f"{k:>3}" + "".join(f"{norm[-1 - k] / norm[-1]:>11.2e}" for norm in grad_norms_c.values()))
# --8<-- [end:gradients_c]

# --8<-- [start:xla]
def seconds_per_epoch(make_layers, jit_compile, reviews=5000, epochs=2):
    """Seconds per epoch on the first `reviews` training reviews, after a first epoch that includes compiling."""
    model = build_model(make_layers, jit_compile=jit_compile)
    model.fit(train_seq[:reviews], train_target[:reviews], epochs=1, batch_size=64, verbose=0)
    start = time.perf_counter()
    model.fit(train_seq[:reviews], train_target[:reviews], epochs=epochs, batch_size=64, verbose=0)
    return (time.perf_counter() - start) / epochs


# Alternate the two settings: on a busy computer the speed drifts, and a pair measured side by side
# shares the drift.
timing_start = time.perf_counter()
xla_ratios, xla_timings = {}, {}
for name, layer_class in [("LSTM", keras.layers.LSTM), ("GRU", keras.layers.GRU)]:
    timings = xla_timings[name] = {False: [], True: []}
    for repeat in range(3):
        for jit_compile in [False, True]:
            timings[jit_compile].append(seconds_per_epoch(lambda: [layer_class(8)], jit_compile))
    xla_ratios[name] = [off / on for off, on in zip(timings[False], timings[True])]
    print(f"{name:>4}: without XLA " + ", ".join(f"{t:.2f}" for t in timings[False]) + " s; with XLA "
          + ", ".join(f"{t:.2f}" for t in timings[True]) + " s; ratio pair by pair "
          + ", ".join(f"{r:.1f}" for r in xla_ratios[name]))
timing_minutes = (time.perf_counter() - timing_start) / 60
# --8<-- [end:xla]


# --8<-- [start:recipes]
# The six models of the comparison: only the layers between the embedding and the output differ.
recipes = {
    "SimpleRNN": lambda: [keras.layers.SimpleRNN(8)],
    "LSTM": lambda: [keras.layers.LSTM(8)],
    "LSTM+dropout": lambda: [keras.layers.LSTM(8, dropout=0.2)],
    "2xLSTM+dropout": lambda: [keras.layers.LSTM(8, dropout=0.2, return_sequences=True),   # a state per timestep
                               keras.layers.LSTM(8, dropout=0.2)],                          # reads that sequence
    "GRU": lambda: [keras.layers.GRU(8)],
    "BiLSTM": lambda: [keras.layers.Bidirectional(keras.layers.LSTM(8))],                  # forward and backward, joined
}
for name, make_layers in recipes.items():
    model = build_model(make_layers)
    layers = " + ".join(f"{layer.__class__.__name__}{tuple(layer.output.shape[1:])}" for layer in model.layers[1:-1])
    print(f"{name:>14}: {model.count_params():>5} parameters; {layers}")
# --8<-- [end:recipes]

# --8<-- [start:compare]
# Chapter 4's baseline, trained the same way: which of the 500 words a review contains, one sigmoid unit.
bag_of_words = lambda: [keras.layers.CategoryEncoding(num_tokens=500, output_mode="multi_hot")]

test_seq = keras.utils.pad_sequences(test_input, maxlen=100)   # used once per model, after its training
compare_start = time.perf_counter()
runs = {name: [] for name in [*recipes, "bag of words"]}
for name in runs:
    for seed in seeds:
        if seed == 42 and name in first_runs:       # trained at the start of the chapter with this recipe
            model, run = models[name], dict(first_runs[name])
        elif name == "bag of words":
            model, _, run = train_imdb(bag_of_words, seed=seed, embedding=False, jit_compile=False)
        else:
            model, _, run = train_imdb(recipes[name], seed=seed)
        run["test_accuracy"] = model.evaluate(test_seq, test_target, verbose=0)[1]
        run["parameters"] = model.count_params()
        runs[name].append(run)
        print(f"{name:>14}, seed {seed:>4}: epoch {run['kept_epoch']:>2} of {run['epochs']:>2}, "
              f"val {run['val_accuracy']:.4f}, test {run['test_accuracy']:.4f}")
compare_minutes = (time.perf_counter() - compare_start) / 60
print(f"{compare_minutes:.1f} minutes")
# --8<-- [end:compare]

# --8<-- [start:compare_table]
def spread(values, fmt="{:.3f}"):
    """Mean and range of a few runs: 0.800 (0.790-0.812)."""
    return f"{fmt.format(np.mean(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


print(f"{'model':>14} {'params':>6} {'s/epoch':>7} {'kept epochs':>11} {'val accuracy':>20} {'test accuracy':>20}")
for name, model_runs in runs.items():
    column = lambda key: [run[key] for run in model_runs]
    print(f"{name:>14} {model_runs[0]['parameters']:>6} {np.median(column('seconds_per_epoch')):>7.1f} "
          f"{' '.join(str(e) for e in column('kept_epoch')):>11} "
          f"{spread(column('val_accuracy')):>20} {spread(column('test_accuracy')):>20}")
# --8<-- [end:compare_table]

# --8<-- [start:plot_compare]
import matplotlib.pyplot as plt

plt.figure(figsize=(7, 4))
for row, (name, model_runs) in enumerate(runs.items()):
    plt.scatter([run["val_accuracy"] for run in model_runs], [row] * len(model_runs), marker="o", color="C0",
                label="validation" if row == 0 else None)
    plt.scatter([run["test_accuracy"] for run in model_runs], [row + 0.2] * len(model_runs), marker="s", color="C1",
                label="test" if row == 0 else None)
plt.yticks(range(len(runs)), list(runs))
plt.xlabel("accuracy (one point per seed)")
plt.legend()
plt.show()
# --8<-- [end:plot_compare]

# --8<-- [start:published]
# Validation accuracy at the epoch each notebook kept (lowest validation loss), one run each:
# 혼자 공부하는 머신러닝+딥러닝, section 9-3, in the Keras 3 notebooks of the 1st edition
# (github.com/rickiepark/hg-mldl, 9-3.ipynb: RMSprop 1e-4, dropout 0.3) and of the revised edition
# (github.com/rickiepark/hg-mldl2, 09-3.ipynb: Adam 1e-3, dropout 0.2, GRU with dropout 0.2 too).
published = {
    "1st edition": {"LSTM": 0.7934, "LSTM+dropout": 0.7904, "2xLSTM+dropout": 0.7844, "GRU": 0.7978},
    "revised edition": {"LSTM": 0.8062, "LSTM+dropout": 0.8102, "2xLSTM+dropout": 0.8182, "GRU": 0.8156},
}
published_test = {"1st edition": ("2xLSTM+dropout", 0.7848), "revised edition": ("GRU", 0.8190)}
ours = {name: np.mean([run["val_accuracy"] for run in runs[name]]) for name in runs}
for edition, values in published.items():
    model_name, test = published_test[edition]
    print(f"{edition}: " + ", ".join(f"{name} {value:.3f} (ours {ours[name]:.3f})" for name, value in values.items())
          + f"; test {model_name} {test:.3f}")
# --8<-- [end:published]

# --8<-- [start:reuters_data]
from keras.datasets import reuters

(wires, topics), (test_wires, test_topics) = reuters.load_data(num_words=1000, test_split=0.2)
topic_names = reuters.get_label_names()     # the topic of each label: topic_names[3] is "earn"
print(len(wires), "training wires,", len(test_wires), "test wires,", len(topic_names), "topics")

reuters_words = {rank + 3: word for word, rank in reuters.get_word_index().items()}
reuters_words.update({0: "<pad>", 1: "<start>", 2: "<oov>"})
print(topic_names[topics[0]], "|", " ".join(reuters_words[i] for i in wires[0]))

wire_lengths = np.array([len(wire) for wire in wires])
print(f"tokens per wire: median {np.median(wire_lengths):.0f}, longest {wire_lengths.max()}; "
      f"{np.mean(wire_lengths > 100):.0%} of the wires are longer than 100")
# --8<-- [end:reuters_data]

# --8<-- [start:reuters_topics]
topic_counts = np.bincount(topics, minlength=len(topic_names))
by_size = np.argsort(topic_counts)[::-1]     # topics from the largest to the smallest
for topic in by_size[:5]:
    print(f"{topic_names[topic]:>8}: {topic_counts[topic]:>4} wires ({topic_counts[topic] / len(topics):.1%})")
print(f"smallest: {topic_counts.min()} wires; {np.sum(topic_counts < 50)} of the 46 topics have fewer than 50")
# --8<-- [end:reuters_topics]

# --8<-- [start:plot_reuters_topics]
plt.figure(figsize=(12, 4))
plt.bar(range(len(by_size)), topic_counts[by_size], log=True)   # log scale: a few topics hold most of the wires
plt.xticks(range(len(by_size)), [topic_names[t] for t in by_size], rotation=90)
plt.ylabel("training wires (log scale)")
plt.show()
# --8<-- [end:plot_reuters_topics]

# --8<-- [start:reuters_split]
# Validation from the training wires; stratify keeps every topic's share the same in both parts.
wire_train, wire_val, topic_train, topic_val = train_test_split(
    wires, topics, test_size=0.2, random_state=42, stratify=topics
)
train_wires = keras.utils.pad_sequences(wire_train, maxlen=100)
val_wires = keras.utils.pad_sequences(wire_val, maxlen=100)
test_wires_seq = keras.utils.pad_sequences(test_wires, maxlen=100)
print(train_wires.shape, val_wires.shape, test_wires_seq.shape)

majority = np.bincount(topic_train).argmax()          # the most common topic in the training part
print(f"always '{topic_names[majority]}': validation accuracy {np.mean(topic_val == majority):.4f}")
# --8<-- [end:reuters_split]

# --8<-- [start:reuters_train]
def topic_model(make_layers, x_train, jit_compile=True):
    """make_layers() then Dense(46, softmax); adam; compiled once and restarted for each seed."""
    model = keras.Sequential([keras.Input(shape=x_train.shape[1:], dtype=x_train.dtype.name), *make_layers(),
                              keras.layers.Dense(46, activation="softmax")])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"],
                  jit_compile=jit_compile)
    return model


def train_topics(model, x_train, x_val, seed):
    """Batch 100; stops when the validation loss has not improved for 5 epochs, keeps the epoch of the lowest."""
    restart(model, seed)
    checkpoint = keras.callbacks.ModelCheckpoint("best-topics.weights.h5", save_best_only=True, save_weights_only=True)
    early_stopping = keras.callbacks.EarlyStopping(patience=5)
    history = model.fit(x_train, topic_train, epochs=100, batch_size=100, validation_data=(x_val, topic_val),
                        callbacks=[checkpoint, early_stopping], verbose=0).history
    model.load_weights("best-topics.weights.h5")
    return history, int(np.argmin(history["val_loss"]))


def lstm_topics():
    return [keras.layers.Embedding(1000, 100), keras.layers.LSTM(100)]


def bag_of_words_topics():   # which of the 1000 words a wire contains: no order, no state
    return [keras.layers.Dense(64, activation="relu"), keras.layers.Dense(64, activation="relu")]


def multi_hot(wires):
    """One row per wire, 1 at the index of every word it contains (padding and order are gone)."""
    vectors = np.zeros((len(wires), 1000), dtype="float32")
    for row, wire in enumerate(wires):
        vectors[row, wire] = 1
    return vectors


last_100 = lambda wires: [wire[-100:] for wire in wires]    # the tokens the LSTM reads (pad_sequences keeps the end)

topic_models = {   # the bag-of-words models train without XLA: it does not speed up Dense layers here
    "LSTM, 100 tokens": (lstm_topics, train_wires, val_wires, test_wires_seq),
    "bag of words, 100 tokens": (bag_of_words_topics, *(multi_hot(last_100(w)) for w in [wire_train, wire_val, test_wires])),
    "bag of words, whole wire": (bag_of_words_topics, *(multi_hot(w) for w in [wire_train, wire_val, test_wires])),
}
topic_runs = {name: [] for name in topic_models}
reuters_start = time.perf_counter()
for name, (make_layers, x_train, x_val, x_test) in topic_models.items():
    model = topic_model(make_layers, x_train, jit_compile=name.startswith("LSTM"))
    for seed in seeds:
        history, kept = train_topics(model, x_train, x_val, seed)
        topic_runs[name].append({"seed": seed, "kept_epoch": kept + 1, "epochs": len(history["loss"]),
                                 "val_accuracy": history["val_accuracy"][kept],
                                 "test_accuracy": model.evaluate(x_test, test_topics, verbose=0)[1]})
        if name.startswith("LSTM") and seed == seeds[0]:   # the first seed's predictions, for the confusion matrix
            val_predicted = model.predict(val_wires, verbose=0).argmax(axis=1)
        print(f"{name:>24}, seed {seed:>4}: epoch {kept + 1:>2} of {len(history['loss']):>2}, val {topic_runs[name][-1]['val_accuracy']:.4f}, "
              f"test {topic_runs[name][-1]['test_accuracy']:.4f}")
print(f"always '{topic_names[majority]}': test accuracy {np.mean(test_topics == majority):.4f}")
reuters_minutes = (time.perf_counter() - reuters_start) / 60
print(f"{reuters_minutes:.1f} minutes")
# --8<-- [end:reuters_train]

# --8<-- [start:reuters_confusion]
from sklearn.metrics import confusion_matrix

confusion = confusion_matrix(topic_val, val_predicted, labels=range(len(topic_names)))   # row: true, column: predicted
largest = by_size[:8]                        # the eight largest topics of the training wires
for topic in largest:
    row = confusion[topic]
    mistaken = max((t for t in range(len(topic_names)) if t != topic), key=lambda t: row[t])
    print(f"{topic_names[topic]:>8}: {row[topic]:>3} of {row.sum():>3} right ({row[topic] / row.sum():.0%}); "
          f"most often taken for {topic_names[mistaken]} ({row[mistaken]})")
rest = ~np.isin(topic_val, largest)
print(f"the other {len(topic_names) - len(largest)} topics: {np.mean(val_predicted[rest] == topic_val[rest]):.0%} right "
      f"of {rest.sum()} validation wires")
# --8<-- [end:reuters_confusion]

# --8<-- [start:plot_reuters_confusion]
# Rows: the true topic; columns: the predicted topic, the last column all the other topics together.
plt.figure(figsize=(6, 5))
shown = np.column_stack([confusion[np.ix_(largest, largest)],
                         confusion[largest].sum(axis=1) - confusion[np.ix_(largest, largest)].sum(axis=1)])
plt.imshow(shown / shown.sum(axis=1, keepdims=True), cmap="Blues", vmin=0, vmax=1)
names = [topic_names[t] for t in largest]
plt.xticks(range(len(names) + 1), names + ["other"], rotation=90)
plt.yticks(range(len(names)), names)
plt.xlabel("predicted topic")
plt.ylabel("true topic")
plt.colorbar(label="share of the row")
plt.show()
# --8<-- [end:plot_reuters_confusion]

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

# --8<-- [start:exercise_stacked_params]
# The second LSTM of 2xLSTM+dropout reads the first one's 8 states per timestep; Bidirectional holds two LSTMs.
embedding_params, lstm_16_in, dense_params = 500 * 16, 4 * (16 * 8 + 8 * 8 + 8), 8 + 1
lstm_8_in = 4 * (8 * 8 + 8 * 8 + 8)
stacked_params = build_model(recipes["2xLSTM+dropout"]).count_params()
bidirectional_params = build_model(recipes["BiLSTM"]).count_params()
assert stacked_params == embedding_params + lstm_16_in + lstm_8_in + dense_params
assert bidirectional_params == embedding_params + 2 * lstm_16_in + (2 * 8 + 1)
print("2xLSTM+dropout:", stacked_params, "=", embedding_params, "+", lstm_16_in, "+", lstm_8_in, "+", dense_params)
print("BiLSTM:", bidirectional_params, "=", embedding_params, "+ 2 x", lstm_16_in, "+", 2 * 8 + 1)
# --8<-- [end:exercise_stacked_params]

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
    embedded = embedding(full_reviews[:1000])     # the first 1,000 of those reviews: the tape stays small
    with tf.GradientTape() as tape:
        tape.watch(embedded)
        prob = dense(recurrent(embedded))
    norm = np.linalg.norm(tape.gradient(prob, embedded), axis=-1).mean(axis=0)
    untrained_ratios[layer_class.__name__] = norm / norm[-1]
print("   k" + "".join(f"{name:>11}" for name in untrained_ratios))
for k in [10, 50, 99]:
    print(f"{k:>4}" + "".join(f"{ratio[-1 - k]:>11.2e}" for ratio in untrained_ratios.values()))
# --8<-- [end:exercise_untrained]
