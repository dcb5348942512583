"""Corpus stage: canonical entities across every stored article, from the per-article mention spans."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from storyline.extract.entities import ArticleEntity
from storyline.link.entity_merge import merge_entities
from storyline.link.stored_referents import article_entities, corpus_referents, decode_referents, encode_referents
from storyline.store.base import CorpusRow, EntityRecord, MentionRecord

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store import Store


def canonical_entities(articles: Iterable[Article | CorpusRow]) -> list[EntityRecord]:
    """Canonical entities for these articles (reprints included: their mentions are real mentions);
    read once, keeping only the mentions of the articles that have any."""
    outlets: set[str] = set()
    mentioned: dict[str, list[ArticleEntity]] = {}
    for a in articles:
        if a.outlet:
            outlets.add(a.outlet)
        if found := article_entities(a):
            mentioned[a.id] = found
    return merged_records(mentioned, sorted(outlets))


def merged_records(mentioned: Mapping[str, list[ArticleEntity]], outlets: list[str]) -> list[EntityRecord]:
    """The canonical entities of these articles' referents (article id → its referents), as stored."""
    merged = merge_entities(mentioned, outlets)
    records = []
    for entity in merged:
        seen: dict[tuple[str, int, int], MentionRecord] = {}
        for article_id, m in entity.mentions:
            seen.setdefault((article_id, m.start, m.end), MentionRecord(article_id, m.start, m.end, m.text))
        records.append(EntityRecord(entity.id, entity.name, entity.type, tuple(sorted(entity.aliases)),
                                    list(seen.values())))
    return _unique_mentions(records)


def _unique_mentions(records: list[EntityRecord]) -> list[EntityRecord]:
    """A span belongs to one entity only (the first, most mentioned, keeps it)."""
    taken: set[tuple[str, int, int]] = set()
    for record in records:
        kept = [m for m in record.mentions if (m.article_id, m.start, m.end) not in taken]
        taken.update((m.article_id, m.start, m.end) for m in kept)
        record.mentions = kept
    return records


def carried_aliases(before: list[EntityRecord], after: list[EntityRecord],
                    aliases: Mapping[str, str]) -> dict[str, str]:
    """Old id → current id for every id that no longer names an entity: a vanished entity's id goes
    to the entity that now holds most of its mentions; earlier aliases follow their target."""
    current = {e.id for e in after}
    owner = {(m.article_id, m.start, m.end): e.id for e in after for m in e.mentions}
    moved: dict[str, str] = {}
    for old in before:
        if old.id in current:
            continue
        votes = Counter(owner[k] for m in old.mentions if (k := (m.article_id, m.start, m.end)) in owner)
        if votes:
            moved[old.id] = min(votes, key=lambda i: (-votes[i], i))
    out = {}
    for alias, target in {**aliases, **moved}.items():
        target = moved.get(target, target)
        if alias not in current and target in current:
            out[alias] = target
    return out


def link_entities(store: Store, since: int = 0) -> list[EntityRecord]:
    """Recompute the canonical entities of the whole store from its entity mentions (streamed, no
    bodies) and write them, keeping every earlier id resolvable (as an alias of the entity that
    absorbed it); returns them. With `since`, only when the articles stored after that generation
    can change them (unchanged: returns []).

    Why not merge the new articles' entities alone: the merge rules are corpus-wide (a bare surname
    joins the corpus's most-mentioned full name ending in it; an acronym the one organisation with
    those initials), so one new "Anna Smith" can move every earlier "Smith"; a merge of the new
    mentions into the stored table would differ from the full merge."""
    store.store_referents(encode_referents)  # the new articles' spans read once, for the check and the merge
    if since and not _entities_changed(store, since):
        return []
    corpus = corpus_referents(store)
    records = merged_records(corpus.by_article, corpus.outlets)
    # only the rows that differ are written (most entities of a grown corpus are as stored)
    store.update_entities(records, lambda gone, aliases: carried_aliases(gone, records, aliases))
    return records


def _entities_changed(store: Store, since: int) -> bool:
    """Can the articles stored after `since` change the canonical entities? Only if one mentions an
    entity or names an outlet no earlier article did (outlets settle what 'the Times' abbreviates)."""
    counts = dict(store.list_outlets())
    added: Counter = Counter()
    for row in store.referent_rows(since):
        if row.referents is None or decode_referents(row.referents):  # (None: its spans replaced since)
            return True
        if row.outlet:
            added[row.outlet] += 1
    return any(counts.get(name, 0) <= n for name, n in added.items())
