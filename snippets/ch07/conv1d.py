# Chapter 7: sequences with 1D convolution. The page includes each named section below; run top to
# bottom (after chapter 6's sections that the page includes for the weather) it is the chapter's code.

# --8<-- [start:shapes]
import time

import keras
import numpy as np

keras.utils.set_random_seed(2)
x = np.random.normal(size=(4, 20, 3)).astype("float32")      # 4 samples, 20 timesteps, 3 features
first_layer = keras.layers.Conv1D(filters=5, kernel_size=3)
y = first_layer(x)
kernel, bias = (keras.ops.convert_to_numpy(w) for w in first_layer.weights)
print("input", x.shape, "-> output", tuple(y.shape))
print("kernel", kernel.shape, "bias", bias.shape, "parameters", first_layer.count_params())
# --8<-- [end:shapes]

# --8<-- [start:numpy_conv1d]
def conv1d(x, kernel, bias, dilation_rate=1, padding="valid"):
    """Conv1D by sliding a window over time, as keras.layers.Conv1D computes it (no activation).

    x: (samples, timesteps, features); kernel: (kernel_size, features, filters); bias: (filters,).
    """
    kernel_size = kernel.shape[0]
    span = (kernel_size - 1) * dilation_rate          # timesteps one window covers, minus one
    if padding == "causal":                            # pad the past only: output t sees inputs <= t
        x = np.pad(x, ((0, 0), (span, 0), (0, 0)))
    steps = x.shape[1] - span
    out = np.empty((x.shape[0], steps, kernel.shape[2]))
    for t in range(steps):
        window = x[:, t:t + span + 1:dilation_rate, :]     # (samples, kernel_size, features)
        out[:, t, :] = np.einsum("skf,kfo->so", window, kernel) + bias
    return out


differences = []
for dilation_rate, padding in [(1, "valid"), (2, "valid"), (2, "causal"), (4, "causal")]:
    layer = keras.layers.Conv1D(5, 3, dilation_rate=dilation_rate, padding=padding)
    by_keras = keras.ops.convert_to_numpy(layer(x))
    kernel, bias = (keras.ops.convert_to_numpy(w) for w in layer.weights)
    by_numpy = conv1d(x, kernel, bias, dilation_rate, padding)
    differences.append(np.abs(by_keras - by_numpy).max())
    print(f"dilation {dilation_rate}, {padding:>6}: output {by_keras.shape}, largest difference {differences[-1]:.1e}")
    assert np.allclose(by_keras, by_numpy, atol=1e-5)
# --8<-- [end:numpy_conv1d]

# --8<-- [start:translation]
# The same pattern early and late in a sequence: the filter's response moves with it, unchanged,
# and a global max over time does not see where the pattern was.
pattern = np.array([1.0, -1.0, 2.0], dtype="float32")
early = np.zeros((1, 20, 1), dtype="float32")
late = np.zeros((1, 20, 1), dtype="float32")
early[0, 3:6, 0] = pattern
late[0, 12:15, 0] = pattern
detector = keras.layers.Conv1D(1, 3, kernel_initializer=keras.initializers.Constant(pattern.reshape(3, 1, 1)))
response_early = keras.ops.convert_to_numpy(detector(early))[0, :, 0]
response_late = keras.ops.convert_to_numpy(detector(late))[0, :, 0]
print("early:", response_early.round(1))
print("late: ", response_late.round(1))
print("strongest at", response_early.argmax(), "and", response_late.argmax(), "; global max",
      response_early.max(), response_late.max())
assert np.allclose(response_early[:-9], response_late[9:]) and response_early.max() == response_late.max()
# --8<-- [end:translation]

# --8<-- [start:pooling]
sequence = np.array([[[1.0], [3.0], [2.0], [0.0], [5.0], [4.0]]], dtype="float32")   # (1, 6, 1)
for pool in [keras.layers.MaxPooling1D(2), keras.layers.GlobalMaxPooling1D(),
             keras.layers.GlobalAveragePooling1D()]:
    pooled = keras.ops.convert_to_numpy(pool(sequence))
    print(f"{pool.__class__.__name__:>22}: shape {pooled.shape}, values {pooled.ravel()}")
# --8<-- [end:pooling]

