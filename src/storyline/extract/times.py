"""Time expressions: find them with the rule grammar and normalise them to TIMEX3 values.

    find_times("He said Monday the talks ended in July 2019.", date(2020, 3, 31))
    → [TimeExpr(8, 14, "Monday", "DATE", "2020-03-30"), TimeExpr(35, 44, "July 2019", "DATE", "2019-07")]

Spans come from `timex_rules` (regexes over words); values from the resolvers below, one per
rule kind, against an anchor (the publication date). Without an anchor, whatever the text fixes
is still resolved and the rest gets X placeholders ("XXXX-11-21") with `anchored=False`.
`constrain_anchor` goes the other way: what the text's dates say about an unknown anchor.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline import rules
from storyline.dates import date_interval
from storyline.extract import timex_resolve as cal
from storyline.extract.timex_base import Value
from storyline.extract.timex_resolve import Anchor
from storyline.extract.timex_rules import MONTH, MONTHS, WEEKDAY, WEEKDAYS, candidates
from storyline.extract.timex_values import SIGNAL_MODS, Context, resolve, signal_word


@dataclass(slots=True, frozen=True)
class TimeExpr:
    """One time expression: [start, end) offsets into the input text, TIMEX3 type/value/mod."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None
    anchored: bool = True


def find_times(text: str, anchor: dt.date | None, *, anchor_precision: str = "day") -> list[TimeExpr]:
    """Every time expression in `text`, normalised against `anchor` (the publication date).

    `anchor_precision` ("day", "month", "year") says how much of the anchor is known; values that
    need more get X placeholders and `anchored=False`. Never raises on odd input."""
    if anchor is not None and not dt.date(2, 1, 1) <= anchor <= dt.date(9998, 12, 31):
        anchor = None  # calendar arithmetic near date.min/max would overflow; such an anchor is no anchor
    ctx = Context(text, Anchor(anchor, anchor_precision if anchor else "unknown"))
    found: list[TimeExpr] = []
    for start, end, rule, match in candidates(text):
        if rule.kind == "month" and _month_in_a_name(text, start, end, match):
            continue
        if rule.kind == "year" and (_labelled_number(text, start) or _clock_in_a_zone(text, start, end)):
            continue
        ctx.start, ctx.end, ctx.signal = start, end, signal_word(text, start)
        value, anchored = resolve(ctx, rule.kind, match)
        if value is None:
            continue
        start = _trimmed_start(text, start, end, rule.kind)
        mod = value.mod or (SIGNAL_MODS.get(ctx.signal) if value.type == "DATE" else None)
        if value.type in {"DATE", "DURATION", "SET"} and (loosened := _EXTENSION.match(text, end)):
            end, mod = loosened.end(), _EXTENSION_MODS[" ".join(loosened["ext"].lower().split())]
        if value.type == "DATE" and (framed := _framed_day(text, start, value.value)):
            start, value = framed
            found = [t for t in found if t.end <= start]  # 'the week' read alone before 'of March 6'
        needed_anchor = value.type != "SET" and (value.value or "X").startswith("XXXX")
        found.append(TimeExpr(start, end, text[start:end], value.type, value.value, mod,
                              anchored and not needed_anchor))
        if rule.kind == "mdy" and (second := _second_day(text, end, found[-1])):
            found.append(second)
        if value.type in {"DATE", "TIME"} and value.value and value.value[:4].isdigit():
            ctx.last_date = value.value  # what "that year", "the following day" refer to
            if re.search(r"\b\d{4}\b", text[start:end]) and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", value.value):
                ctx.last_full_day = value.value  # the day a yearless day near it belongs with (`timex_values._narrative_day`)
    return found


