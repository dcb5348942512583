"""A story's centroid: the sum of its members' feature vectors, each field with its squared norm.

    centroid = Centroid()
    centroid.add(features)                 # the sum grows by one member
    centroid.dots(packed)                  # per field, a member's dot product with the sum
    centroid.field("terms")                # {"harbour": 2.31, …}   (for the merge pass and titles)
    blob = encode_centroid(centroid, first, last)   # as stored per story (0014), for the next refresh
    centroid, first, last = decode_centroid(blob, vocabulary)   # with the stored running norms
    first, last, sums = read_centroid(blob)         # the same, as plain dicts (no Vocabulary)

Held packed, like the features (story_features.ArticleFeatures): one sorted array of keys (the word's
number in the run's Vocabulary × 4 + the field's slot) and one of the summed weights as doubles.
As four dicts per story the centroids took 20.8 MB at 10k generated articles (444k entries,
tracemalloc), the largest thing a corpus refresh holds; packed, 12 bytes an entry. Each sum is still
the member weights added one at a time in member order, so the centroids hold the same doubles.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import zlib
from dataclasses import dataclass

import numpy as np

from storyline.link.story_features import FIELDS, SLOTS, ArticleFeatures, Vector, Vocabulary


@dataclass(slots=True, frozen=True)
class Packed:
    """One article's fields as sorted keys and their weights, and how many entries each field has."""

    keys: np.ndarray
    weights: np.ndarray
    sizes: np.ndarray

    @classmethod
    def of(cls, features: ArticleFeatures, vocabulary: Vocabulary | None = None) -> Packed:
        keys, weights = features.packed(vocabulary)
        return cls(keys, weights, np.bincount(keys & 3, minlength=len(FIELDS)))


class Centroid:
    """The summed member vectors of a story, packed; `norms` are each field's squared length."""

    __slots__ = ("keys", "norms", "values", "vocabulary")

    def __init__(self) -> None:
        self.keys = np.empty(0, dtype=np.int32)
        self.values = np.empty(0, dtype=np.float64)
        self.norms = [0.0] * len(FIELDS)
        self.vocabulary: Vocabulary | None = None  # the first member's; later members are read in it

    def __len__(self) -> int:
        return len(self.keys)

    def pack(self, features: ArticleFeatures) -> Packed:
        return Packed.of(features, self.vocabulary)

    def dots(self, packed: Packed) -> np.ndarray:
        """Per field slot, the dot product of the packed vector with the centroid."""
        return self._match(packed)[0]

    def add(self, features: ArticleFeatures) -> None:
        """Add a member: each field's squared norm grows by 2·v·c + v·v, each weight is added to its
        word's sum (a word new to the story is inserted in key order)."""
        if self.vocabulary is None:
            self.vocabulary = features.vocabulary
        packed = self.pack(features)
        dots, at, hit = self._match(packed)
        own = np.bincount(packed.keys & 3, weights=packed.weights * packed.weights, minlength=len(FIELDS))
        for slot in range(len(FIELDS)):
            self.norms[slot] += 2 * float(dots[slot]) + float(own[slot])
        self.values[at[hit]] += packed.weights[hit]
        new = ~hit
        if new.any():
            self.keys = np.insert(self.keys, at[new], packed.keys[new])
            self.values = np.insert(self.values, at[new], packed.weights[new])

    def field(self, name: str) -> Vector:
        """One field of the centroid as a dict of words (empty before any member)."""
        if self.vocabulary is None:
            return {}
        chosen = (self.keys & 3) == SLOTS[name]
        words = self.vocabulary.words
        return dict(zip([words[k] for k in (self.keys[chosen] >> 2).tolist()], self.values[chosen].tolist()))

    def _match(self, packed: Packed) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        at = np.searchsorted(self.keys, packed.keys)
        hit = at < len(self.keys)
        hit[hit] = self.keys[at[hit]] == packed.keys[hit]
        products = self.values[at[hit]] * packed.weights[hit]
        return np.bincount(packed.keys[hit] & 3, weights=products, minlength=len(FIELDS)), at, hit


