# From Keras 2 to Keras 3: old forms that older tutorials use, what they do now, and what replaces them.
# The page includes each named section below; run top to bottom it is the page's code.

# --8<-- [start:data]
import warnings

import keras
import numpy as np

texts = [
    "a great movie",
    "a boring movie",
    "the plot was fine",
    "great acting and a great story",
    "boring and far too long",
    "the movie was fine",
]
labels = np.array([2, 0, 1, 2, 0, 1])   # 0: negative, 1: neutral, 2: positive
# --8<-- [end:data]

# --8<-- [start:old_to_categorical]
try:
    from keras.utils.np_utils import to_categorical
except ImportError as error:
    print(f"{type(error).__name__}: {error}")

try:
    targets = keras.utils.np_utils.to_categorical(labels)
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")
# --8<-- [end:old_to_categorical]

# --8<-- [start:to_categorical]
targets = keras.utils.to_categorical(labels, num_classes=3)
print(targets.shape)
print(targets[:2])
# --8<-- [end:to_categorical]

# --8<-- [start:old_tokenizer]
try:
    from keras.preprocessing.text import Tokenizer
except ImportError as error:
    print(f"{type(error).__name__}: {error}")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    from tensorflow.keras.preprocessing.text import Tokenizer

    tokenizer = Tokenizer()
    tokenizer.fit_on_texts(texts)
    old_sequences = tokenizer.texts_to_sequences(texts)
print("warnings:", len(caught))
print(Tokenizer.__module__)
print(old_sequences[:2])
# --8<-- [end:old_tokenizer]

# --8<-- [start:text_vectorization]
vectorize = keras.layers.TextVectorization(max_tokens=20, output_sequence_length=6)
vectorize.adapt(texts)
print([str(token) for token in vectorize.get_vocabulary()[:6]])

x = keras.ops.convert_to_numpy(vectorize(texts))
print(x[:2])
# --8<-- [end:text_vectorization]

# --8<-- [start:padding_side]
vocabulary = vectorize.get_vocabulary()
at_end = keras.layers.TextVectorization(vocabulary=vocabulary, output_sequence_length=5)
print(keras.ops.convert_to_numpy(at_end(texts[2:5])))

as_lists = keras.layers.TextVectorization(vocabulary=vocabulary, ragged=True)
sequences = as_lists(texts[2:5]).to_list()
print(keras.utils.pad_sequences(sequences, maxlen=5))
# --8<-- [end:padding_side]

# --8<-- [start:old_input_shape]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_text_model = keras.Sequential([
        keras.layers.Embedding(20, 8, input_length=6),
        keras.layers.SimpleRNN(8),
        keras.layers.Dense(3, activation="softmax"),
    ])
    old_series_model = keras.Sequential([
        keras.layers.SimpleRNN(8, input_shape=(6, 1)),
        keras.layers.Dense(1),
    ])
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")

print(old_text_model.built, old_series_model.built)
# --8<-- [end:old_input_shape]

# --8<-- [start:input_shape]
keras.utils.set_random_seed(42)
model = keras.Sequential([
    keras.Input(shape=(6,), dtype="int64"),
    keras.layers.Embedding(20, 8),
    keras.layers.SimpleRNN(8),
    keras.layers.Dense(3, activation="softmax"),
])
series_model = keras.Sequential([
    keras.Input(shape=(6, 1)),
    keras.layers.SimpleRNN(8),
    keras.layers.Dense(1),
])
print(model.built, model.output_shape)
print(series_model.built, series_model.output_shape)
# --8<-- [end:input_shape]

# --8<-- [start:old_lr]
try:
    optimizer = keras.optimizers.RMSprop(lr=1e-3)
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
# --8<-- [end:old_lr]

# --8<-- [start:learning_rate]
optimizer = keras.optimizers.RMSprop(learning_rate=1e-3)
model.compile(optimizer=optimizer, loss="categorical_crossentropy", metrics=["accuracy"])
print(keras.ops.convert_to_numpy(model.optimizer.learning_rate))
# --8<-- [end:learning_rate]

# --8<-- [start:old_fit_generator]
import math


def batches(x, y, batch_size=3):
    """Yield (inputs, targets) batches forever, as fit_generator expected."""
    while True:
        for start in range(0, len(x), batch_size):
            yield x[start:start + batch_size], y[start:start + batch_size]


