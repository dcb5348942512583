"""Corpus stage: canonical entities across every stored article, from the per-article mention spans."""
from __future__ import annotations

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
    merged = merge_entities({a.id: _article_entities(a) for a in articles})
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


def link_entities(store: Store) -> list[EntityRecord]:
    """Recompute the canonical entities of the whole store and write them; returns them."""
    records = canonical_entities(store.list_articles(with_raw=False))
    store.replace_entities(records)
    return records
