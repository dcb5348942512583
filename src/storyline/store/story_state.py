"""What the stories stage keeps between refreshes (0013), so that a refresh reads only the new
articles and the stories they can join (storyline.link.story_refresh; docs/corpus.md).

    story_terms      per field, in how many originals each key occurs; the row ("", "") holds how
                     many originals were counted, and its absence means "rebuild": it is deleted
                     when a refresh starts changing the state and written back in the transaction
                     that stores the stories, so a refresh that stops half-way leaves a full
                     rebuild for the next one
    story_features   each original's features as the refresh that first saw it weighted them
    story_keys       index from an entity key or top term to the stories whose members have it,
                     with the generation that last posted it (the most recent stories per key kept)
    story_centroids  (0014) each story's summed member vectors and days, which a refresh scores
                     new originals against before it restores any story
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from storyline.store import connect
from storyline.store.base import StoryChanges, StoryRecord
from storyline.store.browse import bump_revision, refresh_story_stats
from storyline.store.rows import chunks
from storyline.store.schema import (
    articles,
    stories,
    story_aliases,
    story_articles,
    story_centroids,
    story_features,
    story_keys,
    story_terms,
)

_COUNT = ("", "")  # (field, term) of the row that counts the originals
ROWS = 1000  # stories written per insert


class StoryStateQueries:
    """The stories stage's persisted state; needs the host class's `_read()` and `_write()`."""

    _read: Any
    _write: Any

    def story_documents(self) -> int | None:
        """How many originals the stored frequencies count; None when the state must be rebuilt."""
        with self._read() as conn:
            return conn.execute(sa.select(story_terms.c.documents).where(
                story_terms.c.field == _COUNT[0], story_terms.c.term == _COUNT[1])).scalar()

    def begin_story_state(self, full: bool) -> None:
        """Mark the state as being changed (deletes the count row); `full` empties it."""
        with self._write() as conn:
            connect.lock_corpus_writes(conn)
            if full:
                for table in (story_terms, story_features, story_keys, story_centroids):
                    conn.execute(table.delete())
            else:
                conn.execute(story_terms.delete().where(story_terms.c.field == _COUNT[0],
                                                        story_terms.c.term == _COUNT[1]))

    def add_story_frequencies(self, df: Mapping[str, Mapping[str, int]],
                              totals: bool = True, emptied: bool = False) -> dict[str, dict[str, int]]:
        """Add these per-field document frequencies to the stored ones; returns the sums for their
        keys (`totals`; a full rebuild, which starts from none, needs no copy of what it gave).
        `emptied`: the caller emptied the state (begin_story_state(full=True)) under the refresh
        lock, so none is stored and the keys are inserted without reading for them (the 90
        extraction-dev pages' 18k keys: 0.09 -> 0.06 s). Written a chunk of keys at a time: as one
        list of row dicts the 10k-article rebuild's frequencies took ~25 MB more at its peak
        (docs/corpus.md)."""
        merged: dict[str, dict[str, int]] = {}
        with self._write() as conn:
            for name, counts in df.items():
                sums = merged.setdefault(name, {}) if totals else None
                for part in chunks(sorted(counts)):
                    _add_frequencies(conn, name, {t: counts[t] for t in part}, sums, emptied)
        return merged

    def save_story_features(self, encoded: Mapping[str, bytes]) -> None:
        """Store (or replace) originals' encoded features."""
        if not encoded:
            return
        with self._write() as conn:
            for part in chunks(list(encoded)):
                conn.execute(story_features.delete().where(story_features.c.article_id.in_(part)))
            conn.execute(story_features.insert(), [{"article_id": k, "features": v} for k, v in encoded.items()])

    def story_features_of(self, article_ids: Iterable[str]) -> Iterator[tuple[str, bytes]]:
        """Stored encoded features of these articles (those that have them), a chunk at a time."""
        for part in chunks(sorted(set(article_ids))):
            with self._read() as conn:
                rows = conn.execute(sa.select(story_features).where(story_features.c.article_id.in_(part))).all()
            yield from ((r.article_id, r.features) for r in rows)

    def save_story_centroids(self, encoded: Mapping[str, bytes]) -> None:
        """Store (or replace) stories' encoded centroids (story_centroid.encode_centroid)."""
        if not encoded:
            return
        with self._write() as conn:
            for part in chunks(list(encoded)):
                conn.execute(story_centroids.delete().where(story_centroids.c.story_id.in_(part)))
            conn.execute(story_centroids.insert(), [{"story_id": k, "centroid": v} for k, v in encoded.items()])

    def drop_story_centroids(self, story_ids: Iterable[str]) -> None:
        """Remove the centroids of these stories (merged away)."""
        with self._write() as conn:
            for part in chunks(sorted(set(story_ids))):
                conn.execute(story_centroids.delete().where(story_centroids.c.story_id.in_(part)))

    def story_centroids_of(self, story_ids: Iterable[str]) -> Iterator[tuple[str, bytes]]:
        """Stored encoded centroids of these stories (those that have one), a chunk at a time."""
        for part in chunks(sorted(set(story_ids))):
            with self._read() as conn:
                rows = conn.execute(sa.select(story_centroids).where(story_centroids.c.story_id.in_(part))).all()
            yield from ((r.story_id, r.centroid) for r in rows)

    def story_postings(self, keys: Iterable[str]) -> Iterator[dict[str, list[tuple[int, str]]]]:
        """Per index key, its (generation last posted, story id) rows; one dict per chunk of keys
        (the whole read at once held every posting of ~60k keys at 10k new originals)."""
        for part in chunks(sorted(set(keys))):
            found: dict[str, list[tuple[int, str]]] = defaultdict(list)
            with self._read() as conn:
                for r in conn.execute(sa.select(story_keys).where(story_keys.c.key.in_(part))):
                    found[r.key].append((r.seen, r.story_id))
            yield found

    def drop_story_postings(self, postings: Sequence[tuple[str, str]]) -> None:
        """Remove these (key, story id) postings (those past the per-key cap)."""
        if not postings:
            return
        with self._write() as conn:  # one statement, many parameter sets
            connect.lock_corpus_writes(conn)
            conn.execute(story_keys.delete().where(story_keys.c.key == sa.bindparam("k"),
                                                   story_keys.c.story_id == sa.bindparam("s")),
                         [{"k": k, "s": story_id} for k, story_id in postings])

    def drop_story_keys(self, story_ids: Iterable[str]) -> None:
        """Remove every index posting of these stories (before their new keys are added)."""
        with self._write() as conn:
            connect.lock_corpus_writes(conn)
            for part in chunks(sorted(set(story_ids))):
                conn.execute(story_keys.delete().where(story_keys.c.story_id.in_(part)))

    def stories_of(self, article_ids: Iterable[str]) -> set[str]:
        """The stories holding these articles."""
        found: set[str] = set()
        for part in chunks(sorted(set(article_ids))):
            with self._read() as conn:
                found.update(conn.execute(sa.select(story_articles.c.story_id)
                                          .where(story_articles.c.article_id.in_(part))).scalars())
        return found

    def stories_by_id(self, story_ids: Iterable[str]) -> list[StoryRecord]:
        """These stories with their articles in stored order, in stored story order."""
        records: list[tuple[int, StoryRecord]] = []
        for part in chunks(sorted(set(story_ids))):
            with self._read() as conn:
                members: dict[str, list[str]] = defaultdict(list)
                for r in conn.execute(sa.select(story_articles).where(story_articles.c.story_id.in_(part))
                                      .order_by(story_articles.c.story_id, story_articles.c.position)):
                    members[r.story_id].append(r.article_id)
                for r in conn.execute(sa.select(stories).where(stories.c.id.in_(part))):
                    records.append((r.position, StoryRecord(r.id, r.title, tuple(members[r.id]))))
        return [r for _, r in sorted(records, key=lambda pr: (pr[0], pr[1].id))]

    def story_ids(self) -> set[str]:
        with self._read() as conn:
            return set(conn.execute(sa.select(stories.c.id)).scalars())

    def copies_of(self, article_ids: Iterable[str]) -> dict[str, list[str]]:
        """Reprints of these originals, by original."""
        found: dict[str, list[str]] = defaultdict(list)
        for part in chunks(sorted(set(article_ids))):
            with self._read() as conn:
                for r in conn.execute(sa.select(articles.c.id, articles.c.duplicate_of)
                                      .where(articles.c.duplicate_of.in_(part))):
                    found[r.duplicate_of].append(r.id)
        return found

    def add_story_keys(self, keys: Mapping[str, Iterable[str]], seen: int) -> None:
        """Index these stories under their keys (a full rebuild writes them a chunk of stories at a
        time while it still holds the clustering; `finish_story_state` then makes them count)."""
        with self._write() as conn:
            _insert_keys(conn, keys, seen)

    def story_keys_of(self, story_ids: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
        """The index keys each of these stories is posted under (a refresh restoring it from its
        stored centroid posts it under them, story_restore), a chunk of stories at a time."""
        for part in chunks(sorted(set(story_ids))):
            found: dict[str, list[str]] = defaultdict(list)
            with self._read() as conn:
                for r in conn.execute(sa.select(story_keys.c.story_id, story_keys.c.key)
                                      .where(story_keys.c.story_id.in_(part))):
                    found[r.story_id].append(r.key)
            yield from found.items()

    def extend_story_keys(self, keys: Mapping[str, Iterable[str]], seen: int) -> None:
        """Add these keys to stories that keep the ones they have; every posting of theirs is marked
        `seen`, as dropping and re-adding them all would (story_refresh, stories.save_added_keys)."""
        pairs = [{"k": k, "s": story_id} for story_id, ks in keys.items() for k in sorted(set(ks))]
        with self._write() as conn:
            connect.lock_corpus_writes(conn)
            for part in chunks(sorted(keys)):
                conn.execute(story_keys.update().where(story_keys.c.story_id.in_(part)).values(seen=seen))
            if pairs:
                conn.execute(story_keys.delete().where(story_keys.c.key == sa.bindparam("k"),
                                                       story_keys.c.story_id == sa.bindparam("s")), pairs)
            _insert_keys(conn, keys, seen)

    def finish_story_state(self, documents: int) -> None:
        """After a full rebuild wrote the stories and their index keys: the count row, which makes
        the state valid for the next refresh."""
        with self._write() as conn:
            connect.lock_corpus_writes(conn)
            _write_count(conn, documents)

    def write_story_slice(self, records: Sequence[StoryRecord], removed: Iterable[str]) -> None:
        """One slice of an incremental refresh: these stories replace those of the same ids and
        those `removed`, listed last (position -1) until `write_story_changes` renumbers them. The
        count row stays absent meanwhile, so a refresh that stops between slices leaves a full
        rebuild (story_refresh)."""
        with self._write() as conn:
            connect.lock_corpus_writes(conn)
            _replace_stories(conn, records, removed)

    def write_story_changes(self, changes: StoryChanges) -> None:
        """An incremental refresh's stories and count, in one transaction; the stories' list order
        is then renumbered as the full rebuild orders them."""
        with self._write() as conn:
            connect.lock_corpus_writes(conn)
            _replace_stories(conn, changes.records, changes.removed)
            conn.execute(story_aliases.delete())
            if changes.aliases:
                conn.execute(story_aliases.insert(), [{"alias": k, "story_id": v} for k, v in changes.aliases.items()])
            _renumber(conn)
            _write_count(conn, changes.documents)
            refresh_story_stats(conn)
            bump_revision(conn)


def _replace_stories(conn: sa.Connection, records: Sequence[StoryRecord], removed: Iterable[str]) -> None:
    for part in chunks(sorted({r.id for r in records} | set(removed))):
        conn.execute(story_articles.delete().where(story_articles.c.story_id.in_(part)))
        conn.execute(stories.delete().where(stories.c.id.in_(part)))
    for start in range(0, len(records), ROWS):  # rows built a chunk at a time
        part_records = records[start:start + ROWS]
        conn.execute(stories.insert(), [{"id": r.id, "title": r.title, "position": -1} for r in part_records])
        rows = [{"story_id": r.id, "article_id": a, "position": i}
                for r in part_records for i, a in enumerate(r.article_ids)]
        if rows:
            conn.execute(story_articles.insert(), rows)


def _add_frequencies(conn: sa.Connection, name: str, counts: Mapping[str, int],
                     sums: dict[str, int] | None, emptied: bool = False) -> None:
    """One chunk of keys (at most rows.CHUNK): stored counts raised, new ones inserted."""
    stored: dict[str, int] = {} if emptied else {r.term: r.documents for r in conn.execute(
        sa.select(story_terms.c.term, story_terms.c.documents)
        .where(story_terms.c.field == name, story_terms.c.term.in_(list(counts))))}
    old = [{"f": name, "t": t, "n": stored[t] + n} for t, n in counts.items() if t in stored]
    if old:
        conn.execute(story_terms.update().where(story_terms.c.field == sa.bindparam("f"),
                                                story_terms.c.term == sa.bindparam("t"))
                     .values(documents=sa.bindparam("n")), old)
    new = [{"field": name, "term": t, "documents": n} for t, n in counts.items() if t not in stored]
    if new:
        conn.execute(story_terms.insert(), new)
    if sums is not None:
        sums.update((t, stored.get(t, 0) + n) for t, n in counts.items())


def _insert_keys(conn: sa.Connection, keys: Mapping[str, Iterable[str]], seen: int) -> None:
    rows = [{"key": k, "story_id": story_id, "seen": seen} for story_id, ks in keys.items() for k in sorted(set(ks))]
    if rows:
        conn.execute(story_keys.insert(), rows)


def _write_count(conn: sa.Connection, documents: int) -> None:
    conn.execute(story_terms.delete().where(story_terms.c.field == _COUNT[0], story_terms.c.term == _COUNT[1]))
    conn.execute(story_terms.insert(), [{"field": _COUNT[0], "term": _COUNT[1], "documents": documents}])


def _renumber(conn: sa.Connection) -> None:
    """List order as the full rebuild sorts its records: most originals first, then the earliest
    day-dated original, then the id (Clustering.records)."""
    a, m = articles.c, story_articles.c
    originals = sa.func.sum(sa.case((a.duplicate_of.is_(None), 1), else_=0))
    first = sa.func.min(sa.case((sa.and_(a.duplicate_of.is_(None), a.published_precision == "day"),
                                 a.published_value), else_=None))
    rows = conn.execute(sa.select(m.story_id, originals.label("n"), first.label("first"))
                        .select_from(story_articles.join(articles, articles.c.id == m.article_id))
                        .group_by(m.story_id)).all()
    order = sorted(rows, key=lambda r: (-int(r.n or 0), r.first is None, r.first or "", r.story_id))
    current = {r.id: r.position for r in conn.execute(sa.select(stories.c.id, stories.c.position))}
    moved = [{"i": r.story_id, "p": n} for n, r in enumerate(order) if current.get(r.story_id) != n]
    if moved:
        conn.execute(stories.update().where(stories.c.id == sa.bindparam("i")).values(position=sa.bindparam("p")), moved)
