"""A refresh's touched stories restored from what is stored of them, not from their members.

    stored = StoredStory(members, centroid, first, last, keys)   # story_refresh reads these
    cluster(features, params, existing, restored=Restored(stories, load, days))

Main's refresh rebuilt every touched story member by member: each member's features decoded,
re-added into a fresh centroid, its index keys recomputed. A shuffled batch touches most stories,
so what a refresh read grew with the store (1.1–1.2× the stored originals per batch of 10k;
docs/corpus.md, refresh24). A story restored here starts from its stored centroid (sums, running
norms and days, story_centroid.decode_centroid), its member ids and its stored index keys; its
members' features are read (`Restored.load`) only when a pass needs them: the split pass for a
story grown enough to be tested again, the merge pass for a story absorbed into another. The
scores differ from a rebuilt story's only in the last bits (the sums were added in join order, not
in stored order) and the keys lack those the per-key cap dropped from the store.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.link.story_centroid import Centroid
    from storyline.link.story_features import ArticleFeatures


@dataclass(slots=True, frozen=True)
class StoredStory:
    """What a refresh restores of a stored story: its originals (stored order), its centroid and
    days as stored, and the index keys it is posted under (article_keys' "e:…" / "t:…")."""

    members: tuple[str, ...]
    centroid: Centroid
    first: dt.date | None
    last: dt.date | None
    keys: tuple[str, ...]


@dataclass(slots=True, frozen=True)
class Restored:
    """The stories a refresh restores from what is stored of them (by id), how it reads members'
    features when a pass needs them, and every restored original's day (for the member order)."""

    stories: Mapping[str, StoredStory]
    load: Callable[[Sequence[str]], Iterable[ArticleFeatures]]
    days: Mapping[str, dt.date | None]
