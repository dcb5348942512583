"""Key moments and background: a story's timeline entries split by when its coverage began.

Articles recall history ("Aristide fled aboard a U.S. military plane in 2004") beside what
happened; on the seed story the recalled facts were a third of the entries and pushed the events
down the page. An entry whose period ends more than BACKGROUND_DAYS before the story's earliest
dated article is background: folded under one line, not dropped. A story with no dated article
has no such line to draw, so every entry is key.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from storyline.dates import date_interval

#: how long before the coverage began an event still counts as part of the story (the run-up a
#: report recalls as news: the last weeks, months at most), rather than history it recalls
BACKGROUND_DAYS = 180


@dataclass(slots=True, frozen=True)
class Moments:
    key: list[int]           # positions in the timeline, in their order
    background: list[int]
    coverage_began: str | None


def split_moments(timeline: list[dict[str, Any]], published: list[str | None], shown: list[int]) -> Moments:
    """The `shown` entries of a timeline split into key moments and background, given the
    publication dates of the story's articles."""
    days = [p.first for p in map(date_interval, published) if p]
    if not days:
        return Moments(list(shown), [], None)
    began = min(days)
    line = began - dt.timedelta(days=BACKGROUND_DAYS)
    background = [i for i in shown if (p := date_interval(timeline[i]["date"])) and p.last < line]
    taken = set(background)
    return Moments([i for i in shown if i not in taken], background, began.isoformat())
