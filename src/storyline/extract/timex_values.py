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

from storyline import rules
from storyline.extract import timex_relative
from storyline.extract import timex_resolve as cal
from storyline.extract.timex_base import _BLANK, _ENDED, _POD, SIGNAL_MODS, Context, Value, _mod, _month, _shift_unit
from storyline.extract.timex_resolve import Unanchored
from storyline.extract.timex_rules import DAY, MONTH, ORDINALS, SEASONS, WEEKDAY, WEEKDAYS, YEAR

__all__ = ["SIGNAL_MODS", "Context", "Value", "resolve", "signal_word"]


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
    hm = re.match(r"(\d{1,2})(?:[:.](\d\d))?", low)
    if hm is None:
        return None
    hour, minute = int(hm[1]), int(hm[2] or 0)
    said = low[hm.end():]
    if said.startswith(("inthe", "atnight")):  # "4 in the morning", "10 at night": the part of day says a.m./p.m.
        hour = (hour % 12) + (0 if said.endswith("morning") else 12)
        return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None
    if "p" in said and hour < 12:
        hour += 12
    elif "a" in said and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour <= 24 and minute < 60 else None


def _leading_number(text: str) -> int:
    """The number a day or ordinal group starts with ("21st" → 21; every such group starts with digits)."""
    found = re.match(r"\d+", text)
    if found is None:
        raise ValueError(f"no number at the start of {text!r}")
    return int(found[0])


def _month_day(ctx: Context, m: re.Match[str]) -> Value | None:
    value = _day_of(ctx, m["mon"], m["d"], m["y"])
    clock = _clock(m.groupdict().get("clock"))
    if value and clock and value.value:
        return Value("TIME", f"{value.value}T{clock}")
    return value


def _day_of(ctx: Context, month_name: str, day_text: str, year: str | None) -> Value | None:
    """The day a month name, a day number and perhaps a year name (the closest such day to the anchor)."""
    month, day = _month(month_name), _leading_number(day_text)
    if year:
        value = _explicit(ctx, int(year), month, day)
    else:
        try:
            anchor = ctx.anchor.need("day")
        except Unanchored:
            return Value("DATE", f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= 31 else None
        found = _narrative_day(ctx, month, day) or cal.closest_day(anchor, month, day, ctx.tense)
        value = Value("DATE", found.isoformat()) if found else None
    return value


# how near a yearless day must lie to the day the text last named in full for that day's year to be its year
NARRATIVE_DAYS = 31


def _narrative_day(ctx: Context, month: int, day: int) -> dt.date | None:
    """'… was reported on November 22nd, 1987. … taken between Saturday, November 21st, and …': a day
    without its year, within a month of the full date the text last named, is in that date's year
    (the narrative's reference time, TimeML's anchor for underspecified dates: Pustejovsky et al. 2005),
    not the one nearest the publication date (branch probe20)."""
    last = ctx.last_full_day or ""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", last):
        return None
    ref = dt.date.fromisoformat(last[:10])
    try:
        near = dt.date(ref.year, month, day)
    except ValueError:
        return None
    return near if abs((near - ref).days) <= NARRATIVE_DAYS else None


_r_mdy = _month_day
_r_dmy = _month_day


def _r_my(ctx: Context, m: re.Match[str]) -> Value | None:
    year = int(m["y"]) if m["y"] else spelled_year(m["sy"])
    if year is None:
        return None
    return Value("DATE", f"{year:04d}-{_month(m['mon']):02d}", _mod(m["mod"]))


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
    # 'at 1800', 'about 2000' are numbers; 'at the end of 2011' is a date (the mod opens the span)
    if ctx.signal in {"$", "no.", "number", "route", "flight", "at", "about", "nearly"} and not (m["fiscal"] or m["mod"]):
        return None
    return Value("DATE", str(year), _mod(m["mod"]))


def _r_year_period(ctx: Context, m: re.Match[str]) -> Value | None:
    """"the 1988 period": the year's part the story compares, told at the year's precision (TimeML
    gives no finer value without a quarter named; tempeval3-train dev: 3 such phrases, spanned whole)."""
    return Value("DATE", m["y"])


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


_CENTURY_ORDINALS = rules.mapping("timex", "century_ordinals")


def _r_century(ctx: Context, m: re.Match[str]) -> Value | None:
    """'the 19th century' / 'the nineteenth century' 18, 'the late 17th century' 16 with mod END
    (TimeML TIMEX3: a century is its first two digits; 'early'/'mid'/'late' set the mod)."""
    ordinal = " ".join(m["ord"].lower().split())
    if ordinal[0].isdigit() or ordinal in _CENTURY_ORDINALS:
        number = _leading_number(ordinal) if ordinal[0].isdigit() else int(_CENTURY_ORDINALS[ordinal])
        return Value("DATE", f"{number - 1:02d}", _mod(m["mod"]))
    try:
        year = ctx.anchor.need("year").year
    except Unanchored:
        return Value("DATE", "XX")
    shift = {"this": 0, "last": -1, "next": 1}[ordinal]
    return Value("DATE", f"{year // 100 + shift:02d}")


def _r_season(ctx: Context, m: re.Match[str]) -> Value | None:
    code, rel = SEASONS[m["season"].lower()], (m["rel"] or "").lower()
    year = m["y"] or (m["sy"] and spelled_year(m["sy"]))
    if year:
        return Value("DATE", f"{year}-{code}", _mod(m["mod"]))
    if rel in {"", "the"} and not m["mod"] and ctx.signal not in {"in", "this", "last", "next", "since",
                                                                   "during", "until", "by", "early", "late",
                                                                   "into", "over", "through", "throughout"}:
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


def _r_month_rel_year(ctx: Context, m: re.Match[str]) -> Value | None:
    """"June last year", "April next year", "June 16th of last year": the month (or day) of the year the
    word names (timeline17-dev dev topics and polnear-dev dev half: 7, one with its day, read as this year's)."""
    steps = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    year = _shift_unit(ctx.anchor, "year", steps)
    if m["d"]:
        return _explicit(ctx, int(year), _month(m["mon"]), _leading_number(m["d"]))
    return Value("DATE", f"{year}-{_month(m['mon']):02d}", _mod(m["mod"]))


_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}


