"""Stance toward a claim: does a text agree with it, disagree (deny, refute), discuss it without
taking a side, or is it unrelated? With the sentences that decide.

    from storyline.stance import assess_stance
    verdict = assess_stance("Apple to unveil a new laptop", body_text)
    verdict.label, verdict.sentences

The model (storyline.stance.model) is two stages (trees; trees blended with a linear model, stage one
also over latent-topic and word-vector cosines, storyline.stance.topics and .vectors) trained on fnc1-dev by
scripts/train_stance.py; its card is docs/models/stance.md. `assess_claim` (storyline.stance.claims)
asks it of every article in a store.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from storyline.errors import InputError
from storyline.stance.features import (
    TOP,
    Passage,
    pair_features,
    prepare,
    relevance,
    topic_features,
    vector_features,
)
from storyline.stance.model import LABELS, StanceWeights, load_weights

__all__ = ["LABELS", "Stance", "StanceJudge", "assess_stance"]


@dataclass(slots=True, frozen=True)
class Stance:
    """A text's stance toward a claim; `sentences` are the body sentences that decide it (most
    relevant to the claim first; empty when unrelated)."""

    label: str                       # agree | disagree | discuss | unrelated
    confidence: float                # the model's probability of its stage's choice
    sentences: tuple[str, ...]


class StanceJudge:
    """Judges many (claim, body) pairs; a body or claim is prepared once and reused."""

    __slots__ = ("_cache", "weights")

    def __init__(self, weights: StanceWeights | None = None) -> None:
        self.weights = weights or load_weights()
        self._cache: dict[str, Passage] = {}

    def passage(self, text: str) -> Passage:
        found = self._cache.get(text)
        if found is None:
            if len(self._cache) > 4096:  # bound memory on long runs; bodies are re-read in order
                self._cache.clear()
            found = self._cache[text] = prepare(text, self.weights.idf, self.weights.topics, self.weights.vectors)
        return found

    def judge(self, pairs: Sequence[tuple[str, str]], *, known_related: bool = False) -> list[Stance]:
        """Stances of (claim, body) pairs, in order. `known_related` skips the first stage: a quote
        is short and rarely repeats the claim's words, but it is on topic when its article is."""
        if not pairs:
            return []
        for claim, body in pairs:
            _check(claim, "claim")
            _check(body, "text")
        idf = self.weights.idf
        prepared = [(self.passage(c), self.passage(b)) for c, b in pairs]
        relevances = [relevance(c, b, idf) for c, b in prepared]
        x = np.asarray([pair_features(c, b, r, idf) for (c, b), r in zip(prepared, relevances, strict=True)])
        if known_related:
            related, sure = ["related"] * len(x), np.ones(len(x))
        else:
            t = np.asarray([topic_features(c, b, r) + vector_features(c, b, r)
                            for (c, b), r in zip(prepared, relevances, strict=True)])
            xt = np.hstack([x, t])
            related, sure = self.weights.relatedness.predict(xt), self.weights.relatedness.confidence(xt)
        out = [Stance("unrelated", float(s), ()) for s in sure]
        rows = [i for i, r in enumerate(related) if r == "related"]
        if rows:
            labels = self.weights.stance.predict(x[rows])
            sure2 = self.weights.stance.confidence(x[rows])
            for i, label, s in zip(rows, labels, sure2, strict=True):
                text, rel = prepared[i][1], relevances[i]
                out[i] = Stance(label, float(s), tuple(text.sentences[j] for j in sorted(rel.order[:TOP])))
        return out


def _check(text: str, what: str) -> None:
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"empty {what} for stance", fix=f"give a non-empty {what}")


def assess_stance(claim: str, text: str) -> Stance:
    """The stance of `text` toward `claim` (the shipped model)."""
    return StanceJudge().judge([(claim, text)])[0]
