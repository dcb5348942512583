"""Corpus stage: canonical entities across every stored article, from the per-article mention spans."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from storyline.extract.entities import ArticleEntity, Mention, merge_entities
from storyline.payloads import MentionPayload
from storyline.store.base import EntityRecord, MentionRecord

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store import Store


def _article_entities(article: Article) -> list[ArticleEntity]:
    """The article's referents back from its mention spans (grouped by the stage's `ref`)."""
    groups: dict[int | str, ArticleEntity] = {}
    for span in article.spans:
        if span.stage != "entities":
            continue
        mention = span.mention or MentionPayload()
        key = span.text if mention.ref is None else mention.ref
        entity = groups.setdefault(key, ArticleEntity(span.label, mention.name or span.text))
        entity.mentions.append(Mention(span.start, span.end, span.text, span.label))
    return list(groups.values())


def canonical_entities(articles: list[Article]) -> list[EntityRecord]:
    """Canonical entities for these articles (reprints included: their mentions are real mentions)."""
    outlets = {a.outlet for a in articles if a.outlet}
    merged = merge_entities({a.id: _article_entities(a) for a in articles}, sorted(outlets))
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


def link_entities(store: Store) -> list[EntityRecord]:
    """Recompute the canonical entities of the whole store and write them, keeping every earlier id
    resolvable (as an alias of the entity that absorbed it); returns them."""
    before = store.list_entities()
    records = canonical_entities(store.list_articles(with_raw=False))
    store.replace_entities(records, carried_aliases(before, records, store.entity_aliases()))
    return records