def _r_spelled_year(ctx: Context, m: re.Match[str]) -> Value | None:
    """"nineteen ninety-six" (broadcast transcripts in TimeBank spell years out)."""
    year = spelled_year(m[0])
    return Value("DATE", str(year)) if year else None


def spelled_year(words: str) -> int | None:
    """The year a spelled-out reading names: "nineteen ninety-four" 1994, "two thousand and one"
    2001, "the year two thousand" 2000; None for what is not read as a year ("nineteen five")."""
    words = " ".join(words.lower().split())
    if words == "the year two thousand":
        return 2000
    century, _, rest = words.partition(" ")
    if century == "two":
        century, rest = "two thousand", rest.removeprefix("thousand").strip().removeprefix("and").strip()
    tail = _TEENS.get(rest) or cal.number(rest)
    if tail is None:
        return None
    if century == "nineteen":
        return 1900 + int(tail) if tail >= 10 else None
    return 2000 + int(tail)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _r_decade_word(ctx: Context, m: re.Match[str]) -> Value:
    """"the Sixties": the latest such decade begun by the anchor's year, as "the '60s" (`_r_decade`) —
    in 2010 the 1960s, not the 2060s (timeline17-dev dev topics: 59 decade words, every one read in the
    anchor's century before)."""
    decade = _DECADE_WORDS[m["word"].lower()]
    try:
        year = ctx.anchor.need("year").year
    except Unanchored:
        year = 1999
    century = year // 100 - (year // 100 * 100 + decade * 10 > year)
    return Value("DATE", f"{century}{decade}", _mod(m["mod"]))


def _r_daytime(ctx: Context, m: re.Match[str]) -> Value:
    what = m["what"].lower().replace("-", " ")
    code = {"midday": "T12:00", "overnight": "TNI"}.get(what) or "T" + _POD.get(what.split()[-1], "XX")
    day = ctx.anchor.need("day")
    if what == "overnight":
        day -= dt.timedelta(days=1)
    if m["deictic"]:  # 'mid-afternoon yesterday': the part of that day
        day += dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[m["deictic"].lower()])
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
    calendar_q = _quarter_ending_in(_month(ended["mon"])) if ended else None
    if rel in {"year-ago", "year-earlier"} or (rel == "same" and ctx.quarter):
        q = calendar_q or ctx.quarter or _last_quarter(anchor)[0]
        return Value("DATE", f"{(ctx.quarter_year or anchor.year) - 1}-Q{q}")
    if n is None:
        q, y = _quarter_unnumbered(ctx, anchor, rel or det, calendar_q)
        return Value("DATE", f"{int(year) if year else y}-Q{q}")
    y = int(year) if year else (anchor.year if n <= cal.quarter_of(anchor) else anchor.year - 1)
    if not _forecast(ctx, anchor, y, calendar_q or n):
        # a fiscal "fourth quarter ended Sept. 30" is calendar Q3 for what "a year ago" means later
        ctx.quarter, ctx.quarter_year = calendar_q or n, y
    return Value("DATE", f"{y}-Q{n}")


