"""Alerts as Atom feeds (/feeds/…) and the watcher's records in the API (/api/alerts, article versions).

Read-only, like the rest of the API: following and polling happen in `storyline watch`/`follow`.
"""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from storyline.serve import schemas
from storyline.serve.api import ERRORS, ID

router = APIRouter(tags=["watch"], responses=ERRORS)
#: the feeds' documented answers: Atom, or the API's error shape
ATOM: dict[int | str, dict[str, Any]] = {200: {"content": {"application/atom+xml": {"schema": {"type": "string"}}}, "description": "An Atom feed"}}


def _store(request: Request) -> Any:
    return request.app.state.store


@router.get("/feeds/alerts.atom", summary="Every follow's alerts as an Atom feed", response_class=Response,
            responses=ATOM)
def alerts_feed(request: Request) -> Response:
    from storyline.watch.alerts import atom_feed, list_alerts

    alerts = list_alerts(_store(request), limit=100)
    body = atom_feed(alerts, title="storyline alerts", feed_id="urn:storyline:alerts",
                     self_url=str(request.url_for("alerts_feed")))
    return Response(body, media_type="application/atom+xml")


@router.get("/feeds/follows/{follow_id}.atom", summary="One follow's alerts as an Atom feed",
            response_class=Response, responses=ATOM)
def follow_feed(request: Request, follow_id: Annotated[str, Path(pattern=ID)]) -> Response:
    from storyline.watch.alerts import atom_feed, get_follow, list_alerts

    found = get_follow(_store(request), follow_id)
    alerts = list_alerts(_store(request), follow_id=found.id, limit=100)
    body = atom_feed(alerts, title=f"storyline: {found.kind} {found.target}", feed_id=f"urn:storyline:follow:{found.id}",
                     self_url=str(request.url_for("follow_feed", follow_id=found.id)))
    return Response(body, media_type="application/atom+xml")


@router.get("/api/alerts", summary="The newest alerts", response_model=schemas.Alerts)
def api_alerts(request: Request, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> dict[str, Any]:
    from storyline.watch.alerts import list_alerts

    return {"items": [{"id": a.id, "follow": a.follow_id, "kind": a.kind, "title": a.title, "detail": a.detail,
                       "created_at": a.created_at.isoformat()} for a in list_alerts(_store(request), limit=limit)]}


@router.get("/api/articles/{article_id}/versions", summary="Every fetched version of the article's URL, with diffs")
def api_versions(request: Request, article_id: Annotated[str, Path(pattern=ID)]) -> dict[str, Any]:
    from storyline.watch import watch_state

    found = watch_state(_store(request)).version_of_article(article_id)
    return found or {"url": None, "this": None, "versions": []}
