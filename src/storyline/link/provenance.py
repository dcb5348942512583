"""Corpus stage: resolve every citation span to the ingested article it points at, when one matches."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.extract.citations import Citation, resolve_citation
from storyline.payloads import CitationPayload
from storyline.store.base import CitationLink

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store import Store


def citation_links(articles: list[Article]) -> list[CitationLink]:
    """Every citation span with its resolution; a reprint never resolves to its own group."""
    links = []
    for article in articles:
        group = {article.id, article.duplicate_of}
        candidates = [a for a in articles if a.id not in group and a.duplicate_of not in group - {None}]
        for span in (s for s in article.spans if s.label == "CITATION"):
            cited = span.citation or CitationPayload()
            citation = Citation(span.start, span.end, span.text, cited.outlet, cited.time)
            links.append(CitationLink(article.id, span.start, span.end, citation.outlet, citation.time,
                                      resolve_citation(citation, candidates)))
    return links


def resolve_citations(store: Store) -> list[CitationLink]:
    """Resolve the citations of the whole store and write the links; returns them."""
    links = citation_links(store.list_articles(with_raw=False))
    store.replace_citation_links(links)
    return links


@dataclass(slots=True, frozen=True)
class Edge:
    """One article citing another outlet's reporting; `target` is the resolved article or None."""

    source: str
    outlet: str
    target: str | None
    text: str


@dataclass(slots=True, frozen=True)
class Provenance:
    """Who reported a story first, how its articles cite each other, and how many independent origins it has."""

    first_reported: dict | None      # {"article", "outlet", "date", "evidence"}
    edges: tuple[Edge, ...]
    origins: tuple[tuple[str, ...], ...]   # groups of article ids that are one origin (reprints, citations)


def citation_graph(articles: Sequence[Article], links: Sequence[CitationLink]) -> list[Edge]:
    ids = {a.id for a in articles}
    texts = {(a.id, s.start): s.text for a in articles for s in a.spans if s.label == "CITATION"}
    return [Edge(link.article_id, link.outlet, link.resolves_to, texts.get((link.article_id, link.start), ""))
            for link in links if link.article_id in ids]


def independent_origins(articles: Sequence[Article], edges: Sequence[Edge]) -> list[tuple[str, ...]]:
    """Articles grouped by origin: a reprint joins its original, an article joins the one it cites
    (so a story reported once and repeated ten times counts once)."""
    parent = {a.id: a.id for a in articles}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a in articles:
        if a.duplicate_of in parent:
            parent[root(a.id)] = root(a.duplicate_of)
    for e in edges:
        if e.target in parent:
            parent[root(e.source)] = root(e.target)
    groups: dict[str, list[str]] = {}
    for a in articles:
        groups.setdefault(root(a.id), []).append(a.id)
    return sorted((tuple(sorted(g)) for g in groups.values()), key=lambda g: (-len(g), g))


def first_reported(articles: Sequence[Article], edges: Sequence[Edge]) -> dict | None:
    """The earliest day-dated original in the story; an article that other articles cite as having
    'first reported' it wins over a later-dated one."""
    dated = [a for a in articles if a.published.precision == "day" and not a.duplicate_of]
    if not dated:
        return None
    earliest = min(dated, key=lambda a: (a.published.value, a.id))
    cited_first = [e for e in edges if e.target and "first" in e.text.lower()]
    evidence = f"earliest dated article ({earliest.published.value})"
    if cited_first:
        evidence += "; cited as first by " + ", ".join(sorted({e.source[:8] for e in cited_first}))
    return {"article": earliest.id, "outlet": earliest.outlet, "date": earliest.published.value, "evidence": evidence}


def story_provenance(articles: Sequence[Article], links: Sequence[CitationLink]) -> Provenance:
    edges = citation_graph(articles, links)
    return Provenance(first_reported(articles, edges), tuple(edges), tuple(independent_origins(articles, edges)))
