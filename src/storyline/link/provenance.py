"""Corpus stage: resolve every citation span to the ingested article it points at, when one matches."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.extract.citations import Citation, cited_names, outlet_key, times_agree
from storyline.payloads import CitationPayload
from storyline.store.base import CitationLink

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store import Store


class OutletIndex:
    """The corpus's dated articles by outlet and date, built once: a citation looks up the articles
    of its outlet and time instead of scanning every article (linear in the corpus, not quadratic)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        # (outlet key, date prefix) → articles published within it ('2023', '2023-05', '2023-05-14'),
        # and (outlet key, date) → articles dated exactly so (a coarser date a finer citation agrees with)
        self.within: dict[tuple[str, str], list[Article]] = {}
        self.exact: dict[tuple[str, str], list[Article]] = {}
        outlets: set[str] = set()
        for a in articles:
            value = a.published.value
            if a.outlet and value:
                key = outlet_key(a.outlet)
                outlets.add(key)
                self.exact.setdefault((key, value), []).append(a)
                for size in _DATE_PREFIXES:
                    if len(value) >= size:
                        self.within.setdefault((key, value[:size]), []).append(a)
        self.outlets = outlets
        self._short: dict[str, set[str]] = {}
        for key in outlets:
            for short in _short_forms(key):
                self._short.setdefault(short, set()).add(key)

    def outlets_for(self, cited: str) -> list[str]:
        """The corpus outlets a cited name stands for: the name itself, else the one corpus outlet it
        is a short form of ('the Times' when one '… Times' is in the corpus, 'AP' for 'Associated Press')."""
        found = []
        for name in cited_names(cited):
            if name in self.outlets:
                found.append(name)
            elif len(self._short.get(name, ())) == 1:
                found.extend(self._short[name])
        return found

    def resolve(self, citation: Citation, group: set[str | None]) -> str | None:
        """The one article of the cited outlet published within the citation's time (never the
        citing article's own reprint group), else None."""
        time = citation.time
        if not time:
            return None
        matches: dict[str, None] = {}
        for key in self.outlets_for(citation.outlet):
            candidates = self.within.get((key, time), []) + [
                a for size in _DATE_PREFIXES if size < len(time) for a in self.exact.get((key, time[:size]), [])]
            for a in candidates:
                if a.id not in group and a.duplicate_of not in group - {None} and times_agree(time, a.published.value):
                    matches[a.id] = None
        return next(iter(matches)) if len(matches) == 1 else None


_DATE_PREFIXES = (4, 7, 10)  # year, month, day of an ISO date


def _short_forms(key: str) -> set[str]:
    """'new york times' → {'times', 'york times', 'nyt'}: the name's endings and its initials, as
    newsrooms shorten a paper's name on second reference (AP Stylebook, 'newspaper names')."""
    words = key.split()
    forms = {" ".join(words[i:]) for i in range(1, len(words))}
    if len(words) > 1:
        forms.add("".join(w[0] for w in words))
    return forms - {""}


def citation_links(articles: list[Article]) -> list[CitationLink]:
    """Every citation span with its resolution; a reprint never resolves to its own group."""
    index: OutletIndex | None = None
    links = []
    for article in articles:
        cites = [s for s in article.spans if s.label == "CITATION"]
        if not cites:
            continue
        index = index or OutletIndex(articles)  # only a corpus with citations pays for the index
        group = {article.id, article.duplicate_of}
        for span in cites:
            cited = span.citation or CitationPayload()
            citation = Citation(span.start, span.end, span.text, cited.outlet, cited.time)
            links.append(CitationLink(article.id, span.start, span.end, citation.outlet, citation.time,
                                      index.resolve(citation, group)))
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