def _forecast(ctx: Context, anchor: dt.date, year: int, quarter: int) -> bool:
    """A quarter of a later year ("through the third quarter of 1990" in an October 1989 story), or one
    not over yet in a future clause ("expect the trend to continue into the fourth quarter"), is a
    forecast, not the quarter the story reports, so "the year-ago period" after it is still the reported
    quarter's. A fourth quarter in a past clause in November is a fiscal one reported ("reported a
    decline in fourth-quarter earnings"). tempeval3-train dev: of 13 fourth quarters 7 in future
    clauses, all forecasts; 2 values right, none broken."""
    if year != anchor.year:
        return year > anchor.year
    return quarter >= cal.quarter_of(anchor) and ctx.tense == "future"


def _quarter_ending_in(month: int) -> int:
    """The calendar quarter most of a fiscal quarter ending in `month` lies in: the quarter of its middle
    month ("the quarter ended July 31" is May-July, mostly Q2; "ended Sept. 30" Q3; "ended Jan. 31"
    Q4). TimeBank gives the fiscal quarter the calendar quarter it overlaps most (tempeval3-train
    dev: 'the quarter ended July 31' 1989-Q2)."""
    return (month - 2) % 12 // 3 + 1


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
    if rel == "current":
        # "the current quarter having begun extremely well": the one under way, not the one reported
        return current, anchor.year
    if rel in {"latest", "this", "recent"}:
        # TimeBank: "In the latest quarter", "This quarter's loss" in early-November stories = Q3,
        # the quarter just reported, not the calendar quarter under way.
        return _last_quarter(anchor)
    if ctx.quarter:
        return ctx.quarter, ctx.quarter_year or anchor.year
    return _last_quarter(anchor)


# "the quarter ended Sept. 30": the closing month names the quarter (TimeBank WSJ earnings stories).

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
    if m["h"].lower() in {"last", "latter"} and not m["y"]:
        return None  # "the last half hour"; "the last half of 1989" is 1989-H2 (TIDES 2005: halves H1/H2)
    if m["y"]:
        return Value("DATE", f"{m['y']}-H{h}")
    try:
        anchor = ctx.anchor.need("month")
    except Unanchored:
        return Value("DATE", f"XXXX-H{h}")
    return Value("DATE", f"{anchor.year if h == 1 or anchor.month > 6 else anchor.year - 1}-H{h}")


# 'told USA Today', 'Russia Today', 'the Today programme', 'VOA Today': a capitalised "Today" right after
# a capitalised word, inside a sentence, names an outlet or a programme (polnear-dev, timeline17-dev dev
# topics and tempeval3-train: 7, none a day; TBAQ leaves 'VOA Today' unannotated)
_TITLE_BEFORE = re.compile(r"\b[A-Z]\w*(?:\.\w+)*[ \t]+$")  # no sentence-final dot, no line break before


def _r_deictic(ctx: Context, m: re.Match[str]) -> Value | None:
    word = m["word"]
    if not m["pre"] and word[0].isupper() and _TITLE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None
    steps = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word.lower()]
    return Value("DATE", _shift_unit(ctx.anchor, "day", steps))


def _r_pod(ctx: Context, m: re.Match[str]) -> Value:
    rel, pod = m["rel"].lower(), _POD[m["pod"].lower()]
    steps = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    day = _shift_unit(ctx.anchor, "day", steps)
    # 'last night' is the night before the anchor's day, a part of that day as 'this morning' is
    # (TimeML/TIDES part-of-day code TNI, type TIME; tempeval3-train dev: 1 of 1 so; it was the bare day)
    return Value("TIME", f"{day}T{pod}")


# the date a weekday is told with: 'Monday, Oct. 26' (US) or 'Thursday, 29 February' / 'Thursday 29 February
# 2024' (British, Australian: day first; the lead's twenty-first invented story read 'Thursday' as the
# article's own Thursday and the date apart)
_DATE_AFTER = re.compile(rf",?\s(?:(?P<mon>{MONTH})\s?(?P<d>\d{{1,2}})(?!\d)|(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<mm>{MONTH}))"
                         rf"(?:,?\s(?P<y>\d{{4}}))?")


