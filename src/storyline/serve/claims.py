"""/api/claims?q=: who agrees with a claim, who denies it, who reports it (storyline.stance.claims).

Stance runs over every stored article (or one story's) on each request: a few hundred articles a
second on one core, so the route is for a store of thousands, not millions, without a cache.
"""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from storyline.serve.api import ID, _json

router = APIRouter(prefix="/api", tags=["api"])

ClaimText = Annotated[str, Query(min_length=1, max_length=1000, pattern=r"^[^\x00]*$",
                                 description="the claim in words (a sentence or a headline)")]
StoryId = Annotated[str | None, Query(pattern=ID, description="only this story's articles")]


@router.get("/claims", summary="Articles and quotes that agree with, deny or discuss a claim")
def claims(request: Request, q: ClaimText, story: StoryId = None) -> Response:
    from storyline.stance.claims import assess_claim, claim_record

    found: dict[str, Any] = claim_record(assess_claim(request.app.state.store, q, story))
    return _json(found)
