"""Resolvers: one per rule kind of `timex_rules`, turning a match into a TIMEX3 type/value/mod.

Each `_r_<kind>(ctx, match)` returns a `Value` or None (not a time expression after all);
`resolve` calls the right one and falls back to X placeholders when the anchor is too coarse.
Conventions follow TimeML as annotated in TimeBank/AQUAINT (the TempEval-3 training split);
comments name the data that chose a rule.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from storyline.extract import timex_resolve as cal
from storyline.extract.timex_resolve import Anchor, Unanchored
from storyline.extract.timex_rules import MONTH, MONTHS, ORDINALS, SEASONS, UNITS, WEEKDAYS


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

    @property
    def tense(self) -> str | None:
        if self.signal in {"before", "until", "till", "by"}:
            return "future"
        if self.signal in {"since", "after"}:
            return "past"
        return cal.tense(self.text, self.start, self.end)


@dataclass(slots=True, frozen=True)
class Value:
    type: str
    value: str | None
    mod: str | None = None


_MODS = {"early": "START", "beginning of": "START", "start of": "START", "the beginning of": "START",
         "the start of": "START", "late": "END", "end of": "END", "the end of": "END", "mid": "MID",
         "middle of": "MID", "the middle of": "MID", "the turn of": "START"}
_APPROX_MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
                "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
                "fewer than": "LESS_THAN", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
                "at least": "EQUAL_OR_MORE", "more than": "MORE_THAN", "over": "MORE_THAN", "some": "APPROX"}
SIGNAL_MODS = {"before": "BEFORE", "until": "BEFORE", "till": "BEFORE", "by": "ON_OR_BEFORE",
                "after": "AFTER", "since": "AFTER"}
_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}


def _mod(word: str | None) -> str | None:
    return _MODS.get(word.lower()) if word else None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day_value(day: dt.date) -> str:
    return day.isoformat()


# --- explicit dates -----------------------------------------------------------------------------

def _explicit(ctx: Context, year: int, month: int, day: int) -> Value | None:
    try:
        return Value("DATE", dt.date(year, month, day).isoformat())
    except ValueError:
        return None


def _r_iso(ctx: Context, m: re.Match[str]) -> Value | None:
    return _explicit(ctx, int(m["y"]), int(m["m"]), int(m["d"]))


def _r_slash(ctx: Context, m: re.Match[str]) -> Value | None:
    year = int(m["y"])
    if year < 100:  # two-digit years: 00-29 → 2000s, else 1900s (news archives span 1980-2030)
        year += 2000 if year < 30 else 1900
    return _explicit(ctx, year, int(m["m"]), int(m["d"]))


def _clock(text: str | None) -> str | None:
    """"06:00 AM" → "06:00", "5 p.m." → "17:00", "noon" → "12:00"."""
    if not text:
        return None
    low = text.lower().replace(" ", "")
    if low in {"noon", "midnight"}:
        return "12:00" if low == "noon" else "24:00"
    hm = re.match(r"(\d{1,2})(?::(\d\d))?", low)
    if hm is None:
        return None
    hour, minute = int(hm[1]), int(hm[2] or 0)
    if "p" in low[hm.end():] and hour < 12:
        hour += 12
    elif "a" in low[hm.end():] and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour <= 24 and minute < 60 else None


def _month_day(ctx: Context, m: re.Match[str]) -> Value | None:
    month, day = _month(m["mon"]), int(re.match(r"\d+", m["d"])[0])
    if m["y"]:
        value = _explicit(ctx, int(m["y"]), month, day)
    else:
        try:
            anchor = ctx.anchor.need("day")
        except Unanchored:
            return Value("DATE", f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= 31 else None
        found = cal.closest_day(anchor, month, day, ctx.tense)
        value = Value("DATE", found.isoformat()) if found else None
    clock = _clock(m.groupdict().get("clock"))
    if value and clock and value.value:
        return Value("TIME", f"{value.value}T{clock}")
    return value


_r_mdy = _month_day
_r_dmy = _month_day


def _r_my(ctx: Context, m: re.Match[str]) -> Value:
    return Value("DATE", f"{int(m['y']):04d}-{_month(m['mon']):02d}", _mod(m["mod"]))


def _r_month(ctx: Context, m: re.Match[str]) -> Value | None:
    month, rel = _month(m["mon"]), (m["rel"] or "").lower()
    if m["mon"] in {"May", "March"} and not (rel or m["mod"] or ctx.signal in _MONTH_SIGNALS):
        return None  # the modal "May", the verb "March"
    try:
        anchor = ctx.anchor.need("month")
    except Unanchored:
        return Value("DATE", f"XXXX-{month:02d}", _mod(m["mod"]))
    if rel == "last" or rel == "past" or rel == "this past" or rel == "previous":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in {"next", "coming", "this coming"}:
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    elif ctx.signal in {"before", "until", "till", "by"} and cal.tense(ctx.text, ctx.start, ctx.end) != "past":
        # "hopes to settle it before January": the next January after the anchor (seed 004)
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = cal.closest_month(anchor, month, ctx.tense)
    return Value("DATE", f"{year}-{month:02d}", _mod(m["mod"]) or SIGNAL_MODS.get(ctx.signal))


_MONTH_SIGNALS = {"in", "since", "until", "by", "before", "after", "from", "through", "to", "of", "and",
                  "between", "during", "till", "early", "late", "mid", "or", "last", "next", "this"}


def _r_year(ctx: Context, m: re.Match[str]) -> Value | None:
    year = int(m["y"])
    if ctx.signal in {"$", "no.", "number", "route", "flight", "at", "about", "nearly"} and not m["fiscal"]:
        return None
    return Value("DATE", str(year), _mod(m["mod"]))


def _r_decade(ctx: Context, m: re.Match[str]) -> Value | None:
    if m["dec"] == "'":
        if not m["short"]:
            return None
        try:
            century = ctx.anchor.need("year").year // 100 * 100
        except Unanchored:
            century = 1900
        decade = century + int(m["short"])
        if ctx.anchor.date and decade > ctx.anchor.date.year:
            decade -= 100
    else:
        decade = int(m["dec"])
    return Value("DATE", str(decade)[:3], _mod(m["mod"]))


def _r_century(ctx: Context, m: re.Match[str]) -> Value | None:
    ordinal = m["ord"].lower()
    if ordinal[0].isdigit():
        century = int(re.match(r"\d+", ordinal)[0]) - 1
        return Value("DATE", f"{century:02d}")
    try:
        year = ctx.anchor.need("year").year
    except Unanchored:
        return Value("DATE", "XX")
    shift = {"this": 0, "last": -1, "next": 1}[ordinal]
    return Value("DATE", f"{year // 100 + shift:02d}")


def _r_season(ctx: Context, m: re.Match[str]) -> Value | None:
    code, rel = SEASONS[m["season"].lower()], (m["rel"] or "").lower()
    if m["y"]:
        return Value("DATE", f"{m['y']}-{code}", _mod(m["mod"]))
    if rel in {"", "the"} and not m["mod"] and ctx.signal not in {"in", "this", "last", "next", "since",
                                                                   "during", "until", "by", "early", "late"}:
        return None  # "fall" and "spring" are verbs and nouns first
    try:
        anchor = ctx.anchor.need("month")
    except Unanchored:
        return Value("DATE", f"XXXX-{code}", _mod(m["mod"]))
    season_start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if rel in {"last", "this past", "the past", "past"}:
        year = anchor.year if season_start + 2 < anchor.month else anchor.year - 1
    elif rel in {"next", "this coming", "the coming", "coming"}:
        year = anchor.year if season_start > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        year = cal.closest_month(anchor, season_start, ctx.tense)
    return Value("DATE", f"{year}-{code}", _mod(m["mod"]))


def _r_month_rel_year(ctx: Context, m: re.Match[str]) -> Value:
    """"June last year", "April next year": the month of the year the word names."""
    steps = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    year = _shift_unit(ctx.anchor, "year", steps)
    return Value("DATE", f"{year}-{_month(m['mon']):02d}", _mod(m["mod"]))


_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}


def _r_spelled_year(ctx: Context, m: re.Match[str]) -> Value | None:
    """"nineteen ninety-six" (broadcast transcripts in TimeBank spell years out)."""
    if m["y2000"]:
        return Value("DATE", "2000")
    rest = m["rest"].lower()
    tail = _TEENS.get(rest) or cal.number(rest)
    if tail is None:
        return None
    century = 1900 if m["cent"].lower() == "nineteen" else 2000
    if century == 1900 and tail < 10:
        return None  # "nineteen five" is not how years are read
    return Value("DATE", str(century + int(tail)))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _r_decade_word(ctx: Context, m: re.Match[str]) -> Value:
    try:
        century = ctx.anchor.need("year").year // 100
    except Unanchored:
        century = 19
    return Value("DATE", f"{century}{_DECADE_WORDS[m['word'].lower()]}", _mod(m["mod"]))


def _r_daytime(ctx: Context, m: re.Match[str]) -> Value:
    what = m["what"].lower().replace("-", " ")
    code = {"midday": "T12:00", "overnight": "TNI"}.get(what) or "T" + _POD.get(what.split()[-1], "XX")
    day = ctx.anchor.need("day")
    if what == "overnight":
        day -= dt.timedelta(days=1)
    return Value("TIME", f"{day.isoformat()}{code}")


def _r_year_end(ctx: Context, m: re.Match[str]) -> Value | None:
    """Periods of the reporting year. TimeBank's earnings stories: "the latest period" is the quarter
    being reported, "the fiscal year"/"the full year" the current year, "year-end" its last day."""
    what = m["what"].lower()
    year = ctx.anchor.need("year").year
    if what in {"the latest period", "the period"}:
        return Value("DATE", f"{ctx.quarter_year or year}-Q{ctx.quarter}") if ctx.quarter else None
    if "end" in what:
        if ctx.tense == "past" or ctx.signal == "since":
            year -= 1
        return Value("DATE", f"{year}-12-31" if what in {"year-end", "year end"} else str(year), "END")
    if _ENDED.match(ctx.text, ctx.end):
        return Value("DURATION", "P1Y")  # "the fiscal year ended Jan. 31"
    if what == "the latest fiscal year":
        return Value("DATE", str(year - 1))
    if ctx.signal in {"for", "throughout", "over"} and "fiscal" in what and ctx.tense != "past":
        return Value("DURATION", "P1Y")
    return Value("DATE", str(year))


# --- quarters, halves ---------------------------------------------------------------------------

def _quarter_number(m: re.Match[str]) -> int | None:
    for word in (m["rel2"], m["rel"]):
        if word and word.lower() in ORDINALS and word.lower() not in {"last"}:
            return ORDINALS[word.lower()]
    return None


def _r_quarter(ctx: Context, m: re.Match[str]) -> Value | None:
    """Fiscal quarters. "third-quarter" in an October 1989 earnings story is 1989-Q3: the quarter
    number picks the latest such quarter not after the anchor's (TimeBank's WSJ documents);
    "the quarter", "the latest quarter" mean the one the story is about."""
    n, det, rel = _quarter_number(m), (m["det"] or "").lower(), (m["rel"] or "").lower()
    year = m["y"] or m["y0"]
    if m["yrel"] and not year:
        year = _shift_unit(ctx.anchor, "year", {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()])
    if det == "a" and n is None:
        return Value("DURATION", "P3M")
    try:
        anchor = ctx.anchor.need("month")
    except Unanchored:
        return Value("DATE", f"{year or 'XXXX'}-Q{n or 'X'}", None)
    ended = _ENDED.match(ctx.text, m.end())
    calendar_q = (_month(ended["mon"]) - 1) // 3 + 1 if ended else None
    if rel in {"year-ago", "year-earlier"} or (rel == "same" and ctx.quarter):
        q = calendar_q or ctx.quarter or _last_quarter(anchor)[0]
        return Value("DATE", f"{(ctx.quarter_year or anchor.year) - 1}-Q{q}")
    if n is None:
        q, y = _quarter_unnumbered(ctx, anchor, rel or det, calendar_q)
        return Value("DATE", f"{int(year) if year else y}-Q{q}")
    y = int(year) if year else (anchor.year if n <= cal.quarter_of(anchor) else anchor.year - 1)
    # a fiscal "fourth quarter ended Sept. 30" is calendar Q3 for what "a year ago" means later
    ctx.quarter, ctx.quarter_year = calendar_q or n, y
    return Value("DATE", f"{y}-Q{n}")


def _last_quarter(anchor: dt.date) -> tuple[int, int]:
    current = cal.quarter_of(anchor)
    return (current - 2) % 4 + 1, anchor.year - (current == 1)


def _quarter_unnumbered(ctx: Context, anchor: dt.date, rel: str, calendar_q: int | None) -> tuple[int, int]:
    """"the quarter", "the latest quarter", "next quarter": which (quarter, year)."""
    current = cal.quarter_of(anchor)
    if calendar_q:
        return calendar_q, anchor.year if calendar_q <= current else anchor.year - 1
    if rel in {"previous", "prior", "last", "past"}:
        base = (ctx.quarter, ctx.quarter_year or anchor.year) if ctx.quarter else (current, anchor.year)
        return (base[0] - 2) % 4 + 1, base[1] - (base[0] == 1)
    if rel == "next":
        return current % 4 + 1, anchor.year + (current == 4)
    if rel in {"latest", "this", "current", "recent"}:
        # TimeBank: "In the latest quarter", "This quarter's loss" in early-November stories = Q3,
        # the quarter just reported, not the calendar quarter under way.
        return _last_quarter(anchor)
    if ctx.quarter:
        return ctx.quarter, ctx.quarter_year or anchor.year
    return _last_quarter(anchor)


# "the quarter ended Sept. 30": the closing month names the quarter (TimeBank WSJ earnings stories).
_ENDED = re.compile(rf"\s*,?\s*(?:that\s)?(?i:ended|ending|ends|through)\s(?P<mon>{MONTH})")


def _r_qcode(ctx: Context, m: re.Match[str]) -> Value | None:
    n = int(m["q"][1])
    if m["y"]:
        return Value("DATE", f"{m['y']}-Q{n}")
    try:
        anchor = ctx.anchor.need("month")
    except Unanchored:
        return Value("DATE", f"XXXX-Q{n}")
    return Value("DATE", f"{anchor.year if n <= cal.quarter_of(anchor) else anchor.year - 1}-Q{n}")


def _r_half(ctx: Context, m: re.Match[str]) -> Value | None:
    h = 1 if m["h"].lower() == "first" else 2
    if m["y"]:
        return Value("DATE", f"{m['y']}-H{h}")
    try:
        anchor = ctx.anchor.need("month")
    except Unanchored:
        return Value("DATE", f"XXXX-H{h}")
    return Value("DATE", f"{anchor.year if h == 1 or anchor.month > 6 else anchor.year - 1}-H{h}")


# --- relative to the anchor ---------------------------------------------------------------------

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
_REL_STEPS = {"last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1,
              "following": 1, "this": 0, "current": 0, "the current": 0, "earlier this": 0, "later this": 0,
              "the same": 0, "that": 0, "the": 0}


def _r_rel_unit(ctx: Context, m: re.Match[str]) -> Value | None:
    rel, unit = m["rel"].lower(), m["unit"].lower()
    mod = _mod(m["mod"])
    if m["unit"][0].isupper():
        return None  # a title: ABC's "This Week"
    if rel in {"the past", "the last", "the next", "the coming", "the previous", "the following"}:
        return _duration_value(1, unit, None) if unit != "weekend" else Value("DURATION", "P2D")
    if rel in {"the", "that", "the same"} and not mod:
        return _r_the_unit(ctx, unit)
    if unit == "day":
        return None
    if unit == "weekend":
        return _weekend(ctx, _REL_STEPS.get(rel, 0))
    return Value("DATE", _shift_unit(ctx.anchor, unit, _REL_STEPS.get(rel, 0)), mod)


def _weekend(ctx: Context, steps: int) -> Value:
    """"over the weekend" is the one just past (TimeBank: 1989-W43-WE said on Monday 1989-10-30);
    "ahead of the weekend", "next weekend" the coming one."""
    anchor = ctx.anchor.need("day")
    future = steps > 0 or (steps == 0 and ctx.tense == "future") or ctx.signal in {"of", "until", "before"}
    saturday = cal.weekday_date(anchor, 5, "future" if future else "past")
    if steps < 0:
        saturday -= dt.timedelta(weeks=1)
    return Value("DATE", cal.iso_week(saturday) + "-WE")


def _r_the_unit(ctx: Context, unit: str) -> Value | None:
    """"the year", "the week": TimeBank reads "for the year" as a duration, other uses as this one."""
    if unit in {"day", "decade"}:
        return None
    if unit == "weekend":
        return _weekend(ctx, 0)
    if unit == "year" and _ENDED.match(ctx.text, ctx.end):
        return Value("DURATION", "P1Y")  # "the year ended Sept. 30": a fiscal year's span
    if unit == "week":
        return Value("DATE", f"{ctx.anchor.date.year}-WXX" if ctx.anchor.date else "XXXX-WXX")
    return Value("DATE", _shift_unit(ctx.anchor, unit, 0))


def _duration_value(n: float | None, unit: str, mod: str | None) -> Value:
    unit = unit.lower().rstrip("s") if unit.lower() not in {"centuries"} else "century"
    code = UNITS.get(unit, "X")
    if code == "DE":
        n, code = (n * 10 if n is not None else None), "Y"
    elif code == "CE":
        n, code = (n * 100 if n is not None else None), "Y"
    if n is None:
        amount = "X"
    elif n != int(n):
        return Value("DURATION", _fractional(n, code), mod)
    else:
        amount = str(int(n))
    prefix = "PT" if unit in {"second", "minute", "hour"} else "P"
    return Value("DURATION", f"{prefix}{amount}{code}", mod)


def _fractional(n: float, code: str) -> str:
    """"2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M (TimeBank writes the half out)."""
    whole = int(n)
    if code == "Y":
        return f"P{whole}Y6M" if whole else "P6M"
    if code == "H":
        return f"PT{whole}H30M" if whole else "PT30M"
    if code == "D":
        return f"P{whole}DT12H" if whole else "PT12H"
    return f"P{n}{code}"