@dataclass(slots=True, frozen=True)
class Unpacked:
    """An article's day and fields as dicts, unpacked once for the many stored centroids a refresh
    scores it against (`story_refresh.best_fit`): unpacked per centroid, reading the fields was a third of the
    reach check's CPU at 30k generated articles stored (480k unpackings for 10k new originals;
    docs/corpus.md, refresh25)."""

    day: dt.date | None
    fields: dict[str, dict[str, float]]

    @classmethod
    def of(cls, f: ArticleFeatures) -> Unpacked:
        return cls(f.day, {name: f.field(name) for name in FIELDS})


def encode_centroid(centroid: Centroid, first: dt.date | None, last: dt.date | None) -> bytes:
    """A story's centroid as stored (story_centroids, 0014): its first and last day, the four
    fields' summed weights and the four running squared norms, as JSON (floats round-trip exactly),
    zlib-compressed (as encode does an original's features). The norms let a refresh restore the
    story from this alone, as it held it (story_refresh; blobs written before them have none)."""
    days = [d.isoformat() if d else None for d in (first, last)]
    return zlib.compress(json.dumps([*days, *(centroid.field(name) for name in FIELDS), list(centroid.norms)],
                                    separators=(",", ":")).encode("utf-8"))


@dataclass(slots=True, frozen=True)
class StoredCentroid:
    """A stored centroid parsed once: its days, word sums per field as plain dicts and the stored
    running norms (None in blobs written before them). The refresh's reach check scores it as it
    is, with the stored norms (story_refresh.stored_fit); a restored story is `packed`."""

    first: dt.date | None
    last: dt.date | None
    sums: dict[str, Vector]
    norms: list[float] | None

    @classmethod
    def of(cls, blob: bytes) -> StoredCentroid:
        first, last, *rest = json.loads(zlib.decompress(blob))
        sums = {name: vector or {} for name, vector in zip(FIELDS, rest)}
        norms = [float(n) for n in rest[len(FIELDS)]] if len(rest) > len(FIELDS) else None
        return cls(_day(first), _day(last), sums, norms)

    def squared_norms(self) -> dict[str, float]:
        """Per field, the stored running norm (what the restored story scores with), or the sums'
        own for a blob stored without them (equal up to rounding)."""
        if self.norms is not None:
            return dict(zip(FIELDS, self.norms))
        return {name: math.fsum(v * v for v in self.sums[name].values()) for name in FIELDS}

    def packed(self, vocabulary: Vocabulary) -> tuple[Centroid, dt.date | None, dt.date | None]:
        """As `decode_centroid` gives it: packed, its words numbered in `vocabulary`."""
        vectors = self.sums
        centroid = Centroid()
        centroid.add(ArticleFeatures("", vectors["terms"], vectors["entities"], None, vectors["lead"],
                                     vectors["figures"], vocabulary))
        if self.norms is not None:
            centroid.norms = list(self.norms)
        return centroid, self.first, self.last


def read_centroid(blob: bytes) -> tuple[dt.date | None, dt.date | None, dict[str, Vector]]:
    """A stored centroid's first and last day and its word sums per field, as plain dicts (no
    Vocabulary: the refresh's reach check scores them without packing, story_refresh.best_fit)."""
    stored = StoredCentroid.of(blob)
    return stored.first, stored.last, stored.sums


def decode_centroid(blob: bytes, vocabulary: Vocabulary) -> tuple[Centroid, dt.date | None, dt.date | None]:
    """A stored centroid back, its words numbered in `vocabulary`, with the story's first and last
    day and its stored running norms (recomputed from the sums for a blob stored without them:
    equal up to rounding)."""
    return StoredCentroid.of(blob).packed(vocabulary)


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