# 'the week of March 6', 'the day before last Tuesday': a day named inside a larger unit or one day off
# is one expression whose value comes from the day (TimeML Annotation Guidelines 1.2.1, 2.2.1: the
# extent is the whole phrase; TIDES 2005: 'the week of' is that day's week). tempeval3-train dev: both
# tagged whole, the day alone read before. 'The' before 'day before' stays out, as in the gold.
_DAY_FRAME = re.compile(r"(?i)(?:(?P<week>the\s+week(?P<end>end)?\s+of)|(?<![\w-])day\s+(?P<dir>before|after))\s+$")


def _framed_day(text: str, start: int, value: str | None) -> tuple[int, Value] | None:
    frame = _DAY_FRAME.search(text, max(0, start - 20), start)
    day = date_interval(value) if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value) else None
    if frame is None or day is None:
        return None
    if frame["week"]:  # 'the weekend of March 9': that week's weekend (TIDES 2005: 'WE')
        return frame.start(), Value("DATE", cal.iso_week(day.first) + ("-WE" if frame["end"] else ""))
    shifted = day.first + dt.timedelta(days=1 if frame["dir"].lower() == "after" else -1)
    return frame.start(), Value("DATE", shifted.isoformat())


# 'the summit on April 24 and 25', 'hearings June 3 and 4 in Paris', 'Sept. 19 to 22', 'March 9-10': a second day number
# joined to a month-first day is a date of that month (TimeML tags it on its own: tempeval3-train dev 'April 24
# and [25]' 1999-04-25; timeline17-dev dev topics and polnear-dev 5 more); not before a month ('April 29 to 5
# May' is May's) nor a noun ('June 3 and 4 people')
_SECOND_DAY = re.compile(r"(?:\s+(?:and|or|to|through)\s+|\s?[-\u2013]\s?)(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w.,]\d|\w)"
                         r"(?=\s*(?:[,.;:)\"”']|$)|\s+(?:in|at|on|when|with|for|from|and|as|to|at)\b)")


def _second_day(text: str, end: int, first: TimeExpr) -> TimeExpr | None:
    found = _SECOND_DAY.match(text, end)
    value = first.value or ""
    if found is None or not re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", value) or int(found["d"]) <= int(value[8:]):
        return None
    day = f"{value[:8]}{int(found['d']):02d}"
    if value[:4].isdigit() and date_interval(day) is None:
        return None  # 'Feb. 28 and 30'
    return TimeExpr(found.start("d"), found.end(), text[found.start("d"):found.end()], "DATE", day, None, first.anchored)


# the words a bare month name follows as a date ('in June', 'by May', 'last August'); after any other word, a
# month that is also a given name, before a capitalised word, is a person's name
_MONTH_SIGNALS = frozenset(rules.words("timex", "month_date_signals"))  # rules/timex.toml
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z'’-]+\b")


