"""Who covered a story, when, and who did not: one row per outlet over the story's time.

    coverage(view, store_outlets, low, high) → Coverage(rows=[OutletRow(...)], missing=[...])

An article is an independent origin unless it reprints another (duplicate_of) or cites an
article of the same story (the provenance citations): the same rule storyline.link.provenance
groups origins by. "Not covered by" lists the store's outlets (most articles first) that have no
article in the story: with thousands of outlets only the largest are named, the rest counted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from storyline.dates import date_interval

#: rows drawn (outlets with the most articles in the story first); the rest are counted
MAX_ROWS = 20
#: outlets named as not covering the story; the rest are counted
MAX_MISSING = 12
STRIP_WIDTH = 300


@dataclass(slots=True, frozen=True)
class OutletRow:
    outlet: str
    first: str | None            # the outlet's earliest publication date in the story
    first_article: str           # its article (the earliest, else the first listed)
    origins: int                 # articles of its own
    reprints: int                # reprints or articles citing one of the story's
    undated: int
    xs: list[float]              # each dated article on the strip, 0..STRIP_WIDTH
    first_x: float | None


@dataclass(slots=True, frozen=True)
class Coverage:
    rows: list[OutletRow]
    more_outlets: int            # covering outlets beyond MAX_ROWS
    missing: list[str]           # the largest outlets of the store that did not cover it
    more_missing: int
    start: str
    end: str


def coverage(view: dict[str, Any], store_outlets: list[tuple[str, int]], low: str, high: str) -> Coverage:
    """The coverage of a story view (storyline.serve.story) over [low, high] (ISO days, the axis's
    whole-story window), given the store's outlets with their article counts."""
    dependent = _dependent(view)
    by_outlet: dict[str, list[dict[str, Any]]] = {}
    for article_id in view["articles"]:
        summary = view["summaries"].get(article_id)
        if summary:
            by_outlet.setdefault(summary["outlet"] or "unknown outlet", []).append(summary)
    start, end = dt.date.fromisoformat(low), dt.date.fromisoformat(high)
    rows = [_row(outlet, found, dependent, start, end) for outlet, found in by_outlet.items()]
    rows.sort(key=lambda r: (r.first or "~", -(r.origins + r.reprints), r.outlet))
    covered = set(by_outlet)
    missing = [name for name, _ in store_outlets if name and name not in covered]
    return Coverage(rows[:MAX_ROWS], max(len(rows) - MAX_ROWS, 0), missing[:MAX_MISSING],
                    max(len(missing) - MAX_MISSING, 0), low, high)


def _dependent(view: dict[str, Any]) -> set[str]:
    """Articles that are not an origin of their own: reprints, and articles citing one of the story's."""
    members = set(view["articles"])
    cites = {c["from"] for c in view["provenance"].get("citations", ()) if c.get("to") in members}
    return cites | {a for a, s in view["summaries"].items() if s.get("duplicate_of")}


def _row(outlet: str, found: list[dict[str, Any]], dependent: set[str], start: dt.date, end: dt.date) -> OutletRow:
    span = max((end - start).days, 1)
    days = sorted((p.first, a["id"]) for a in found if (p := date_interval(a["published"]["date"])))
    xs = [round(min(max((d - start).days / span, 0.0), 1.0) * STRIP_WIDTH, 1) for d, _ in days]
    reprints = sum(1 for a in found if a["id"] in dependent)
    return OutletRow(outlet, days[0][0].isoformat() if days else None, days[0][1] if days else found[0]["id"],
                     len(found) - reprints, reprints, len(found) - len(days), xs, xs[0] if xs else None)
