"""What story clustering compares: each article's words, opening, named entities, figures and day.

    features = article_features(articles)
    features[0].terms      {"harbour": 0.31, "budget": 0.22, …}   (TF-IDF, L2-normalised, top terms)
    features[0].lead       the same over the title and the opening of the body
    features[0].entities   {"smith": 0.8, "norway": 0.4, …}   (folded; people by surname)
    features[0].figures    {"26": 0.7, "2011": 0.5, …}            (numbers written in the text)

TF-IDF over content words, as Miranda et al. (2018) found it beats dense embeddings for streaming
news clustering, kept per field as they do (their title / body / entity sub-vectors): two events of
one kind (ECB+ pairs a 2008 and a 2013 celebrity rehab, or two Indian Navy anti-piracy actions) share
most of their vocabulary, and what sets them apart sits in the opening (who, where), the named
entities and the figures (26 pirates, 5.6 magnitude, 20-13). On ecbplus-dev, same-story vs
same-topic pairs are told apart with ROC AUC 0.877 by whole-text TF-IDF alone and 0.923 by a
logistic regression over the lead, body, entity and figure cosines (benchmarks/clustering.py).
The IDF is fitted on the articles given (the whole store on refresh, streamed: streamed_features). Only the top terms of each
article are kept, which bounds the cost of each comparison.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from storyline.extract.names import fold
from storyline.model import Article
from storyline.store.base import CorpusRow

if TYPE_CHECKING:
    import numpy as np

FIELDS = ("terms", "lead", "entities", "figures")
TOP_TERMS = 60
TOP_FIGURES = 20
# The opening that names who did what where: title plus the first ~100 words of the body.
LEAD_CHARS = 600
# IDF as if the corpus sat among this many unrelated background documents: in a small store (one
# five-article story) a story's own core words are in every article, and plain IDF
# would weigh them least; with many stories stored, the prior fades.
BACKGROUND_DOCUMENTS = 50
# Entity types that identify what a story is about; dates, numbers and money do not.
ENTITY_TYPES = frozenset(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"])
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]{3,}")
# a written number: "26", "5.6", "137", "2011", "9:25" (one digit alone says nothing)
_FIGURE = re.compile(r"(?<![\w.,:])\d+(?:[.,:]\d+)*(?![\w])")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[-/]\d{1,2}[-/]\d{1,4}\b")

Vector = dict[str, float]
#: what features are computed from: a whole article, or the corpus stages' row with its body
Featured = Article | CorpusRow


class Vocabulary:
    """The words of one clustering run, each stored once and named by its number in the features."""

    __slots__ = ("numbers", "words")

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.words: list[str] = []

    def number(self, word: str) -> int:
        n = self.numbers.get(word)
        if n is None:
            n = self.numbers[word] = len(self.words)
            self.words.append(word)
        return n


class ArticleFeatures:
    """One article as clustering sees it; every vector is L2-normalised (or empty).

    The four fields are held packed in two arrays (word numbers in a `Vocabulary` shared by the
    run, after four field ends; weights as doubles) and unpacked into a dict when read: a refresh
    holds every original's features, and as four dicts they took 6.8 KB per article (67.7 MB at 10k
    generated articles, tracemalloc), packed about 1.3 KB; the weights are the same doubles, so
    clustering is unchanged (ingest_memory 10k/1k: 1.48x as dicts, 1.36x as tuples of words)."""

    __slots__ = ("_numbers", "_vocabulary", "_weights", "article_id", "day")

    def __init__(self, article_id: str, terms: Vector, entities: Vector, day: dt.date | None,
                 lead: Vector | None = None, figures: Vector | None = None,
                 vocabulary: Vocabulary | None = None) -> None:
        self.article_id = article_id
        self.day = day
        self._vocabulary = vocabulary = vocabulary or Vocabulary()
        fields = (terms, lead, entities, figures)
        ends, total = [], 0
        for vector in fields:
            total += len(vector or ())
            ends.append(-1 if vector is None else total)
        self._numbers = array("i", ends + [vocabulary.number(t) for v in fields if v for t in v])
        self._weights = array("d", [w for v in fields if v for w in v.values()])

    @property
    def terms(self) -> Vector:
        return self._unpack(0) or {}

    @property
    def lead(self) -> Vector | None:
        return self._unpack(1)

    @property
    def entities(self) -> Vector:
        return self._unpack(2) or {}

    @property
    def figures(self) -> Vector | None:
        return self._unpack(3)

    def field(self, name: str) -> Vector:
        return self._unpack(SLOTS[name]) or {}

    def field_numbers(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """One field's word numbers (in `vocabulary`) and weights, in the order `field` lists them:
        what a matrix of many members' fields is built from without a dict per member."""
        import numpy as np

        numbers, slot = self._numbers, SLOTS[name]
        end = numbers[slot]
        if end < 0:
            return np.zeros(0, dtype=np.int32), np.zeros(0)
        start = max([0, *(numbers[i] for i in range(slot))])
        return (np.frombuffer(numbers, dtype=np.int32)[4 + start:4 + end],
                np.frombuffer(self._weights, dtype=np.float64)[start:end])

    @property
    def vocabulary(self) -> Vocabulary:
        return self._vocabulary

    def packed(self, vocabulary: Vocabulary | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Every field's entries sorted by key (word number in `vocabulary`, this run's by default,
        × 4 + the field's slot) with their weights: what a story centroid sums (story_centroid)."""
        import numpy as np

        ends = self._numbers[:4].tolist()
        bounds = [max([0, *ends[:slot + 1]]) for slot in range(4)]
        sizes = [end - start for start, end in zip([0, *bounds[:3]], bounds)]
        words = np.frombuffer(self._numbers, dtype=np.int32)[4:]
        if vocabulary is not None and vocabulary is not self._vocabulary:
            own = self._vocabulary.words
            words = np.array([vocabulary.number(own[n]) for n in words.tolist()], dtype=np.int32)
        keys = words * 4 + np.repeat(np.arange(4, dtype=np.int32), sizes)
        order = np.argsort(keys, kind="stable")
        return keys[order], np.frombuffer(self._weights, dtype=np.float64)[order]

    def _unpack(self, slot: int) -> Vector | None:
        numbers = self._numbers
        end = numbers[slot]
        if end < 0:
            return None
        start = max([0, *(numbers[i] for i in range(slot))])
        words = self._vocabulary.words
        return dict(zip([words[n] for n in numbers[4 + start:4 + end]], self._weights[start:end]))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArticleFeatures):
            return NotImplemented
        mine = (self.article_id, self.day, *(self._unpack(i) for i in range(4)))
        return mine == (other.article_id, other.day, *(other._unpack(i) for i in range(4)))

    def __hash__(self) -> int:
        return hash((self.article_id, self.day))

    def __repr__(self) -> str:
        return f"ArticleFeatures({self.article_id!r}, day={self.day})"


