"""A story's timeline laid out on a time axis: positions, ticks and zoom windows, as plain numbers.

The template draws it as inline SVG (attributes only: no inline style, no script), so it needs no
front-end code and stays inside the Content-Security-Policy. Years-long spans get year ticks,
short ones months or days; an entry dated to a year or a month is a bar over that period, a day a
dot. Zooming is a window [start, end] chosen by links (htmx swaps the axis in place; without
JavaScript the links reload the page), each step halving or doubling the window.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.dates import date_interval, month_end

WIDTH, LANE_HEIGHT, TOP, MAX_LANES = 1000, 22, 14, 8
MIN_GAP_PX = 12        # markers closer than this go to separate lanes
COUNT_LABEL_PX = 22    # a flag's "×N" label (11 px bold, 2–3 characters) beside it
MIN_SPAN_DAYS = 14     # the narrowest window a zoom reaches
_STEPS = [(1, "day"), (7, "week"), (30, "month"), (91, "quarter"), (365, "year"), (730, "2 years"),
          (1826, "5 years"), (3652, "10 years")]
MAX_TICKS = 12


@dataclass(slots=True, frozen=True)
class Marker:
    index: int          # position of the entry in the story's timeline
    x: float
    x2: float           # == x for a day
    y: float
    bar: bool
    contradicted: bool
    sources: int
    title: str          # tooltip: date and summary (escaped by the template)


@dataclass(slots=True, frozen=True)
class Flag:
    """A contradiction on the axis, at the time its claims hold (else when its articles appeared)."""

    index: int          # position in the story's (first) contradiction here
    x: float
    title: str
    count: int = 1      # contradictions this close together share one flag


@dataclass(slots=True, frozen=True)
class Tick:
    x: float
    label: str
    start: str          # the window that clicking the tick zooms to
    end: str


@dataclass(slots=True, frozen=True)
class Axis:
    width: int
    height: int
    start: str
    end: str
    ticks: list[Tick]
    markers: list[Marker]
    rug: list[float]                 # x of every article publication day in the window
    flags: list[Flag]                # contradictions in the window, on a lane of their own
    flag_y: float
    undated_flags: int               # contradictions with no time and no dated article: not on the axis
    zoom_in: tuple[str, str] | None
    zoom_out: tuple[str, str] | None
    zoomed: bool
    hidden: int                      # entries outside the window


def _day(value: str | None) -> dt.date | None:
    found = date_interval(value)
    return found.first if found else None


#: the axis never reaches the ends of the calendar: padding, ticks and zoom steps need room on both
#: sides (a window asked from 0001-01-01 or to 9999-12-31 was an OverflowError, a 500)
FIRST_DAY, LAST_DAY = dt.date(2, 1, 1), dt.date(9998, 12, 31)


def _clamped(day: dt.date) -> dt.date:
    return min(max(day, FIRST_DAY), LAST_DAY)


def _domain(entries: Sequence[dict[str, Any]], published: Sequence[str | None]) -> tuple[dt.date, dt.date]:
    periods = [p for p in (date_interval(e["date"]) for e in entries) if p]
    days = [d for d in (_day(v) for v in published) if d]
    lows = [p.first for p in periods] + days
    highs = [p.last for p in periods] + days
    if not lows:
        today = dt.date.today()
        return today - dt.timedelta(days=MIN_SPAN_DAYS), today
    low, high = _clamped(min(lows)), _clamped(max(highs))
    pad = max((high - low).days // 40, 7)
    return _clamped(low - dt.timedelta(days=pad)), _clamped(high + dt.timedelta(days=pad))


def _window(start: str | None, end: str | None, domain: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The window asked for, inside the story's domain (zooming out past the story shows nothing
    more); the whole domain when the bounds cross."""
    bound = date_interval(end)
    asked_high = bound.last if bound else domain[1]
    low, high = max(_day(start) or domain[0], domain[0]), min(asked_high, domain[1])
    if high < low:
        low, high = domain
    if (high - low).days < MIN_SPAN_DAYS:
        mid = low + (high - low) / 2
        low, high = mid - dt.timedelta(days=MIN_SPAN_DAYS // 2), mid + dt.timedelta(days=MIN_SPAN_DAYS // 2)
    return low, high


def whole_window(entries: Sequence[dict[str, Any]], published: Sequence[str | None] = ()) -> tuple[str, str]:
    """The start and end of the unzoomed axis (`layout(entries, published)`), without laying it out."""
    low, high = _window(None, None, _domain(entries, published))
    return low.isoformat(), high.isoformat()


def layout(entries: Sequence[dict[str, Any]], published: Sequence[str | None] = (), start: str | None = None,
           end: str | None = None, width: int = WIDTH,
           contradictions: Sequence[tuple[str | None, str]] = (), flag_label: str = "contradiction") -> Axis:
    """Lay out timeline entries (export shape, with `contradicted`), publication days and
    contradictions ((date or None, explanation) each) on an axis over the window [start, end]
    (default: everything)."""
    domain = _domain(entries, published)
    low, high = _window(start, end, domain)
    span = max((high - low).days, 1)

    def x(day: dt.date) -> float:
        return round((day - low).days / span * width, 1)

    markers, hidden = _markers(entries, low, high, x)
    lanes = max((int((m.y - TOP) // LANE_HEIGHT) for m in markers), default=0) + 1
    rug = [x(d) for d in (_day(v) for v in published) if d and low <= d <= high]
    flags = _grouped([Flag(i, x(day), f"{flag_label} {i + 1}: {why}") for i, (when, why) in enumerate(contradictions)
                      if (day := _day(when)) and low <= day <= high])
    zoomed = (low, high) != domain
    flag_y = TOP + lanes * LANE_HEIGHT + LANE_HEIGHT / 2
    points = _points(entries, published, [when for when, _ in contradictions], low, high)
    return Axis(width, TOP + (lanes + bool(contradictions)) * LANE_HEIGHT + 26, low.isoformat(), high.isoformat(),
                _ticks(low, high, x), markers, rug, flags, flag_y,
                sum(1 for when, _ in contradictions if not _day(when)), _zoom_in(low, high, points),
                _zoom(low, high, 2.0, domain) if zoomed else None, zoomed, hidden)


def _points(entries: Sequence[dict[str, Any]], published: Sequence[str | None], flagged: Sequence[str | None],
            low: dt.date, high: dt.date) -> list[dt.date]:
    """Every dated thing in the window (entries by their first day, publications, contradictions), sorted."""
    days = [p.first for p in (date_interval(e["date"]) for e in entries) if p] + [d for d in map(_day, published) if d]
    days += [d for d in map(_day, flagged) if d]
    return sorted(d for d in days if low <= d <= high)


def _zoom_in(low: dt.date, high: dt.date, points: list[dt.date]) -> tuple[str, str] | None:
    """Half the window, placed where most of its dated things are (centred on them): halving around
    the middle of a six-year story landed on empty years between its bursts."""
    span = (high - low).days
    if span <= MIN_SPAN_DAYS:
        return None
    width = max(span // 2, MIN_SPAN_DAYS)
    if not points:
        return _zoom(low, high, 0.5, (low, high))
    best, first, last, j = 0, points[0], points[0], 0
    for i, day in enumerate(points):  # two pointers: points[i..j] within `width` days of points[i]
        j = max(j, i)
        while j + 1 < len(points) and (points[j + 1] - day).days <= width:
            j += 1
        if j - i + 1 > best:
            best, first, last = j - i + 1, day, points[j]
    centre = first + (last - first) / 2
    new_low = min(max(centre - dt.timedelta(days=width / 2), low), high - dt.timedelta(days=width))
    return new_low.isoformat(), (new_low + dt.timedelta(days=width)).isoformat()


def _markers(entries: Sequence[dict[str, Any]], low: dt.date, high: dt.date, x) -> tuple[list[Marker], int]:
    markers, lane_ends, hidden = [], [-1e9] * MAX_LANES, 0
    placed = sorted(((p, i, e) for i, e in enumerate(entries) if (p := date_interval(e["date"]))),
                    key=lambda t: (t[0].first, t[1]))
    for (first, last), i, e in placed:
        if last < low or first > high:
            hidden += 1
            continue
        x1, x2 = x(max(first, low)), x(min(last, high))
        lane = next((n for n, taken in enumerate(lane_ends) if taken + MIN_GAP_PX <= x1), i % MAX_LANES)
        lane_ends[lane] = max(x2, x1 + 4)
        markers.append(Marker(i, x1, x2, TOP + lane * LANE_HEIGHT + LANE_HEIGHT / 2, first != last,
                              bool(e.get("contradicted")), len(e.get("sources", ())),
                              f"{e['date']} · {e['summary']}"))
    return markers, hidden + sum(1 for e in entries if not date_interval(e["date"]))


def _grouped(flags: list[Flag]) -> list[Flag]:
    """Flags closer than MIN_GAP_PX become one, counting them, its tooltip listing each."""
    out: list[Flag] = []
    for f in sorted(flags, key=lambda f: (f.x, f.index)):
        # a grouped flag's "×N" label is drawn to its right: the next flag keeps clear of it too
        # (on the 390 px axis a flag 20 units on was drawn over "×7")
        room = MIN_GAP_PX if not out or out[-1].count == 1 else MIN_GAP_PX + COUNT_LABEL_PX
        if out and f.x - out[-1].x < room:
            last = out[-1]
            out[-1] = Flag(last.index, last.x, f"{last.title}\n{f.title}", last.count + 1)
        else:
            out.append(f)
    return out


def _ticks(low: dt.date, high: dt.date, x) -> list[Tick]:
    days = (high - low).days
    most = max(3, min(MAX_TICKS, round(x(high) / 80)))  # a label needs about 80 units (a narrow axis has fewer)
    step_days = next((d for d, _ in _STEPS if days / d <= most), _STEPS[-1][0])
    ticks = []
    for first, last, label in _tick_periods(low, high, step_days):
        if low <= first <= high and x(first) <= x(high) - 24:  # a label at the very edge was cut off
            ticks.append(Tick(x(first), label, first.isoformat(), last.isoformat()))
    return ticks


def _tick_periods(low: dt.date, high: dt.date, step_days: int):
    """(period start, period end, label) at calendar boundaries: years, quarters, months or days."""
    if step_days >= 365:
        years = step_days // 365
        for year in range(max(low.year - low.year % years, 1), high.year + 1, years):
            yield dt.date(year, 1, 1), dt.date(year + years - 1, 12, 31), str(year)
    elif step_days >= 30:
        months = 3 if step_days >= 91 else 1
        month = dt.date(low.year, low.month, 1)
        while month <= high:
            if (month.month - 1) % months == 0:
                yield month, month_end(month), month.strftime("%b %Y")
            month = month_end(month) + dt.timedelta(days=1)
    else:
        day = low
        while day <= high:
            yield day, day + dt.timedelta(days=step_days - 1), day.strftime("%d %b %Y")
            day += dt.timedelta(days=step_days)


def _zoom(low: dt.date, high: dt.date, factor: float, domain: tuple[dt.date, dt.date]) -> tuple[str, str] | None:
    span = (high - low).days
    if factor < 1 and span <= MIN_SPAN_DAYS:
        return None
    mid, half = low + (high - low) / 2, dt.timedelta(days=max(span * factor / 2, MIN_SPAN_DAYS / 2))
    new_low, new_high = max(mid - half, domain[0]), min(mid + half, domain[1])
    return new_low.isoformat(), new_high.isoformat()


def in_window(entries: Sequence[dict[str, Any]], start: str | None, end: str | None) -> list[int]:
    """Indexes of the entries whose date overlaps [start, end] (all when no bound is given)."""
    bound = date_interval(end)
    low, high = _day(start), (bound.last if bound else None)
    keep = []
    for i, e in enumerate(entries):
        p = date_interval(e["date"])
        if p is None or ((low is None or p.last >= low) and (high is None or p.first <= high)):
            keep.append(i)
    return keep
