"""The HTML pages: each a template over one call into storyline.serve.views.

htmx requests (header HX-Request) get only the part of the page they replace: the stories list
when a filter changes, the timeline when it zooms, a search's results as one types.
"""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from storyline.errors import NotFoundError
from storyline.serve import views
from storyline.serve.api import ID, Date, IdPath, Offset, Text
from storyline.serve.dates import undated_by_story, undated_lane, undated_outside
from storyline.serve.memo import counted
from storyline.serve.story import find_story, story_view
from storyline.store.base import ArticleFilter, EntitySummary, StoryFilter

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PAGE = 25
Limit = Annotated[int, Query(ge=1, le=views.MAX_PAGE)]
EntityText = Annotated[str | None, Query(max_length=200, pattern=r"^[^\x00]*$")]


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """The template, rendered with autoescaping, plus what every page needs (CSRF token, ingest)."""
    app = request.app
    token = request.cookies.get("storyline_csrf")
    if app.state.allow_ingest and not app.state.csrf.valid(token):
        token = app.state.csrf.new()
    html = app.state.env.get_template(template).render(
        request=request, allow_ingest=app.state.allow_ingest, csrf_token=token if app.state.allow_ingest else "",
        partial=_partial(request), **context)
    response = HTMLResponse(html, status_code=status)
    if app.state.allow_ingest and token and token != request.cookies.get("storyline_csrf"):
        response.set_cookie("storyline_csrf", token, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", path="/")
    return response


def _partial(request: Request) -> bool:
    """An htmx swap wants only its part; Back after a pushed URL (a history restore) wants the page."""
    headers = request.headers
    return (headers.get("hx-request") == "true" and headers.get("hx-boosted") != "true"
            and headers.get("hx-history-restore-request") != "true")


def _entity(request: Request, text: str | None) -> tuple[EntitySummary | None, str | None]:
    """The entity a filter names (id or part of a name); an unknown one filters nothing but is said."""
    try:
        return views.resolve_entity(request.app.state.store, text), None
    except NotFoundError as exc:
        return None, exc.message


@router.get("/")
def stories(request: Request, q: Text = None, date_from: Date = None, date_to: Date = None, outlet: Text = None,
            entity: EntityText = None, offset: Offset = 0, limit: Limit = PAGE) -> HTMLResponse:
    store = request.app.state.store
    found, problem = _entity(request, entity)
    where = StoryFilter(q, date_from, date_to, outlet, found.id if found else None)
    page = views.list_stories(store, where, limit, offset)
    filters = {"q": q, "date_from": date_from, "date_to": date_to, "outlet": outlet, "entity": entity}
    return render(request, "stories.html", page=page, filters=filters, entity=found, problem=problem,
                  outlets=views.outlets(store), status_counts=views.store_status(store),
                  undated=undated_by_story(store, [s.id for s in page.items]),
                  undated_outside=undated_outside(store, where, store.count_stories))


# What the story page shows of a big story; the rest is a link away (speakers, articles, JSON)
STORY_CAPS = {"speaker_groups": 12, "quotes_per_speaker": 6, "max_rows": 40}


@router.get("/stories/{story_id}")
def story(request: Request, story_id: IdPath, start: Date = None, end: Date = None) -> HTMLResponse:
    store = request.app.state.store

    def page() -> HTMLResponse:
        view = story_view(store, story_id, request.app.state.views)
        return render(request, "story.html", view=view, **_timeline(view, start, end), **STORY_CAPS,
                      coverage=_coverage(store, view))

    with store.reading():  # one connection for the look-ups of a page not yet rendered
        if request.app.state.allow_ingest or _partial(request):  # pages carrying a CSRF token are not shared
            return page()
        # the rendered page is kept per store revision: a big story's page renders in tens of ms
        body = counted(store, ("story-page", find_story(store, story_id), start, end), lambda: page().body)
    return HTMLResponse(body)


@router.get("/stories/{story_id}/speakers")
def story_speakers(request: Request, story_id: IdPath,
                   group: Annotated[int | None, Query(ge=0, le=10**6)] = None) -> HTMLResponse:
    view = story_view(request.app.state.store, story_id, request.app.state.views)
    groups = view["speakers"] if group is None else view["speakers"][group:group + 1]
    return render(request, "speakers.html", view=view, groups=groups)


@router.get("/stories/{story_id}/timeline")
def story_timeline(request: Request, story_id: IdPath, start: Date = None, end: Date = None) -> HTMLResponse:
    view = story_view(request.app.state.store, story_id, request.app.state.views)
    return render(request, "_timeline.html", view=view, **_timeline(view, start, end), **STORY_CAPS)


def _timeline(view: dict[str, Any], start: str | None, end: str | None) -> dict[str, Any]:
    from storyline.serve.axis import in_window, layout
    from storyline.serve.disputes import group_disputes

    published = [s["published"]["date"] for s in view["summaries"].values()]
    # one flag per dispute (its sentence pairs are one disagreement), when its first pair holds
    dates = [_contradiction_date(c, view["summaries"]) for c in view["contradictions"]]
    flags = [(min((d for n in dispute["members"] if (d := dates[n])), default=None), dispute["claim"])
             for dispute in group_disputes(view["contradictions"], view["summaries"])]
    axis = layout(view["timeline"], published, start, end, contradictions=flags, flag_label="dispute")
    # phones get an axis of their own, a third as wide: the wide one scaled to 390 px had 4 px labels
    narrow = layout(view["timeline"], published, axis.start if axis.zoomed else None,
                    axis.end if axis.zoomed else None, width=NARROW_WIDTH, contradictions=flags, flag_label="dispute")
    shown = in_window(view["timeline"], axis.start, axis.end) if axis.zoomed else range(len(view["timeline"]))
    from storyline.serve.moments import split_moments

    return {"axis": axis, "narrow": narrow, "shown": list(shown),
            "undated": undated_lane(view, [when for when, _ in flags]),
            "moments": split_moments(view["timeline"], published, list(shown))}


#: the phone axis's width in SVG units: drawn about 1:1 on a 390 px screen (labels stay 11-12 px)
NARROW_WIDTH = 340


def _coverage(store, view: dict[str, Any]):
    """Who covered the story over its whole time (the unzoomed axis's window), and who did not."""
    from storyline.serve.axis import whole_window
    from storyline.serve.coverage import coverage

    start, end = whole_window(view["timeline"], [s["published"]["date"] for s in view["summaries"].values()])
    return coverage(view, views.outlets(store), start, end)


def _contradiction_date(c: dict[str, Any], summaries: dict[str, Any]) -> str | None:
    """When a contradiction holds: the start of its claims' common time, else the later of its
    two articles' publication dates (the contradiction exists once both are out)."""
    # a scope open at one end ([None, day] or [day, None]) is placed at the end it has
    times = [next((t for t in side["time"] if t), None) for side in (c["a"], c["b"]) if side.get("time")]
    if any(times):
        return max(t for t in times if t)
    dates = [(summaries.get(side["article"]) or {}).get("published", {}).get("date") for side in (c["a"], c["b"])]
    return max((d for d in dates if d), default=None)


@router.get("/articles")
def articles(request: Request, q: Text = None, date_from: Date = None, date_to: Date = None, outlet: Text = None,
             entity: EntityText = None, story: Annotated[str | None, Query(pattern=ID)] = None,
             offset: Offset = 0, limit: Limit = PAGE) -> HTMLResponse:
    store = request.app.state.store
    found, problem = _entity(request, entity)
    where = ArticleFilter(date_from, date_to, outlet, found.id if found else None, story, q)
    page = views.list_articles(store, where, limit, offset)
    filters = {"q": q, "date_from": date_from, "date_to": date_to, "outlet": outlet, "entity": entity,
               "story": story}
    return render(request, "articles.html", page=page, filters=filters, entity=found, problem=problem,
                  outlets=views.outlets(store), undated_outside=undated_outside(store, where, store.count_articles),
                  story_title=_story_title(store, story))


@router.get("/articles/{article_id}")
def article(request: Request, article_id: IdPath) -> HTMLResponse:
    from storyline.serve.highlight import marks_for, paragraphs

    store = request.app.state.store
    view = views.article_view(store, article_id)
    body = paragraphs(view.article.body, marks_for(view.article.spans, view.entity_of))
    return render(request, "article.html", view=view, a=view.article, paragraphs=body,
                  story_title=view.story_title, jsonld=_jsonld(view.article),
                  versions=_versions(store, view.article.id))


def _jsonld(article) -> str:
    """schema.org NewsArticle for the page's head. The characters HTML gives meaning to are written
    as JSON escapes, so no article text can close the script element or read as markup."""
    import json

    from storyline.jsonld import news_article

    text = json.dumps(news_article(article, body=False), ensure_ascii=False)
    for char in "<>&'":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _versions(store, article_id: str) -> dict | None:
    """Every fetched version of the article's URL (storyline watch), with diffs; None if never watched."""
    from storyline.watch import watch_state

    return watch_state(store).version_of_article(article_id)


def _story_title(store, story_id: str | None) -> str | None:
    """A story's title for a link to it (pages name stories, never show their ids)."""
    if not story_id:
        return None
    try:
        return store.get_story(find_story(store, story_id)).title
    except NotFoundError:
        return None


@router.get("/entities")
def entities(request: Request, name: Text = None,
             type: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{0,32}$")] = None,
             offset: Offset = 0, limit: Limit = 50) -> HTMLResponse:
    page = views.list_entities(request.app.state.store, type or None, name, limit, offset)
    return render(request, "entities.html", page=page, filters={"name": name, "type": type})


@router.get("/entities/{entity_id}")
def entity(request: Request, entity_id: IdPath, offset: Offset = 0, limit: Limit = PAGE) -> HTMLResponse:
    from storyline.serve.hub import entity_hub

    view = views.entity_view(request.app.state.store, entity_id, limit, offset)
    return render(request, "entity.html", view=view, by_year=_by_year(view.by), about_year=_by_year(view.about),
                  hub=entity_hub(request.app.state.store, view.entity.id))


def _by_year(quotes: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    years: dict[str, list[dict[str, Any]]] = {}
    for q in quotes:
        when = views.said_when(q)
        years.setdefault(when[:4] if when else "undated", []).append(q)
    return list(years.items())


@router.get("/search")
def search(request: Request, q: Text = None, date_from: Date = None, date_to: Date = None, outlet: Text = None,
           entity: EntityText = None, story: Annotated[str | None, Query(pattern=ID)] = None,
           offset: Offset = 0, limit: Limit = 20) -> HTMLResponse:
    store = request.app.state.store
    with store.reading():  # one connection for the search's queries
        found, problem = _entity(request, entity)
        narrowed = bool(date_from or date_to or outlet or found or story)
        page = None
        if q and q.strip():
            where = ArticleFilter(date_from, date_to, outlet, found.id if found else None, story, q)
            # unfiltered, the page searches as one types: best first, the last word may be unfinished
            page = (views.filtered_search(store, where, limit, offset) if narrowed
                    else views.search(store, q, limit, offset, prefix=True))
        hits = page.items if page else []
        stories = views.stories_of(store, [h.article.id for h in hits])
        outlets = views.outlets(store)
    filters = {"q": q, "date_from": date_from, "date_to": date_to, "outlet": outlet, "entity": entity, "story": story}
    return render(request, "search.html", page=page, q=q or "", parts=views.snippet_parts, filters=filters,
                  narrowed=narrowed, entity=found, problem=problem, outlets=outlets, stories=stories)


@router.get("/api/docs")
def api_docs(request: Request) -> HTMLResponse:
    """The API's reference, rendered from its OpenAPI document (no Swagger UI: it needs a CDN and
    inline script, which the Content-Security-Policy forbids)."""
    from storyline.serve.apidocs import operations

    return render(request, "api_docs.html", operations=operations(request.app.openapi()))
