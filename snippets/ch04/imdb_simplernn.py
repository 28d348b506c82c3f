# Chapter 4: classifying IMDB reviews with a SimpleRNN.
# The page includes each named section below; run top to bottom it is the chapter's code.
# Training runs take a while on a CPU (see the record note at the end of the page).

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
test_seq = keras.utils.pad_sequences(test_input, maxlen=100)
print(train_seq.shape, val_seq.shape, test_seq.shape)
# --8<-- [end:data]

# --8<-- [start:one_hot]
# Given a NumPy array, to_categorical returns a NumPy array of float64 numbers.
sample_oh = keras.utils.to_categorical(train_seq[:64], num_classes=500)   # one batch of 64 reviews
print(sample_oh.shape, sample_oh.dtype, f"{sample_oh.nbytes / 1e6:.1f} MB")

# The last token of the first review is a 1 at its own index and 0 everywhere else.
token = train_seq[0, -1]
assert sample_oh[0, -1].argmax() == token
assert sample_oh[0, -1].sum() == 1

# The whole training set encoded the same way: computed (elements x bytes), not built.
one_hot_shape = train_seq.shape + (500,)
float64_gb = np.prod(one_hot_shape) * 8 / 1e9
float32_gb = np.prod(one_hot_shape) * 4 / 1e9
print(one_hot_shape, f"{float64_gb:.1f} GB as float64, {float32_gb:.1f} GB as float32")
# --8<-- [end:one_hot]

# --8<-- [start:model_a]
def one_hot_rnn():
    """Model A's layers: integer tokens, one-hot batch by batch, SimpleRNN(8), one sigmoid unit."""
    return keras.Sequential([
        keras.Input(shape=(100,), dtype="int32"),
        keras.layers.CategoryEncoding(num_tokens=500, output_mode="one_hot"),
        keras.layers.SimpleRNN(8),
        keras.layers.Dense(1, activation="sigmoid"),
    ])


keras.utils.set_random_seed(42)   # before the layers are created, or their initial weights are not seeded
model_a = one_hot_rnn()
model_a.summary()
one_hot_a, rnn_a, dense_a = model_a.layers
assert rnn_a.count_params() == 500 * 8 + 8 * 8 + 8  # W_x + W_h + b

# The first layer turns a batch of integer sequences into what to_categorical gave above.
encoded = keras.ops.convert_to_numpy(one_hot_a(train_seq[:64]))
print(encoded.shape, encoded.dtype)
assert np.array_equal(encoded, sample_oh)
# --8<-- [end:model_a]

# --8<-- [start:xla]
def embedding_rnn():
    """Model B's layers (the next section explains them): an Embedding instead of the one-hot layer."""
    return keras.Sequential([
        keras.Input(shape=(100,), dtype="int32"),
        keras.layers.Embedding(500, 16),
        keras.layers.SimpleRNN(8),
        keras.layers.Dense(1, activation="sigmoid"),
    ])


def time_epochs(make_model, jit_compile, epochs=4):
    """Seconds for the first epoch (which includes compiling), seconds per later epoch,
    and the validation accuracy of each epoch."""
    keras.utils.set_random_seed(42)
    model = make_model()
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=1e-4), loss="binary_crossentropy",
                  metrics=["accuracy"], jit_compile=jit_compile)
    ends = []
    timer = keras.callbacks.LambdaCallback(on_epoch_end=lambda epoch, logs: ends.append(time.perf_counter()))
    start = time.perf_counter()
    history = model.fit(train_seq, train_target, epochs=epochs, batch_size=64,
                        validation_data=(val_seq, val_target), callbacks=[timer], verbose=0)
    return ends[0] - start, (ends[-1] - ends[0]) / (epochs - 1), history.history["val_accuracy"]


xla_first, xla_seconds, xla_val_acc = {}, {}, {}
for name, make_model in [("one-hot (A)", one_hot_rnn), ("embedding (B)", embedding_rnn)]:
    for jit_compile in [False, True]:
        key = name, jit_compile
        xla_first[key], xla_seconds[key], xla_val_acc[key] = time_epochs(make_model, jit_compile)
        print(f"{name:>13}, jit_compile={jit_compile!s:<5}: first epoch {xla_first[key]:4.1f} s, "
              f"then {xla_seconds[key]:4.1f} s per epoch; "
              f"val accuracy by epoch {' '.join(f'{a:.4f}' for a in xla_val_acc[key])}")