# --8<-- [start:receptive_field]
def receptive_field(kernel_size, dilation_rates):
    """Timesteps one output of a stack of causal Conv1D layers can see."""
    return 1 + sum((kernel_size - 1) * rate for rate in dilation_rates)


# Check the formula with a gradient: which input timesteps move the last output?
import tensorflow as tf

rates = [1, 2, 4, 8]
stack = keras.Sequential([keras.Input((64, 1))] + [
    keras.layers.Conv1D(1, 2, dilation_rate=rate, padding="causal", kernel_initializer="ones") for rate in rates])
inputs = tf.Variable(np.zeros((1, 64, 1), dtype="float32"))
with tf.GradientTape() as tape:
    last = stack(inputs)[0, -1, 0]
seen = np.flatnonzero(tape.gradient(last, inputs).numpy()[0, :, 0])
print(f"kernel 2, dilations {rates}: formula {receptive_field(2, rates)}, "
      f"gradient reaches {len(seen)} timesteps ({seen[0]} to {seen[-1]})")
assert len(seen) == receptive_field(2, rates)
print("the same four layers without dilation see", receptive_field(2, [1, 1, 1, 1]), "timesteps")
# --8<-- [end:receptive_field]

# --8<-- [start:imdb_long]
from keras.datasets import imdb
from sklearn.model_selection import train_test_split

(train_input, train_target), (test_input, test_target) = imdb.load_data(num_words=5000)
train_input, val_input, train_target, val_target = train_test_split(
    train_input, train_target, test_size=0.2, random_state=42)
long = {name: keras.utils.pad_sequences(reviews, maxlen=500)
        for name, reviews in [("train", train_input), ("val", val_input), ("test", test_input)]}
print({name: seq.shape for name, seq in long.items()})
print(f"training reviews longer than 500 words (cut): {np.mean([len(r) > 500 for r in train_input]):.1%}")
# --8<-- [end:imdb_long]