def _is_age_or_ordinal(ctx: Context, m: re.Match[str], unit: str) -> bool:
    """"a 52-year-old", "52 years old" (ages: not annotated in TimeBank), "a second round",
    "three-quarters of" (a fraction)."""
    after = ctx.text[m.end():m.end() + 8].lower()
    if m[0].lower().endswith("-old") or re.match(r"\s+old\b", after):
        return True
    if unit.startswith("second") and m["n"].lower() in {"a", "one"}:
        return True
    return unit.startswith("quarter") and (after.startswith(" of") or "-" in m[0])


def _r_duration(ctx: Context, m: re.Match[str]) -> Value | None:
    n = cal.number(m["n"])
    unit = m["unit"].lower()
    if m["n"].lower() in {"a", "an", "some"} and unit.endswith("s"):
        return None
    approx = (m["approx"] or "").lower()
    if _is_age_or_ordinal(ctx, m, unit) or m["unit"][0].isupper():  # CBS's "60 Minutes"
        return None
    return _duration_value(n, unit, _APPROX_MODS.get(approx))


def _r_vague_dur(ctx: Context, m: re.Match[str]) -> Value | None:
    det = (m["det"] or "").lower()
    unit = m["unit"].lower()
    if det in {"recent", "in recent"}:
        return Value("DATE", "PAST_REF")
    if not det and ctx.signal not in {"for", "within", "in", "over"}:
        return None
    return _duration_value(None, unit, None)