try:
    model.fit_generator(batches(x, targets), steps_per_epoch=2, epochs=1)
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")
# --8<-- [end:old_fit_generator]

# --8<-- [start:fit_generator]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    history = model.fit(batches(x, targets), steps_per_epoch=2, epochs=1, verbose=0)
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")

print(list(history.history), int(model.optimizer.iterations))
# --8<-- [end:fit_generator]

# --8<-- [start:old_sequence]
class OldBatches(keras.utils.Sequence):
    def __init__(self, x, y, batch_size):
        self.x, self.y, self.batch_size = x, y, batch_size

    def __len__(self):
        return math.ceil(len(self.x) / self.batch_size)

    def __getitem__(self, index):
        batch = slice(index * self.batch_size, (index + 1) * self.batch_size)
        return self.x[batch], self.y[batch]


print(keras.utils.Sequence is keras.utils.PyDataset)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.fit(OldBatches(x, targets, batch_size=3), epochs=1, verbose=0)
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
# --8<-- [end:old_sequence]

# --8<-- [start:py_dataset]
import tensorflow as tf


class ReviewBatches(keras.utils.PyDataset):
    def __init__(self, x, y, batch_size, **kwargs):
        super().__init__(**kwargs)
        self.x, self.y, self.batch_size = x, y, batch_size

    def __len__(self):
        return math.ceil(len(self.x) / self.batch_size)

    def __getitem__(self, index):
        batch = slice(index * self.batch_size, (index + 1) * self.batch_size)
        return self.x[batch], self.y[batch]


dataset = tf.data.Dataset.from_tensor_slices((x, targets)).shuffle(buffer_size=6).batch(3)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.fit(batches(x, targets), steps_per_epoch=2, epochs=1, shuffle=False, verbose=0)
    model.fit(ReviewBatches(x, targets, batch_size=3), epochs=1, verbose=0)
    model.fit(dataset, epochs=1, shuffle=False, verbose=0)
print("warnings:", len(caught))
print("training steps so far:", int(model.optimizer.iterations))
# --8<-- [end:py_dataset]

# --8<-- [start:old_predict_classes]
try:
    predicted = model.predict_classes(x)
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")
# --8<-- [end:old_predict_classes]

# --8<-- [start:predict]
probabilities = model.predict(x, verbose=0)
predicted = probabilities.argmax(axis=1)
print(probabilities.shape, predicted)
# --8<-- [end:predict]

# --8<-- [start:old_save]
try:
    model.save("review_model")
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
# --8<-- [end:old_save]

# --8<-- [start:save]
model.save("review_model.keras")
restored = keras.models.load_model("review_model.keras")
print(np.allclose(restored.predict(x, verbose=0), probabilities))
# --8<-- [end:save]

# --8<-- [start:export]
model.export("review_savedmodel", verbose=False)

try:
    keras.models.load_model("review_savedmodel")
except ValueError as error:
    print(f"{type(error).__name__}: {error}")

serving = keras.layers.TFSMLayer("review_savedmodel")
print(np.allclose(serving(x), probabilities))

tf_serving = keras.layers.TFSMLayer("review_savedmodel", call_endpoint="serving_default")
outputs = tf_serving(x)
print(list(outputs), np.allclose(outputs["output_0"], probabilities))
# --8<-- [end:export]

# --8<-- [start:old_checkpoint]
import logging
from logging.handlers import BufferingHandler

try:
    keras.callbacks.ModelCheckpoint("review.h5", save_weights_only=True)
except ValueError as error:
    print(f"{type(error).__name__}: {error}")

# Keras writes this warning to its log (the absl logger), not as a Python warning:
# a handler keeps the log records so that they can be printed.
keras_log = BufferingHandler(capacity=100)
logging.getLogger("absl").addHandler(keras_log)
model.fit(x, targets, epochs=2, verbose=0, callbacks=[keras.callbacks.ModelCheckpoint("review.h5")])
logging.getLogger("absl").removeHandler(keras_log)
for record in keras_log.buffer:
    print(f"{record.levelname}:{record.name}:{record.getMessage()}")
# --8<-- [end:old_checkpoint]

# --8<-- [start:checkpoint]
checkpoints = [
    keras.callbacks.ModelCheckpoint("review_checkpoint.keras"),
    keras.callbacks.ModelCheckpoint("review_checkpoint.weights.h5", save_weights_only=True),
]
model.fit(x, targets, epochs=2, verbose=0, callbacks=checkpoints)

