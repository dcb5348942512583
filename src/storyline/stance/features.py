"""Features of a (claim, body) pair: how related they are, and how the related sentences lean.

Relatedness: TF-IDF cosine (whole body, best sentence, best three), BM25 of the best sentence,
shared content words, stems, bigrams and capitalised names. Leaning: counts of the cue lists in
rules/stance.toml (refuting, negation, hedges, reporting, confirming) in the claim, the body, its
lead and the sentences most relevant to the claim; negation parity between the claim and its best
sentence (the FNC-1 baseline's polarity); quotation marks; questions. No topic words: the model
must work on stories it never saw (fnc1-dev is split by story, docs/models/stance.md).
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

import numpy as np

from storyline.stance.text import (
    CUES,
    Idf,
    content,
    cosine,
    cue_counts,
    cue_words,
    quote_marks,
    split_sentences,
    stem,
    tokens,
)
from storyline.stance.topics import Topics
from storyline.stance.vectors import WordVectors

TOP = 3          # sentences that decide: the three most relevant (chosen by CV on fnc1-train)
LEAD = 2         # the lead: a news body's first sentences state its own take
BM25_K1, BM25_B = 1.2, 0.75   # the usual Okapi constants (Robertson & Zaragoza 2009)


@dataclass(slots=True, frozen=True)
class Passage:
    """A text prepared once: its sentences, their tokens, vectors and cue counts."""

    text: str
    sentences: tuple[str, ...]
    words: tuple[tuple[str, ...], ...]            # tokens per sentence
    vectors: tuple[dict[str, float], ...]         # TF-IDF per sentence
    cues: tuple[dict[str, int], ...]              # cue counts per sentence
    vector: dict[str, float]                      # TF-IDF of the whole text
    stems: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    length: int                                   # word tokens
    topics: np.ndarray                            # (sentences, k) unit topic vectors; (sentences, 0) without
    topic: np.ndarray                             # (k,) the whole text's
    embeddings: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))  # (sentences, d) unit word-vector means
    embedding: np.ndarray = field(default_factory=lambda: np.zeros(0))        # (d,) the whole text's


def prepare(text: str, idf: Idf, topics: Topics | None = None, vectors: WordVectors | None = None) -> Passage:
    """Split and vectorise a text once; a body is compared with many claims."""
    sentences = tuple(split_sentences(text)) or (text,)
    words = tuple(tuple(tokens(s)) for s in sentences)
    every = [w for ws in words for w in ws]
    kept = content(every)
    passage = Passage(text, sentences, words, tuple(idf.vector(ws) for ws in words),
                      tuple(cue_counts(ws) for ws in words), idf.vector(every), frozenset(stem(w) for w in kept),
                      frozenset(pairwise(kept)), len(every), np.zeros((len(words), 0)), np.zeros(0))
    passage = passage if topics is None else with_topics(passage, topics)
    return passage if vectors is None else with_vectors(passage, vectors)


def with_topics(passage: Passage, topics: Topics) -> Passage:
    """The passage with its sentences' and its whole text's topic vectors."""
    vectors = topics.vectors([*passage.words, [w for ws in passage.words for w in ws]])
    return replace(passage, topics=vectors[:-1], topic=vectors[-1])


def with_vectors(passage: Passage, vectors: WordVectors) -> Passage:
    """The passage with its sentences' and its whole text's word-vector means."""
    embedded = vectors.embed([*passage.words, [w for ws in passage.words for w in ws]])
    return replace(passage, embeddings=embedded[:-1], embedding=embedded[-1])


@dataclass(slots=True, frozen=True)
class Relevance:
    """How each body sentence relates to the claim, most relevant first."""

    order: tuple[int, ...]
    cosines: tuple[float, ...]
    bm25: tuple[float, ...]


def relevance(claim: Passage, body: Passage, idf: Idf) -> Relevance:
    cosines = tuple(cosine(claim.vector, v) for v in body.vectors)
    bm25 = _bm25(content([w for ws in claim.words for w in ws]), body, idf)
    order = tuple(sorted(range(len(cosines)), key=lambda i: (-cosines[i] - 0.01 * bm25[i], i)))
    return Relevance(order, cosines, bm25)


def _bm25(query: Sequence[str], body: Passage, idf: Idf) -> tuple[float, ...]:
    lengths = [len(ws) for ws in body.words]
    average = sum(lengths) / len(lengths) or 1.0
    terms = set(query)
    scores = []
    for ws, n in zip(body.words, lengths, strict=True):
        counts = Counter(w for w in ws if w in terms)
        norm = BM25_K1 * (1 - BM25_B + BM25_B * n / average)
        scores.append(sum(idf.of(w) * c * (BM25_K1 + 1) / (c + norm) for w, c in counts.items()))
    return tuple(scores)


def feature_names() -> list[str]:
    names = ["cos_body", "cos_best", "cos_top", "bm25_best", "bm25_best_norm", "overlap", "overlap_idf",
             "overlap_stem", "overlap_bigram", "overlap_names", "overlap_lead", "claim_len", "body_len",
             "sentences", "question", "claim_quotes", "body_quotes", "top_quotes", "polarity_flip",
             "claim_denies_body_affirms", "claim_affirms_body_refutes", "refuting_near_claim"]
    for cue in CUES:
        names += [f"{cue}_{part}" for part in ("claim", "body", "lead", "top", "best", "weighted", "maxcos")]
    return names + focus_names()


def pair_features(claim: Passage, body: Passage, rel: Relevance, idf: Idf) -> list[float]:
    """The feature vector, in feature_names() order."""
    return _relatedness(claim, body, rel, idf) + _leaning(claim, body, rel) + _focus(claim, body, rel)


def _relatedness(claim: Passage, body: Passage, rel: Relevance, idf: Idf) -> list[float]:
    claim_words = set(content([w for ws in claim.words for w in ws]))
    body_words = {w for ws in body.words for w in ws}
    lead_words = {w for ws in body.words[:LEAD] for w in ws}
    shared = claim_words & body_words
    total_idf = sum(idf.of(w) for w in sorted(claim_words)) or 1.0  # sorted: sums independent of hash seed
    names = {w.lower() for w in claim.text.split()[1:] if w[:1].isupper()}
    names_found = sum(1 for n in names if any(t in body_words for t in tokens(n)))
    top = [rel.cosines[i] for i in rel.order[:TOP]]
    best = rel.order[0]
    n = len(claim_words) or 1
    return [cosine(claim.vector, body.vector), rel.cosines[best], sum(top) / len(top), max(rel.bm25),
            max(rel.bm25) / total_idf, len(shared) / n, sum(idf.of(w) for w in sorted(shared)) / total_idf,
            len(claim.stems & body.stems) / (len(claim.stems) or 1),
            len(claim.bigrams & body.bigrams) / (len(claim.bigrams) or 1),
            names_found / (len(names) or 1), len(claim_words & lead_words) / n,
            math.log1p(len(claim_words)), math.log1p(body.length), math.log1p(len(body.sentences))]


def _leaning(claim: Passage, body: Passage, rel: Relevance) -> list[float]:
    top = rel.order[:TOP]
    best = rel.order[0]
    weight = sum(rel.cosines[i] for i in range(len(body.sentences))) or 1.0
    claim_cues = _sum(claim.cues)
    body_cues = _sum(body.cues)
    lead_cues = _sum(body.cues[:LEAD])
    top_cues = _sum([body.cues[i] for i in top])
    per_100 = 100.0 / (body.length or 1)
    values = [float("?" in claim.text), float(quote_marks(claim.text) > 0),
              quote_marks(body.text) * per_100, float(sum(quote_marks(body.sentences[i]) for i in top)),
              float((claim_cues["negation"] + claim_cues["refuting"]) % 2
                    != (body.cues[best]["negation"] + body.cues[best]["refuting"]) % 2)]
    # The two shapes of disagreement seen across fnc1-train stories: a negated claim ("No, X did not
    # adopt …") against a body that states it, and a plain claim against a body that calls it false.
    claim_denies = claim_cues["negation"] + claim_cues["refuting"] > 0
    best_denies = body.cues[best]["negation"] + body.cues[best]["refuting"] > 0
    values += [float(claim_denies and not best_denies), float(not claim_denies and top_cues["refuting"] > 0),
               body_cues["refuting"] * per_100 * rel.cosines[best]]
    for cue in CUES:
        weighted = sum(rel.cosines[i] * body.cues[i][cue] for i in range(len(body.sentences))) / weight
        nearest = max((rel.cosines[i] for i in range(len(body.sentences)) if body.cues[i][cue]), default=0.0)
        values += [float(claim_cues[cue]), body_cues[cue] * per_100, float(lead_cues[cue]),
                   float(top_cues[cue]), float(body.cues[best][cue]), weighted, nearest]
    return values


def _sum(counts: Sequence[dict[str, int]]) -> dict[str, int]:
    return {cue: sum(c[cue] for c in counts) for cue in CUES}


# Features of the sentences that bear on the claim (added after the first held-out score; chosen by
# cross-validation over training stories only). A denial or hedge counts most when it sits next to
# the claim's own words: "Apple did not confirm the laptop" vs a "not" elsewhere in the article.
NEAR = 4         # tokens either side of a claim word (a clause's span in news prose)
FOCUS_CUES = ("refuting", "negation", "hedges", "reporting")


def focus_names() -> list[str]:
    return ([f"{cue}_near_claim" for cue in FOCUS_CUES]
            + ["negated_claim_word", "report_with_denial", "top_questions", "body_questions", "best_position",
               "related_share", "best_coverage", "best_bigram_coverage", "top_coverage", "lead_best_cos",
               "refuting_sentences", "refuting_lead_first"])


def _focus(claim: Passage, body: Passage, rel: Relevance) -> list[float]:
    claim_words = set(content([w for ws in claim.words for w in ws]))
    claim_bigrams = claim.bigrams
    top = rel.order[:TOP]
    near = dict.fromkeys(FOCUS_CUES, 0.0)
    negated = report_denial = 0.0
    for i in top:
        ws = body.words[i]
        hits = [j for j, w in enumerate(ws) if w in claim_words]
        if not hits:
            continue
        for j, w in enumerate(ws):
            close = any(abs(j - h) <= NEAR for h in hits)
            if close:
                for cue in FOCUS_CUES:
                    near[cue] += w in cue_words(cue)
        negated += sum(1 for h in hits if any(w in cue_words("negation") for w in ws[max(0, h - 3):h]))
        cues = body.cues[i]
        report_denial += float(cues["reporting"] > 0 and cues["negation"] + cues["refuting"] > 0)
    n = len(body.sentences)
    coverage = [len(claim_words & set(ws)) / (len(claim_words) or 1) for ws in body.words]
    bigram_cover = [len(claim_bigrams & set(pairwise(content(ws)))) / (len(claim_bigrams) or 1) for ws in body.words]
    refuting_at = [i for i in range(n) if body.cues[i]["refuting"]]
    return [*near.values(), negated, report_denial,
            float(sum(body.sentences[i].count("?") for i in top)), body.text.count("?") / n,
            rel.order[0] / n, sum(1 for c in rel.cosines if c > 0.2) / n, coverage[rel.order[0]],
            max(bigram_cover), sum(coverage[i] for i in top) / len(top), max(rel.cosines[:LEAD]),
            len(refuting_at) / n, float(bool(refuting_at) and refuting_at[0] < LEAD)]


# Topic features (third round): latent-topic (LSA, storyline.stance.topics) cosines between the claim
# and the body's sentences, for stage one (related vs unrelated) only. Chosen by CV over training
# stories: unrelated F1 0.969 → 0.982 (docs/models/stance.md).
def topic_names() -> list[str]:
    return ["topic_best", "topic_top", "topic_lead", "topic_mean", "topic_body", "topic_at_best"]


def topic_features(claim: Passage, body: Passage, rel: Relevance) -> list[float]:
    """Cosines of the claim's topic vector with each body sentence's: the best, the mean of the best
    three, the best of the lead, the mean; with the whole body; at the TF-IDF best sentence."""
    return _similarities(body.topics @ claim.topic, float(body.topic @ claim.topic), rel)


def _similarities(sims: np.ndarray, whole: float, rel: Relevance) -> list[float]:
    best = np.sort(sims)[::-1]
    return [float(best[0]), float(best[:TOP].mean()), float(sims[:LEAD].max()), float(sims.mean()), whole,
            float(sims[rel.order[0]])]


# Word-vector features (fifth round): the same six cosines with the claim, between SIF-weighted means
# of word vectors distilled from all-MiniLM-L6-v2 (storyline.stance.vectors). Stage one only.
def vector_names() -> list[str]:
    return ["vector_best", "vector_top", "vector_lead", "vector_mean", "vector_body", "vector_at_best"]


def vector_features(claim: Passage, body: Passage, rel: Relevance) -> list[float]:
    """Cosines of the claim's word-vector mean with each body sentence's (as topic_features)."""
    return _similarities(body.embeddings @ claim.embedding, float(body.embedding @ claim.embedding), rel)
