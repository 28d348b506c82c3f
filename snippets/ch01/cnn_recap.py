# Chapter 1: a convolutional network on MNIST, the hand-worked convolution, and a look inside.
# The page includes each named section below; run top to bottom it is the chapter's code.

# --8<-- [start:load]
import time

import keras
import numpy as np

(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
print("training:", x_train.shape, x_train.dtype, "test:", x_test.shape)
print("pixel values from", x_train.min(), "to", x_train.max())
print("labels:", y_train[:10])
print("images per digit:", np.bincount(y_train))
# --8<-- [end:load]

# --8<-- [start:plot_digits]
import matplotlib.pyplot as plt

fig, axes = plt.subplots(1, 10, figsize=(10, 1.6))
for ax, image, label in zip(axes, x_train, y_train):
    ax.imshow(image, cmap="gray_r")
    ax.set_title(str(label))
    ax.axis("off")
plt.show()
# --8<-- [end:plot_digits]

# --8<-- [start:prepare]
# The MLP reads a flat vector of 784 pixels; the CNN reads the 28x28 grid with one channel.
x_train_flat = x_train.reshape(-1, 28 * 28).astype("float32") / 255
x_test_flat = x_test.reshape(-1, 28 * 28).astype("float32") / 255
x_train_grid = x_train.reshape(-1, 28, 28, 1).astype("float32") / 255
x_test_grid = x_test.reshape(-1, 28, 28, 1).astype("float32") / 255
y_train_onehot = keras.utils.to_categorical(y_train, num_classes=10)
y_test_onehot = keras.utils.to_categorical(y_test, num_classes=10)
print(x_train_flat.shape, x_train_grid.shape, y_train_onehot.shape)
print("label", y_train[0], "->", y_train_onehot[0])
# --8<-- [end:prepare]

# --8<-- [start:models]
def build_mlp(seed):
    keras.utils.set_random_seed(seed)          # before any layer is created: same seed, same weights
    return keras.Sequential([
        keras.Input(shape=(784,)),
        keras.layers.Dense(512, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ], name="mlp")


def build_cnn(seed):
    keras.utils.set_random_seed(seed)
    return keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        keras.layers.Conv2D(32, (3, 3), activation="relu"),
        keras.layers.Conv2D(64, (3, 3), activation="relu"),
        keras.layers.MaxPooling2D((2, 2)),
        keras.layers.Dropout(0.25),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dropout(0.5),
        keras.layers.Dense(10, activation="softmax"),
    ], name="cnn")


build_cnn(42).summary()
print(f"MLP parameters: {build_mlp(42).count_params():,}")
# --8<-- [end:models]

# --8<-- [start:xla]
# On a machine with only a CPU, compile() leaves XLA off by default (jit_compile="auto").
# Time one epoch on the first 6,000 images with each setting, after an epoch that compiles, twice in turn.
xla_images = 6000


def seconds_per_epoch(jit_compile):
    model = build_cnn(0)
    model.compile(optimizer="adam", loss="categorical_crossentropy", jit_compile=jit_compile)
    subset = (x_train_grid[:xla_images], y_train_onehot[:xla_images])
    model.fit(*subset, batch_size=128, epochs=1, verbose=0)              # compiles
    start = time.perf_counter()
    model.fit(*subset, batch_size=128, epochs=1, verbose=0)
    return time.perf_counter() - start


xla_pairs = [(seconds_per_epoch(False), seconds_per_epoch(True)) for _ in range(2)]
for off, on in xla_pairs:
    print(f"without XLA {off:.1f} s, with XLA {on:.1f} s: XLA takes {on / off:.1f} times as long")
# --8<-- [end:xla]

