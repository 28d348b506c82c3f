# Chapter 2: a recurrent layer, from its input shape to its parameter count.
# The page includes each named section below; run top to bottom it is the chapter's code.

# --8<-- [start:sentence]
import numpy as np

# "I am a boy": 4 words (timesteps), each written as 3 numbers (features).
sentence = np.array([[
    [0.2, -0.5, 0.9],   # I
    [0.7, 0.1, -0.3],   # am
    [-0.4, 0.8, 0.0],   # a
    [0.5, 0.5, -0.6],   # boy
]], dtype="float32")
print(sentence.shape)  # (samples, timesteps, features)
# --8<-- [end:sentence]

# --8<-- [start:keras_rnn]
import keras

keras.utils.set_random_seed(42)
rnn = keras.layers.SimpleRNN(5, return_sequences=True)
keras_states = keras.ops.convert_to_numpy(rnn(sentence))  # hidden state at every timestep

W_x, W_h, b = rnn.get_weights()
print(W_x.shape, W_h.shape, b.shape)
# --8<-- [end:keras_rnn]

# --8<-- [start:numpy_rnn]
def simple_rnn(x, W_x, W_h, b):
    """h_t = tanh(x_t W_x + h_{t-1} W_h + b) over the timesteps of each sample."""
    samples, timesteps, _ = x.shape
    h = np.zeros((samples, W_h.shape[0]), dtype=x.dtype)
    states = []
    for t in range(timesteps):          # the same W_x, W_h, b at every timestep
        h = np.tanh(x[:, t] @ W_x + h @ W_h + b)
        states.append(h)
    return np.stack(states, axis=1)


numpy_states = simple_rnn(sentence, W_x, W_h, b)
max_difference = np.abs(numpy_states - keras_states).max()   # its last digits depend on the CPU
assert np.allclose(numpy_states, keras_states, atol=1e-6)
print(numpy_states.shape, "largest difference below 1e-6:", max_difference < 1e-6)
# --8<-- [end:numpy_rnn]

# --8<-- [start:cell_and_layer]
print(type(rnn.cell).__name__)   # the cell inside the SimpleRNN layer above
print(issubclass(keras.layers.SimpleRNN, keras.layers.RNN))   # a SimpleRNN is an RNN layer with that cell

cell = keras.layers.SimpleRNNCell(5)                     # one timestep's computation
looped = keras.layers.RNN(cell, return_sequences=True)   # runs the cell at every timestep
looped.build(sentence.shape)
looped.set_weights([W_x, W_h, b])                        # the SimpleRNN's weights
looped_states = keras.ops.convert_to_numpy(looped(sentence))
assert np.allclose(looped_states, keras_states, atol=1e-6)

h_0 = np.zeros((1, 5), dtype="float32")
h_1, _ = cell(sentence[:, 0], [h_0])   # one call of the cell: the first timestep only
assert np.allclose(keras.ops.convert_to_numpy(h_1), keras_states[:, 0], atol=1e-6)
print(looped_states.shape, h_1.shape)
# --8<-- [end:cell_and_layer]

# --8<-- [start:return_sequences]
many_to_one = keras.layers.SimpleRNN(5)(sentence)
many_to_many = keras.layers.SimpleRNN(5, return_sequences=True)(sentence)
print(many_to_one.shape)    # only the last hidden state
print(many_to_many.shape)   # one hidden state per timestep
# --8<-- [end:return_sequences]

# --8<-- [start:count_params]
model = keras.Sequential([
    keras.Input(shape=(None,), dtype="int32"),
    keras.layers.Embedding(10000, 32),
    keras.layers.SimpleRNN(32),
])
embedding_layer, rnn_layer = model.layers
print(embedding_layer.count_params(), rnn_layer.count_params())
assert rnn_layer.count_params() == 32 * 32 + 32 * 32 + 32  # W_x + W_h + b
# --8<-- [end:count_params]

# --8<-- [start:stacked]
stacked = keras.Sequential([
    keras.Input(shape=(None,), dtype="int32"),
    keras.layers.Embedding(10000, 32),
    keras.layers.SimpleRNN(32, return_sequences=True),
    keras.layers.SimpleRNN(32, return_sequences=True),
    keras.layers.SimpleRNN(32, return_sequences=True),
    keras.layers.SimpleRNN(32),   # only the top layer returns its last state
])
for layer in stacked.layers:
    print(f"{layer.name:>14}  {str(layer.output.shape):>16}  {layer.count_params():>7,}")
print(f"total: {stacked.count_params():,}")
assert stacked.count_params() == embedding_layer.count_params() + 4 * rnn_layer.count_params()
# --8<-- [end:stacked]