SLOTS = {"terms": 0, "lead": 1, "entities": 2, "figures": 3}


@cache
def _stopwords() -> frozenset[str]:
    from storyline.clean.stopwords import DEFAULT_LANGUAGE, stoplists

    extra = ["said", "says", "say", "told", "would", "could", "also", "one", "two", "new", "like", "just", "year", "years", "mr", "mrs", "ms"]
    return stoplists()[DEFAULT_LANGUAGE] | frozenset(extra)


@lru_cache(maxsize=1 << 16)
def _content_word(word: str) -> str | None:
    folded = fold(word)
    return folded if len(folded) >= 3 and folded not in _stopwords() else None


def content_words(text: str) -> list[str]:
    """Folded words of three letters or more that are not function words (each distinct word folded
    once: folding was a third of the features' cost on 30k generated articles)."""
    words = (_content_word(w) for w in _WORD.findall(text))
    return [w for w in words if w]


def figures(text: str) -> Counter:
    """The numbers written in the text, two characters or more ('26', '5.6', '2011'); not the
    parts of a written date ('2023-03-14', '12/23/12'): every article of that week shares them,
    and time is the decay's business (ECB+ F1 the same without them; a bare year stays: without
    years 0.955)."""
    return Counter(n for n in _FIGURE.findall(_NUMERIC_DATE.sub(" ", text)) if len(n) >= 2)