# --8<-- [start:train]
def train(build, seed, x, y, x_test, y_test):
    """Hold out the last 10% of the training images for validation, keep the epoch with the lowest
    validation loss (checkpoint file), stop after 3 epochs without improvement, test once."""
    model = build(seed)
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    checkpoint_path = f"{model.name}-{seed}.keras"
    callbacks = [
        keras.callbacks.ModelCheckpoint(checkpoint_path, monitor="val_loss", save_best_only=True),
        keras.callbacks.EarlyStopping(monitor="val_loss", patience=3),
    ]
    start = time.perf_counter()
    history = model.fit(x, y, validation_split=0.1, epochs=20, batch_size=128,
                        callbacks=callbacks, verbose=0).history
    seconds = time.perf_counter() - start
    model = keras.models.load_model(checkpoint_path)         # the weights of the best epoch
    best = int(np.argmin(history["val_loss"]))
    test = model.evaluate(x_test, y_test, verbose=0)                 # once per model
    return model, {
        "seed": seed, "epochs": len(history["loss"]), "best_epoch": best + 1,
        "seconds_per_epoch": seconds / len(history["loss"]),
        "val_accuracy": history["val_accuracy"][best], "test_accuracy": test[1],
        "history": history,
    }


seeds = [42, 7, 2024]
runs, models = {"mlp": [], "cnn": []}, {}
for name, build, x, x_t in [("mlp", build_mlp, x_train_flat, x_test_flat),
                           ("cnn", build_cnn, x_train_grid, x_test_grid)]:
    for seed in seeds:
        model, run = train(build, seed, x, y_train_onehot, x_t, y_test_onehot)
        runs[name].append(run)
        models[name, seed] = model
        print(f"{name}, seed {seed:>4}: epoch {run['best_epoch']:>2} of {run['epochs']:>2}, "
              f"val {run['val_accuracy']:.4f}, test {run['test_accuracy']:.4f}, {run['seconds_per_epoch']:.1f} s/epoch")
# --8<-- [end:train]

# --8<-- [start:results]
published = {"cnn": {"keras-io": 0.9922}}   # keras.io, "Simple MNIST convnet"; no published MLP of this shape
summary = {}
for name, model_runs in runs.items():
    test = [run["test_accuracy"] for run in model_runs]
    summary[name] = {"mean": np.mean(test), "low": min(test), "high": max(test),
                     "errors": [round((1 - acc) * len(y_test)) for acc in test]}
    print(f"{name}: test accuracy {summary[name]['mean']:.4f} ({summary[name]['low']:.4f}-"
          f"{summary[name]['high']:.4f}), wrong test images {summary[name]['errors']}")
    for source, accuracy in published.get(name, {}).items():
        inside = summary[name]["low"] <= accuracy <= summary[name]["high"]
        print(f"    {source}: {accuracy:.4f} ({'inside' if inside else 'outside'} our seeds' range)")
# --8<-- [end:results]

# --8<-- [start:plot_curves]
fig, axes = plt.subplots(1, 2, figsize=(10, 3.5))   # each model on its own scale
for ax, name in zip(axes, runs):
    for run in runs[name]:
        epochs = range(1, run["epochs"] + 1)
        ax.plot(epochs, run["history"]["loss"], color="tab:blue", alpha=0.7)
        ax.plot(epochs, run["history"]["val_loss"], color="tab:orange")
    ax.set_title(name)
    ax.set_xlabel("epoch")
axes[0].set_ylabel("loss (blue: training, orange: validation)")
plt.show()
# --8<-- [end:plot_curves]

# --8<-- [start:hand_conv]
image = np.array([[1, 0, 1, 0],
                  [0, 1, 1, 0],
                  [0, 0, 1, 1],
                  [0, 0, 1, 0]], dtype="float32")
kernel = np.array([[1, 0],
                   [0, 1]], dtype="float32")
by_hand = np.zeros((3, 3), dtype="float32")
for i in range(3):
    for j in range(3):
        by_hand[i, j] = np.sum(image[i:i + 2, j:j + 2] * kernel)   # the kernel over one 2x2 patch

conv = keras.layers.Conv2D(1, (2, 2), use_bias=False)
conv.build((1, 4, 4, 1))
conv.set_weights([kernel.reshape(2, 2, 1, 1)])                   # (height, width, in, out)
by_keras = keras.ops.convert_to_numpy(conv(image.reshape(1, 4, 4, 1)))[0, :, :, 0]
assert np.array_equal(by_hand, by_keras)
print(by_hand)
# --8<-- [end:hand_conv]

