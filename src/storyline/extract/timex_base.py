"""Shared pieces of the TIMEX3 resolvers: the resolver context, values, modifiers and unit shifts.

`timex_values` (explicit and calendar-named dates, quarters, weekdays, clock times) and
`timex_relative` (units relative to the anchor, durations, "ago", sets, vague references) both
build on these.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline import rules
from storyline.extract import timex_resolve as cal
from storyline.extract.timex_resolve import Anchor, Unanchored
from storyline.extract.timex_rules import MONTH, MONTHS


@dataclass(slots=True)
class Context:
    """What a resolver sees: the text, the anchor, and document state carried forward."""

    text: str
    anchor: Anchor
    start: int = 0
    end: int = 0
    signal: str = ""                 # the word just before the span ("before", "in", "on", …)
    quarter: int | None = None       # the last fiscal quarter the document talked about
    quarter_year: int | None = None
    last_date: str | None = None     # the last calendar value resolved ("1998-06"), for "that year"
    last_full_day: str | None = None  # the last day written with its year ("November 22nd, 1987"): a narrative's day

    @property
    def tense(self) -> str | None:
        if self.signal in {"before", "until", "till", "by"}:
            # a deadline lies ahead ("extended its deadline until Tuesday") unless the clause looks
            # back from it: "Until Thursday, they had not…", "had filed reports by Wednesday",
            # "before Friday's purchases" (tempeval3-train: 4 right, 0 broken)
            return "past" if cal.looks_back(self.text, self.start, self.end) else "future"
        if self.signal in {"since", "after"}:
            return "past"
        return cal.tense(self.text, self.start, self.end)


@dataclass(slots=True, frozen=True)
class Value:
    type: str
    value: str | None
    mod: str | None = None


_MODS = rules.mapping("timex", "period_mods")
_APPROX_MODS = rules.mapping("timex", "approx_mods")
SIGNAL_MODS = rules.mapping("timex", "signal_mods")
_POD = rules.mapping("timex", "parts_of_day")


def _mod(word: str | None) -> str | None:
    return _MODS.get(word.lower()) if word else None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day_value(day: dt.date) -> str:
    return day.isoformat()


# "the quarter ended Sept. 30": the closing month names the quarter (TimeBank WSJ earnings stories).
_ENDED = re.compile(rf"\s*,?\s*(?:that\s)?(?i:ended|ending|ends|through)\s(?P<mon>{MONTH})")


def _shift_unit(anchor: Anchor, unit: str, steps: int) -> str:
    """The value of the calendar `unit` `steps` away from the anchor's ("last month" = -1)."""
    if unit == "year":
        return str(anchor.need("year").year + steps)
    if unit == "month":
        day = cal.add_months(anchor.need("month").replace(day=1), steps)
        return f"{day.year}-{day.month:02d}"
    if unit in {"week", "weekend"}:
        week = cal.iso_week(anchor.need("day") + dt.timedelta(weeks=steps))
        return week + "-WE" if unit == "weekend" else week
    if unit == "day":
        return (anchor.need("day") + dt.timedelta(days=steps)).isoformat()
    if unit == "decade":
        return str(anchor.need("year").year // 10 + steps)
    raise Unanchored(unit)


_BLANK = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
          "day": "XXXX-XX-XX", "decade": "XXX", "quarter": "XXXX-QX"}