# --8<-- [start:classifier]
def build_classifier(vocabulary, embedding_dim, middle, seed, jit_compile, dropout=0.0, optimizer="rmsprop"):
    """Embedding, optional Dropout, the layers that middle() returns, one sigmoid unit; compiled.
    The optimizer's name gives Keras' default learning rate, 0.001, for both "rmsprop" and "adam"."""
    keras.utils.set_random_seed(seed)          # before any layer is created
    model = keras.Sequential([
        keras.Input(shape=(None,), dtype="int32"),
        keras.layers.Embedding(vocabulary, embedding_dim),
        *([keras.layers.Dropout(dropout)] if dropout else []),
        *middle(),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=optimizer, loss="binary_crossentropy",
                  metrics=["accuracy"], jit_compile=jit_compile)
    return model


class EpochTimer(keras.callbacks.Callback):
    """Seconds of each epoch (training and validation)."""
    def on_epoch_begin(self, epoch, logs=None):
        self.start = time.perf_counter()

    def on_epoch_end(self, epoch, logs=None):
        self.seconds.append(time.perf_counter() - self.start)

    def on_train_begin(self, logs=None):
        self.seconds = []


def train_classifier(model, data, patience, max_epochs):
    """Stop when the validation loss has not improved for `patience` epochs; keep the best epoch's
    weights; evaluate on the test set once."""
    timer = EpochTimer()
    early_stopping = keras.callbacks.EarlyStopping(patience=patience, restore_best_weights=True)
    history = model.fit(data["train"], train_target, epochs=max_epochs, batch_size=64,
                        validation_data=(data["val"], val_target), callbacks=[timer, early_stopping],
                        verbose=0).history
    best = int(np.argmin(history["val_loss"]))
    return {
        "epochs": len(history["loss"]), "best_epoch": best + 1,
        "seconds_per_epoch": float(np.median(timer.seconds)),
        "val_accuracy": history["val_accuracy"][best],
        "test_accuracy": model.evaluate(data["test"], test_target, verbose=0)[1],
    }
# --8<-- [end:classifier]

# --8<-- [start:long_recipes]
long_recipes = {
    # The recurrent layer alone reads all 500 steps, one after another.
    "LSTM": lambda: [keras.layers.LSTM(55)],
    "Conv1D": lambda: [keras.layers.Conv1D(64, 5, activation="relu"), keras.layers.MaxPooling1D(4),
                       keras.layers.Conv1D(64, 5, activation="relu"), keras.layers.GlobalMaxPooling1D()],
    # The convolution and pooling shorten 500 steps to 124 before the same LSTM.
    "Conv1D+LSTM": lambda: [keras.layers.Conv1D(64, 5, activation="relu"), keras.layers.MaxPooling1D(4),
                            keras.layers.LSTM(55)],
}
for name, middle in long_recipes.items():
    model = build_classifier(5000, 100, middle, seed=42, jit_compile=False, dropout=0.5)
    print(f"{name:>12}: " + " + ".join(f"{layer.__class__.__name__} {layer.count_params():,}" for layer in model.layers)
          + f" = {model.count_params():,} parameters")
# --8<-- [end:long_recipes]

# --8<-- [start:xla]
def seconds_per_epoch(model, inputs, targets):
    """Seconds for one training epoch (no validation), after an epoch that compiles."""
    model.fit(inputs, targets, batch_size=64, epochs=1, verbose=0)      # compiles
    start = time.perf_counter()
    model.fit(inputs, targets, batch_size=64, epochs=1, verbose=0)
    return time.perf_counter() - start


# Each model on 640 reviews of 500 words, XLA off and on in turn, twice.
def xla_pair(middle):
    return tuple(seconds_per_epoch(build_classifier(5000, 100, middle, seed=0, jit_compile=jit_compile, dropout=0.5),
                                   long["train"][:640], train_target[:640]) for jit_compile in (False, True))


xla_pairs = {name: [xla_pair(middle) for _ in range(2)] for name, middle in long_recipes.items()}
for name, pairs in xla_pairs.items():
    print(f"{name:>12}: " + ", ".join(f"{off:.1f} s without XLA, {on:.1f} s with" for off, on in pairs))
# --8<-- [end:xla]

# --8<-- [start:train_long]
seeds = [42, 7, 2024]
long_runs = {name: [] for name in long_recipes}
long_models = {}
for seed in seeds:          # seeds outside, models inside: a slow spell of the computer hits every model alike
    for name, middle in long_recipes.items():
        model = build_classifier(5000, 100, middle, seed=seed, jit_compile=False, dropout=0.5)
        run = train_classifier(model, long, patience=2, max_epochs=20)
        long_runs[name].append({"seed": seed, **run})
        long_models[name, seed] = model
        print(f"{name:>12}, seed {seed:>4}: epoch {run['best_epoch']} of {run['epochs']}, "
              f"val {run['val_accuracy']:.4f}, test {run['test_accuracy']:.4f}, {run['seconds_per_epoch']:.0f} s/epoch")
# --8<-- [end:train_long]

# --8<-- [start:long_table]
def spread(values, fmt="{:.3f}"):
    """Mean and range of a few runs: 0.880 (0.874-0.886)."""
    return f"{fmt.format(np.mean(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


for name, runs in long_runs.items():
    print(f"{name:>12}: val {spread([r['val_accuracy'] for r in runs])}, "
          f"test {spread([r['test_accuracy'] for r in runs])}")
published = {"Conv1D": ("keras.io, Text classification from scratch", 0.8642)}   # test accuracy it reports
# --8<-- [end:long_table]

# --8<-- [start:ngrams]
# Which 5-word spans do the first convolution's filters answer to? Take the Conv1D model with the best
# validation accuracy, find the filters whose removal costs the most validation accuracy, and list
# the validation-review spans that make each of them fire hardest.
word_index = imdb.get_word_index()                   # word -> rank (1 = most frequent)
index_to_word = {rank + 3: word for word, rank in word_index.items()}
index_to_word.update({0: "<pad>", 1: "<start>", 2: "<oov>"})

best_seed = max(long_runs["Conv1D"], key=lambda run: run["val_accuracy"])["seed"]
conv_model = long_models["Conv1D", best_seed]
first_conv = conv_model.layers[2]                    # Embedding, Dropout, then the first Conv1D
weights = first_conv.get_weights()
full_accuracy = conv_model.evaluate(long["val"], val_target, verbose=0)[1]
cost = []
for f in range(weights[0].shape[2]):                 # silence one filter at a time
    kernel, bias = weights[0].copy(), weights[1].copy()
    kernel[:, :, f], bias[f] = 0.0, 0.0
    first_conv.set_weights([kernel, bias])
    cost.append(full_accuracy - conv_model.evaluate(long["val"], val_target, verbose=0)[1])
first_conv.set_weights(weights)
important = np.argsort(cost)[::-1][:4]

probe = keras.Model(conv_model.inputs, first_conv.output)
activations = np.concatenate([                      # (reviews, 496 positions, the 4 filters), 500 reviews at a time
    probe.predict(long["val"][start:start + 500], verbose=0)[:, :, important]
    for start in range(0, len(long["val"]), 500)])
ngrams = {}
for column, f in enumerate(important):
    order = np.argsort(activations[:, :, column], axis=None)[::-1]
    spans = []
    for review, position in zip(*np.unravel_index(order, activations.shape[:2])):
        words = " ".join(index_to_word[i] for i in long["val"][review, position:position + 5])
        if "<pad>" not in words and words not in spans:
            spans.append(words)
        if len(spans) == 5:
            break
    ngrams[int(f)] = spans
    print(f"filter {f}: without it the validation accuracy changes by {-cost[f]:+.4f}")
    for words in spans:
        print("    " + words)
# --8<-- [end:ngrams]

# --8<-- [start:short_data]
# Chapter 5's setting: 500 most frequent words, reviews cut to their last 100 words.
# train_classifier() reads the labels train_target, val_target and test_target: check that they fit.
(train_short, labels_short), (test_short, labels_test) = imdb.load_data(num_words=500)
train_short, val_short, labels_train, labels_val = train_test_split(
    train_short, labels_short, test_size=0.2, random_state=42)
assert all((a == b).all() for a, b in [(labels_train, train_target), (labels_val, val_target),
                                       (labels_test, test_target)])       # the same reviews, split the same way
short = {name: keras.utils.pad_sequences(reviews, maxlen=100)
         for name, reviews in [("train", train_short), ("val", val_short), ("test", test_short)]}
print({name: seq.shape for name, seq in short.items()})
# --8<-- [end:short_data]

# --8<-- [start:short_table]
# Every model: Embedding(500, 16), the middle layers, Dense(1); chapter 5's optimizer (Adam, 0.001),
# batch (64) and stopping (patience 5). Each model trains in its faster setting on this CPU: the
# recurrent models with XLA as in chapter 5, the models with a convolution without it (see above).
short_recipes = {
    "SimpleRNN": (lambda: [keras.layers.SimpleRNN(8)], True),
    "LSTM": (lambda: [keras.layers.LSTM(8)], True),
    "GRU": (lambda: [keras.layers.GRU(8)], True),
    "Conv1D": (lambda: [keras.layers.Conv1D(16, 5, activation="relu"), keras.layers.MaxPooling1D(2),
                        keras.layers.Conv1D(16, 5, activation="relu"), keras.layers.GlobalMaxPooling1D()], False),
    "Conv1D+LSTM": (lambda: [keras.layers.Conv1D(16, 5, activation="relu"), keras.layers.MaxPooling1D(2),
                             keras.layers.LSTM(8)], False),
}
short_runs = {name: [] for name in short_recipes}
for name, (middle, jit_compile) in short_recipes.items():
    for seed in seeds:
        model = build_classifier(500, 16, middle, seed=seed, jit_compile=jit_compile, optimizer="adam")
        short_runs[name].append({"seed": seed, "parameters": model.count_params(),
                                 **train_classifier(model, short, patience=5, max_epochs=100)})

# The same speed once more in one setting for all: one epoch on the 20,000 training reviews without XLA.
no_xla_seconds = {name: seconds_per_epoch(build_classifier(500, 16, middle, seed=0, jit_compile=False), short["train"],
                                          train_target) for name, (middle, _) in short_recipes.items()}

print(f"{'model':>12} {'params':>6} {'XLA':>4} {'s/epoch':>7} {'no XLA':>6} {'best epochs':>11} "
      f"{'val accuracy':>20} {'test accuracy':>20}")
for name, runs in short_runs.items():
    column = lambda key: [run[key] for run in runs]
    print(f"{name:>12} {runs[0]['parameters']:>6} {'yes' if short_recipes[name][1] else 'no':>4} "
          f"{np.median(column('seconds_per_epoch')):>7.1f} {no_xla_seconds[name]:>6.1f} "
          f"{' '.join(str(e) for e in column('best_epoch')):>11} "
          f"{spread(column('val_accuracy')):>20} {spread(column('test_accuracy')):>20}")
# --8<-- [end:short_table]

# --8<-- [start:plot_short]
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(7, 4))
for name, runs in short_runs.items():
    ax.scatter([run["seconds_per_epoch"] for run in runs], [run["test_accuracy"] for run in runs], label=name)
