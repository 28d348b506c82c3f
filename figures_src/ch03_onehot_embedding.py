"""Chapter 3: the first tokens of a real review as one-hot vectors and as embedding vectors."""
import numpy as np

from rnnbook.offline_data import use_local_mirror
from rnnbook.plotting import LANGS, plt, save

use_local_mirror()
import keras  # noqa: E402

(train_input, _), _ = keras.datasets.imdb.load_data(num_words=500)
word_index = keras.datasets.imdb.get_word_index()
index_to_word = {rank + 3: word for word, rank in word_index.items()}
index_to_word.update({0: "<pad>", 1: "<start>", 2: "<oov>"})

tokens = np.array(train_input[0][:10])
one_hot = keras.utils.to_categorical(tokens, num_classes=500)
keras.utils.set_random_seed(42)
embedding = keras.layers.Embedding(500, 16)
vectors = keras.ops.convert_to_numpy(embedding(tokens[None, :]))[0]
labels = [f"{index_to_word[i]} ({i})" for i in tokens]

TEXT = {
    "ko": {"oh": "원-핫 인코딩: 토큰마다 숫자 500개, 그중 1은 하나", "emb": "단어 임베딩: 토큰마다 실수 16개\n(훈련 전 초깃값)",
           "oh_x": "어휘 사전 인덱스 (0–499)", "emb_x": "임베딩 차원 (0–15)", "tokens": "첫 리뷰의 처음 10개 토큰"},
    "en": {"oh": "one-hot: 500 numbers per token, a single 1", "emb": "word embedding: 16 real numbers per token\n(initial values, untrained)",
           "oh_x": "vocabulary index (0–499)", "emb_x": "embedding dimension (0–15)", "tokens": "first 10 tokens of the first review"},
}

for lang in LANGS:
    t = TEXT[lang]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4), gridspec_kw={"width_ratios": [2.2, 1]})
    left.imshow(one_hot, aspect="auto", cmap="Greys", interpolation="nearest")
    for row, index in enumerate(tokens):   # the lone 1s are thin: mark them
        left.plot(index, row, "o", ms=5, color="#3949ab")
    left.set_yticks(range(len(tokens)), labels, fontsize=9)
    left.set_xlabel(t["oh_x"])
    left.set_ylabel(t["tokens"])
    left.set_title(t["oh"], fontsize=11)
    image = right.imshow(vectors, aspect="auto", cmap="RdBu_r", vmin=-0.05, vmax=0.05)
    right.set_yticks(range(len(tokens)), labels, fontsize=9)
    right.set_xticks(range(0, 16, 5))
    right.set_xlabel(t["emb_x"])
    right.set_title(t["emb"], fontsize=11)
    fig.colorbar(image, ax=right, fraction=0.08)
    fig.tight_layout()
    save(fig, "ch03/onehot_embedding", lang)