def entity_keys(article: Featured) -> Counter:
    """The article's named entities as folded keys with their mention counts; a person by surname,
    so 'Mr Smith' and 'Anna Smith' meet."""
    keys: Counter = Counter()
    for span in article.spans:
        if span.stage != "entities" or span.label not in ENTITY_TYPES:
            continue
        name = fold((span.mention.name if span.mention else None) or span.text)
        if name:
            keys[name.split()[-1] if span.label == "PERSON" else name] += 1
    return keys


def publication_day(article: Featured) -> dt.date | None:
    value = article.published.value
    if article.published.precision != "day" or not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _idf(documents: Sequence[Iterable[str]]) -> dict[str, float]:
    return _idf_from(Counter(t for doc in documents for t in set(doc)), len(documents))


def _idf_from(df: Mapping[str, int], documents: int) -> dict[str, float]:
    n = documents + BACKGROUND_DOCUMENTS
    return {t: math.log(n / (c + 1)) for t, c in df.items()}


def _weighted(counts: Counter, idf: dict[str, float]) -> Vector:
    return {t: (1.0 + math.log(c)) * idf.get(t, 1.0) for t, c in counts.items() if c > 0}


def normalised(weights: Vector, top: int | None = None) -> Vector:
    """The `top` heaviest entries (all when None), scaled to unit length."""
    kept = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:top]) if top else weights
    norm = math.sqrt(sum(w * w for w in kept.values())) or 1.0
    return {t: w / norm for t, w in kept.items()}


def field_counts(article: Featured, name: str) -> Counter:
    """One article's raw counts for one field."""
    if name == "entities":
        return entity_keys(article)
    if name == "lead":
        return Counter(content_words(f"{article.title or ''}\n{article.body[:LEAD_CHARS]}"))
    text = f"{article.title or ''}\n{article.body}"
    return figures(text) if name == "figures" else Counter(content_words(text))


def article_features(articles: Sequence[Featured]) -> list[ArticleFeatures]:
    """Features of every article, with one IDF per field fitted over all of them. An entity weighs
    its mentions × IDF: the protagonist named ten times outweighs a place named once. One field at a
    time, so only one field's raw counts are held at once."""
    vectors = {name: _vectors([field_counts(a, name) for a in articles], _top(name)) for name in FIELDS}
    vocabulary = Vocabulary()
    return [ArticleFeatures(a.id, vectors["terms"][i], vectors["entities"][i], publication_day(a),
                            vectors["lead"][i], vectors["figures"][i], vocabulary)
            for i, a in enumerate(articles)]


def streamed_features(read: Callable[[], Iterable[Featured]]) -> Iterator[ArticleFeatures]:
    """The same features as `article_features` over what `read()` yields, reading it twice (document
    frequencies, then vectors) so that no article's text or raw counts outlive its turn: the corpus
    refresh's bodies stream from the store a page at a time (storyline.store.corpus_read)."""
    df, documents, kept = counted_frequencies(read())
    idf = idfs(df, documents)
    del df
    yield from weighted_features(read() if kept is None else kept, idf)


@dataclass(slots=True, frozen=True)
class Counted:
    """One article's raw counts per field and its day: all the second pass of a refresh needs of it."""

    id: str
    day: dt.date | None
    counts: dict[str, Counter]


def article_counts(article: Featured) -> Counted:
    return Counted(article.id, publication_day(article), {name: field_counts(article, name) for name in FIELDS})