ax.set_xscale("log")
ax.set_xlabel("seconds per epoch (log scale)")
ax.set_ylabel("test accuracy (one point per seed)")
ax.legend()
plt.show()
# --8<-- [end:plot_short]

# --8<-- [start:weather_conv_gru]
# Chapter 6's pipeline (the sections above) with a convolution in front of the GRU. The convolution
# and pooling shorten the window three times over, so the GRU can afford a month of hours.
conv_gru = lambda: [keras.layers.Conv1D(16, 6, activation="relu"), keras.layers.MaxPooling1D(3),
                    keras.layers.Conv1D(16, 6, activation="relu"), keras.layers.GRU(16)]
weather_runs = {}
for days in [10, 30]:
    hours = 24 * days
    windows = {name: make_windows(part, part[:, temp_column], hours, delay, shuffle=(name == "train"), seed=42)
               for name, part in parts.items()}
    # The baseline on these windows: a longer lookback leaves fewer targets in each split.
    base = {name: baseline_mae(windows[name], temp_column, temp_std) for name in ["val", "test"]}
    weather_runs[days] = {"baseline": base, "runs": []}
    for seed in seeds:
        model = build_forecaster(conv_gru, window_shape(windows["train"]), seed=seed)   # compiled as in chapter 6
        early_stopping = keras.callbacks.EarlyStopping(monitor="val_mae", patience=5, restore_best_weights=True)
        timer = EpochTimer()
        history = model.fit(windows["train"], epochs=50, validation_data=windows["val"],
                            callbacks=[early_stopping, timer], verbose=0).history
        weather_runs[days]["runs"].append({
            "seed": seed, "epochs": len(history["loss"]), "best_epoch": int(np.argmin(history["val_mae"])) + 1,
            "seconds_per_epoch": float(np.median(timer.seconds)),
            "val_mae": min(history["val_mae"]) * temp_std,
            "test_mae": model.evaluate(windows["test"], verbose=0)[1] * temp_std,
        })
    runs = weather_runs[days]["runs"]
    print(f"lookback {days} days ({hours} h): baseline val {base['val']:.2f} °C, test {base['test']:.2f} °C; "
          f"conv+GRU val {spread([r['val_mae'] for r in runs], '{:.2f}')}, "
          f"test {spread([r['test_mae'] for r in runs], '{:.2f}')}, "
          f"{np.median([r['seconds_per_epoch'] for r in runs]):.1f} s/epoch")
