"""Who reported what, as W3C PROV-JSON (https://www.w3.org/submissions/prov-json/), and JSON-LD per article.

PROV terms used (PROV-DM, https://www.w3.org/TR/prov-dm/):
- each article is an `entity` (prov:type schema:NewsArticle), attributed (`wasAttributedTo`) to its
  outlet, an `agent` of prov:type prov:Organization;
- each quote is an `entity` attributed to its speaker (a canonical entity as prov:Person /
  prov:Organization, or an agent for the unnamed source's description), and the article that
  carries it `wasDerivedFrom` it with prov:type prov:Quotation;
- a reprint `wasDerivedFrom` its original (storyline:Reprint); a citation resolved to an ingested
  article is a derivation (storyline:Citation); an unresolved one `wasInfluencedBy` the cited outlet.
"""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, TextIO

from storyline.payloads import QuotePayload

if TYPE_CHECKING:
    from storyline.store.sql import SqlStore

SPECIAL_KINDS = ("provenance", "jsonld")
PREFIXES = {"storyline": "urn:storyline:", "schema": "https://schema.org/", "prov": "http://www.w3.org/ns/prov#"}
_AGENT_TYPES = {"PERSON": "prov:Person", "ORG": "prov:Organization", "NORP": "prov:Organization",
                "GPE": "prov:Organization"}


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-") or "unnamed"


class _Prov:
    """A PROV-JSON document being filled: one dict per PROV relation, ids made unique by counters."""

    __slots__ = ("_counts", "doc")

    def __init__(self) -> None:
        self.doc: dict[str, Any] = {"prefix": dict(PREFIXES), "entity": {}, "agent": {}, "wasAttributedTo": {},
                                    "wasDerivedFrom": {}, "wasInfluencedBy": {}}
        self._counts: dict[str, int] = {}

    def relation(self, name: str, body: dict[str, Any]) -> None:
        n = self._counts[name] = self._counts.get(name, 0) + 1
        self.doc[name][f"_:{name}{n}"] = body

    def agent(self, key: str, label: str, prov_type: str) -> str:
        self.doc["agent"].setdefault(key, {"prov:type": prov_type, "prov:label": label})
        return key


def provenance_document(store: SqlStore) -> dict[str, Any]:
    """The store's who-reported-what as one PROV-JSON document."""
    from storyline.export import SpeakerIndex
    from storyline.export_stream import iter_articles

    entities = store.list_entities()
    speakers, by_id = SpeakerIndex(entities), {e.id: e for e in entities}
    prov = _Prov()
    for article in iter_articles(store):
        _add_article(prov, article, speakers, by_id)
    for link in store.list_citation_links():
        _add_citation(prov, link)
    return prov.doc


def _add_article(prov: _Prov, article, speakers, by_id) -> None:
    key = f"storyline:article/{article.id}"
    entity: dict[str, Any] = {"prov:type": "schema:NewsArticle", "prov:label": article.title or article.source}
    if article.published.value:
        entity["schema:datePublished"] = article.published.value
    prov.doc["entity"][key] = entity
    if article.outlet:
        outlet = prov.agent(f"storyline:outlet/{_slug(article.outlet)}", article.outlet, "prov:Organization")
        prov.relation("wasAttributedTo", {"prov:entity": key, "prov:agent": outlet})
    if article.duplicate_of:
        prov.relation("wasDerivedFrom", {"prov:generatedEntity": key, "prov:type": "storyline:Reprint",
                                         "prov:usedEntity": f"storyline:article/{article.duplicate_of}"})
    for span in article.spans:
        if span.label == "QUOTE":
            _add_quote(prov, key, article.id, span, speakers, by_id)


def _add_quote(prov: _Prov, article_key: str, article_id: str, span, speakers, by_id) -> None:
    key = f"storyline:quote/{article_id}-{span.start}"
    prov.doc["entity"][key] = {"prov:type": "schema:Quotation", "prov:value": span.text}
    prov.relation("wasDerivedFrom", {"prov:generatedEntity": article_key, "prov:usedEntity": key,
                                     "prov:type": "prov:Quotation"})
    quote = span.quote or QuotePayload()
    speaker = _speaker_agent(prov, speakers.entity_of(article_id, quote), quote, by_id)
    if speaker:
        prov.relation("wasAttributedTo", {"prov:entity": key, "prov:agent": speaker})


def _speaker_agent(prov: _Prov, entity_id: str | None, quote: QuotePayload, by_id) -> str | None:
    entity = by_id.get(entity_id or "")
    if entity is not None:
        return prov.agent(f"storyline:entity/{entity.id}", entity.name, _AGENT_TYPES.get(entity.type, "prov:Agent"))
    name, descriptor = quote.speaker_name, quote.speaker_descriptor
    if name:
        return prov.agent(f"storyline:speaker/{_slug(name)}", name, "prov:Agent")
    if descriptor:  # an unnamed source: the text's own description, never merged with a named one
        return prov.agent(f"storyline:unnamed/{_slug(descriptor)}", descriptor, "prov:Agent")
    return None


def _add_citation(prov: _Prov, link) -> None:
    key = f"storyline:article/{link.article_id}"
    if link.resolves_to:
        prov.relation("wasDerivedFrom", {"prov:generatedEntity": key, "prov:type": "storyline:Citation",
                                         "prov:usedEntity": f"storyline:article/{link.resolves_to}"})
        return
    outlet = prov.agent(f"storyline:outlet/{_slug(link.outlet)}", link.outlet, "prov:Organization")
    prov.relation("wasInfluencedBy", {"prov:influencee": key, "prov:influencer": outlet,
                                      "prov:type": "storyline:Citation"})


def write_special(store: SqlStore, stream: TextIO, kind: str, fmt: str) -> int:
    """`--kind provenance` (one PROV-JSON document) or `--kind jsonld` (schema.org NewsArticle per article:
    a JSON array, or one per line with --format jsonl). Returns the number of top-level records."""
    if kind == "provenance":
        doc = provenance_document(store)
        stream.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
        return len(doc["entity"])
    return _write_jsonld(store, stream, fmt)


def _write_jsonld(store: SqlStore, stream: TextIO, fmt: str) -> int:
    from storyline.export_stream import iter_articles
    from storyline.jsonld import news_article

    in_article: dict[str, list] = {}
    for entity in store.list_entities():
        for article_id in dict.fromkeys(m.article_id for m in entity.mentions):
            in_article.setdefault(article_id, []).append(entity)
    written = 0
    stream.write("" if fmt == "jsonl" else "[")
    for article in iter_articles(store):
        doc = news_article(article, in_article.get(article.id, ()))
        if fmt == "jsonl":
            stream.write(json.dumps(doc, ensure_ascii=False) + "\n")
        else:
            stream.write(("," if written else "") + "\n" + json.dumps(doc, ensure_ascii=False))
        written += 1
    stream.write("" if fmt == "jsonl" else "\n]\n")
    return written
