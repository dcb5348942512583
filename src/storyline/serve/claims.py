"""The /claims page: who agrees with a claim, who denies it, who reports it (its JSON is
/api/claims?q=, storyline.serve.api).

Stance runs over every stored article (or one story's) on each request: a few hundred articles a
second on one core, so the route is for a store of thousands, not millions, without a cache.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from storyline.serve.api import ID, ClaimText

router = APIRouter()
StoryId = Annotated[str | None, Query(pattern=ID, description="only this story's articles")]


@router.get("/claims", include_in_schema=False, response_class=HTMLResponse)
def claims_page(request: Request, q: ClaimText = None, story: StoryId = None) -> HTMLResponse:
    """The page: a form, then every side with its outlet, date and deciding sentences."""
    from storyline.serve.pages import render
    from storyline.stance.claims import assess_claim, claim_record

    found = claim_record(assess_claim(request.app.state.store, q, story)) if q else None
    return render(request, "claims.html", q=q or "", story=story or "", found=found)