def _month_in_a_name(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """'Walter and June Haskins', 'April Reyes said': a bare month name that is also a given name (the
    census lists: April, May, June, August), right before a capitalised word and after no word a date
    follows, opens a person's name, no month (probe18: a couple's names made a June entry in the timeline)."""
    from storyline.extract.person_names import is_given_name

    word = text[start:end]
    if match.groupdict().get("mod") or match.groupdict().get("rel") or not is_given_name(word):
        return False
    after = _CAPITALISED_AFTER.match(text, end)
    if after is None or after.group().strip() in MONTHS or after.group().strip() in WEEKDAYS:
        return False
    return signal_word(text, start).lower() not in _MONTH_SIGNALS


# the nouns a number follows as its label ('Local 1790', 'Flight 1549'; rules/timex.toml [number_labels])
_LABELS = "|".join(re.escape(w) for w in sorted(rules.words("timex", "number_labels")))
_NUMBER_LABEL = re.compile(rf"\b(?:{_LABELS})\.?\s+$")


def _labelled_number(text: str, start: int) -> bool:
    """'ILA Local 1790', 'Flight 1549': a bare four-digit number right after a capitalised label noun
    names the thing, no year (branch probe19: a union local's number made a 1790 timeline entry)."""
    return _NUMBER_LABEL.search(text, max(0, start - 20), start) is not None


# a 24-hour clock written as four digits before a time zone ('As of 1700 BST on 15 June', 'at 1430 GMT'):
# Reuters' and the BBC's style, no year (timeline17-dev dev topics: 5 such clocks read as years before, now none)
_ZONE_AFTER = re.compile(r"\s?(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T|local time)\b")


def _clock_in_a_zone(text: str, start: int, end: int) -> bool:
    digits = text[start:end]
    return (len(digits) == 4 and digits.isdigit() and int(digits[:2]) < 24 and int(digits[2:]) < 60
            and _ZONE_AFTER.match(text, end) is not None)


# 'the next year or so', '1994 or later', '1990 and beyond': the phrase is inside the span and sets the
# mod (rules/timex.toml [extension_mods])
_EXTENSION_MODS = rules.mapping("timex", "extension_mods")
_EXTENSION = re.compile(r"\s+(?P<ext>(?i:" + "|".join(re.escape(k).replace("\\ ", "\\s+") for k in _EXTENSION_MODS)
                        + r"))(?![\w-])")


# Leading words TimeML keeps outside the span (tempeval3-train gold, outside:inside): "in" 256:0,
# "for" 110:0, "over" 28:2, "its" 12:1, "about" 9:2, "just" 5:0, "only" 3:0, "at" (in "at about");
# before a weekday "early/late/earlier/later" 6:2 ("Earlier Friday", "Late Monday").
_OUTSIDE = re.compile(r"(?i)(?:(?:in|for|over|its|about|just|only|at(?=\s+about\b))\s+)+")
# A time that modifies a noun that is no time ('the 14-day waiting period', 'a third-quarter loss', 'the
# year-ago results') is tagged alone: the determiner belongs to the noun phrase the time modifies, not to
# the time (TimeML Annotation Guidelines 1.2.1, Sauri et al. 2006, 2.2.1: the extent of a TIMEX3 used as a
# prenominal modifier is the modifier, e.g. 'a [two-week] trip'). tempeval3-train dev: a determiner before a
# number + singular unit ('the 23-year occupation', 'the two day rally') or a hyphened quarter or
# 'year-ago/-earlier' before a noun is outside the gold span 34 times of 34, inside 0; a plural stays a noun
# phrase of its own ('the nine months' 8 of 9 inside), as does 'the year-ago quarter' (13 of 16 inside).
_DETERMINER = r"(?i)(?:the|a|an|that|this|their)\s+"
_OUTSIDE_BY_KIND = {"weekday": re.compile(r"(?i)(?:early|late|earlier|later)\s+"),
                    "quarter": re.compile(_DETERMINER + r"(?=(?:fiscal\s+)?\S+-quarter$)"),
                    # not 'a', which is the number in 'a full hour'; 'the one hour and 40 minutes' is a noun phrase
                    "duration": re.compile(r"(?i)(?:the|that|this|their)\s+(?=(?:[\w.]+-|(?!one\s|1\s)[\w.]+\s)"
                                           r"(?:second|minute|hour|day|week|month|quarter|year|decade|century)$)"),
                    "year_ago": re.compile(_DETERMINER + r"(?=(?:year|month|quarter)-(?:ago|earlier)$)"),
                    "unit_long": re.compile(r"(?i)an?\s+")}  # "a day-long meeting": as "a third-quarter"


def _trimmed_start(text: str, start: int, end: int, kind: str) -> int:
    """The span start once the leading words TimeML leaves outside it are dropped."""
    for pattern in (_OUTSIDE, _OUTSIDE_BY_KIND.get(kind)):
        found = pattern.match(text, start, end) if pattern else None
        if found and found.end() < end:
            start = found.end()
    return start


# --- narrowing an unknown publication date ------------------------------------------------------

@dataclass(slots=True, frozen=True)
class AnchorConstraint:
    """What the text's own dates say about when it was published: bounds (inclusive) and why."""

    earliest: dt.date | None = None
    latest: dt.date | None = None
    evidence: tuple[str, ...] = ()


_COPYRIGHT = re.compile(r"(?:©|\(c\)|(?i:copyright))\s*(?:\d{4}\s*[-–]\s*)?(?P<y>(?:19|20)\d\d)(?!\d)")
_WEEKDAY_DATE = re.compile(rf"(?P<wd>{WEEKDAY}),?\s(?P<mon>{MONTH})\s?(?P<d>\d{{1,2}})(?!\d)(?!,?\s\d{{4}})")


def _explicit_bounds(text: str) -> list[tuple[str, dt.date, str]]:
    """("earliest"|"latest", date, evidence) from explicit dates in clearly past or future clauses.

    A past-tense event ("was indicted on Jan. 30, 2019") happened before publication; a future
    one ("will vote in July 2019") after it. Clauses without a tense cue say nothing."""
    bounds = []
    for expr in find_times(text, None):
        period = date_interval(expr.value) if expr.type in {"DATE", "TIME"} and expr.anchored else None
        if period is None:
            continue
        tense = cal.tense(text, expr.start, expr.end)
        if tense == "past":
            bounds.append(("earliest", period[0], f"past-tense {expr.text!r}: published on or after {period[0]}"))
        elif tense == "future":
            bounds.append(("latest", period[1], f"future-tense {expr.text!r}: published on or before {period[1]}"))
    for m in _COPYRIGHT.finditer(text):
        # a footer's copyright year is the year the page was rendered, never before publication
        bounds.append(("latest", dt.date(int(m["y"]), 12, 31), f"copyright {m['y']}: published by its end"))
    return bounds


def _weekday_pairs(text: str, earliest: dt.date | None, latest: dt.date | None) -> list[tuple[str, dt.date, str]]:
    """"Monday, March 30" without a year: the years near the bounds where March 30 is a Monday.
    Only a single such year within two of a known bound is used; otherwise nothing."""
    if earliest is None and latest is None:
        return []
    low = earliest.year if earliest else latest.year - 2 if latest else 0
    high = latest.year if latest else earliest.year + 2 if earliest else 0
    bounds = []
    for m in _WEEKDAY_DATE.finditer(text):
        days = [d for d in (_safe_date(y, MONTHS[m["mon"].lower().rstrip(".")], int(m["d"])) for y in range(low, high + 1))
                if d and d.weekday() == WEEKDAYS[m["wd"].lower()]]
        tense = cal.tense(text, m.start(), m.end())
        if len(days) == 1 and tense in {"past", "future"}:
            side = "earliest" if tense == "past" else "latest"
            bounds.append((side, days[0], f"{m[0]!r} falls on that weekday only in {days[0].year}"))
    return bounds


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _combine(bounds: list[tuple[str, dt.date, str]]) -> tuple[dt.date | None, dt.date | None]:
    lows = [d for side, d, _ in bounds if side == "earliest"]
    highs = [d for side, d, _ in bounds if side == "latest"]
    return (max(lows) if lows else None), (min(highs) if highs else None)


def constrain_anchor(text: str) -> AnchorConstraint:
    """Bounds on an unknown publication date from the text's own time expressions.

    Honest by construction: only explicit dates in a clearly past or future clause, copyright
    years (upper bound) and weekday+date pairs that a known bound pins to one year count; when
    the evidence contradicts itself the result is no constraint at all."""
    bounds = _explicit_bounds(text)
    earliest, latest = _combine(bounds)
    bounds += _weekday_pairs(text, earliest, latest)
    earliest, latest = _combine(bounds)
    evidence = tuple(e for _, _, e in bounds)
    if earliest and latest and earliest > latest:
        return AnchorConstraint(None, None, (*evidence, f"contradictory: {earliest} is after {latest}"))
    return AnchorConstraint(earliest, latest, evidence)
