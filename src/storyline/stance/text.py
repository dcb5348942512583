"""Text as the stance model sees it: lower-cased word tokens, sentences, TF-IDF vectors, cue counts.

Deliberately light (regular expressions, no spaCy): stance runs over every article of a store for
each claim asked, and the benchmark needs ≥ 200 claim/article pairs a second on one core.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from storyline import rules
from storyline.clean.stopwords import DEFAULT_LANGUAGE, stoplists

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# A sentence ends at . ! ? (optionally closed by a quote or bracket) before white space and an
# upper-case letter, digit or quote; or at a line break. Good enough for ranking sentences.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\s*\n+\s*")
_QUOTE = re.compile(r"[\"“”]")
CUES = ("refuting", "negation", "hedges", "reporting", "confirming")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; curly apostrophes folded so "didn’t" meets the cue lists."""
    return [t.replace("’", "'") for t in _TOKEN.findall(text.lower())]


def split_sentences(text: str) -> list[str]:
    """Sentences (non-empty, stripped) in order."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


@cache
def function_words() -> frozenset[str]:
    return stoplists()[DEFAULT_LANGUAGE]


@cache
def cue_words(table: str) -> frozenset[str]:
    return rules.words("stance", table)


def content(words: Sequence[str]) -> list[str]:
    """Words that carry the topic: not function words, not one character."""
    stop = function_words()
    return [w for w in words if len(w) > 1 and w not in stop]


def cue_counts(words: Sequence[str]) -> dict[str, int]:
    """How many words of each cue list the text holds."""
    return {table: sum(1 for w in words if w in cue_words(table)) for table in CUES}


def stem(word: str) -> str:
    """A crude stem (first six letters): "denies"/"denied", "reported"/"reporting" meet."""
    return word[:6]


@dataclass(slots=True, frozen=True)
class Idf:
    """Inverse document frequencies learned from the training bodies (shipped with the weights)."""

    weights: Mapping[str, float]
    unseen: float                       # a word never seen in training is as rare as the rarest

    def of(self, word: str) -> float:
        return self.weights.get(word, self.unseen)

    def vector(self, words: Sequence[str]) -> dict[str, float]:
        """L2-normalised TF-IDF of the content words."""
        counts = Counter(content(words))
        vec = {w: (1.0 + math.log(n)) * self.of(w) for w, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {w: v / norm for w, v in vec.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def quote_marks(text: str) -> int:
    return len(_QUOTE.findall(text))
