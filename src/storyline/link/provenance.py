"""Corpus stage: resolve every citation span to the ingested article it points at, when one matches."""
from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.citations import Citation, resolve_citation
from storyline.store.base import CitationLink

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store import Store


def citation_links(articles: list["Article"]) -> list[CitationLink]:
    """Every citation span with its resolution; a reprint never resolves to its own group."""
    links = []
    for article in articles:
        group = {article.id, article.duplicate_of}
        candidates = [a for a in articles if a.id not in group and a.duplicate_of not in group - {None}]
        for span in (s for s in article.spans if s.label == "CITATION"):
            citation = Citation(span.start, span.end, span.text, span.attrs.get("outlet") or "", span.attrs.get("time"))
            links.append(CitationLink(article.id, span.start, span.end, citation.outlet, citation.time,
                                      resolve_citation(citation, candidates)))
    return links


def resolve_citations(store: "Store") -> list[CitationLink]:
    """Resolve the citations of the whole store and write the links; returns them."""
    links = citation_links(store.list_articles(with_raw=False))
    store.replace_citation_links(links)
    return links
