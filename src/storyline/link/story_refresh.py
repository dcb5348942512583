"""The stories stage on a refresh: only the new articles and the stories they can join.

    records = refresh_touched(store, params, since)     # called by stories.link_stories

The state the full rebuild leaves in the store (0013, storyline.store.story_state) holds, per
field, each key's document frequency over the originals, each original's features, and an index
from entity keys and top terms to stories. A refresh then

1. counts the new originals' keys and adds them to the stored frequencies; the new originals are
   weighted with the IDF of the store as it is now (earlier originals keep the weights they were
   given: the "frozen weights" of docs/corpus.md, the one way this differs from a full rebuild);
2. restores the touched stories: those the new originals' top entity keys and terms are indexed
   under (the most recent `params.postings` per key, as the clusterer's own postings; per new
   original the `params.candidates` sharing most keys) that one of the new originals ranking them
   scores at least `params.restore_floor` against by the story's stored centroid (0014, read
   before any member), the stories of originals that new reprints copy, and the stories of earlier
   originals a new article took over as its group's original; each from its stored centroid, keys
   and member ids (story_restore), its members' stored features read only when a pass needs them
   (those the refresh holds already, this batch's new originals and the last slice's, taken from
   memory: a long story is restored by nearly every slice of a shuffled batch);
3. streams the new originals into them (stories.cluster: merge and split passes included) and
   writes back only the stories it changed or founded, with their centroids and index keys (of a
   story whose members it did not read, the new members' keys added to the stored ones).

Steps 2 and 3 run once per slice of `params.refresh_slice` new originals in stream order (1000 by
default; 0: one slice), each slice written before the next restores its own candidates (a story an
earlier slice changed or founded comes back from the store with its new members). In one slice a
shuffled batch of 10k restores the stories of two thirds of the store at once, and the refresh's
peak grows with the store; slices of 1000 bound it. A slice holds fewer stories than one run would,
so in slices the stored postings its candidates were found by go to the clusterer too: a stored
story it did not restore takes its place in the candidate ranking (unscored), and a changed story
does not reach as many weak matches that one run's larger crowd kept out. That halves the BCubed
the slices lost on generated corpora; what is left is within the seed-to-seed spread (30k: F1
-0.0001 on one seed, +0.0002 on another), so slices are the default (docs/corpus.md, issue 16).

Its cost follows the new articles and the stories they can join, not the store: without the
centroid check ten candidates per new original reached every stored story once the store held
fewer than ten times a batch, and the refresh grew with the store (docs/corpus.md). `storyline repair
--full` recomputes every weight and story from nothing (stories.link_stories with since 0).
"""
from __future__ import annotations

import datetime as dt
import logging
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.link.stories import (
    StoryParams,
    _decay_between,
    article_keys,
    cluster,
    stream_order,
    with_reprints,
)
from storyline.link.story_centroid import StoredCentroid, Unpacked, decode_centroid
from storyline.link.story_features import (
    ArticleFeatures,
    Counted,
    Vocabulary,
    counted_frequencies,
    decode,
    idfs,
    publication_day,
    weighted_features,
)
from storyline.link.story_restore import Restored, StoredStory
from storyline.link.story_saves import save_added_keys, save_centroids, save_features, save_keys
from storyline.store.base import CorpusQuery, CorpusRow, StoryRecord
from storyline.store.rows import chunks
from storyline.store.story_state import StoryChanges
from storyline.titles import keep_titles

if TYPE_CHECKING:
    from storyline.store import Store

log = logging.getLogger(__name__)
SAVE_EVERY = 1000  # new originals' features written a page at a time, not held encoded


class StaleState(Exception):
    """The stored state lacks an original a touched story holds: only a full rebuild is right."""


def refresh_touched(store: Store, params: StoryParams, since: int) -> list[StoryRecord]:
    """Stream the originals stored after generation `since` into the stories they can join, a
    slice of `params.refresh_slice` at a time; returns the stories written, as stored."""
    documents = store.story_documents() or 0
    seen = store.refresh_generation()
    store.begin_story_state(full=False)  # a refresh that stops from here on leaves a full rebuild
    query = CorpusQuery(since=since, body=True, stages=("entities",))

    def new_originals() -> Iterable[CorpusRow]:
        return (r for r in store.corpus_rows(query) if not r.duplicate_of)

    df, added, kept = counted_frequencies(new_originals())
    idf = idfs(store.add_story_frequencies(df), documents + added)
    del df
    vocabulary = Vocabulary()
    new = stream_order(_weighted(store, new_originals() if kept is None else kept, idf, vocabulary))
    del kept
    del idf  # ~100k keys' weights at 10k new originals, not needed past this point
    recopied = _recopied(store, new, since)
    written: set[str] = set()  # ids only: the records of every slice held would grow with the store
    size = params.refresh_slice or len(new) or 1
    # one slice (a batch of at most `refresh_slice` new originals) ranks as before
    run = _Run(store, params, seen, vocabulary, store.story_aliases(), ranks_unrestored=len(new) > size)
    for start in range(0, max(len(new), 1), size):
        # the stories a slice changed are written before the next one looks for its candidates:
        # one that reaches them restores them, with their new members, from the store
        run.slice(new[start:start + size], recopied if start == 0 else set(), written)
    log.info("stories: %d new originals in %d slices; %d stories restored (%d from their stored centroids; "
             "%d originals, %d features read from the store), %d written, %d merged away", added, run.slices,
             run.restored, run.from_centroids, run.originals, run.decoded, len(written), run.removed)
    store.write_story_changes(StoryChanges([], set(), run.aliases, documents + added))
    return store.stories_by_id(written)


