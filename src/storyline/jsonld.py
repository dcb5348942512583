"""schema.org `NewsArticle` JSON-LD for one article (https://schema.org/NewsArticle).

The vocabulary search engines and news tools read: headline, datePublished (as precise as the
article's known date and no more: "2019-07" for a month, absent when unknown), publisher (the
outlet), author (the byline's names), isBasedOn (the original of a reprint), mentions (the
canonical entities named in it) and the text. Used by `storyline export --kind jsonld` and
`GET /api/articles/{id}/jsonld`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store.base import EntityRecord

CONTEXT = "https://schema.org"
ID_PREFIX = "urn:storyline:article:"
# spaCy/OntoNotes entity labels to schema.org types; anything else is a Thing
ENTITY_TYPES = {"PERSON": "Person", "ORG": "Organization", "NORP": "Organization", "GPE": "Place", "LOC": "Place",
                "FAC": "Place", "EVENT": "Event", "WORK_OF_ART": "CreativeWork", "PRODUCT": "Product"}
# "By A and B", "A, B and C": the separators of a byline's names (AP Stylebook lists authors this way)
_BYLINE_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*", re.IGNORECASE)


def article_id_iri(article_id: str, base_url: str | None = None) -> str:
    return f"{base_url.rstrip('/')}/articles/{article_id}" if base_url else f"{ID_PREFIX}{article_id}"


def byline_authors(byline: str | None) -> list[str]:
    """The names in a byline, in order (a leading "By" dropped)."""
    if not byline:
        return []
    text = re.sub(r"^\s*by\s+", "", byline, flags=re.IGNORECASE)
    return [name for name in _BYLINE_SPLIT.split(text) if name.strip()]


def news_article(article: Article, entities: Iterable[EntityRecord] = (), *,
                 base_url: str | None = None, body: bool = True) -> dict[str, Any]:
    """The article as a schema.org NewsArticle JSON-LD object; `entities` are those mentioned in it."""
    doc: dict[str, Any] = {"@context": CONTEXT, "@type": "NewsArticle",
                           "@id": article_id_iri(article.id, base_url), "identifier": article.id}
    if article.title:
        doc["headline"] = article.title
    if article.published.value:
        doc["datePublished"] = article.published.value
    if article.outlet:
        doc["publisher"] = {"@type": "Organization", "name": article.outlet}
    authors = byline_authors(article.byline)
    if authors:
        doc["author"] = [{"@type": "Person", "name": name} for name in authors]
    if article.url:
        doc["url"] = article.url
    language = article.metadata.get("language")
    if language:
        doc["inLanguage"] = language
    if article.duplicate_of:
        doc["isBasedOn"] = {"@id": article_id_iri(article.duplicate_of, base_url)}
    mentions = [{"@type": ENTITY_TYPES.get(e.type, "Thing"), "name": e.name} for e in entities]
    if mentions:
        doc["mentions"] = mentions
    doc["wordCount"] = len(article.body.split())
    if body:
        doc["articleBody"] = article.body
    return doc
