"""Corpus stage: canonical entities across every stored article, from the per-article mention spans."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from storyline.extract.descriptions import DESC
from storyline.extract.entities import ArticleEntity, Mention
from storyline.link.entity_merge import merge_entities
from storyline.payloads import MentionPayload
from storyline.store.base import CorpusQuery, CorpusRow, EntityRecord, MentionRecord

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store import Store


def _article_entities(article: Article | CorpusRow) -> list[ArticleEntity]:
    """The article's referents back from its mention spans (grouped by the stage's `ref`)."""
    groups: dict[int | str, ArticleEntity] = {}
    for span in article.spans:
        if span.stage != "entities":
            continue
        mention = span.mention or MentionPayload()
        key = span.text if mention.ref is None else mention.ref
        entity = groups.setdefault(key, ArticleEntity(span.label, mention.name or span.text))
        if entity.label == DESC:  # a description ('the senator') takes its person's label
            entity.label = span.label
        # (where a description refers back is known from the ref only, so refers_to stays unset)
        entity.mentions.append(Mention(span.start, span.end, span.text, span.label))
    return list(groups.values())


def canonical_entities(articles: Iterable[Article | CorpusRow]) -> list[EntityRecord]:
    """Canonical entities for these articles (reprints included: their mentions are real mentions);
    read once, keeping only the mentions of the articles that have any."""
    outlets: set[str] = set()
    mentioned: dict[str, list[ArticleEntity]] = {}
    for a in articles:
        if a.outlet:
            outlets.add(a.outlet)
        if found := _article_entities(a):
            mentioned[a.id] = found
    merged = merge_entities(mentioned, sorted(outlets))
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
    if since and not _entities_changed(store, since):
        return []
    before = store.list_entities()
    records = canonical_entities(store.corpus_rows(CorpusQuery(stages=("entities",))))
    store.replace_entities(records, carried_aliases(before, records, store.entity_aliases()))
    return records


def _entities_changed(store: Store, since: int) -> bool:
    """Can the articles stored after `since` change the canonical entities? Only if one mentions an
    entity or names an outlet no earlier article did (outlets settle what 'the Times' abbreviates)."""
    counts = dict(store.list_outlets())
    added: Counter = Counter()
    for row in store.corpus_rows(CorpusQuery(since=since, stages=("entities",))):
        if row.spans:
            return True
        if row.outlet:
            added[row.outlet] += 1
    return any(counts.get(name, 0) <= n for name, n in added.items())
