"""Choosing the sentences that summarise one date, and the sources each rests on.

Per date: the candidates are the sentences stating that date, plus (weakly) the undated opening
sentences of articles published that day or the next. Each candidate is scored by cosine to the
date's TF-IDF centroid (what the day's reporting is about), times a query boost, times a length
prior; picks are greedy with near-duplicate suppression. The sentences of other articles that say
the same thing (cosine above `group`) become the pick's further sources: one event, one entry.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from storyline.link.timeline_dates import DatedSentence

# Page furniture that survives cleaning and states dates without reporting events: reader-comment
# headers ("At 4:16 pm on 18 Jan 2010 , X wrote :"), update stamps, player notices. Never a summary
# (AR-1 0.153 -> 0.162 on timeline17-dev); still evidence for dating (dropping it there: 0.156).
_FURNITURE = re.compile(r"(?i)\bwrote\s?:|\blast updated\b|\bjavascript\b|\bclick here\b")


@dataclass(slots=True, frozen=True)
class SelectParams:
    """Sentence-selection knobs. Defaults chosen on timeline17-dev (AR-1, span all): undated lead
    sentences standing for their publication day pay at full weight (weight 0: 0.123, 0.5: 0.127,
    1: 0.140 before the date weights were tuned; 1 vs 1.5 within noise), as the mean of their rows
    next to the mean of the stated ones (count-weighted sums: 0.160), yet a stated sentence should win
    a near tie (prior 0.8: 0.162, AR-2 0.059 -> 0.063; 0.6: 0.153); the query boost gives
    +0.007 AR-1 (0: 0.146, 1: 0.153); a lead bonus, stricter lengths or redundancy did not help."""

    fallback_weight: float = 1.0   # publication-dated sentences' share of the centroid
    fallback_prior: float = 0.8    # ... and their score factor against sentences stating the date
    query_boost: float = 1.0       # score x (1 + boost) for sentences naming a query term
    redundant: float = 0.5         # cosine above which a second pick repeats the first
    # Cosine above which another article's sentence on the same date is a source of the same event.
    # Read on timeline17-dev picks: at 0.4-0.5 nearly all are paraphrases ("died on 25 June 2009" /
    # "died at his home on 25 June 2009"); the misses share a Reuters dateline, not an event.
    group: float = 0.4
    lead_bonus: float = 0.0        # score x (1 + bonus) for an article's first `lead` sentences
    lead: int = 5
    min_tokens: int = 8            # shorter sentences are captions, bylines, fragments
    max_tokens: int = 60


@dataclass(slots=True)
class Vectors:
    """TF-IDF rows for the distinct sentence texts of an index."""

    row: dict[str, int]
    matrix: Any  # scipy.sparse CSR, L2-normalised rows (None: no texts); scipy ships no type hints

    @classmethod
    def fit(cls, texts: Sequence[str]) -> Vectors:
        from sklearn.feature_extraction.text import TfidfVectorizer

        unique = list(dict.fromkeys(texts))
        vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1)
        try:
            matrix = vectorizer.fit_transform(unique)
        except ValueError:  # no texts, or nothing but stop words: nothing to summarise with
            return cls({}, None)
        return cls({t: i for i, t in enumerate(unique)}, matrix)

    def rows(self, texts: Sequence[str]):
        return self.matrix[[self.row[t] for t in texts]]


@dataclass(slots=True, frozen=True)
class Pick:
    """A chosen sentence and the candidates (its own first) that report the same thing."""

    sentence: DatedSentence
    sources: tuple[DatedSentence, ...]


def query_terms(query: str | None) -> tuple[str, ...]:
    """Lower-cased query terms: comma- or space-separated words and quoted phrases."""
    if not query:
        return ()
    phrases = re.findall(r'"([^"]+)"', query)
    rest = re.sub(r'"[^"]+"', " ", query)
    return tuple(t.lower() for t in phrases + re.split(r"[\s,;]+", rest) if t.strip())


def mentions_query(text: str, terms: Sequence[str]) -> bool:
    lower = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", lower) for t in terms)


@dataclass(slots=True)
class UsedSentences:
    """What a timeline's earlier picks took: their texts (a reprint's copy is the same sentence), the
    (article, sentence) occurrences, and the dates each occurrence already stands for."""

    texts: set[str] = field(default_factory=set)
    occurrences: set[tuple[int, int]] = field(default_factory=set)
    dated: set[tuple[int, int, str]] = field(default_factory=set)

    def take(self, s: DatedSentence) -> None:
        self.texts.add(s.text)
        self.occurrences.add((s.article, s.position))
        self.dated.add((s.article, s.position, s.date))

    def may_stand_for_another_date(self, s: DatedSentence) -> bool:
        """'A state inspector flagged the valves on Sept. 12, and engineers had raised the same
        concern in 2023': a sentence already picked for one date it states may stand for another it
        states too, when no other sentence can (the probe5 story lost its 2023 event). Only the same
        sentence of the same article: a reprint's copy stays out."""
        return (s.mentioned and (s.article, s.position) in self.occurrences
                and (s.article, s.position, s.date) not in self.dated)