# A refresh's two passes (document frequencies, then vectors) read the articles twice so that no
# article's text or raw counts outlive its turn. Up to this many articles' raw counts are kept from
# the first pass instead, so the second neither reads nor tokenises their bodies again (the 90
# extraction-dev pages: the stories stage's CPU 0.51 -> 0.40 s); their counts took 10.7 KB a page
# (tracemalloc), so at most ~5 MB here, beside the features every original keeps while clustering.
KEEP_COUNTS = 500


def frequencies(articles: Iterable[Featured]) -> tuple[dict[str, Counter], int]:
    """Per field, in how many of `articles` each key occurs; and how many articles there were."""
    df, documents, _kept = counted_frequencies(articles, keep=0)
    return df, documents


def counted_frequencies(articles: Iterable[Featured], keep: int | None = None
                        ) -> tuple[dict[str, Counter], int, list[Counted] | None]:
    """`frequencies`, with every article's counts in order when there were at most `keep`
    (KEEP_COUNTS by default) articles; else None: the second pass reads them again."""
    keep = KEEP_COUNTS if keep is None else keep
    df: dict[str, Counter] = {name: Counter() for name in FIELDS}
    documents = 0
    kept: list[Counted] | None = [] if keep else None
    for article in articles:
        documents += 1
        counted = article_counts(article)
        for name in FIELDS:
            df[name].update(set(counted.counts[name]))
        if kept is not None:
            kept = kept if documents <= keep else None
        if kept is not None:
            kept.append(counted)
    return df, documents, kept


def idfs(df: Mapping[str, Mapping[str, int]], documents: int) -> dict[str, dict[str, float]]:
    """Per field, the IDF of each key from its document frequency among `documents` articles."""
    return {name: _idf_from(df[name], documents) for name in FIELDS}


def weighted_features(articles: Iterable[Featured | Counted], idf: Mapping[str, dict[str, float]],
                      vocabulary: Vocabulary | None = None) -> Iterator[ArticleFeatures]:
    """Each article's features under the given IDF (one vocabulary for the run), from the article or
    from its counts the first pass kept."""
    vocabulary = vocabulary or Vocabulary()
    for article in articles:
        counted = article if isinstance(article, Counted) else article_counts(article)
        vectors = {name: _vector(counted.counts[name], idf[name], _top(name)) for name in FIELDS}
        yield ArticleFeatures(counted.id, vectors["terms"], vectors["entities"], counted.day,
                              vectors["lead"], vectors["figures"], vocabulary)
    # the folded-word cache serves the two passes only; emptied, its ~65k words' memory is there for
    # the clustering that follows (ingest_memory 10k: refresh peak 285.6 MB before)
    _content_word.cache_clear()


def encode(features: ArticleFeatures) -> bytes:
    """The features as stored (story_features, 0013): the day and the four fields' weights, as JSON
    (floats round-trip exactly), zlib-compressed."""
    day = features.day.isoformat() if features.day else None
    fields = [features.terms, features.lead, features.entities, features.figures]
    return zlib.compress(json.dumps([day, *fields], separators=(",", ":")).encode("utf-8"))


def decode(article_id: str, blob: bytes, vocabulary: Vocabulary) -> ArticleFeatures:
    """Stored features back, their words numbered in `vocabulary`."""
    day, terms, lead, entities, figures_ = json.loads(zlib.decompress(blob))
    return ArticleFeatures(article_id, terms, entities, dt.date.fromisoformat(day) if day else None,
                           lead, figures_, vocabulary)


def _top(name: str) -> int:
    return TOP_FIGURES if name == "figures" else TOP_TERMS


def _vectors(counts: list[Counter], top: int) -> list[Vector]:
    """TF-IDF vectors, top terms only."""
    idf = _idf(counts)
    return [_vector(c, idf, top) for c in counts]


def _vector(counts: Counter, idf: dict[str, float], top: int) -> Vector:
    """One TF-IDF vector, top terms only (ArticleFeatures keeps each word once, in its Vocabulary)."""
    return normalised(_weighted(counts, idf), top)