def _r_ago(ctx: Context, m: re.Match[str]) -> Value | None:
    """"six months ago" is a date at the unit's precision; "a year earlier" likewise (TimeBank reads
    it against the article date); "weeks later" is a duration — its reference is some other event."""
    n, unit, direction = cal.number(m["n"]), m["unit"].lower().rstrip("s"), m["dir"].lower()
    mod = _APPROX_MODS.get((m["approx"] or "").lower())
    if direction in {"later", "from now", "hence"} and direction == "later":
        return _duration_value(n, unit, mod)
    sign = 1 if direction in {"from now", "hence"} else -1
    if direction == "earlier" and unit != "year":
        return _duration_value(n, unit, mod)
    if n is None or n != int(n):
        return Value("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    return _ago_value(ctx, int(n) * sign, unit, mod)


def _ago_value(ctx: Context, steps: int, unit: str, mod: str | None) -> Value:
    if unit == "year" and ctx.quarter and steps == -1:
        return Value("DATE", f"{(ctx.quarter_year or ctx.anchor.need('year').year) - 1}-Q{ctx.quarter}", mod)
    if unit in {"decade", "century"}:
        step = 10 if unit == "decade" else 100
        return Value("DATE", str(ctx.anchor.need("year").year + steps * step), mod)
    if unit in {"hour", "minute", "second"}:
        return Value("DATE", ctx.anchor.need("day").isoformat(), mod)
    if unit == "quarter":
        day = cal.add_months(ctx.anchor.need("month"), 3 * steps)
        return Value("DATE", f"{day.year}-Q{cal.quarter_of(day)}", mod)
    return Value("DATE", _shift_unit(ctx.anchor, unit, steps), mod)


def _r_year_ago(ctx: Context, m: re.Match[str]) -> Value | None:
    """"year-earlier", "the year-ago period": the same period one year before — in an earnings story
    the quarter it is about (TimeBank: 'the year-earlier quarter' = 1988-Q3 in Oct 1989)."""
    unit = m["unit"].lower()
    if unit != "year":
        return Value("DATE", _shift_unit(ctx.anchor, unit, -1)) if unit == "month" else None
    year = (ctx.quarter_year or ctx.anchor.need("year").year) - 1
    if ctx.quarter:
        return Value("DATE", f"{year}-Q{ctx.quarter}")
    return Value("DATE", str(year))


def _r_deictic(ctx: Context, m: re.Match[str]) -> Value:
    steps = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["word"].lower()]
    return Value("DATE", _shift_unit(ctx.anchor, "day", steps))


