"""/api/claims?q= and the /claims page: who agrees with a claim, who denies it, who reports it.

Registered before storyline.serve.api's router: with `q` this route answers; without it, it
answers exactly as api.claims does (the paged list of structured claims), which keeps the OpenAPI
document. (At merge, `q` can move into api.claims and this router go.)

Stance runs over every stored article (or one story's) on each request: a few hundred articles a
second on one core, so the route is for a store of thousands, not millions, without a cache.
"""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from storyline.serve import api
from storyline.serve.api import ID, Limit, Offset, _json

router = APIRouter(tags=["api"])

ClaimText = Annotated[str | None, Query(min_length=1, max_length=1000, pattern=r"^[^\x00]*$",
                                 description="the claim in words (a sentence or a headline)")]
StoryId = Annotated[str | None, Query(pattern=ID, description="only this story's articles")]


@router.get("/api/claims", include_in_schema=False)
def claims(request: Request, q: ClaimText = None, story: StoryId = None, limit: Limit = 20,
           offset: Offset = 0) -> Response:
    """Articles and quotes that agree with, deny or discuss claim `q`; without `q`, every claim."""
    from storyline.stance.claims import assess_claim, claim_record

    if q is None:
        return api.claims(request, limit, offset)
    found: dict[str, Any] = claim_record(assess_claim(request.app.state.store, q, story))
    return _json(found)


@router.get("/claims", include_in_schema=False, response_class=HTMLResponse)
def claims_page(request: Request, q: ClaimText = None, story: StoryId = None) -> HTMLResponse:
    """The page: a form, then every side with its outlet, date and deciding sentences."""
    from storyline.serve.pages import render
    from storyline.stance.claims import assess_claim, claim_record

    found = claim_record(assess_claim(request.app.state.store, q, story)) if q else None
    return render(request, "claims.html", q=q or "", story=story or "", found=found)
