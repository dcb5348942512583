"""The entity merge's input, each article's referents, kept in the store (0015) once worked out.

An article's referents are its entity spans grouped by the extraction's `ref`; the merge used to read
every span row of the corpus and group them again at each refresh: 3.5 + 0.7 of link_entities' 18.4
profiled s on 3k generated articles, growing with the store (docs/scale.md, perf40). They are now
encoded once, when the merge first reads an article (`Store.store_referents`), and read back as one
row per article; the encoding keeps every field the grouping gives, so the merge's input is the same.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.extract.descriptions import DESC
from storyline.extract.entities import ArticleEntity, Mention
from storyline.payloads import MentionPayload
from storyline.store.base import CorpusQuery, CorpusRow

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store import Store


def article_entities(article: Article | CorpusRow) -> list[ArticleEntity]:
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


def encode_referents(row: CorpusRow) -> str:
    """The row's referents as stored: [[label, name, [[start, end, text, label], ...]], ...]."""
    return json.dumps([[e.label, e.name, [[m.start, m.end, m.text, m.label] for m in e.mentions]]
                       for e in article_entities(row)], ensure_ascii=False, separators=(",", ":"))


def decode_referents(text: str) -> list[ArticleEntity]:
    return [ArticleEntity(label, name, [Mention(start, end, said, tag) for start, end, said, tag in mentions])
            for label, name, mentions in json.loads(text)]


@dataclass(slots=True, frozen=True)
class CorpusReferents:
    """The merge's input: every article's referents (the articles that have any, by id) and the corpus's outlets."""

    by_article: dict[str, list[ArticleEntity]]
    outlets: list[str]


def corpus_referents(store: Store) -> CorpusReferents:
    """Every article's referents (the articles that have any, by id) and the corpus's outlets, sorted:
    the referents not stored yet are stored first; an article whose spans were replaced since (its
    row deleted) is read from its spans."""
    store.store_referents(encode_referents)
    outlets: set[str] = set()
    mentioned: dict[str, list[ArticleEntity]] = {}
    missing: list[str] = []
    for row in store.referent_rows():
        if row.outlet:
            outlets.add(row.outlet)
        if row.referents is None:
            missing.append(row.id)
        elif found := decode_referents(row.referents):
            mentioned[row.id] = found
    if missing:
        for article in store.corpus_rows(CorpusQuery(ids=tuple(missing), stages=("entities",))):
            if found := article_entities(article):
                mentioned[article.id] = found
    return CorpusReferents(dict(sorted(mentioned.items())), sorted(outlets))