def _r_pod(ctx: Context, m: re.Match[str]) -> Value:
    rel, pod = m["rel"].lower(), _POD[m["pod"].lower()]
    steps = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    day = _shift_unit(ctx.anchor, "day", steps)
    if rel == "last" and pod == "NI":
        return Value("DATE", day)
    return Value("TIME", f"{day}T{pod}")


_DATE_AFTER = re.compile(rf",?\s(?P<mon>{MONTH})\s?(?P<d>\d{{1,2}})(?!\d)(?:,?\s(?P<y>\d{{4}}))?")


def _r_weekday(ctx: Context, m: re.Match[str]) -> Value:
    """"said Monday" is the Monday on or before the anchor; "will meet Monday" the one on or after."""
    weekday, rel = WEEKDAYS[m["wd"].lower()], (m.groupdict().get("rel") or "").lower()
    dated = _DATE_AFTER.match(ctx.text, m.end())
    if dated:  # "Monday, Oct. 26": the date says which Monday
        return _month_day(ctx, dated)
    try:
        anchor = ctx.anchor.need("day")
    except Unanchored:
        return Value("DATE", f"XXXX-WXX-{weekday + 1}")
    if rel in {"last", "this past"}:
        direction = "last"
    elif rel in {"next", "coming", "this coming"}:
        direction = "next"
    else:
        direction = "future" if ctx.tense == "future" else "past"
    return Value("DATE", cal.weekday_date(anchor, weekday, direction).isoformat())


