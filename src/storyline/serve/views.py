"""What each page and API route shows, as plain data: the library under `storyline serve`.

No web framework here: every function takes a store and returns records (dicts in export shape,
see storyline.export) or slotted dataclasses, and raises `storyline.errors` errors; the web app
(storyline.serve.app) only renders them. Everything is paged or bounded by one story, article or
entity, so a page costs the same on a store of ten articles or of 100k.

    article_view(store, "aa0cffc4")   → the article page
    entity_view(store, "e2")          → quotes by and about an entity, over time
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storyline import records
from storyline.errors import NotFoundError
from storyline.records import (
    SpeakerIndex,
    article_entity_record,
    article_record,
    as_summary,
    citation_record,
    citation_texts,
    claim_record,
    entity_summary_record,
    quote_record,
    timex_record,
)
from storyline.records import story_summary_record as story_summary_record  # shaped there; serve.api calls views.*
from storyline.serve.memo import counted
from storyline.serve.public import attributed, public_article
from storyline.store.base import (
    SNIPPET_END,
    SNIPPET_START,
    ArticleFilter,
    ArticleSummary,
    EntitySummary,
    SearchHit,
    StoryFilter,
)

if TYPE_CHECKING:
    from storyline.model import Article, Span
    from storyline.store.base import ReadStore, StoryRef

#: the most a page of any list holds (the API's `limit` is capped here too)
MAX_PAGE = 200


@dataclass(slots=True, frozen=True)
class Page:
    """One page of a list: the items, how many there are in all, and where this page starts."""

    items: list[Any]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < self.total else None

    @property
    def prev_offset(self) -> int | None:
        return max(self.offset - self.limit, 0) if self.offset > 0 else None


def outlets(store: ReadStore) -> list[tuple[str, int]]:
    """Every outlet with its number of articles (for the filter menus)."""
    return counted(store, "outlets", store.list_outlets)


def store_status(store: ReadStore):
    return counted(store, "status", store.status)


def _bounded(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(limit, MAX_PAGE)), max(0, offset)


def summary_record(a: ArticleSummary | Article) -> dict[str, Any]:
    """An article as a list shows it (records.summary_record), its source with no local path."""
    return public_article(records.summary_record(a))


def search_hit_record(hit: SearchHit) -> dict[str, Any]:
    """A search hit (records.search_hit_record), its article's source with no local path."""
    record = records.search_hit_record(hit)
    return record | {"article": public_article(record["article"])}


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, matched) pieces, for a template to mark the matched words safely."""
    parts, matched = [], False
    for piece in snippet.replace(SNIPPET_END, SNIPPET_START).split(SNIPPET_START):
        if piece:
            parts.append((piece, matched))
        matched = not matched
    return parts


# --- lists -------------------------------------------------------------------------------------

def list_stories(store: ReadStore, where: StoryFilter = StoryFilter(), limit: int = 50, offset: int = 0) -> Page:
    """Stories matching the filter, most articles first."""
    limit, offset = _bounded(limit, offset)
    return Page(store.list_story_summaries(where, limit=limit, offset=offset),
                counted(store, ("stories", where), lambda: store.count_stories(where)), limit, offset)


def list_articles(store: ReadStore, where: ArticleFilter = ArticleFilter(), limit: int = 50,
                  offset: int = 0) -> Page:
    """Article summaries matching the filter, by publication date (undated last)."""
    limit, offset = _bounded(limit, offset)
    return Page(store.list_article_summaries(where, limit=limit, offset=offset),
                counted(store, ("articles", where), lambda: store.count_articles(where)), limit, offset)


def list_article_records(store: ReadStore, where: ArticleFilter = ArticleFilter(), limit: int = 50,
                         offset: int = 0) -> Page:
    """A page of whole articles in export shape (storyline.records.article_record)."""
    page = list_articles(store, where, limit, offset)
    full = store.get_articles([a.id for a in page.items], spans=False)
    return Page([public_article(article_record(a)) for a in full], page.total, page.limit, page.offset)


def list_entities(store: ReadStore, type: str | None = None, name: str | None = None, limit: int = 50,
                  offset: int = 0) -> Page:
    """Entities, most mentioned first; `name` matches part of the canonical name."""
    limit, offset = _bounded(limit, offset)
    return Page(store.list_entity_summaries(type, name, limit=limit, offset=offset),
                counted(store, ("entities", type, name), lambda: store.count_entities(type, name)), limit, offset)


def list_span_records(store: ReadStore, label: str, limit: int = 50, offset: int = 0) -> Page:
    """Quotes (label QUOTE), time expressions (TIMEX) or claims (CLAIM) in export shape, paged."""
    limit, offset = _bounded(limit, offset)
    found = store.list_spans(label, limit=limit, offset=offset)
    if label == "QUOTE":
        speakers = SpeakerIndex(store.entities_in_articles(sorted({a for a, _ in found})))
        items = [attributed(quote_record(a, s, speakers)) for a, s in found]
    else:
        items = [(timex_record if label == "TIMEX" else claim_record)(a, s) for a, s in found]
    return Page(items, counted(store, ("spans", label), lambda: store.count_spans(label)), limit, offset)


def list_quote_records(store: ReadStore, speaker: str | None = None, limit: int = 50, offset: int = 0) -> Page:
    """Quotes in export shape, paged; with `speaker`, only those whose speaker's name, alias or
    description holds it (as `storyline quotes --speaker`: export.list_quotes, which reads every
    quote to match it — an entity's page pages the quotes of one entity by the store's index)."""
    if speaker is None:
        return list_span_records(store, "QUOTE", limit, offset)
    from storyline.export import list_quotes

    limit, offset = _bounded(limit, offset)
    found = list_quotes(store, speaker)
    return Page([attributed(q) for q in found[offset:offset + limit]], len(found), limit, offset)


def list_citation_records(store: ReadStore, limit: int = 50, offset: int = 0) -> Page:
    """Citations in export shape: the citing sentence, the outlet named, the article it resolves to."""
    limit, offset = _bounded(limit, offset)
    links = store.list_citation_links_page(limit=limit, offset=offset)
    texts = citation_texts(store.get_articles(sorted({c.article_id for c in links}), dropped=False))
    items = [citation_record(c, texts.get((c.article_id, c.start, c.end), "")) for c in links]
    return Page(items, counted(store, "citations", store.count_citation_links), limit, offset)


def search(store: ReadStore, query: str, limit: int = 20, offset: int = 0, prefix: bool = False) -> Page:
    """Full-text search: articles best first, each with a snippet (see SearchHit). `total` is a
    lower bound (this page's end, plus one when more follow): counting every match of a common word
    on a big store would cost more than the page."""
    limit, offset = _bounded(limit, offset)
    hits = store.search_articles(query, limit=limit + 1, offset=offset, prefix=prefix)
    return Page(hits[:limit], offset + len(hits), limit, offset)


def filtered_search(store: ReadStore, where: ArticleFilter, limit: int = 20, offset: int = 0) -> Page:
    """Search narrowed by the stories list's filters (dates, outlet, entity, story): the matching
    articles by publication date (undated last), each with a snippet. Ranking a filtered set would
    rank every match of a common word first; by date the page costs one indexed query."""
    from storyline.store.search import snippet

    page = list_articles(store, where, limit, offset)
    bodies = {a.id: a.body for a in store.get_articles([a.id for a in page.items], spans=False, dropped=False)}
    hits = [SearchHit(a, snippet(bodies.get(a.id, ""), where.query or ""), 0.0) for a in page.items]
    return Page(hits, page.total, page.limit, page.offset)


def stories_of(store: ReadStore, article_ids: list[str]) -> dict[str, StoryRef]:
    """The story of each article that has one, by indexed look-ups for a page of ids."""
    return store.stories_of_articles(article_ids)


def resolve_entity(store: ReadStore, text: str | None) -> EntitySummary | None:
    """The entity a filter names: by id, else the most mentioned whose name contains the text."""
    if not text:
        return None
    try:
        return store.get_entity(text)
    except NotFoundError:
        found = store.list_entity_summaries(name=text, limit=1)
        if not found:
            raise NotFoundError(f"no entity named like {text!r}",
                                fix="give an entity id or part of its name") from None
        return found[0]


# --- articles ----------------------------------------------------------------------------------

@dataclass(slots=True, frozen=True)
class ArticleView:
    """The article page: the article, its spans by kind, who reprinted it, its story."""

    article: Article
    quotes: list[dict[str, Any]]
    timex: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    citations: list[dict[str, Any]]
    reprints: list[ArticleSummary]
    original: ArticleSummary | None
    story: str | None
    entity_of: dict[tuple[int, int], str]   # (start, end) of a mention → its canonical entity
    story_title: str | None = None          # the story's title, for a link to it


def article_view(store: ReadStore, article_id: str) -> ArticleView:
    """One article (id or unique prefix) with quotes, time expressions, entities and citations in
    export shape, its reprints and the original it reprints, and its story."""
    with store.reading():  # one connection for the page's look-ups
        # without the raw document (never shown; it can be far larger than the body); a prefix or an
        # unknown id goes through get_article, which resolves prefixes and says what is wrong
        found = store.get_articles([article_id])
        article = found[0] if found else store.get_article(article_id)
        article.raw = ""
        entities = store.entities_in_articles([article.id])
        speakers = SpeakerIndex(entities)
        spans = article.spans
        original = None
        if article.duplicate_of:
            found = store.get_articles([article.duplicate_of], spans=False, dropped=False)
            original = as_summary(found[0]) if found else None
        # the story's id and title in one indexed look-up (the page links to it by title)
        story = store.stories_of_articles([article.id]).get(article.id)
        return ArticleView(
            article, [attributed(quote_record(article.id, s, speakers)) for s in spans if s.label == "QUOTE"],
            [timex_record(article.id, s) for s in spans if s.label == "TIMEX"],
            [article_entity_record(e) for e in entities],
            _article_citations(store, article), store.reprints_of(article.id), original, story.id if story else None,
            {(m.start, m.end): e.id for e in entities for m in e.mentions}, story.title if story else None)


def _article_citations(store: ReadStore, article: Article) -> list[dict[str, Any]]:
    texts = citation_texts([article])
    return [citation_record(c, texts.get((c.article_id, c.start, c.end), ""), with_article=False)
            for c in store.citation_links_for([article.id])]


def article_api_record(view: ArticleView) -> dict[str, Any]:
    """The article in export shape, with its quotes, time expressions, entities, citations and links."""
    return public_article(article_record(view.article)) | {
        "quotes": view.quotes, "timex": view.timex, "entities": view.entities, "citations": view.citations,
        "reprints": [r.id for r in view.reprints], "story": view.story}


# --- entities ----------------------------------------------------------------------------------

@dataclass(slots=True, frozen=True)
class EntityView:
    """An entity with the quotes by and about it in one page of the articles that mention it,
    earliest first."""

    entity: EntitySummary
    by: list[dict[str, Any]]
    about: list[dict[str, Any]]
    articles: Page


def entity_view(store: ReadStore, entity_id: str, limit: int = 50, offset: int = 0) -> EntityView:
    """Quotes by the entity (it is the speaker) and about it (a quote names it), over time, from
    `limit` of the articles that mention it (by publication date) starting at `offset`."""
    entity = store.get_entity(entity_id)
    limit, offset = _bounded(limit, offset)
    ids = store.entity_article_ids(entity.id, limit=limit, offset=offset)
    articles = store.get_articles(ids, dropped=False)
    entities = store.entities_in_articles(ids)
    speakers = SpeakerIndex(entities)
    mine = [m for e in entities if e.id == entity.id for m in e.mentions]
    by, about = [], []
    for a in articles:
        for span in (s for s in a.spans if s.label == "QUOTE"):
            quote = attributed(quote_record(a.id, span, speakers)) | {"published": a.published.value,
                                                                       "title": a.title, "outlet": a.outlet}
            if quote["speaker"]["entity"] == entity.id:
                by.append(quote)
            elif _names(mine, a.id, span):
                about.append(quote)
    summaries = [as_summary(a) for a in articles]
    return EntityView(entity, _by_time(by), _by_time(about), Page(summaries, entity.articles, limit, offset))


def _names(mentions: list, article_id: str, span: Span) -> bool:
    return any(m.article_id == article_id and span.start <= m.start and m.end <= span.end for m in mentions)


def _by_time(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(quotes, key=lambda q: (said_when(q) or "~", q["article"], q["start"]))


def said_when(quote: dict[str, Any]) -> str | None:
    """When a quote was said, as far as known: its own date if it is a calendar date, else the
    article's publication date."""
    said = quote.get("said_at") or ""
    return said if said[:1].isdigit() else quote.get("published")


def entity_api_record(view: EntityView) -> dict[str, Any]:
    page = view.articles
    return entity_summary_record(view.entity) | {
        "quotes_by": view.by, "quotes_about": view.about,
        "mentioning": [summary_record(a) for a in page.items],
        "mentioning_page": {"total": page.total, "limit": page.limit, "offset": page.offset,
                            "next_offset": page.next_offset}}
