"""The JSON API under /api: the export's data (storyline.export), paged. Read-only.

Each route is one call into storyline.serve.views; errors from the library become JSON errors in
storyline.serve.app (404 for an unknown id, 503 for an unreachable store).
"""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from storyline.serve import schemas, views
from storyline.serve import story as stories_view
from storyline.serve.memo import counted
from storyline.store.base import ArticleFilter, StoryFilter

#: the error answers every JSON route documents (storyline.serve.app answers them)
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": schemas.Error, "description": "No such article, story, entity or follow"},
    422: {"model": schemas.Error, "description": "A parameter has a bad value"},
    503: {"model": schemas.Error, "description": "The store cannot be reached"}}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)

# Query text may be anything a user types, except NUL (no SQL text column or parameter holds it)
_TEXT = r"^[^\x00]*$"
DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # empty: no bound (an emptied form field)
ID = r"^[A-Za-z0-9_-]{1,64}$"
Text = Annotated[str | None, Query(max_length=200, pattern=_TEXT)]
Date = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD (empty: none)")]
Limit = Annotated[int, Query(ge=1, le=views.MAX_PAGE, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="items to skip")]
IdPath = Annotated[str, Path(pattern=ID, description="an id, or (articles, stories) a unique prefix of one")]


def _store(request: Request):
    return request.app.state.store


def encode(payload: Any) -> bytes:
    import orjson

    return orjson.dumps(payload)


def _json(payload: Any) -> Response:
    """The payload as JSON. Returned as a Response, FastAPI skips validating it against the
    response model (which stays in the OpenAPI document): that validation cost more than the
    queries on big records; tests/serve checks the shapes against the schema instead."""
    return Response(encode(payload), media_type="application/json")


def _page(page: views.Page, items: list[Any] | None = None) -> Response:
    return _json({"items": page.items if items is None else items, "total": page.total, "limit": page.limit,
                  "offset": page.offset, "next_offset": page.next_offset})


@router.get("/status", response_model=schemas.Status, summary="Counts: articles, reprints, failures, stories")
def status(request: Request) -> Response:
    store = _store(request)
    st = views.store_status(store)
    return _json({"articles": st.articles, "duplicates": st.duplicates, "failures": st.failures,
            "failures_by_error": st.failures_by_error, "dropped_lines": st.dropped_lines,
            "stories": views.list_stories(store, limit=1).total, "entities": views.list_entities(store, limit=1).total,
            "revision": store.revision()})


@router.get("/articles", response_model=schemas.Page[schemas.Article],
            summary="Articles in export shape, by publication date (undated last)")
def articles(request: Request, q: Text = None, date_from: Date = None, date_to: Date = None,
             outlet: Text = None, entity: Annotated[str | None, Query(pattern=ID)] = None,
             story: Annotated[str | None, Query(pattern=ID)] = None, limit: Limit = 20,
             offset: Offset = 0) -> Response:
    where = ArticleFilter(date_from, date_to, outlet, entity, story, q)
    return _page(views.list_article_records(_store(request), where, limit, offset))


@router.get("/articles/{article_id}", response_model=schemas.ArticleDetail,
            summary="One article with its quotes, time expressions, entities, citations and reprints")
def article(request: Request, article_id: IdPath) -> Response:
    return _json(views.article_api_record(views.article_view(_store(request), article_id)))


@router.get("/articles/{article_id}/jsonld", summary="One article as schema.org NewsArticle JSON-LD",
            response_class=Response,
            responses={200: {"content": {"application/ld+json": {"schema": {"type": "object"}}},
                             "description": "https://schema.org/NewsArticle"}})
def article_jsonld(request: Request, article_id: IdPath) -> Response:
    from storyline.jsonld import news_article

    store = _store(request)
    article = store.get_article(article_id)
    doc = news_article(article, store.entities_in_articles([article.id]), base_url=str(request.base_url))
    return Response(encode(doc), media_type="application/ld+json")


@router.get("/stories", response_model=schemas.Page[schemas.StorySummary],
            summary="Stories, most articles first; a filter matches a story when one of its articles does")
def stories(request: Request, q: Text = None, date_from: Date = None, date_to: Date = None, outlet: Text = None,
            entity: Annotated[str | None, Query(pattern=ID)] = None, limit: Limit = 50,
            offset: Offset = 0) -> Response:
    page = views.list_stories(_store(request), StoryFilter(q, date_from, date_to, outlet, entity), limit, offset)
    return _page(page, [views.story_summary_record(s) for s in page.items])


