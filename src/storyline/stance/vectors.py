"""Static word vectors distilled from the sentence model all-MiniLM-L6-v2: semantic similarity with
numpy only (no torch at run time).

scripts/build_stance_vectors.py encodes each word of a 30,000-word vocabulary once with the sentence
model (in a scratch virtualenv), reduces the vectors to 64 whitened PCA directions and ships them as
float16 (stance_vectors.npy, weight last) beside the words (stance_vectors.txt). A text's vector is
the SIF-weighted mean of its words' vectors (Arora, Liang & Ma 2017: weight a / (a + p(w)), so
frequent words count little), unit length. A claim and a sentence about one event are close even
when they share no word ("quake" / "tremor"), which TF-IDF cannot see.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from storyline.errors import ConfigError

HERE = Path(__file__).resolve().parent
TABLE = "stance_vectors.npy"
WORDS = "stance_vectors.txt"


@dataclass(slots=True, frozen=True)
class WordVectors:
    index: Mapping[str, int]    # word → row
    vectors: np.ndarray         # (V, d) float32
    weights: np.ndarray         # (V,) SIF weights
    digest: str                 # SHA-1 of the table file: the stance weights name the table they were fitted with

    @property
    def size(self) -> int:
        return int(self.vectors.shape[1])

    def embed(self, texts: Sequence[Sequence[str]]) -> np.ndarray:
        """Unit vectors (n, d) of tokenised texts; a text with no known word is all zeros."""
        out = np.zeros((len(texts), self.size))
        index = self.index
        for row, words in enumerate(texts):
            ids = [index[w] for w in words if w in index]
            if ids:
                rows = np.asarray(ids, dtype=np.int64)
                out[row] = self.weights[rows] @ self.vectors[rows]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


def vectors_from(table: np.ndarray, words: Sequence[str], digest: str = "") -> WordVectors:
    """A table of (V, d + 1) rows (vector, then SIF weight) and its V words."""
    if table.ndim != 2 or table.shape[0] != len(words):
        raise ConfigError(f"word-vector table of shape {table.shape} for {len(words)} words",
                          fix="rebuild it with scripts/build_stance_vectors.py")
    values = table.astype(np.float32)
    return WordVectors({w: i for i, w in enumerate(words)}, np.ascontiguousarray(values[:, :-1]),
                       np.ascontiguousarray(values[:, -1]), digest)


@cache
def load_vectors(folder: str | None = None) -> WordVectors:
    """The shipped table (or one in `folder`), read once."""
    where = Path(folder) if folder else HERE
    data = (where / TABLE).read_bytes()
    table = np.load(where / TABLE, allow_pickle=False)
    words = (where / WORDS).read_text(encoding="utf-8").splitlines()
    return vectors_from(table, words, hashlib.sha1(data).hexdigest())
