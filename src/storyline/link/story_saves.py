"""What the stories stage stores for the next refresh, a chunk of stories at a time: each
original's features, each story's index keys and centroid (story_state, 0013 and 0014).

    save_features(store, features)          # each original's, as weighted
    save_keys(store, state, seen)           # every story's keys (or `only` these)
    save_added_keys(store, state, seen, only=partial)   # a story restored from its centroid
    save_centroids(store, state)
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from storyline.link.story_centroid import encode_centroid
from storyline.link.story_features import ArticleFeatures, encode

if TYPE_CHECKING:
    from storyline.link.stories import _Clusterer
    from storyline.store import Store


def save_keys(store: Store, state: _Clusterer, seen: int, only: set[str] | None = None, every: int = 200) -> None:
    """The index keys of every story (`only` these ids, when given), written `every` stories at a
    time: built whole they were a set of key strings per story held through the writing of the
    stories (~30 MB at 10k generated articles, and the rows for them as many again; docs/corpus.md)."""
    ids = sorted(state.stories if only is None else only)
    for start in range(0, len(ids), every):
        store.add_story_keys(index_keys(state, only=set(ids[start:start + every])), seen)


def save_added_keys(store: Store, state: _Clusterer, seen: int, only: set[str], every: int = 200) -> None:
    """For stories restored from their stored centroids (_Clusterer.partial): the keys of the
    members whose features were read (the new ones, those absorbed) added to the stored ones,
    every posting of theirs marked `seen` as a rewrite would. Rewriting all of a long story's keys
    meant reading every member's features (story_restore)."""
    from storyline.link.stories import article_keys

    ids = sorted(only & set(state.stories))
    for start in range(0, len(ids), every):
        chosen = [state.stories[i] for i in ids[start:start + every]]
        store.extend_story_keys({s.id: {k for m in s.members if (f := state.features.get(m)) is not None
                                        for k in article_keys(f, state.params)} for s in chosen}, seen)


def save_centroids(store: Store, state: _Clusterer, only: set[str] | None = None, every: int = 200) -> None:
    """Every story's centroid (`only` these ids, when given), encoded and written `every` stories at
    a time, for the next refresh to score new originals against (story_refresh)."""
    ids = sorted(state.stories if only is None else only & set(state.stories))
    for start in range(0, len(ids), every):
        chosen = [state.stories[i] for i in ids[start:start + every]]
        store.save_story_centroids({s.id: encode_centroid(s.centroid, s.first, s.last) for s in chosen})


def save_features(store: Store, features: Iterable[ArticleFeatures], every: int = 1000) -> list[ArticleFeatures]:
    """The features, each stored (encoded) for later refreshes a page at a time as they come."""
    kept: list[ArticleFeatures] = []
    pending: dict[str, bytes] = {}
    for f in features:
        kept.append(f)
        pending[f.article_id] = encode(f)
        if len(pending) >= every:
            store.save_story_features(pending)
            pending = {}
    store.save_story_features(pending)
    return kept


def index_keys(state: _Clusterer, only: set[str] | None = None) -> dict[str, set[str]]:
    """Per story (`only` these ids, when given), the keys its members post it under (what the next
    refresh looks candidates up by)."""
    from storyline.link.stories import article_keys

    stories = state.stories.values() if only is None else [state.stories[i] for i in only if i in state.stories]
    return {s.id: {k for m in s.members for k in article_keys(state.features[m], state.params)} for s in stories}
