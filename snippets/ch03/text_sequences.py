# Chapter 3: from text to integer sequences, padding, one-hot vectors, embeddings, masking.
# The page interleaves these sections with those of imdb_data.py; run in page order they
# are the chapter's code (the sections after "reviews" need the IMDB data loaded).

# --8<-- [start:vocabulary]
corpus = ["I love this movie", "I hate this movie"]
tokens = [sentence.lower().split() for sentence in corpus]   # here a token is a word

vocabulary = {}
for sentence in tokens:
    for token in sentence:
        if token not in vocabulary:
            vocabulary[token] = len(vocabulary) + 1   # 0 stays free for padding

encoded = [[vocabulary[token] for token in sentence] for sentence in tokens]
print(vocabulary)
print(encoded)
# --8<-- [end:vocabulary]

# --8<-- [start:text_vectorization]
import keras

vectorize = keras.layers.TextVectorization(output_sequence_length=6)   # lowercases, strips punctuation, splits at spaces
vectorize.adapt(corpus)                    # builds the vocabulary from the corpus
print([str(word) for word in vectorize.get_vocabulary()])   # index 0: "" (padding), 1: "[UNK]" (not in the vocabulary)
print(vectorize(corpus + ["I love this film!"]).numpy())
# --8<-- [end:text_vectorization]

# --8<-- [start:reviews]
import numpy as np

print(len(train_input[0]), train_input[0][:10])
labels, label_counts = np.unique(train_target, return_counts=True)
print(labels, label_counts)   # 1: positive, 0: negative
print(train_target[:20])
# --8<-- [end:reviews]

# --8<-- [start:decode]
word_index = keras.datasets.imdb.get_word_index()   # word -> rank by frequency, 1 = most frequent
print(len(word_index), word_index["the"], word_index["movie"])

# load_data shifts every rank by 3 to make room for three reserved indices.
index_to_word = {rank + 3: word for word, rank in word_index.items()}
index_to_word.update({0: "<pad>", 1: "<start>", 2: "<oov>"})


def decode(review):
    return " ".join(index_to_word[index] for index in review)


first_review = decode(train_input[0])
print(first_review)

all_indices = np.concatenate(list(train_input) + list(test_input))
assert all(review[0] == 1 for review in train_input)   # every review begins with <start>
assert 3 not in all_indices                             # rank 0 does not exist, so 3 is never used
assert all_indices.max() < 500                          # num_words=500 keeps indices below 500
words_kept = sum(rank + 3 < 500 for rank in word_index.values())
print(words_kept)
# --8<-- [end:decode]

# --8<-- [start:lengths]
lengths = np.array([len(review) for review in train_input])
print(f"mean {np.mean(lengths):.1f}, median {np.median(lengths):.0f}")
print(f"shortest {lengths.min()}, longest {lengths.max():,}")
print(f"fit in 100 tokens: {np.mean(lengths <= 100):.1%}")
# --8<-- [end:lengths]

# --8<-- [start:plot_lengths]
import matplotlib.pyplot as plt

plt.hist(lengths, bins=range(0, 1020, 20))   # reviews longer than 1,000 tokens fall outside
plt.axvline(100, color="tab:orange", label="maxlen = 100")
plt.axvline(np.median(lengths), color="tab:green", linestyle="--", label="median")
plt.axvline(np.mean(lengths), color="tab:red", linestyle=":", label="mean")
plt.xlabel("review length (tokens)")
plt.ylabel("number of reviews")
plt.legend()
plt.show()
# --8<-- [end:plot_lengths]

# --8<-- [start:pad_check]
print(train_input[0][-10:])
print(train_seq[0][-10:])
assert list(train_seq[0]) == train_input[0][-100:]   # a long review keeps its last 100 tokens

short_index = int(np.flatnonzero(lengths < 100)[0])   # the first review shorter than 100
print(len(train_input[short_index]), train_seq[short_index][:10])
padding_share = np.mean(train_seq == 0)
print(padding_share)
# --8<-- [end:pad_check]

# --8<-- [start:pad_options]
example = [[5, 31, 8, 19, 42, 3, 27, 11], [12, 7, 45]]
print(keras.utils.pad_sequences(example, maxlen=6))                      # pre, pre (default)
print(keras.utils.pad_sequences(example, maxlen=6, padding="post"))      # zeros at the end
print(keras.utils.pad_sequences(example, maxlen=6, truncating="post"))   # cut the end off

train_seq_post = keras.utils.pad_sequences(
    train_input, maxlen=100, padding="post", truncating="post")