def _r_time(ctx: Context, m: re.Match[str]) -> Value | None:
    clock = _clock(m["clock"])
    if clock is None:
        return None
    try:
        day = _time_day(ctx, m)
    except Unanchored:
        return Value("TIME", f"XXXX-XX-XXT{clock}")
    return Value("TIME", f"{day}T{clock}") if day else None


def _time_day(ctx: Context, m: re.Match[str]) -> str | None:
    if m["wd"]:
        return _r_weekday(ctx, m).value
    if m["deictic"]:
        return _shift_unit(ctx.anchor, "day", {"today": 0, "yesterday": -1, "tomorrow": 1}[m["deictic"].lower()])
    if m["mon"]:
        found = cal.closest_day(ctx.anchor.need("day"), _month(m["mon"]), int(re.match(r"\d+", m["d"])[0]), ctx.tense)
        return found.isoformat() if found else None
    return ctx.anchor.need("day").isoformat()


_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "quarterly": "P3M", "nightly": "P1D", "hourly": "PT1H", "biweekly": "P2W", "semiannually": "P6M"}
_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P1Q", "hour": "PT1H",
              "morning": "TMO", "night": "TNI", "evening": "TEV", "summer": "XXXX-SU", "winter": "XXXX-WI",
              "spring": "XXXX-SP", "fall": "XXXX-FA"}


