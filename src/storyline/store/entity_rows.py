"""The canonical entities written as a difference (perf44, issue 16): a refresh's entity merge gives the
whole entity table again, but on a growing corpus most of it is what is stored already; rewriting every
entity and mention row (`replace_entities`) grew with the store (0.9 profiled s at 3k articles, perf40).

`Store.update_entities` reads the stored rows in its write transaction and writes only what differs:
new, renamed and vanished entities, new, moved and dropped mentions, and the mention counts of the
entities whose mentions changed. The tables it leaves equal those `replace_entities` writes for the same
records (tests/store/test_entity_rows.py compares them row for row).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from storyline.store import connect
from storyline.store.base import EntityRecord, MentionRecord
from storyline.store.browse import ENTITY_STATS_SQL, bump_revision
from storyline.store.rows import chunks
from storyline.store.schema import entities, entity_aliases, entity_mentions, entity_stats

MentionKey = tuple[str, int, int]  # article id, start, end: the mention table's primary key
EntityRow = tuple[str, str, tuple[str, ...]]  # name, type, sorted aliases
Carry = Callable[[list[EntityRecord], dict[str, str]], dict[str, str]]


@dataclass(slots=True)
class EntityChanges:
    """What turns the stored entity tables into the records' tables."""

    gone: list[str] = field(default_factory=list)  # entity ids no longer written
    added: dict[str, EntityRow] = field(default_factory=dict)
    changed: dict[str, EntityRow] = field(default_factory=dict)
    dropped: list[MentionKey] = field(default_factory=list)  # mentions deleted (dropped or rewritten)
    written: list[dict[str, Any]] = field(default_factory=list)  # mention rows inserted (new or rewritten)
    counted: set[str] = field(default_factory=set)  # entities whose mention counts must be counted again


def entity_row(record: EntityRecord) -> EntityRow:
    return record.name, record.type, tuple(sorted(record.aliases))


@dataclass(slots=True)
class StoredEntities:
    """The entity tables as the difference is taken from: rows by id, mentions by key."""

    rows: dict[str, EntityRow]
    mentions: dict[MentionKey, tuple[str, str]]  # key → entity id, text

    @classmethod
    def of(cls, records: Iterable[EntityRecord]) -> StoredEntities:
        records = list(records)
        return cls({e.id: entity_row(e) for e in records},
                   {(m.article_id, m.start, m.end): (e.id, m.text) for e in records for m in e.mentions})

    def records_of(self, entity_ids: Iterable[str]) -> list[EntityRecord]:
        """These entities with their mentions (only the vanished ones are needed, to carry their ids)."""
        wanted = {i: EntityRecord(i, *self.rows[i], []) for i in entity_ids}
        for (article_id, start, end), (entity_id, text) in sorted(self.mentions.items()):
            if entity_id in wanted:
                wanted[entity_id].mentions.append(MentionRecord(article_id, start, end, text))
        return list(wanted.values())


def entity_changes(stored: StoredEntities, records: Sequence[EntityRecord]) -> EntityChanges:
    """The rows to delete, insert and update so the stored entities become `records`."""
    changes = EntityChanges()
    now = StoredEntities.of(records)
    changes.gone = [i for i in stored.rows if i not in now.rows]
    for entity_id, row in now.rows.items():
        if entity_id not in stored.rows:
            changes.added[entity_id] = row
        elif stored.rows[entity_id] != row:
            changes.changed[entity_id] = row
    _mention_changes(stored.mentions, now.mentions, changes)
    changes.counted = (changes.counted | set(changes.added)) - set(changes.gone)
    return changes


def _mention_changes(was: Mapping[MentionKey, tuple[str, str]], now: Mapping[MentionKey, tuple[str, str]],
                     changes: EntityChanges) -> None:
    for key, (entity_id, _) in was.items():
        if now.get(key) != was[key]:
            changes.dropped.append(key)
            changes.counted.add(entity_id)
    for key, (entity_id, text) in now.items():
        if was.get(key) != now[key]:
            changes.written.append({"entity_id": entity_id, "article_id": key[0], "start": key[1], "end": key[2],
                                    "text": text})
            changes.counted.add(entity_id)