restored = keras.models.load_model("review_checkpoint.keras")
twin = keras.models.clone_model(model)
twin.load_weights("review_checkpoint.weights.h5")
expected = model.predict(x, verbose=0)
print(np.allclose(restored.predict(x, verbose=0), expected), np.allclose(twin.predict(x, verbose=0), expected))
# --8<-- [end:checkpoint]

# --8<-- [start:old_recurrent]
try:
    keras.layers.LSTM(8, stateful=True, batch_input_shape=(2, 6, 1))
except ValueError as error:
    print(f"{type(error).__name__}: {error}")

for name in ["CuDNNLSTM", "CuDNNGRU"]:
    try:
        getattr(keras.layers, name)(8)
    except AttributeError as error:
        print(f"{type(error).__name__}: {error}")
# --8<-- [end:old_recurrent]

# --8<-- [start:stateful]
lstm = keras.layers.LSTM(8, stateful=True)
stateful_model = keras.Sequential([
    keras.Input(batch_shape=(2, 6, 1)),
    lstm,
    keras.layers.Dense(1),
])
series = np.linspace(0.0, 1.1, 12, dtype="float32").reshape(2, 6, 1)   # two series of 6 timesteps

first = stateful_model.predict(series, verbose=0)
second = stateful_model.predict(series, verbose=0)
print(np.allclose(first, second))
# --8<-- [end:stateful]

# --8<-- [start:old_reset_states]
try:
    stateful_model.reset_states()
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")
# --8<-- [end:old_reset_states]

# --8<-- [start:reset_state]
lstm.reset_state()
print(np.allclose(stateful_model.predict(series, verbose=0), first))
# --8<-- [end:reset_state]

# --8<-- [start:old_first_edition]
def show(error):
    print(f"{type(error).__name__}: {error}")


small = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(3, activation="softmax")])
try:
    small.compile(optimizer="rmsprop", loss="categorical_crossentropy", metrics="accuracy")
except ValueError as error:
    show(error)

dense = keras.layers.Dense(3, activation="softmax")
try:
    keras.Sequential(dense)
except TypeError as error:
    show(error)

try:
    small.save_weights("model-weights.h5")
except ValueError as error:
    show(error)

try:
    keras.Model(small.input, small.layers[0].output)
except AttributeError as error:
    show(error)
# --8<-- [end:old_first_edition]

# --8<-- [start:first_edition]
small.compile(optimizer="rmsprop", loss="categorical_crossentropy", metrics=["accuracy"])
print(keras.Sequential([keras.Input(shape=(4,)), dense]).output_shape)
small.save_weights("model-weights.weights.h5")
small.load_weights("model-weights.weights.h5")
print(keras.Model(small.inputs, small.layers[0].output).output_shape)
# --8<-- [end:first_edition]

# --8<-- [start:old_timeseries_generator]
try:
    from keras.preprocessing.sequence import TimeseriesGenerator
except ImportError as error:
    print(f"{type(error).__name__}: {str(error).split(' (')[0]}")   # the rest of the message is where Keras is installed
# --8<-- [end:old_timeseries_generator]

# --8<-- [start:old_misc]
try:
    small.predict_generator(iter([]))
except AttributeError as error:
    show(error)

try:
    print(small.optimizer.lr)
except AttributeError as error:
    show(error)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    keras.optimizers.SGD(learning_rate=0.1, decay=1e-6)
    glove_model = keras.Sequential([keras.layers.Embedding(10, 4, input_length=5)])   # GloVe recipe
print(*(str(warning.message) for warning in caught), sep="\n")
try:
    glove_model.layers[0].set_weights([np.zeros((10, 4))])   # the pretrained vectors
except ValueError as error:
    show(error)
# --8<-- [end:old_misc]

# --8<-- [start:misc]
print(keras.ops.convert_to_numpy(small.optimizer.learning_rate))
schedule = keras.optimizers.schedules.InverseTimeDecay(0.1, decay_steps=1, decay_rate=1e-6)
optimizer = keras.optimizers.SGD(learning_rate=schedule)   # what decay=1e-6 did in Keras 2
glove_model = keras.Sequential([keras.Input(shape=(5,)), keras.layers.Embedding(10, 4)])
glove_model.layers[0].set_weights([np.ones((10, 4))])
print(glove_model.layers[0].get_weights()[0].shape)
# --8<-- [end:misc]