@dataclass(slots=True)
class _Run:
    """One refresh's slices: what carries from one to the next (the merged-id aliases) and counts."""

    store: Store
    params: StoryParams
    seen: int
    vocabulary: Vocabulary  # the new originals' words, in which the restored ones are read too
    aliases: dict[str, str]
    ranks_unrestored: bool = False  # in slices: the stored stories not restored rank as candidates
    # what the last slice read of its restored stories' members, for the next slice to reuse: a
    # long story is restored by nearly every slice of a shuffled batch (docs/corpus.md, refresh25)
    members: _Members = field(default_factory=lambda: _Members())
    carried: dict[str, ArticleFeatures] = field(default_factory=dict)
    earlier: dict[str, ArticleFeatures] = field(default_factory=dict)  # this batch's new originals, by id
    slices: int = 0
    restored: int = 0
    from_centroids: int = 0  # of `restored`, those restored from their stored centroids
    originals: int = 0
    decoded: int = 0  # of `originals`, those read from the store (the others were held)
    removed: int = 0

    def restore_features(self, originals: set[str]) -> list[ArticleFeatures]:
        """The features of the restored stories' originals: those the last slice restored or this
        batch brought (held already) as they are, the others decoded from the store; only this
        slice's are carried to the next (one slice's restored originals, as one slice holds anyway).
        The same values either way (decoded into the run's one Vocabulary, where a held article's
        words are numbered already), so the clustering is unchanged."""
        # in sorted id order, as the store yields them (the order `cluster` meets them in is kept)
        return self.load(sorted(originals))

    def load(self, ids: Sequence[str]) -> list[ArticleFeatures]:
        """These originals' features: held ones (this batch's, the last slice's) as they are, the
        others decoded from the store (also what a pass reads of a story restored from its centroid)."""
        held = {a: f for a in ids if (f := self.carried.get(a) or self.earlier.get(a)) is not None}
        stored = sorted(set(ids) - set(held))
        decoded = {a: decode(a, blob, self.vocabulary) for a, blob in self.store.story_features_of(stored)}
        if len(decoded) != len(stored):
            raise StaleState(f"{len(stored) - len(decoded)} originals of touched stories have no stored features")
        self.decoded += len(decoded)
        return [held.get(a) or decoded[a] for a in ids]

    def stored_stories(self, existing: Sequence[StoryRecord], originals: set[str]) -> dict[str, StoredStory]:
        """The restored stories that have a stored centroid, as stored: centroid, days, keys and
        originals (story_restore); those without one are rebuilt from their members."""
        ids = [r.id for r in existing]
        centroids = {sid: decode_centroid(blob, self.vocabulary) for sid, blob in self.store.story_centroids_of(ids)}
        keys = dict(self.store.story_keys_of(centroids))
        return {r.id: StoredStory(tuple(a for a in r.article_ids if a in originals), *centroids[r.id],
                                  tuple(keys.get(r.id, ()))) for r in existing if r.id in centroids}

    def slice(self, new: list[ArticleFeatures], recopied: set[str], written: set[str]) -> None:
        """Restore the stories these new originals can join (and `recopied`), stream them in, and
        write back the stories that changed."""
        store, params = self.store, self.params
        candidates = _touched(store, new, params)
        # in one slice the postings go now, as before: held through the clustering they add to its peak
        unrestored = candidates.postings if self.ranks_unrestored else None
        existing = store.stories_by_id(candidates.reachable | recopied)
        del candidates
        originals, titles = self.members.read(store, [a for r in existing for a in r.article_ids])
        stored = self.stored_stories(existing, originals)
        # only the stories without a stored centroid are rebuilt from their members' features
        rebuilt = {a for r in existing if r.id not in stored for a in r.article_ids if a in originals}
        result = cluster([*self.restore_features(rebuilt), *new], params, existing, self.aliases,
                         taken=store.story_ids(), unrestored=unrestored,
                         restored=Restored(stored, self.load, self.members.days))
        del unrestored
        # what this slice read of restored members, for the next slice (one slice's worth)
        self.carried = {a: f for a, f in result.state.features.items() if a not in self.earlier}
        self.from_centroids += len(stored)
        del stored
        # a restored story that kept its originals and reprints is left as stored (title, keys, order)
        before = {r.id: {a for a in r.article_ids if a in originals} for r in existing}
        changed = {s.id for s in result.state.stories.values()
                   if s.id in recopied or set(s.members) != before.get(s.id)}
        removed = set(before) - set(result.state.stories)
        del before
        titles.update(_titles(store, [f.article_id for f in new]))
        clustered = result.records(titles, only=changed)
        # the index keys of the stories written, replaced a chunk of stories at a time while the
        # clustering is held (as one dict of key sets they were the refresh's peak; docs/corpus.md)
        partial = result.state.partial(changed)  # restored from the centroid: their unread members' keys stay
        store.drop_story_keys((changed - partial) | removed)
        save_keys(store, result.state, self.seen, only=changed - partial)
        save_added_keys(store, result.state, self.seen, only=partial)
        save_centroids(store, result.state, only=changed)
        store.drop_story_centroids(removed)
        self.aliases = result.aliases
        del result
        copies = store.copies_of(a for r in clustered for a in r.article_ids)
        records = with_reprints(keep_titles(clustered, existing, titles), copies)
        store.write_story_slice(records, removed)
        written.difference_update(removed)
        written.update(r.id for r in records)
        self.earlier.update((f.article_id, f) for f in new)
        self.slices += 1
        self.restored += len(existing)
        self.originals += len(originals)
        self.removed += len(removed)


