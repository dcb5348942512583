"""Latent topics (LSA) for telling related from unrelated: TF-IDF projected on a few SVD directions.

scripts/train_stance.py fits scikit-learn's TfidfVectorizer (sublinear tf, words in ≥ 2 training
texts) and TruncatedSVD (fixed seed) on the training bodies and headlines and ships the vocabulary,
its IDF and the components as plain arrays; here they are applied with numpy. A claim and a
sentence about the same event often share few words but many of the words that go with them
("quake", "magnitude", "epicentre"): their topic vectors are close though their TF-IDF cosine is
low. Used by stage one only (docs/models/stance.md: it did not help stage two).
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from storyline.stance.text import content


@dataclass(slots=True, frozen=True)
class Topics:
    index: Mapping[str, int]    # word → column
    idf: np.ndarray             # (V,)
    components: np.ndarray      # (k, V)

    @property
    def size(self) -> int:
        return int(self.components.shape[0])

    def vectors(self, texts: Sequence[Sequence[str]]) -> np.ndarray:
        """Unit topic vectors (n, k) of tokenised texts; a text with no known word is all zeros."""
        out = np.zeros((len(texts), self.size))
        for row, words in enumerate(texts):
            counts = Counter(w for w in content(words) if w in self.index)
            if not counts:
                continue
            cols = np.fromiter((self.index[w] for w in counts), dtype=np.int64, count=len(counts))
            tf = np.fromiter((1.0 + math.log(n) for n in counts.values()), dtype=np.float64, count=len(counts))
            out[row] = self.components[:, cols] @ (tf * self.idf[cols])
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms

    def record(self) -> dict[str, object]:
        words = sorted(self.index, key=self.index.__getitem__)
        return {"words": words, "idf": self.idf.tolist(), "components": self.components.tolist()}


def topics_from(record: Mapping[str, object]) -> Topics:
    words = record["words"]
    assert isinstance(words, list)
    return Topics({w: i for i, w in enumerate(words)}, np.asarray(record["idf"], dtype=np.float64),
                  np.asarray(record["components"], dtype=np.float64))