# --8<-- [end:weather_conv_gru]

# --8<-- [start:params_by_layer]
# The Conv1D+LSTM model, counted layer by layer.
conv_lstm_model = build_classifier(5000, 100, long_recipes["Conv1D+LSTM"], seed=42, jit_compile=False, dropout=0.5)
print([layer.count_params() for layer in conv_lstm_model.layers], conv_lstm_model.count_params())
embedding = 5000 * 100
conv = 5 * 100 * 64 + 64                             # kernel_size x input features x filters, plus a bias each
lstm = 4 * (55 * 64 + 55 * 55 + 55)                  # four gates: input and recurrent kernels, biases
dense = 55 + 1
assert embedding + conv + lstm + dense == conv_lstm_model.count_params()
print(embedding, conv, lstm, dense, embedding + conv + lstm + dense)
# --8<-- [end:params_by_layer]

# --8<-- [start:exercise_causal]
# Which inputs can output 10 of a causal Conv1D(kernel 3, dilation 2) see, and which can a "same" one see?
probe_input = tf.Variable(np.zeros((1, 20, 1), dtype="float32"))
for padding in ["causal", "same"]:
    layer = keras.layers.Conv1D(1, 3, dilation_rate=2, padding=padding, kernel_initializer="ones")
    with tf.GradientTape() as tape:
        out = layer(probe_input)[0, 10, 0]
    print(f"{padding:>6}: output 10 sees inputs {np.flatnonzero(tape.gradient(out, probe_input).numpy()[0, :, 0])}")
# --8<-- [end:exercise_causal]