def _weighted(store: Store, rows: Iterable[CorpusRow | Counted], idf: Mapping[str, dict[str, float]],
              vocabulary: Vocabulary) -> list[ArticleFeatures]:
    return save_features(store, weighted_features(rows, idf, vocabulary), SAVE_EVERY)


@dataclass(slots=True)
class _Candidates:
    """The stories to restore, and the stored postings of the new originals' keys they were found
    by (each key's most recent `postings` stories), for the clusterer to rank candidates with."""

    reachable: set[str]
    postings: dict[str, tuple[str, ...]]


def _touched(store: Store, new: list[ArticleFeatures], params: StoryParams) -> _Candidates:
    """Stories to restore: the candidates of these new originals within reach. The index postings past the per-key cap are dropped
    from the store as they are read, a chunk of keys at a time (the refresh has already marked the
    state for a rebuild, begin_story_state, so a refresh that stops after this leaves nothing stale)."""
    postings: dict[str, tuple[str, ...]] = {}
    ids: dict[str, str] = {}  # each story id held once, however many keys post it
    for part in store.story_postings({k for f in new for k in article_keys(f, params)}):
        dropped: list[tuple[str, str]] = []
        for key, posted in part.items():
            ranked = sorted(posted, reverse=True)  # most recently posted first, as the clusterer's postings
            postings[key] = tuple(ids.setdefault(story_id, story_id) for _, story_id in ranked[:params.postings])
            dropped += [(key, story_id) for _, story_id in ranked[params.postings:]]
        store.drop_story_postings(dropped)
    del ids
    ranked_by: dict[str, list[int]] = {}  # per candidate story, the new originals that rank it
    # each article's stories sharing most keys, as many as the clusterer scores (`candidates`; it
    # ranks twice as many only because its postings can name stories merged away, these cannot)
    for n, f in enumerate(new):
        hits = Counter(s for k in article_keys(f, params) for s in postings.get(k, ()))
        for story_id, _ in hits.most_common(params.candidates):
            ranked_by.setdefault(story_id, []).append(n)
    return _Candidates(_reachable(store, new, ranked_by, params), postings)


def _recopied(store: Store, new: list[ArticleFeatures], since: int) -> set[str]:
    """The stories whose reprints changed, to be written whatever the clustering does: those of
    originals new reprints copy, and of earlier originals a new article took over as its group's
    original."""
    copied = [r.duplicate_of for r in store.corpus_rows(CorpusQuery(since=since, stages=())) if r.duplicate_of]
    taken_over = [c for cs in store.copies_of(f.article_id for f in new).values() for c in cs]
    return store.stories_of([*copied, *taken_over])


