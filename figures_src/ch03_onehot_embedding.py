"""Chapter 3: the first tokens of a real review as one-hot vectors and as embedding vectors."""
import json
from pathlib import Path

import numpy as np

from rnnbook.plotting import LANGS, plt, save

INPUTS = ["results/ch03.json"]
VALUES = json.loads(Path(INPUTS[0]).read_text(encoding="utf-8"))["values"]

tokens = np.array(VALUES["first_tokens"])                 # the first review's first 10 word indices
vectors = np.array(VALUES["first_token_vectors"])         # their rows of the page's Embedding(500, 16)
vocabulary = VALUES["embedding_weights_shape"][0]                # 500 rows, one per word index
one_hot = np.eye(vocabulary)[tokens]
labels = [f"{word} ({index})" for word, index in zip(VALUES["first_words"], tokens)]
dims = vectors.shape[1]

TEXT = {
    "ko": {"oh": "원-핫 인코딩: 토큰마다 숫자 {}개, 그중 1은 하나", "emb": "단어 임베딩: 토큰마다 실수 {}개\n(훈련 전 초깃값)",
           "oh_x": "어휘 사전 인덱스 (0–{})", "emb_x": "임베딩 차원 (0–{})", "tokens": "첫 리뷰의 처음 10개 토큰"},
    "en": {"oh": "one-hot: {} numbers per token, a single 1", "emb": "word embedding: {} real numbers per token\n(initial values, untrained)",
           "oh_x": "vocabulary index (0–{})", "emb_x": "embedding dimension (0–{})", "tokens": "first 10 tokens of the first review"},
}

for lang in LANGS:
    t = TEXT[lang]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4), gridspec_kw={"width_ratios": [2.2, 1]})
    left.imshow(one_hot, aspect="auto", cmap="Greys", interpolation="nearest")
    for row, index in enumerate(tokens):   # the lone 1s are thin: mark them
        left.plot(index, row, "o", ms=5, color="#3949ab")
    left.set_yticks(range(len(tokens)), labels, fontsize=9)
    left.set_xlabel(t["oh_x"].format(vocabulary - 1))
    left.set_ylabel(t["tokens"])
    left.set_title(t["oh"].format(vocabulary), fontsize=11)
    image = right.imshow(vectors, aspect="auto", cmap="RdBu_r", vmin=-0.05, vmax=0.05)
    right.set_yticks(range(len(tokens)), labels, fontsize=9)
    right.set_xticks(range(0, dims, 5))
    right.set_xlabel(t["emb_x"].format(dims - 1))
    right.set_title(t["emb"].format(dims), fontsize=11)
    fig.colorbar(image, ax=right, fraction=0.08)
    fig.tight_layout()
    save(fig, "ch03/onehot_embedding", lang)
