"""A refresh's touched stories restored from what is stored of them, not from their members.

    stored = StoredStory(members, centroid, first, last, keys)   # story_refresh reads these
    cluster(features, params, existing, restored=Restored(stories, load, days))
    assigned = restore(state, existing)                          # what cluster() calls first

Main's refresh rebuilt every touched story member by member: each member's features decoded,
re-added into a fresh centroid, its index keys recomputed. A shuffled batch touches most stories,
so what a refresh read grew with the store (1.1–1.2× the stored originals per batch of 10k;
docs/corpus.md, refresh24). A story restored here starts from its stored centroid (sums, running
norms and days, story_centroid.decode_centroid), its member ids and its stored index keys; its
members' features are read (`Restored.load`) only when a pass needs them: the split pass for a
story grown enough to be tested again (by `split_regrowth` and by `split_min_part` members,
stories._due), the merge pass for a story absorbed into another. The
scores differ from a rebuilt story's only in the last bits (the sums were added in join order, not
in stored order) and the keys lack those the per-key cap dropped from the store.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.link.stories import _Clusterer
    from storyline.link.story_centroid import Centroid
    from storyline.link.story_features import ArticleFeatures
    from storyline.store.base import StoryRecord


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


def restore(state: _Clusterer, existing: Sequence[StoryRecord]) -> set[str]:
    """Put the stored stories back into the clusterer, in stored order; returns their originals. A
    story with a stored centroid is restored from it (`state.restored`), the others member by member."""
    assigned: set[str] = set()
    stored = state.restored.stories if state.restored is not None else {}
    for record in existing:
        state.taken.add(record.id)
        if (kept := stored.get(record.id)) is not None:
            if not assigned.intersection(kept.members):
                restore_stored(state, record.id, kept)
                assigned.update(kept.members)
                continue
            state.need([m for m in kept.members if m not in assigned])  # rebuilt from the rest, as below
        members = [m for m in record.article_ids if m in state.features and m not in assigned]
        if not members:
            continue
        story = state.found(state.features[members[0]], record.id)
        for m in members[1:]:
            state.join(story, state.features[m])
        story.tested = len(members)
        assigned.update(members)
    state.changed.clear()
    return assigned


def restore_stored(state: _Clusterer, story_id: str, stored: StoredStory) -> None:
    """A stored story as it was held, from its stored centroid and index keys: posted under each
    key once, in restore order, as rebuilding it member by member posts it."""
    from storyline.link.stories import _post, _Story

    story = _Story(story_id, list(stored.members), stored.centroid, stored.first, stored.last,
                   founded=len(state.taken), tested=len(stored.members))
    state.stories[story_id] = story
    for key in stored.keys:
        _post(state.by_entity if key.startswith("e:") else state.by_term, key[2:], story_id, state.params.postings)