def _reachable(store: Store, new: list[ArticleFeatures], ranked_by: dict[str, list[int]],
               params: StoryParams) -> set[str]:
    """The candidate stories that a new original ranking them scores at least `restore_floor`
    against, by their stored centroids (read a chunk at a time, none held): without it, ten
    candidates per new original reached every stored story and the refresh grew with the store
    (docs/corpus.md). A candidate with no stored centroid is kept. Packing a kept candidate from the
    centroid parsed here (not parsing it again to restore it) was tried and not kept: it holds the
    packed centroids beside the postings, and the 8k shuffled probe's peak RSS was 11-18 MB above the
    start tree's with it, for ~0.6 profiled s of 23.7 (docs/scale.md, perf38)."""
    if params.restore_floor <= 0:
        return set(ranked_by)
    kept = set(ranked_by)
    unpacked = [Unpacked.of(f) for f in new]  # each new original's fields read once, not per candidate
    for story_id, blob in store.story_centroids_of(ranked_by):
        if best_fit(story_id, blob, [unpacked[n] for n in ranked_by[story_id]], params) < params.restore_floor:
            kept.discard(story_id)
    log.info("stories: %d candidate stories, %d within reach of a new original", len(ranked_by), len(kept))
    return kept


@dataclass(slots=True)
class _Members:
    """Which of the restored stories' articles are originals, and the originals' titles (leads for
    those that printed none), read from the store; the last slice's answers are reused (a
    refresh's rows do not change while it runs) and only the next slice's articles are kept."""

    originals: set[str] = field(default_factory=set)
    reprints: set[str] = field(default_factory=set)
    titles: dict[str, str] = field(default_factory=dict)
    days: dict[str, dt.date | None] = field(default_factory=dict)  # the originals' (the member order)

    def read(self, store: Store, ids: list[str]) -> tuple[set[str], dict[str, str]]:
        wanted = set(ids)
        originals = wanted & self.originals
        reprints = wanted & self.reprints
        titles = {a: self.titles[a] for a in originals if a in self.titles}
        days = {a: self.days[a] for a in originals}
        unread = wanted - originals - reprints
        fresh: set[str] = set()
        for part in chunks(sorted(unread)):
            for r in store.corpus_rows(CorpusQuery(ids=tuple(part), stages=())):
                if r.duplicate_of:
                    reprints.add(r.id)
                    continue
                fresh.add(r.id)
                days[r.id] = publication_day(r)
                if r.title:
                    titles[r.id] = r.title
        originals |= fresh
        titles |= leads_of(store, sorted(fresh - set(titles)))
        self.originals, self.reprints, self.titles, self.days = set(originals), reprints, dict(titles), days
        return originals, titles


def _titles(store: Store, ids: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in chunks(sorted(set(ids))):
        found.update((r.id, r.title) for r in store.corpus_rows(CorpusQuery(ids=tuple(part), stages=())) if r.title)
    return found | leads_of(store, [i for i in ids if i not in found])


def leads_of(store: Store, ids: list[str]) -> dict[str, str]:
    """The leads of these articles (those that printed no headline), read a chunk of bodies at a time."""
    from storyline.titles import lead_title

    found: dict[str, str] = {}
    for part in chunks(sorted(set(ids))):
        for r in store.corpus_rows(CorpusQuery(ids=tuple(part), body=True, stages=())):
            if (lead := lead_title(r.body)) is not None:
                found[r.id] = lead
    return found


def best_fit(story_id: str, blob: bytes, articles: Sequence[Unpacked], params: StoryParams) -> float:
    """The highest similarity of these articles to a stored story centroid (`stored_fit`)."""
    return stored_fit(StoredCentroid.of(blob), articles, params)


def stored_fit(stored: StoredCentroid, articles: Sequence[Unpacked], params: StoryParams) -> float:
    """The highest similarity of these articles to a stored story centroid: what the stream's first
    comparison of each with the restored story would score (it scores with the stored running norms,
    read here too: summing every word's square again grew with the story, perf38). Read as the
    stored word sums, not as a packed Centroid: a refresh scores every candidate story of its new
    originals here (about 5k per slice of 1000 at 20k stored, of which ~7% are restored), and
    numbering each one's words into the run's Vocabulary and packing it was three quarters of the
    check's py-spy samples; as dicts the check takes 0.94 s of CPU instead of 1.73 for the 9,575
    centroids of 20k generated articles (docs/corpus.md)."""
    norms = stored.squared_norms()
    return max((_fit(f, stored.sums, norms, stored.first, stored.last, params) for f in articles), default=0.0)


def _fit(f: Unpacked, sums: Mapping[str, Mapping[str, float]], norms: Mapping[str, float],
         first: dt.date | None, last: dt.date | None, params: StoryParams) -> float:
    """_similarity over a centroid's word sums and squared norms per field."""
    total = weight = 0.0
    for name, w in params.weights().items():
        vector = f.fields[name]
        if not vector or not w:
            continue
        weight += w
        if norms[name] > 1e-12:
            centre = sums[name]
            dot = sum(v * centre[t] for t, v in vector.items() if t in centre)
            total += w * dot / math.sqrt(norms[name])
    return (total / weight if weight else 0.0) * _decay_between(f.day, first, last, params)