def _r_set(ctx: Context, m: re.Match[str]) -> Value | None:
    if m["adv"]:
        return Value("SET", _SET_ADVERBS[m["adv"].lower()])
    what = m["what"]
    if what.lower() in _SET_UNITS:
        return Value("SET", _SET_UNITS[what.lower()])
    if what.lower() in WEEKDAYS:
        return Value("SET", f"XXXX-WXX-{WEEKDAYS[what.lower()] + 1}")
    return Value("SET", f"XXXX-{_month(what):02d}")


_REFS = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
         "presently": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
         "nowadays": "PRESENT_REF", "the time being": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF",
         "lately": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF", "in the past": "PAST_REF",
         "the past": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF", "the future": "FUTURE_REF",
         "future": "FUTURE_REF", "soon": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
         "in the near future": "FUTURE_REF", "the near future": "FUTURE_REF", "medium term": "FUTURE_REF",
         "long term": "FUTURE_REF", "short term": "FUTURE_REF"}


def _r_ref(ctx: Context, m: re.Match[str]) -> Value | None:
    word = m["ref"].lower()
    if "recent" in word and word.endswith("s"):
        # TimeBank: "in recent months" is a vague duration (PXM), bare "recently" a past reference
        return _duration_value(None, word.split()[-1], None)
    if "recent" in word or "past" in word:
        return Value("DATE", "PAST_REF")
    if word.endswith(" term"):
        return Value("DATE", "FUTURE_REF")
    return Value("DATE", _REFS[word])