def summarise_date(candidates: Sequence[DatedSentence], vectors: Vectors, k: int, terms: Sequence[str],
                   used: UsedSentences, params: SelectParams = SelectParams(),
                   picked: Sequence[DatedSentence] = ()) -> list[Pick]:
    """Up to k picks for one date, never a sentence `used` already took (it is updated) nor one
    repeating an earlier pick of this date (`picked`)."""
    import numpy as np

    pool = _distinct(candidates) if vectors.matrix is not None else []
    eligible = [i for i, s in enumerate(pool) if s.text not in used.texts and _eligible(s.text, params)] or [
        i for i, s in enumerate(pool) if used.may_stand_for_another_date(s) and _eligible(s.text, params)]
    if not eligible:
        return []
    X = vectors.rows([s.text for s in pool])
    centroid = _centroid(X, [s.mentioned for s in pool], params.fallback_weight)
    scores = np.asarray(X @ centroid).ravel() * np.array([_prior(s, terms, params) for s in pool])
    picks: list[Pick] = []
    earlier = [s for s in picked if s in pool]
    for i in sorted(eligible, key=lambda i: -scores[i]):
        if len(picks) >= k:
            break
        if scores[i] <= 0 or _repeats(X, i, earlier + [p.sentence for p in picks], pool, params.redundant):
            continue
        picks.append(Pick(pool[i], _sources(X, i, pool, params.group)))
        used.take(pool[i])
    return picks


def _distinct(candidates: Sequence[DatedSentence]) -> list[DatedSentence]:
    """One candidate per (article, sentence), preferring the one that states the date."""
    best: dict[tuple[int, int], DatedSentence] = {}
    for s in candidates:
        key = (s.article, s.position)
        if key not in best or (s.mentioned and not best[key].mentioned):
            best[key] = s
    return list(best.values())


def _eligible(text: str, params: SelectParams) -> bool:
    tokens = len(text.split())
    return params.min_tokens <= tokens <= params.max_tokens and not _FURNITURE.search(text)


def _centroid(X, mentioned: Sequence[bool], fallback_weight: float):
    """Mean of the stated-date rows plus `fallback_weight` x mean of the publication-dated rows."""
    import numpy as np

    flags = np.array(mentioned, dtype=bool)
    parts = [(1.0, flags), (fallback_weight, ~flags)]
    vec = sum(w * np.asarray(X[m].mean(axis=0)).ravel() for w, m in parts if m.any() and w > 0)
    norm = np.linalg.norm(vec)
    return vec / norm if norm else vec


def _prior(s: DatedSentence, terms: Sequence[str], params: SelectParams) -> float:
    """Query boost and lead bonus; publication-dated sentences weigh `fallback_prior`."""
    boost = 1.0 + (params.query_boost if terms and mentions_query(s.text, terms) else 0.0)
    lead = 1.0 + (params.lead_bonus if s.position < params.lead else 0.0)
    return boost * lead * (1.0 if s.mentioned else params.fallback_prior)


def _repeats(X, i: int, picked: Sequence[DatedSentence], pool: Sequence[DatedSentence], limit: float) -> bool:
    rows = [pool.index(p) for p in picked]
    return bool(rows) and float((X[rows] @ X[i].T).max()) > limit


def _sources(X, i: int, pool: Sequence[DatedSentence], group: float) -> tuple[DatedSentence, ...]:
    """The pick first, then per other article its most similar sentence above `group`; a pick that
    cites a report ("first reported in July 2019", resolved) rests on that report's closest sentence
    whatever their similarity: the citation says they are one event."""
    import numpy as np

    sims = np.asarray((X @ X[i].T).todense()).ravel()
    cited = pool[i].cites
    best: dict[int, int] = {}
    near = np.flatnonzero((sims >= group) | np.array([s.article == cited for s in pool]) & (sims > 0))
    for j in (int(k) for k in near):
        a = pool[j].article
        if a != pool[i].article and (a not in best or sims[j] > sims[best[a]]):
            best[a] = j
    return (pool[i], *(pool[j] for j in sorted(best.values(), key=lambda j: -sims[j])))
