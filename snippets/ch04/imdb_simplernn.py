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
keras.utils.set_random_seed(42)
model_a = keras.Sequential([
    keras.Input(shape=(100,), dtype="int32"),
    keras.layers.CategoryEncoding(num_tokens=500, output_mode="one_hot"),   # one-hot, batch by batch
    keras.layers.SimpleRNN(8),
    keras.layers.Dense(1, activation="sigmoid"),
])
model_a.summary()
one_hot_a, rnn_a, dense_a = model_a.layers
assert rnn_a.count_params() == 500 * 8 + 8 * 8 + 8  # W_x + W_h + b

# The first layer turns a batch of integer sequences into what to_categorical gave above.
encoded = keras.ops.convert_to_numpy(one_hot_a(train_seq[:64]))
print(encoded.shape, encoded.dtype)
assert np.array_equal(encoded, sample_oh)
# --8<-- [end:model_a]

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

review_index = 124                                   # a validation review of 120 tokens
review = val_seq[review_index:review_index + 1]      # the last 100 of them, shape (1, 100)
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
print(states.shape, "label", val_target[review_index], f"predicted {review_prob:.3f}")
print(" ".join(review_words))
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
model_b = keras.Sequential([
    keras.Input(shape=(100,), dtype="int32"),
    keras.layers.Embedding(500, 16),
    keras.layers.SimpleRNN(8),
    keras.layers.Dense(1, activation="sigmoid"),
])
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
def train_embedding_model(seed):
    """Model B's layers and training, started from the random initialisation of another seed."""
    keras.utils.set_random_seed(seed)
    model = keras.Sequential([
        keras.Input(shape=(100,), dtype="int32"),
        keras.layers.Embedding(500, 16),
        keras.layers.SimpleRNN(8),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(
        optimizer=keras.optimizers.RMSprop(learning_rate=1e-4),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    early_stopping = keras.callbacks.EarlyStopping(patience=3, restore_best_weights=True)
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
model_c.compile(optimizer="rmsprop", loss="binary_crossentropy", metrics=["accuracy"])
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

# --8<-- [start:embedding_projection]
positive_words = ["great", "excellent", "wonderful", "best", "love", "perfect",
                  "brilliant", "amazing", "superb", "beautiful", "fun", "enjoyed"]
negative_words = ["worst", "awful", "terrible", "boring", "waste", "poor",
                  "bad", "horrible", "stupid", "worse", "dull", "mess"]
neutral_words = ["movie", "film", "actor", "story", "plot", "the"]
projection_words = positive_words + negative_words + neutral_words

embedding_matrix = model_c.layers[0].get_weights()[0]           # (10000, 32)
vectors = embedding_matrix[[word_index[word] + 3 for word in projection_words]]

# PCA with NumPy: centre the vectors, take the two leading right singular vectors.
centered = vectors - vectors.mean(axis=0)
_, singular_values, components = np.linalg.svd(centered, full_matrices=False)
coords = centered @ components[:2].T                              # (words, 2)
variance_share = singular_values**2 / np.sum(singular_values**2)
print(coords.shape, f"first two components: {variance_share[:2].sum():.1%} of the variance")

n_pos, n_neg = len(positive_words), len(negative_words)
pc1_positive = coords[:n_pos, 0].mean()
pc1_negative = coords[n_pos:n_pos + n_neg, 0].mean()
print(f"mean first coordinate: positive {pc1_positive:.3f}, negative {pc1_negative:.3f}")
# --8<-- [end:embedding_projection]

# --8<-- [start:plot_projection]
import matplotlib.pyplot as plt

colors = ["tab:blue"] * n_pos + ["tab:red"] * n_neg + ["tab:gray"] * len(neutral_words)
plt.figure(figsize=(8, 6))
plt.scatter(coords[:, 0], coords[:, 1], c=colors)
for word, (x, y) in zip(projection_words, coords):
    plt.annotate(word, (x, y), xytext=(4, 4), textcoords="offset points")
plt.xlabel("principal component 1")
plt.ylabel("principal component 2")
plt.show()
# --8<-- [end:plot_projection]

# --8<-- [start:evaluate]
test_loss_a, test_acc_a = model_a.evaluate(test_seq, test_target, verbose=0)   # one-hot per batch
test_loss_b, test_acc_b = model_b.evaluate(test_seq, test_target, verbose=0)
test_loss_c, test_acc_c = model_c.evaluate(test_seq_c, test_target_c, verbose=0)
for name, acc in [("A", test_acc_a), ("B", test_acc_b), ("C", test_acc_c)]:
    print(f"model {name}: test accuracy {acc:.4f}")
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
# --8<-- [end:exercise_neighbours]