# --8<-- [end:xla]

# --8<-- [start:train_a]
model_a.compile(
    optimizer=keras.optimizers.RMSprop(learning_rate=1e-4),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
callbacks_a = [
    keras.callbacks.ModelCheckpoint("best-simplernn.keras", save_best_only=True),
    keras.callbacks.EarlyStopping(patience=3, restore_best_weights=True),
]
start = time.perf_counter()
history_a = model_a.fit(
    train_seq, train_target, epochs=100, batch_size=64,
    validation_data=(val_seq, val_target), callbacks=callbacks_a, verbose=0,
)
epochs_a = len(history_a.history["loss"])
seconds_a = (time.perf_counter() - start) / epochs_a
best_epoch_a = int(np.argmin(history_a.history["val_loss"])) + 1
val_acc_a = history_a.history["val_accuracy"][best_epoch_a - 1]
print(f"{epochs_a} epochs, {seconds_a:.1f} s each; best epoch {best_epoch_a}: val accuracy {val_acc_a:.4f}")
# --8<-- [end:train_a]

# --8<-- [start:plot_curves_a]
import matplotlib.pyplot as plt


def plot_curves(history, title):
    """Loss and accuracy per epoch, training and validation, side by side."""
    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    epochs = range(1, len(history.history["loss"]) + 1)
    for ax, key in zip(axes, ["loss", "accuracy"]):
        ax.plot(epochs, history.history[key], label="training")
        ax.plot(epochs, history.history["val_" + key], "--", label="validation")
        ax.set_xlabel("epoch")
        ax.set_ylabel(key)
    axes[0].legend()
    fig.suptitle(title)
    plt.show()


plot_curves(history_a, "Model A")
# --8<-- [end:plot_curves_a]

# --8<-- [start:hidden_states]
# A copy of model A's trained SimpleRNN that returns the hidden state of every timestep.
every_state = keras.layers.SimpleRNN(8, return_sequences=True)
state_model = keras.Sequential([
    keras.Input(shape=(100,), dtype="int32"),
    keras.layers.CategoryEncoding(num_tokens=500, output_mode="one_hot"),
    every_state,
])
every_state.set_weights(rnn_a.get_weights())

# The first validation review that is positive, between 100 tokens (no padding) and `longest`
# (little cut off), and that model A classifies correctly.
longest = 130
val_prob_a = model_a.predict(val_seq, verbose=0)[:, 0]
review_index = next(i for i in range(len(val_input))
                    if val_target[i] == 1 and 100 <= len(val_input[i]) <= longest and val_prob_a[i] > 0.5)
review = val_seq[review_index:review_index + 1]      # its last 100 tokens, shape (1, 100)
states = state_model.predict(review, verbose=0)[0]   # (timesteps, units)

# The last of these states is exactly what model A's SimpleRNN hands to its Dense layer.
last_state = keras.Model(model_a.inputs, rnn_a.output).predict(review, verbose=0)[0]
assert np.allclose(states[-1], last_state, atol=1e-5)

# The Dense layer applied at every timestep: what the model would say if the review ended there.
kernel, bias = dense_a.get_weights()
running_prob = 1 / (1 + np.exp(-(states @ kernel + bias)[:, 0]))
review_prob = float(model_a.predict(review, verbose=0)[0, 0])
assert np.isclose(running_prob[-1], review_prob, atol=1e-5)

word_index = imdb.get_word_index()                   # word -> rank (1 = most frequent)
index_to_word = {rank + 3: word for word, rank in word_index.items()}
index_to_word.update({0: "<pad>", 1: "<start>", 2: "<oov>"})
review_words = [index_to_word[i] for i in review[0]]
print(review_index, states.shape, "label", val_target[review_index], f"predicted {review_prob:.3f}")
print(" ".join(review_words))

# How much each word moved P(positive). Before the first word the state is all zeros, so the
# Dense layer says sigmoid(bias): the first word's change is counted from there.
p_before = float(1 / (1 + np.exp(-bias[0])))
rises = np.diff(np.r_[p_before, running_prob])      # rises[i]: the change that word i made
order = np.argsort(rises)
largest_rises = [(review_words[i], float(rises[i])) for i in order[::-1][:3]]
largest_falls = [(review_words[i], float(rises[i])) for i in order[:3]]
print(f"before the first word: {p_before:.3f}")
print("largest rises:", ", ".join(f"{word} {rise:+.3f}" for word, rise in largest_rises))
print("largest falls:", ", ".join(f"{word} {fall:+.3f}" for word, fall in largest_falls))
# --8<-- [end:hidden_states]

# --8<-- [start:plot_hidden_states]
import matplotlib.pyplot as plt

fig, (top, bottom) = plt.subplots(2, 1, figsize=(16, 6), sharex=True)
top.imshow(states.T, aspect="auto", cmap="RdBu_r", vmin=-1, vmax=1)   # units x timesteps
top.set_ylabel("unit")
bottom.plot(running_prob, marker="o")
bottom.set_ylabel("P(positive)")
bottom.set_xticks(range(len(review_words)), review_words, rotation=90, fontsize=7)
plt.show()
# --8<-- [end:plot_hidden_states]

# --8<-- [start:model_b]
keras.utils.set_random_seed(42)
model_b = embedding_rnn()   # Embedding(500, 16) + SimpleRNN(8) + Dense(1), defined with the XLA timing
model_b.summary()
embedding_b, rnn_b, dense_b = model_b.layers
assert embedding_b.count_params() == 500 * 16
assert rnn_b.count_params() == 16 * 8 + 8 * 8 + 8
# --8<-- [end:model_b]

# --8<-- [start:train_b]
model_b.compile(
    optimizer=keras.optimizers.RMSprop(learning_rate=1e-4),
    loss="binary_crossentropy",
    metrics=["accuracy"],
    jit_compile=True,   # XLA: faster for this model on a CPU (measured above)
)
callbacks_b = [
    keras.callbacks.ModelCheckpoint("best-embedding.keras", save_best_only=True),
    keras.callbacks.EarlyStopping(patience=3, restore_best_weights=True),
]
start = time.perf_counter()
history_b = model_b.fit(
    train_seq, train_target, epochs=100, batch_size=64,
    validation_data=(val_seq, val_target), callbacks=callbacks_b, verbose=0,
)
epochs_b = len(history_b.history["loss"])
seconds_b = (time.perf_counter() - start) / epochs_b
best_epoch_b = int(np.argmin(history_b.history["val_loss"])) + 1
val_acc_b = history_b.history["val_accuracy"][best_epoch_b - 1]
print(f"{epochs_b} epochs, {seconds_b:.1f} s each; best epoch {best_epoch_b}: val accuracy {val_acc_b:.4f}")
# --8<-- [end:train_b]

# --8<-- [start:plot_curves_b]
plot_curves(history_b, "Model B")
# --8<-- [end:plot_curves_b]

# --8<-- [start:seeds]
def train_embedding_model(seed, learning_rate=1e-4, patience=3):
    """Model B's layers and training, from the random initialisation and shuffling of `seed`."""
    keras.utils.set_random_seed(seed)
    model = embedding_rnn()
    model.compile(
        optimizer=keras.optimizers.RMSprop(learning_rate=learning_rate),
        loss="binary_crossentropy",
        metrics=["accuracy"],
        jit_compile=True,
    )
    early_stopping = keras.callbacks.EarlyStopping(patience=patience, restore_best_weights=True)
    history = model.fit(
        train_seq, train_target, epochs=100, batch_size=64,
        validation_data=(val_seq, val_target), callbacks=[early_stopping], verbose=0,
    )
    return history.history


seed_histories = {42: history_b.history}
for seed in [1, 2, 3]:
    seed_histories[seed] = train_embedding_model(seed)

seed_epochs, seed_val_acc = {}, {}
for seed, history in seed_histories.items():
    best = int(np.argmin(history["val_loss"]))
    seed_epochs[seed] = len(history["loss"])
    seed_val_acc[seed] = history["val_accuracy"][best]
    print(f"seed {seed:>2}: {seed_epochs[seed]:>3} epochs, best epoch {best + 1:>3}, "
          f"val accuracy {seed_val_acc[seed]:.4f}")
# --8<-- [end:seeds]

# --8<-- [start:plot_seeds]
import matplotlib.pyplot as plt

fig, axes = plt.subplots(1, 2, figsize=(10, 4))
for seed, history in seed_histories.items():
    for ax, key in zip(axes, ["val_loss", "val_accuracy"]):
        ax.plot(range(1, len(history[key]) + 1), history[key], label=f"seed {seed}")
        ax.set_xlabel("epoch")
        ax.set_ylabel(key)
axes[1].legend()
plt.show()
# --8<-- [end:plot_seeds]

# --8<-- [start:model_b_variants]
# Model B again (seed 42), changing one setting at a time; one run each, judged on validation.
variant_histories = {
    "patience=10": train_embedding_model(42, patience=10),
    "learning_rate=1e-3": train_embedding_model(42, learning_rate=1e-3),
}
variant_epochs, variant_best_epoch, variant_val_acc = {}, {}, {}
for name, history in variant_histories.items():
    best = int(np.argmin(history["val_loss"]))
    variant_epochs[name], variant_best_epoch[name] = len(history["loss"]), best + 1
    variant_val_acc[name] = history["val_accuracy"][best]
    print(f"{name:>18}: {variant_epochs[name]:>3} epochs, best epoch {best + 1:>3}, "
          f"val accuracy {variant_val_acc[name]:.4f}")
# --8<-- [end:model_b_variants]

# --8<-- [start:data_c]
(train_input_c, train_target_c), (test_input_c, test_target_c) = imdb.load_data(num_words=10000)
train_seq_c = keras.utils.pad_sequences(train_input_c, maxlen=500)
test_seq_c = keras.utils.pad_sequences(test_input_c, maxlen=500)
print(train_seq_c.shape, test_seq_c.shape)
# --8<-- [end:data_c]

# --8<-- [start:model_c]
keras.utils.set_random_seed(42)
model_c = keras.Sequential([
    keras.Input(shape=(500,), dtype="int32"),
    keras.layers.Embedding(10000, 32),
    keras.layers.SimpleRNN(32),
    keras.layers.Dense(1, activation="sigmoid"),
])
model_c.compile(optimizer="rmsprop", loss="binary_crossentropy", metrics=["accuracy"], jit_compile=True)
checkpoint_c = keras.callbacks.ModelCheckpoint("best-simplernn-c.keras", save_best_only=True)
start = time.perf_counter()
history_c = model_c.fit(
    train_seq_c, train_target_c, epochs=10, batch_size=128,
    validation_split=0.2, callbacks=[checkpoint_c], verbose=0,
)
epochs_c = len(history_c.history["loss"])
seconds_c = (time.perf_counter() - start) / epochs_c
best_epoch_c = int(np.argmin(history_c.history["val_loss"])) + 1
val_acc_c = history_c.history["val_accuracy"][best_epoch_c - 1]
last_val_acc_c = history_c.history["val_accuracy"][-1]
last_train_acc_c = history_c.history["accuracy"][-1]
print(f"{epochs_c} epochs, {seconds_c:.1f} s each; best epoch {best_epoch_c}: val accuracy {val_acc_c:.4f}")
print(f"last epoch: train accuracy {last_train_acc_c:.4f}, val accuracy {last_val_acc_c:.4f}")

model_c = keras.models.load_model("best-simplernn-c.keras")   # the weights of the best epoch
# --8<-- [end:model_c]

# --8<-- [start:plot_curves_c]
plot_curves(history_c, "Model C")
# --8<-- [end:plot_curves_c]

# --8<-- [start:gradients]
import tensorflow as tf   # the backend: its GradientTape differentiates through the unrolled loop

# Reviews of model C's validation part (the last 20%) long enough to fill all 500 timesteps.
long_reviews = np.array([train_seq_c[i] for i in range(20000, 25000) if len(train_input_c[i]) >= 500])
embedding_c, rnn_c, dense_c = model_c.layers
embedded = embedding_c(long_reviews[:200])              # (reviews, 500, 32)
with tf.GradientTape() as tape:
    tape.watch(embedded)
    prob = dense_c(rnn_c(embedded))
grads = tape.gradient(prob, embedded)                   # d output / d input vector, at every timestep
grad_norm = np.linalg.norm(grads, axis=-1).mean(axis=0) # average over the reviews: (500,)
steps_back = [0, 5, 10, 20, 50, 100, 499]
relative = grad_norm[::-1] / grad_norm[-1]             # relative[k]: k steps before the end
for k in steps_back:
    print(f"{k:>3} steps before the end: {relative[k]:.2e} of the last step's gradient")
# A straight line through log(relative) gives the factor of one step back; note also the lowest point.
step_factor = float(np.exp(np.polyfit(np.arange(500), np.log(relative), 1)[0]))
print(f"each step back multiplies it by {step_factor:.3f} on average; "
      f"lowest {relative.min():.2e}, {int(np.argmin(relative))} steps before the end")
# --8<-- [end:gradients]

# --8<-- [start:plot_gradients]
import matplotlib.pyplot as plt

plt.semilogy(grad_norm[::-1] / grad_norm[-1])           # x = k: k steps before the last one
plt.xlabel("timesteps before the end of the review")
plt.ylabel("gradient norm (last timestep = 1, log scale)")
plt.show()
# --8<-- [end:plot_gradients]

# --8<-- [start:embedding_projection]
# The 300 most frequent words, chosen by frequency alone, not by meaning (rank 1 is index 4).
frequent = np.arange(4, 304)
projection_words = [index_to_word[i] for i in frequent]
embedding_matrix = model_c.layers[0].get_weights()[0]           # (10000, 32)
vectors = embedding_matrix[frequent]

# Each word's own label, from the model: P(positive) for a review made of <start> and that word.
one_word_reviews = keras.utils.pad_sequences([[1, i] for i in frequent], maxlen=500)
word_prob = model_c.predict(one_word_reviews, verbose=0)[:, 0]

# PCA with NumPy: centre the vectors, take the two leading right singular vectors.
centered = vectors - vectors.mean(axis=0)
_, singular_values, components = np.linalg.svd(centered, full_matrices=False)
coords = centered @ components[:2].T                              # (words, 2)
variance_share = singular_values**2 / np.sum(singular_values**2)
pc1_correlation = np.corrcoef(coords[:, 0], word_prob)[0, 1]
print(coords.shape, f"variance: PC1 {variance_share[0]:.1%}, PC2 {variance_share[1]:.1%}")
print(f"correlation of PC1 with the one-word P(positive): {pc1_correlation:+.2f}")

# A label that does not come from the model: how much more often each word occurs in positive
# than in negative reviews of model C's training part (log-odds, counts plus one).
contains = np.zeros((20000, len(frequent)), dtype=bool)
for r, tokens in enumerate(train_seq_c[:20000]):
    contains[r] = np.isin(frequent, tokens)
positive = train_target_c[:20000] == 1
log_odds = np.log((contains[positive].sum(axis=0) + 1) / (contains[~positive].sum(axis=0) + 1))
pc1_log_odds = np.corrcoef(coords[:, 0], log_odds)[0, 1]
print(f"correlation of PC1 with the words' log-odds in the training reviews: {pc1_log_odds:+.2f}")
# --8<-- [end:embedding_projection]

# --8<-- [start:plot_projection]
import matplotlib.pyplot as plt

plt.figure(figsize=(8, 8))
plt.scatter(coords[:, 0], coords[:, 1], c=word_prob, cmap="viridis")   # colours span the range of word_prob
plt.colorbar(label="P(positive) of the one-word review")
extremes = np.argsort(word_prob)[[*range(7), *range(-7, 0)]]     # the 7 lowest and the 7 highest
for i in extremes:
    plt.annotate(projection_words[i], coords[i], xytext=(4, 4), textcoords="offset points")
plt.gca().set_aspect("equal")                                     # one scale on both axes
plt.xlabel("principal component 1")
plt.ylabel("principal component 2")
plt.show()
# --8<-- [end:plot_projection]

# --8<-- [start:bag_of_words]
def train_bag_of_words(num_tokens, x, y, **validation):
    """Which words a review contains (multi-hot) into one sigmoid unit: no word order, no state."""
    keras.utils.set_random_seed(42)
    model = keras.Sequential([
        keras.Input(shape=(x.shape[1],), dtype="int32"),
        keras.layers.CategoryEncoding(num_tokens=num_tokens, output_mode="multi_hot"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="rmsprop", loss="binary_crossentropy", metrics=["accuracy"])
    early_stopping = keras.callbacks.EarlyStopping(patience=3, restore_best_weights=True)
    start = time.perf_counter()
    history = model.fit(x, y, epochs=100, batch_size=64, callbacks=[early_stopping], verbose=0, **validation)
    epochs = len(history.history["loss"])
    seconds = (time.perf_counter() - start) / epochs
    best = int(np.argmin(history.history["val_loss"]))
    print(f"{model.count_params()} parameters, {epochs} epochs, {seconds:.1f} s each; "
          f"best epoch {best + 1}: val accuracy {history.history['val_accuracy'][best]:.4f}")
    return model, history.history, seconds


# On model A and B's data (500 words, last 100 tokens) and on model C's (10,000 words, 500 tokens),
# each validated as those models were.
bag_model, bag_history, bag_seconds = train_bag_of_words(500, train_seq, train_target, validation_data=(val_seq, val_target))
bag_model_c, bag_history_c, bag_seconds_c = train_bag_of_words(10000, train_seq_c, train_target_c, validation_split=0.2)
bag_val_acc = bag_history["val_accuracy"][int(np.argmin(bag_history["val_loss"]))]
bag_val_acc_c = bag_history_c["val_accuracy"][int(np.argmin(bag_history_c["val_loss"]))]
# --8<-- [end:bag_of_words]

# --8<-- [start:evaluate]
test_loss_a, test_acc_a = model_a.evaluate(test_seq, test_target, verbose=0)   # one-hot per batch
test_loss_b, test_acc_b = model_b.evaluate(test_seq, test_target, verbose=0)
test_loss_c, test_acc_c = model_c.evaluate(test_seq_c, test_target_c, verbose=0)
_, test_acc_bag = bag_model.evaluate(test_seq, test_target, verbose=0)
_, test_acc_bag_c = bag_model_c.evaluate(test_seq_c, test_target_c, verbose=0)
for name, acc in [("A", test_acc_a), ("B", test_acc_b), ("C", test_acc_c),
                  ("bag of words (500, 100)", test_acc_bag), ("bag of words (10000, 500)", test_acc_bag_c)]:
    print(f"model {name}: test accuracy {acc:.1%}")
# --8<-- [end:evaluate]

# --8<-- [start:exercise_params]
rnn_a_params = rnn_a.count_params()
model_b_params = model_b.count_params()
print(rnn_a_params, model_b_params)
assert rnn_a_params == 500 * 8 + 8 * 8 + 8
# --8<-- [end:exercise_params]

# --8<-- [start:exercise_post_padding]
val_seq_post = keras.utils.pad_sequences(val_input, maxlen=100, padding="post", truncating="post")
_, post_acc = model_a.evaluate(val_seq_post, val_target, verbose=0)
print(f"pre padding (as trained) {val_acc_a:.4f}, post padding {post_acc:.4f}")
# --8<-- [end:exercise_post_padding]

# --8<-- [start:exercise_own_reviews]
def encode(text, num_words=10000, maxlen=500):
    """A review as model_c's input: <start>, then each word's index (2 if out of the vocabulary)."""
    indices = [1]
    for word in text.lower().split():
        rank = word_index.get(word)
        indices.append(rank + 3 if rank is not None and rank + 3 < num_words else 2)
    return keras.utils.pad_sequences([indices], maxlen=maxlen)
# Two short reviews written for this exercise, one positive and one negative.
my_reviews = [
    "this movie was wonderful i loved every minute of it and the acting was superb",
    "a boring waste of time the plot was stupid and the acting was terrible",
]
my_probs = [float(model_c.predict(encode(text), verbose=0)[0, 0]) for text in my_reviews]
for text, prob in zip(my_reviews, my_probs):
    print(f"{prob:.3f}  {text}")
# --8<-- [end:exercise_own_reviews]

# --8<-- [start:exercise_neighbours]
def neighbours(word, k=5, among=2000):
    """The k words, of the `among` most frequent, whose embedding vectors point most nearly like word's."""
    vectors = embedding_matrix[4:among + 4]                         # index 4 is rank 1 ("the")
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    target = embedding_matrix[word_index[word] + 3]
    similarity = unit @ (target / np.linalg.norm(target))
    nearest = [i + 4 for i in np.argsort(-similarity) if i + 4 != word_index[word] + 3]
    return [index_to_word[i] for i in nearest[:k]]
# The neighbours of one positive and one negative word.
for word in ["great", "worst"]:
    print(word, "->", ", ".join(neighbours(word)))


def cosine(a, b):
    """Cosine similarity of two words' vectors: 1 = same direction, -1 = opposite."""
    u, v = embedding_matrix[word_index[a] + 3], embedding_matrix[word_index[b] + 3]
    return float(u @ v / (np.linalg.norm(u) * np.linalg.norm(v)))


pair_cosines = {(a, b): cosine(a, b) for a, b in [("good", "bad"), ("great", "worst"), ("great", "good")]}
for (a, b), value in pair_cosines.items():
    print(f"cosine({a}, {b}) = {value:+.2f}")
# --8<-- [end:exercise_neighbours]