# --8<-- [start:cross_correlation]
# The kernel above reads the same turned by 180°, so it cannot tell whether Keras flips the kernel.
# A lopsided kernel can: Keras' result is the sum with the kernel as written (cross-correlation).
lopsided = np.array([[1, 2],
                     [0, 0]], dtype="float32")
conv.set_weights([lopsided.reshape(2, 2, 1, 1)])
by_keras = keras.ops.convert_to_numpy(conv(image.reshape(1, 4, 4, 1)))[0, :, :, 0]
as_written = np.array([[np.sum(image[i:i + 2, j:j + 2] * lopsided) for j in range(3)] for i in range(3)])
flipped = np.array([[np.sum(image[i:i + 2, j:j + 2] * lopsided[::-1, ::-1]) for j in range(3)] for i in range(3)])
assert np.array_equal(by_keras, as_written) and not np.array_equal(by_keras, flipped)
print("Keras:\n", by_keras, "\nkernel flipped first:\n", flipped)
# --8<-- [end:cross_correlation]

# --8<-- [start:hand_pool]
feature_map = np.array([[1, 0, 1, 0],
                        [0, 4, 2, 0],
                        [0, 1, 6, 1],
                        [0, 0, 1, 0]], dtype="float32")
pooled_by_hand = feature_map.reshape(2, 2, 2, 2).max(axis=(1, 3))   # the largest of each 2x2 block
pool = keras.layers.MaxPooling2D((2, 2))
pooled_by_keras = keras.ops.convert_to_numpy(pool(feature_map.reshape(1, 4, 4, 1)))[0, :, :, 0]
assert np.array_equal(pooled_by_hand, pooled_by_keras)
print(pooled_by_hand)
# --8<-- [end:hand_pool]

# --8<-- [start:best_cnn]
# Look inside the CNN whose validation accuracy was highest (chosen on validation, never on test).
best_run = max(runs["cnn"], key=lambda run: run["val_accuracy"])
cnn = models["cnn", best_run["seed"]]
kernels, biases = cnn.layers[0].get_weights()
print("seed", best_run["seed"], "first layer:", kernels.shape, biases.shape)
# --8<-- [end:best_cnn]

# --8<-- [start:weights]
untrained = build_cnn(best_run["seed"])           # the same seed: the weights the training started from
before = untrained.layers[0].get_weights()[0]
print(f"untrained: mean {before.mean():+.4f}, std {before.std():.4f}")
print(f"trained:   mean {kernels.mean():+.4f}, std {kernels.std():.4f}")
# Glorot uniform draws from +-sqrt(6 / (fan_in + fan_out)); its standard deviation is sqrt(2 / (fan_in + fan_out)).
fan_in, fan_out = 3 * 3 * 1, 3 * 3 * 32
print(f"Glorot uniform std for this layer: {np.sqrt(2 / (fan_in + fan_out)):.4f}")
# --8<-- [end:weights]

# --8<-- [start:plot_weights]
fig, ax = plt.subplots(figsize=(6, 3))
bins = np.linspace(min(before.min(), kernels.min()), max(before.max(), kernels.max()), 40)
ax.hist(before.ravel(), bins=bins, alpha=0.6, label="untrained")
ax.hist(kernels.ravel(), bins=bins, alpha=0.6, label="trained")
ax.legend()
plt.show()
# --8<-- [end:plot_weights]

# --8<-- [start:plot_kernels]
fig, axes = plt.subplots(4, 8, figsize=(8, 4))
for k, ax in enumerate(axes.flat):
    ax.imshow(kernels[:, :, 0, k], cmap="coolwarm", vmin=-abs(kernels).max(), vmax=abs(kernels).max())
    ax.axis("off")
plt.show()
# --8<-- [end:plot_kernels]

# --8<-- [start:feature_maps]
# A functional-API model that shares the trained layers and stops at the two convolutions.
probe = keras.Model(inputs=cnn.inputs, outputs=[cnn.layers[0].output, cnn.layers[1].output])
digit = x_test_grid[:1]                                  # the first test image
maps_1, maps_2 = probe.predict(digit, verbose=0)
print("label", y_test[0], "first conv:", maps_1.shape, "second conv:", maps_2.shape)
print("maps that stay zero for this digit:", int((maps_1[0].max(axis=(0, 1)) == 0).sum()), "of 32,",
      int((maps_2[0].max(axis=(0, 1)) == 0).sum()), "of 64")