def _r_holiday(ctx: Context, m: re.Match[str]) -> Value | None:
    name = m["hol"].lower()
    if m["y"]:
        year = int(m["y"])
    else:
        try:
            anchor = ctx.anchor.need("day")
        except Unanchored:
            return Value("DATE", _holiday(name, None))
        year = min((anchor.year - 1, anchor.year, anchor.year + 1),
                   key=lambda y: abs((dt.date.fromisoformat(_holiday(name, y)) - anchor).days))
    return Value("DATE", _holiday(name, year))


def _holiday(name: str, year: int | None) -> str:
    fixed = {"christmas": "12-25", "christmas day": "12-25", "christmas eve": "12-24", "new year's day": "01-01",
             "new year's eve": "12-31", "independence day": "07-04", "halloween": "10-31"}
    if name in fixed:
        return f"{year if year else 'XXXX'}-{fixed[name]}"
    if year is None:
        return "XXXX-XX-XX"
    if name.startswith("thanksgiving"):
        return cal.nth_weekday(year, 11, 3, 4).isoformat()
    if name == "labor day":
        return cal.nth_weekday(year, 9, 0, 1).isoformat()
    if name == "memorial day":
        return cal.nth_weekday(year, 5, 0, -1).isoformat()
    return cal.easter(year).isoformat()



# --- dispatch -------------------------------------------------------------------------------

_RESOLVERS: dict[str, Callable[[Context, re.Match[str]], Value | None]] = {
    name[3:]: fn for name, fn in globals().items() if name.startswith("_r_") and callable(fn)}
_SIGNAL = re.compile(r"([\w$.]+)\s*$")


def signal_word(text: str, start: int) -> str:
    found = _SIGNAL.search(text[max(0, start - 20):start])
    return found[1].lower() if found else ""


def _unanchored_value(kind: str, m: re.Match[str], err: Unanchored) -> str:
    unit = m.groupdict().get("unit")
    return _BLANK.get((unit or "").lower().rstrip("s"), _BLANK.get(str(err), "XXXX-XX-XX"))


def resolve(ctx: Context, kind: str, m: re.Match[str]) -> tuple[Value | None, bool]:
    try:
        return _RESOLVERS[kind](ctx, m), True
    except Unanchored as err:
        return Value("DATE", _unanchored_value(kind, m, err)), False
