"""The JSON export read by the shared scorers (see ../shared/EXPORT.md), plus storyline's own fields."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storyline.model import Article
from storyline.records import (
    SpeakerIndex,
    article_record,
    citation_record,
    citation_texts,
    claim_record,
    entity_record,
    quote_record,
    timex_record,
)

if TYPE_CHECKING:
    from storyline.store.base import EntityRecord, ReadStore

# the record shapes live in storyline.records (shared with the API and the pages); named here too
__all__ = ["SpeakerIndex", "article_record", "claim_record", "entity_record", "export_json", "list_quotes",
           "quote_record", "timex_record"]


def _contradictions(articles: list[Article]) -> list[dict[str, Any]]:
    from storyline.link.contradictions import contradictions_in

    return contradictions_in(articles)


def _stories(store: ReadStore) -> list[dict[str, Any]]:
    from storyline.link.story_view import view_stored_story
    from storyline.records import story_record

    return [story_record(view_stored_story(store, s)) for s in store.list_stories()]


def export_json(store: ReadStore) -> dict[str, Any]:
    """Everything in the store as one JSON-ready object."""
    articles = store.list_articles(with_raw=False)
    entities = store.list_entities()
    speakers = SpeakerIndex(entities)
    spans = [(a.id, s) for a in articles for s in a.spans]
    texts = citation_texts(articles)
    stories = _stories(store)
    return {
        "articles": [article_record(a) for a in articles],
        "entities": [entity_record(e) for e in entities],
        "quotes": [quote_record(aid, s, speakers) for aid, s in spans if s.label == "QUOTE"],
        "timex": [timex_record(aid, s) for aid, s in spans if s.label == "TIMEX"],
        "claims": [claim_record(aid, s) for aid, s in spans if s.label == "CLAIM"],
        "stories": stories,
        # contradictions live in their story; listed here only when no story has been built
        "contradictions": [] if stories else _contradictions(articles),
        "citations": [citation_record(c, texts.get((c.article_id, c.start, c.end), ""))
                      for c in store.list_citation_links()],
    }


def _matches_speaker(quote: dict[str, Any], wanted: str, entities: dict[str, EntityRecord]) -> bool:
    from storyline.extract.names import fold

    speaker = quote["speaker"]
    names = [speaker.get("name") or "", speaker.get("descriptor") or ""]
    entity = entities.get(speaker.get("entity") or "")
    if entity:
        names += [entity.name, *entity.aliases]
    return any(fold(wanted) in fold(n) for n in names if n)


def list_quotes(store: ReadStore, speaker: str | None = None) -> list[dict[str, Any]]:
    """Every quote in export shape, or only those whose speaker (name, alias or description) matches."""
    entities = store.list_entities()
    index, by_id = SpeakerIndex(entities), {e.id: e for e in entities}
    quotes = [quote_record(a.id, s, index) for a in store.list_articles(with_raw=False)
              for s in a.spans if s.label == "QUOTE"]
    return [q for q in quotes if speaker is None or _matches_speaker(q, speaker, by_id)]