# --8<-- [end:feature_maps]

# --8<-- [start:plot_feature_maps]
for maps, rows in [(maps_1[0], 4), (maps_2[0], 8)]:
    fig, axes = plt.subplots(rows, 8, figsize=(8, rows))
    for k, ax in enumerate(axes.flat):
        ax.imshow(maps[:, :, k], cmap="viridis")
        ax.axis("off")
    plt.show()
# --8<-- [end:plot_feature_maps]

# --8<-- [start:mistakes]
predicted = cnn.predict(x_test_grid, verbose=0).argmax(axis=1)
wrong = np.flatnonzero(predicted != y_test)
print(f"{len(wrong)} of {len(y_test)} test images wrong")
print("true:     ", y_test[wrong[:12]])
print("predicted:", predicted[wrong[:12]])
# --8<-- [end:mistakes]

# --8<-- [start:plot_mistakes]
fig, axes = plt.subplots(1, 12, figsize=(12, 1.8))
for ax, index in zip(axes, wrong[:12]):
    ax.imshow(x_test[index], cmap="gray_r")
    ax.set_title(f"{y_test[index]}→{predicted[index]}")
    ax.axis("off")
plt.show()
# --8<-- [end:plot_mistakes]

# --8<-- [start:functional]
inputs = keras.Input(shape=(784,))
hidden = keras.layers.Dense(100, activation="sigmoid")(inputs)
outputs = keras.layers.Dense(10, activation="softmax")(hidden)
functional = keras.Model(inputs=inputs, outputs=outputs)
functional.summary()
# The same layers in a Sequential model: the same parameters.
sequential = keras.Sequential([keras.Input(shape=(784,)), keras.layers.Dense(100, activation="sigmoid"),
                               keras.layers.Dense(10, activation="softmax")])
print(functional.count_params(), sequential.count_params())
# --8<-- [end:functional]

# --8<-- [start:sharing]
# One 3x3 kernel slides over every position, so the layer's size does not depend on the image's;
# one set of recurrent weights is applied at every timestep, so it does not depend on the length.
for side in [28, 56]:
    conv = keras.Sequential([keras.Input(shape=(side, side, 1)), keras.layers.Conv2D(32, (3, 3))])
    dense = keras.Sequential([keras.Input(shape=(side * side,)), keras.layers.Dense(32)])
    print(f"{side}x{side} image: Conv2D(32, 3x3) {conv.count_params():,} parameters, Dense(32) {dense.count_params():,}")
for steps in [28, 56]:
    rnn = keras.Sequential([keras.Input(shape=(steps, 28)), keras.layers.SimpleRNN(32)])
    print(f"{steps} timesteps of 28 features: SimpleRNN(32) {rnn.count_params():,} parameters")
# --8<-- [end:sharing]

# --8<-- [start:exercise_rows]
# An image as a sequence: each of the 28 rows is one timestep of 28 pixel values.
keras.utils.set_random_seed(42)
row_reader = keras.Sequential([
    keras.Input(shape=(28, 28)),
    keras.layers.SimpleRNN(64),
    keras.layers.Dense(10, activation="softmax"),
])
row_reader.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
row_history = row_reader.fit(x_train.astype("float32") / 255, y_train_onehot, validation_split=0.1,
                             epochs=3, batch_size=128, verbose=0).history
print("validation accuracy by epoch:", [round(a, 4) for a in row_history["val_accuracy"]])
# --8<-- [end:exercise_rows]

# --8<-- [start:exercise_params]
conv_1 = 3 * 3 * 1 * 32 + 32
conv_2 = 3 * 3 * 32 * 64 + 64
flat = 12 * 12 * 64                                  # 28 -> 26 -> 24 by the two 3x3 kernels, 24 -> 12 by pooling
dense_1 = flat * 128 + 128
dense_2 = 128 * 10 + 10
print(conv_1, conv_2, flat, dense_1, dense_2, conv_1 + conv_2 + dense_1 + dense_2)
assert conv_1 + conv_2 + dense_1 + dense_2 == build_cnn(0).count_params()
# --8<-- [end:exercise_params]