class EntityQueries:
    """`Store.update_entities`; needs the host class's `_write()`."""

    _write: Any

    def update_entities(self, records: Sequence[EntityRecord], carry: Carry) -> dict[str, str]:
        """Make the stored entities `records`, writing only the rows that differ, in one transaction;
        `carry(vanished entities, stored aliases)` gives the aliases to keep (old id → id now), both read
        in the same transaction (an entity still written needs no alias). Returns those aliases."""
        with self._write() as conn:
            connect.lock_corpus_writes(conn)
            stored = _stored(conn)
            was_aliases = {r.alias: r.entity_id for r in conn.execute(sa.select(entity_aliases))}
            changes = entity_changes(stored, records)
            aliases = carry(stored.records_of(changes.gone), was_aliases)
            _write_aliases(conn, was_aliases, aliases)
            _write_changes(conn, changes)
            if changes.gone or changes.added or changes.changed or changes.dropped or changes.written \
                    or aliases != was_aliases:
                bump_revision(conn)
        return aliases


def _stored(conn: sa.Connection) -> StoredEntities:
    """The stored rows as plain tuples (no records built: most are compared and left as they are)."""
    rows = {r.id: (r.name, r.type, tuple(sorted(r.aliases))) for r in conn.execute(sa.select(entities))}
    m = entity_mentions.c
    return StoredEntities(rows, {(r.article_id, r.start, r.end): (r.entity_id, r.text) for r in conn.execute(
        sa.select(m.article_id, m.start, m.end, m.entity_id, m.text))})


def read_entities(conn: sa.Connection) -> list[EntityRecord]:
    """Every stored entity with its mentions, most mentioned first."""
    found = {r.id: EntityRecord(r.id, r.name, r.type, tuple(r.aliases), [])
             for r in conn.execute(sa.select(entities))}
    for m in conn.execute(sa.select(entity_mentions).order_by(entity_mentions.c.article_id,
                                                               entity_mentions.c.start)):
        found[m.entity_id].mentions.append(MentionRecord(m.article_id, m.start, m.end, m.text))
    return sorted(found.values(), key=lambda e: (-len(e.mentions), e.name))


def _write_aliases(conn: sa.Connection, was: Mapping[str, str], now: Mapping[str, str]) -> None:
    stale = [a for a in was if now.get(a) != was[a]]
    for chunk in chunks(stale):
        conn.execute(entity_aliases.delete().where(entity_aliases.c.alias.in_(chunk)))
    fresh = [{"alias": a, "entity_id": i} for a, i in now.items() if was.get(a) != i]
    if fresh:
        conn.execute(entity_aliases.insert(), fresh)


def _write_changes(conn: sa.Connection, changes: EntityChanges) -> None:
    """Mentions off first (a moved one's old entity may go), entities, then mentions on, then counts."""
    if changes.dropped:
        conn.execute(entity_mentions.delete().where(
            entity_mentions.c.article_id == sa.bindparam("a"), entity_mentions.c.start == sa.bindparam("s"),
            entity_mentions.c.end == sa.bindparam("e")), [{"a": a, "s": s, "e": e} for a, s, e in changes.dropped])
    for chunk in chunks(changes.gone):
        conn.execute(entity_stats.delete().where(entity_stats.c.entity_id.in_(chunk)))
        conn.execute(entities.delete().where(entities.c.id.in_(chunk)))
    if changes.changed:
        conn.execute(entities.update().where(entities.c.id == sa.bindparam("key")).values(
            name=sa.bindparam("new_name"), type=sa.bindparam("new_type"), aliases=sa.bindparam("new_aliases", type_=sa.JSON)),
            [{"key": i, "new_name": n, "new_type": t, "new_aliases": list(a)} for i, (n, t, a) in changes.changed.items()])
    if changes.added:
        conn.execute(entities.insert(), [{"id": i, "name": n, "type": t, "aliases": list(a)}
                                         for i, (n, t, a) in changes.added.items()])
    if changes.written:
        conn.execute(entity_mentions.insert(), changes.written)
    _count_mentions(conn, sorted(changes.counted))


def _count_mentions(conn: sa.Connection, entity_ids: list[str]) -> None:
    """The mention counts of these entities again (ENTITY_STATS_SQL, restricted to them)."""
    grouped = ENTITY_STATS_SQL.replace(" GROUP BY", " WHERE e.id IN :ids GROUP BY")
    query = sa.text(grouped).bindparams(sa.bindparam("ids", expanding=True))
    for chunk in chunks(entity_ids):
        conn.execute(entity_stats.delete().where(entity_stats.c.entity_id.in_(chunk)))
        conn.execute(query, {"ids": list(chunk)})
