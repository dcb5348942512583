"""Partial calendar dates ("2019", "2019-07", "2019-07-23") as the days they cover, and the
machine-written timestamps containers give (ISO 8601, RFC 2822).

The one place that turns a TIMEX/publication value of year, month or day precision into its first
and last day (time expressions, contradiction scopes and the web timeline's axis all need it), and
the one reader of a feed's or a JSONL record's written timestamp (ingest keeps it, cleaning dates
the article by it).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import NamedTuple

_PARTIAL = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")


class DateInterval(NamedTuple):
    """The first and the last day a partial date covers (both included)."""

    first: dt.date
    last: dt.date


# a story page asks for the same few hundred values thousands of times (3,714 calls for a
# 300-article story: each entry and publication date, once per axis and in the coverage rows)
@functools.lru_cache(maxsize=8192)
def date_interval(value: str | None) -> DateInterval | None:
    """'2019-07-23' → that day; '2019-07' → the month; '2019' → the year; anything else (a week,
    a season, a time of day, an impossible date) → None."""
    m = _PARTIAL.fullmatch(value or "")
    if not m:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None  # the pattern requires it
    try:
        if day is not None and month is not None:
            found = dt.date(year, month, day)
            return DateInterval(found, found)
        if month is not None:
            first = dt.date(year, month, 1)
            return DateInterval(first, month_end(first))
        return DateInterval(dt.date(year, 1, 1), dt.date(year, 12, 31))
    except ValueError:  # month 13, 30 February, year 0
        return None


def month_end(first: dt.date) -> dt.date:
    """The last day of the month `first` is in."""
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def parse_machine_datetime(written: str) -> dt.datetime | None:
    """An ISO 8601 (Atom, JSON-LD, JSONL exports) or RFC 2822 (RSS, e-mail) timestamp with the
    offset it was written with, else None. A bare ISO date reads as its midnight, without offset."""
    from email.utils import parsedate_to_datetime

    written = written.strip()
    if not written:
        return None
    try:
        return dt.datetime.fromisoformat(written.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(written)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