def _r_weekday(ctx: Context, m: re.Match[str]) -> Value | None:
    """"said Monday" is the Monday on or before the anchor; "will meet Monday" the one on or after."""
    weekday, rel = WEEKDAYS[m["wd"].lower()], (m.groupdict().get("rel") or "").lower()
    dated = _DATE_AFTER.match(ctx.text, m.start("dated") if m.groupdict().get("dated") else m.end())
    if dated:  # "Monday, Oct. 26": the date says which Monday
        return _month_day(ctx, dated) if dated["mon"] else _day_of(ctx, dated["mm"], dated["dd"], dated["y"])
    try:
        anchor = ctx.anchor.need("day")
    except Unanchored:
        return Value("DATE", f"XXXX-WXX-{weekday + 1}")
    if rel in {"the previous", "the prior", "the following"}:
        # 'down from the previous Friday': the one before (after) the day the text last named, its
        # reference time (TimeML Annotation Guidelines 1.2.1: anaphoric times take the value their
        # anchor gives; tempeval3-train dev 'the previous Friday' after 'Friday')
        base = _last_named_day(ctx) or anchor
        return Value("DATE", cal.weekday_date(base, weekday, "next" if rel == "the following" else "last").isoformat())
    if rel in {"last", "this past"}:
        direction = "last"
    elif rel in {"next", "coming", "this coming"}:
        direction = "next"
    elif rel == "this":
        # "a national day of celebration this Friday" said on a Wednesday is the coming Friday, unless the
        # clause is past ("said this Monday"): timeline17-dev dev topics, of 4 such weekdays 3 were read as
        # the one before; 1 mended, none broken (the other two see a past cue: 'has yet to', 'forced to')
        direction = "past" if ctx.tense == "past" else "future"
    else:
        direction = "future" if ctx.tense == "future" else "past"
    # "Friday morning" stays the bare day. TIDES 2005 writes "...TMO", but TBAQ-dev is split (of
    # 21 weekday + part-of-day phrases 12 golds carry the code, 9 the bare day: +0.07 value F1 only)
    # and the day is what the seed gold and link.time_anchors (DATE values) use: tried and reverted.
    return Value("DATE", cal.weekday_date(anchor, weekday, direction).isoformat())


def _last_named_day(ctx: Context) -> dt.date | None:
    if ctx.last_date and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", ctx.last_date):
        return dt.date.fromisoformat(ctx.last_date[:10])
    return None


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
        weekday = _r_weekday(ctx, m)  # None: the date after it is impossible ("Monday, Feb. 30")
        return weekday.value if weekday else None
    if m["deictic"]:
        return _shift_unit(ctx.anchor, "day", {"today": 0, "yesterday": -1, "tomorrow": 1}[m["deictic"].lower()])
    if m["mon"]:
        found = cal.closest_day(ctx.anchor.need("day"), _month(m["mon"]), _leading_number(m["d"]), ctx.tense)
        return found.isoformat() if found else None
    on = _ON_DAY_AFTER.match(ctx.text, m.end())
    if on and on["wd"]:  # "at 4 a.m. on Tuesday": the day the time is on is named right after it
        weekday = _r_weekday(ctx, on)
        return weekday.value if weekday else None
    if on:
        dated = _day_of(ctx, on["mon"], on["d"], on["y"]) if on["mon"] else _day_of(ctx, on["mm"], on["dd"], on["yy"])
        return dated.value if dated else None
    if ctx.last_date and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", ctx.last_date):
        return ctx.last_date[:10]  # a bare "at 10 p.m." is on the day the text last named
    return ctx.anchor.need("day").isoformat()


# "4 a.m. on Tuesday", "10 p.m. on May 3, 2019", "4:06 pm on 02 Jun 2009", "16:16 29th Apr 2009": the
# time rule takes a weekday or a month-first day written right after the clock ("4 a.m. Tuesday"); with
# "on" between, or a day-first date (British: the BBC's and the Guardian's comment stamps, 344 of them
# in timeline17-dev's dev topics), the day is a TIMEX of its own that still dates the time, year and all
_ON_DAY_AFTER = re.compile(rf",?\s+(?:on\s+(?:(?P<wd>{WEEKDAY})|(?P<mon>{MONTH})\.?\s(?P<d>{DAY})(?:,?\s(?P<y>{YEAR}))?)|"
                           rf"(?:on\s+)?(?P<dd>{DAY})\s(?i:of\s)?(?P<mm>{MONTH})(?:,?\s(?P<yy>{YEAR}))?)")


# --- dispatch -------------------------------------------------------------------------------

_RESOLVERS: dict[str, Callable[[Context, re.Match[str]], Value | None]] = {
    name[3:]: fn for scope in (vars(timex_relative), globals()) for name, fn in scope.items()
    if name.startswith("_r_") and callable(fn)}
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
