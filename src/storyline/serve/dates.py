"""What the date views leave out, counted so the page can say so: undated articles of each story,
undated matches of a date filter, and a story's undated lane (its articles and contradictions
that have no date, which no time axis can place).

An undated article is one whose publication date is unknown (null with evidence: see
storyline.model.PublishedDate); a date filter cannot match it, so the list says "+N undated".
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from storyline.serve.memo import counted

if TYPE_CHECKING:
    from storyline.store.base import ArticleFilter, ReadStore, StoryFilter

#: a filter from the first to the last day of the calendar matches every dated article (an
#: undated one matches no date range): the difference from no filter is the undated ones
_ALL_DATES = {"date_from": "0001", "date_to": "9999"}
#: how many undated articles the lane links to by name; the rest are a link to the list
LANE_LINKS = 12


def undated_by_story(store: ReadStore, story_ids: list[str]) -> dict[str, int]:
    """How many articles of each story have no publication date (stories with none are left out)."""
    return store.undated_counts(story_ids)


def undated_outside(store: ReadStore, where: ArticleFilter | StoryFilter, count: Callable[[Any], int]) -> int:
    """How many articles (stories) the filter's other conditions match but its dates cannot,
    because they are undated (stories: no article of theirs is dated); 0 without a date filter."""
    if not (where.date_from or where.date_to):
        return 0
    loose = replace(where, date_from=None, date_to=None)
    dated = replace(loose, date_from=_ALL_DATES["date_from"], date_to=_ALL_DATES["date_to"])
    return counted(store, ("undated", where), lambda: count(loose) - count(dated))


@dataclass(slots=True, frozen=True)
class UndatedLane:
    """A story's undated things: its articles without a publication date (a few by name) and the
    contradictions that neither a claim's time nor an article's date places."""

    articles: int
    shown: list[dict[str, Any]]     # article summaries (story view shape), at most LANE_LINKS
    contradictions: list[int]       # positions of the undated ones in the dated list given (disputes)

    @property
    def empty(self) -> bool:
        return not self.articles and not self.contradictions


def undated_lane(view: dict[str, Any], contradiction_dates: list[str | None]) -> UndatedLane:
    """The undated lane of a story view (storyline.serve.story), given each contradiction's date."""
    undated = [view["summaries"][a] for a in view["articles"]
               if a in view["summaries"] and not view["summaries"][a]["published"]["date"]]
    return UndatedLane(len(undated), undated[:LANE_LINKS], [i for i, d in enumerate(contradiction_dates) if not d])
