# --8<-- [start:attention]
import keras
import numpy as np

keras.utils.set_random_seed(42)        # before any layer is created
review = np.random.randint(1, 500, size=(1, 100))    # 100 made-up word indices, as in chapter 5's input
embedding = keras.layers.Embedding(500, 16)
embedded = embedding(review)                         # (1, 100, 16)

attention = keras.layers.MultiHeadAttention(num_heads=2, key_dim=8)
# Self-attention: the same sequence as query and value (without a key, the value serves as key too).
outputs, scores = attention(embedded, embedded, return_attention_scores=True)
print("outputs:", tuple(outputs.shape), " scores:", tuple(scores.shape))
first = np.asarray(scores[0, 0, 0])    # head 0, timestep 0: its weight on each of the 100 timesteps
print(f"head 0, timestep 0: weights from {first.min():.5f} to {first.max():.5f}, sum {first.sum():.4f}")
# --8<-- [end:attention]

# --8<-- [start:parameters]
# query, key and value: each a Dense from 16 features to 2 heads x 8; then one Dense back to 16
per_projection = 16 * (2 * 8) + 2 * 8
output_projection = (2 * 8) * 16 + 16
assert 3 * per_projection + output_projection == attention.count_params()
print("MultiHeadAttention:", attention.count_params(), "parameters")

rnn = keras.layers.SimpleRNN(16, return_sequences=True)
rnn_outputs = rnn(embedded)
print("SimpleRNN(16):", rnn.count_params(), "parameters; outputs:", tuple(rnn_outputs.shape))
# --8<-- [end:parameters]

# --8<-- [start:who_sees_what]
# Change only the last word of the review; how much do the outputs at the first timestep move?
changed = review.copy()
changed[0, -1] = 1 if review[0, -1] != 1 else 2
embedded_changed = embedding(changed)

first_step = lambda x: np.asarray(x)[0, 0]
attention_move = np.abs(first_step(attention(embedded_changed, embedded_changed)) - first_step(outputs)).max()
rnn_move = np.abs(first_step(rnn(embedded_changed)) - first_step(rnn_outputs)).max()
causal_move = np.abs(first_step(attention(embedded_changed, embedded_changed, use_causal_mask=True))
                     - first_step(attention(embedded, embedded, use_causal_mask=True))).max()
print(f"attention, timestep 0: largest change {attention_move:.2e}")
print(f"attention with a causal mask, timestep 0: largest change {causal_move:.2e}")
print(f"SimpleRNN, timestep 0: largest change {rnn_move:.2e}")
assert attention_move > 0 and causal_move == 0 and rnn_move == 0
# --8<-- [end:who_sees_what]

# --8<-- [start:order]
# Reverse the order of the timesteps: self-attention gives the same outputs, reversed with them.
backwards = embedded[:, ::-1]
print("same outputs in reverse order:",
      np.allclose(np.asarray(attention(backwards, backwards))[:, ::-1], np.asarray(outputs), atol=1e-6))
# --8<-- [end:order]