@router.get("/stories/{story_id}", response_model=schemas.Story,
            summary="One story: cited timeline, contradictions, provenance, who said what")
def story(request: Request, story_id: IdPath) -> Response:
    store = _store(request)
    live = stories_view.find_story(store, story_id)
    # the encoded record is kept per revision: a big story's JSON takes longer to encode than to fetch
    body = counted(store, ("story-json", live), lambda: encode(stories_view.story_api_record(
        stories_view.story_view(store, live, request.app.state.views))))
    return Response(body, media_type="application/json")


@router.get("/entities", response_model=schemas.Page[schemas.Entity], summary="Entities, most mentioned first")
def entities(request: Request, type: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{1,32}$")] = None,
             name: Text = None, limit: Limit = 50, offset: Offset = 0) -> Response:
    page = views.list_entities(_store(request), type, name, limit, offset)
    return _page(page, [views.entity_summary_record(e) for e in page.items])


@router.get("/entities/{entity_id}", response_model=schemas.EntityDetail,
            summary="Quotes by and about an entity, over a page of the articles that mention it")
def entity(request: Request, entity_id: IdPath, limit: Limit = 50, offset: Offset = 0) -> Response:
    return _json(views.entity_api_record(views.entity_view(_store(request), entity_id, limit, offset)))


@router.get("/quotes", response_model=schemas.Page[schemas.Quote],
            summary="Every quote, by article; with `speaker`, only the quotes of speakers whose name, alias or "
                    "description holds it")
def quotes(request: Request, speaker: Text = None, limit: Limit = 20, offset: Offset = 0) -> Response:
    return _page(views.list_quote_records(_store(request), speaker, limit, offset))


@router.get("/timex", response_model=schemas.Page[schemas.Timex], summary="Every time expression, by article")
def timex(request: Request, limit: Limit = 20, offset: Offset = 0) -> Response:
    return _page(views.list_span_records(_store(request), "TIMEX", limit, offset))


ClaimText = Annotated[str | None, Query(min_length=1, max_length=1000, pattern=_TEXT,
                                        description="a claim in words: who agrees with it, denies it or discusses it")]


@router.get("/claims", response_model=schemas.Page[schemas.Claim] | schemas.ClaimAssessment,
            summary="Every structured claim, by article; with `q`, the articles and quotes that agree with, deny "
                    "or discuss that claim (stance model; `story` limits it to one story's articles)",
            responses={400: {"model": schemas.Error, "description": "The claim is empty once trimmed"}})
def claims(request: Request, q: ClaimText = None, story: Annotated[str | None, Query(pattern=ID)] = None,
           limit: Limit = 20, offset: Offset = 0) -> Response:
    if q is None:
        return _page(views.list_span_records(_store(request), "CLAIM", limit, offset))
    from storyline.stance.claims import assess_claim, claim_record

    return _json(claim_record(assess_claim(_store(request), q, story)))


@router.get("/citations", response_model=schemas.Page[schemas.Citation],
            summary="Citations of other outlets, resolved to ingested articles where one matches")
def citations(request: Request, limit: Limit = 20, offset: Offset = 0) -> Response:
    return _page(views.list_citation_records(_store(request), limit, offset))


@router.get("/search", response_model=schemas.Page[schemas.SearchHit],
            summary="Full-text search of titles and bodies, best first (`total` a lower bound); with a date, "
                    "outlet, entity or story filter, the matches by publication date (`total` exact)")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200, pattern=_TEXT)],
           date_from: Date = None, date_to: Date = None, outlet: Text = None,
           entity: Annotated[str | None, Query(pattern=ID)] = None,
           story: Annotated[str | None, Query(pattern=ID)] = None, limit: Limit = 20, offset: Offset = 0) -> Response:
    store = _store(request)
    with store.reading():  # one connection for the search's queries
        if date_from or date_to or outlet or entity or story:
            page = views.filtered_search(store, ArticleFilter(date_from, date_to, outlet, entity, story, q), limit,
                                         offset)
        else:
            page = views.search(store, q, limit, offset)
        found = views.stories_of(store, [h.article.id for h in page.items])
    return _page(page, [views.search_hit_record(h) | {"story": ref.id if (ref := found.get(h.article.id)) else None}
                        for h in page.items])