assert list(train_seq_post[0]) == train_input[0][:100]   # now the first 100 tokens survive
print(train_seq_post.shape, train_seq_post[short_index][-10:])
# --8<-- [end:pad_options]

# --8<-- [start:one_hot]
sample_oh = keras.utils.to_categorical(train_seq[:100], num_classes=500)   # the first 100 reviews only
print(sample_oh.shape, sample_oh.dtype)
print(sample_oh[0, 0, :12], sample_oh[0, 0].sum())   # a single 1 among 500 numbers
assert np.array_equal(sample_oh.argmax(axis=-1), train_seq[:100])   # nothing lost, only spread out

# The whole training set, computed rather than built: elements x bytes per element.
one_hot_shape = train_seq.shape + (500,)
one_hot_gb = np.prod(one_hot_shape) * sample_oh.itemsize / 1e9        # float64, as returned
one_hot_float32_gb = np.prod(one_hot_shape) * np.dtype("float32").itemsize / 1e9
sample_mb = sample_oh.nbytes / 1e6
train_seq_mb = train_seq.nbytes / 1e6
print(f"100 reviews: {sample_mb:.1f} MB; all {len(train_seq):,}: {one_hot_gb:.1f} GB "
      f"({one_hot_float32_gb:.1f} GB as float32)")
print(f"integer sequences: {train_seq_mb:.1f} MB")
# --8<-- [end:one_hot]

# --8<-- [start:embedding]
keras.utils.set_random_seed(42)   # the same initial values on every run
embedding = keras.layers.Embedding(500, 16)
batch = train_seq[:64]
embedded = embedding(batch)
print(batch.shape, "->", embedded.shape)
print(embedding.count_params())

# A lookup gives what the one-hot vector times the weight matrix would give.
weights = embedding.get_weights()[0]   # one row of 16 numbers per word index
via_one_hot = keras.utils.to_categorical(batch[0], num_classes=500) @ weights
assert np.allclose(keras.ops.convert_to_numpy(embedded[0]), via_one_hot)
print(weights.shape, via_one_hot.shape)
# --8<-- [end:embedding]

# --8<-- [start:masking]
keras.utils.set_random_seed(42)


def recurrent_model(mask_zero):
    return keras.Sequential([
        keras.Input(shape=(None,), dtype="int32"),
        keras.layers.Embedding(500, 16, mask_zero=mask_zero),
        keras.layers.SimpleRNN(8),
    ])


plain = recurrent_model(mask_zero=False)
masked = recurrent_model(mask_zero=True)
masked.set_weights(plain.get_weights())   # the same weights: only the masking differs

review = np.array([train_input[np.flatnonzero(lengths < 50)[0]]])   # one short review
print(review.shape, decode(review[0]))
padded = {
    "pre": keras.utils.pad_sequences(review, maxlen=100),
    "post": keras.utils.pad_sequences(review, maxlen=100, padding="post"),
}
mask = keras.ops.convert_to_numpy(masked.layers[0].compute_mask(padded["post"]))
print(mask[0, -8:])   # False where the padding is

gap = {}
for name, model in [("plain", plain), ("masked", masked)]:
    alone = keras.ops.convert_to_numpy(model(review))   # final hidden state, no padding
    for side, padded_review in padded.items():
        state = keras.ops.convert_to_numpy(model(padded_review))
        gap[name, side] = float(np.abs(state - alone).max())
        print(f"{name:>6}, {side:>4} padding: largest change {gap[name, side]:.6f}")
# --8<-- [end:masking]

# --8<-- [start:ex_oov]
all_train_tokens = np.concatenate(train_input)
oov_share = np.mean(all_train_tokens == 2)
print(f"{oov_share:.1%} of the training tokens are <oov>")
# --8<-- [end:ex_oov]

# --8<-- [start:ex_maxlen]
for maxlen in (100, 200, 300):
    print(maxlen, f"{np.mean(lengths > maxlen):.1%} truncated")
truncated_200 = np.mean(lengths > 200)
# --8<-- [end:ex_maxlen]

# --8<-- [start:ex_big_one_hot]
big_one_hot_gb = len(train_seq) * 500 * 10000 * np.dtype("float32").itemsize / 1e9
print(f"{big_one_hot_gb:,.0f} GB")
# --8<-- [end:ex_big_one_hot]

# --8<-- [start:ex_embedding_params]
big_embedding = keras.layers.Embedding(10000, 32)
big_embedding.build((None, 500))
print(big_embedding.count_params())
assert big_embedding.count_params() == 10000 * 32
# --8<-- [end:ex_embedding_params]
