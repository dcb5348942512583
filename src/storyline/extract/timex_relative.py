"""Resolvers for expressions relative to the anchor: "last week", "three years ago", durations,
sets ("every Monday"), vague references ("recently") and holidays."""
from __future__ import annotations

import datetime as dt
import re

from storyline import rules
from storyline.extract import timex_resolve as cal
from storyline.extract.timex_base import _APPROX_MODS, _ENDED, Context, Value, _mod, _month, _shift_unit
from storyline.extract.timex_resolve import Unanchored
from storyline.extract.timex_rules import HOLIDAYS, SMALL_NUMBERS, UNITS, VAGUE_NUMBERS, WEEKDAYS

_REL_STEPS = rules.mapping("timex", "relative_steps")


def _r_rel_unit(ctx: Context, m: re.Match[str]) -> Value | None:
    rel, unit = m["rel"].lower(), m["unit"].lower()
    mod = _mod(m["mod"])
    if m["unit"][0].isupper():
        return None  # a title: ABC's "This Week"
    if unit == "weekend" and rel in {"the past", "the last", "the next", "the coming"}:
        return Value("DURATION", "P2D")
    if unit == "decade" and rel in {"the past", "the last", "the next", "the coming", "past", "last", "next"}:
        # 'over the past decade' said in 1998 is the ten years up to it, not the 1980s (tempeval3-train dev:
        # DURATION P10Y, 1 of 1; a calendar decade is 'the 1980s', 'this decade')
        return Value("DURATION", "P10Y", mod)
    if rel in {"the past", "the last", "the next", "the coming"} and unit != "day":
        # "in the past year", "the last decade", "over the next year or so": the unit before or
        # after the anchor's, as a date (tempeval3-train: 7 of 8 such spans are DATEs)
        return Value("DATE", _shift_unit(ctx.anchor, unit, -1 if rel in {"the past", "the last"} else 1), mod)
    if rel in {"the", "that", "the same"} and not mod:
        return _r_the_unit(ctx, unit)
    if unit == "day":
        return None
    if unit == "weekend":
        return _weekend(ctx, _REL_STEPS.get(rel, 0))
    return Value("DATE", _shift_unit(ctx.anchor, unit, _REL_STEPS.get(rel, 0)), mod)


_ANAPHOR_STEPS = rules.mapping("timex", "anaphoric_steps")


def _r_anaphor(ctx: Context, m: re.Match[str]) -> Value | None:
    """"that year", "the following month", "later that day", "the next morning": TimeML anchors these
    to the time the text last talked about, not to the publication date ("fled in June 1998 and
    returned later that year" is 1998). Without an earlier date in the text, the anchor stands in."""
    det, unit = " ".join(m["det"].lower().split()), m["unit"].lower()
    steps = _ANAPHOR_STEPS[det]
    if unit in {"morning", "night", "evening", "afternoon"}:
        unit = "day"
    ref = ctx.last_date
    if ref is None:
        if det in {"that", "the same", "that same"} and unit == "day":
            return None  # "redemptions that day": no day to refer to
        return Value("DATE", _shift_unit(ctx.anchor, unit, steps))
    value = _shift_ref(ref, unit, steps)
    return Value("DATE", value) if value else None


def _shift_ref(ref: str, unit: str, steps: int) -> str | None:
    """Shift a calendar value ("1998", "1998-06", "1998-06-12", "1998-W23") by whole units, keeping
    what it does not say as X ("that same day" after "October 1998" is 1998-10-XX)."""
    parts = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", ref)
    if parts is None:  # a century ("19") or decade ("199") reference: nothing day-like to shift
        return None
    year, month, day = int(parts[1]), parts[2] and int(parts[2]), parts[3] and int(parts[3])
    if unit == "year":
        return str(year + steps)
    if unit == "decade":
        return str(year // 10 + steps)
    if not month:
        return None
    if unit == "month":
        first = cal.add_months(dt.date(year, month, 1), steps)
        return f"{first.year}-{first.month:02d}"
    if not day:
        return f"{year}-{month:02d}-XX" if unit == "day" and steps == 0 else None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if unit == "week":
        return cal.iso_week(date + dt.timedelta(weeks=steps))
    return (date + dt.timedelta(days=steps)).isoformat()


def _weekend(ctx: Context, steps: int) -> Value:
    """"over the weekend" is the one just past (TimeBank: 1989-W43-WE said on Monday 1989-10-30);
    "ahead of the weekend", "next weekend" the coming one."""
    anchor = ctx.anchor.need("day")
    future = steps > 0 or (steps == 0 and ctx.tense == "future") or ctx.signal in {"of", "until", "before"}
    saturday = cal.weekday_date(anchor, 5, "future" if future else "past")
    if steps < 0 and anchor - saturday <= dt.timedelta(days=1):
        # 'last weekend' said on a weekend is the one before it; said on a weekday, the one just
        # past ('last weekend's leak' on Thursday 19 Aug 2021 is 14-15 Aug, not 7-8 Aug)
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
    # "three-quarters of" is a fraction; "several quarters of losses" (a vague count) is a duration
    vague = m["n"].lower() in VAGUE_NUMBERS
    return unit.startswith("quarter") and not vague and (after.startswith((" of", "-")) or "-" in m[0])


def _r_duration(ctx: Context, m: re.Match[str]) -> Value | None:
    n = cal.number(m["n"])
    unit = m["unit"].lower()
    if m["n"].lower() in {"a", "an", "some"} and unit.endswith("s"):
        return None
    approx = (m["approx"] or "").lower()
    if _is_age_or_ordinal(ctx, m, unit) or m["unit"][0].isupper():  # CBS's "60 Minutes"
        return None
    if m["half"] and n is not None:  # 'an hour and a half', 'a year and a half': as '1 1/2 years'
        n += 0.5
    if approx in {"over", "under"} and m["the"]:
        approx = ""  # 'over the past 12 months': a preposition before a determiner, no 'more than'
    return _duration_value(n, unit, _APPROX_MODS.get(approx))


def _r_vague_dur(ctx: Context, m: re.Match[str]) -> Value | None:
    det = (m["det"] or "").lower()
    unit = m["unit"].lower()
    if det in {"recent", "in recent"}:
        return Value("DATE", "PAST_REF")
    if not det and ctx.signal not in {"for", "within", "in", "over"}:
        return None
    return _duration_value(None, unit, None)


def _r_unit_long(ctx: Context, m: re.Match[str]) -> Value | None:
    """"a day-long meeting" (P1D), "a decades-long battle" (PXY): an adjective naming a length is a
    DURATION (TimeML guidelines: durations include adjectival "two-week"); the plural is vague."""
    unit = m["unit"].lower()
    plural = unit.endswith("s")
    return _duration_value(None if plural else 1, unit, None)


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
    if m["months"]:  # "the year-earlier nine months": a length, as "the first nine months" (P9M)
        return Value("DURATION", f"P{SMALL_NUMBERS[m['months'].lower()]}M")
    year = (ctx.quarter_year or ctx.anchor.need("year").year) - 1
    if ctx.quarter:
        return Value("DATE", f"{year}-Q{ctx.quarter}")
    return Value("DATE", str(year))



def _r_period_year_back(ctx: Context, m: re.Match[str]) -> Value | None:
    """"the quarter a year ago", "the same period last year": the period the story reports, one year
    back, as "the year-ago quarter" (TimeBank: 'the corresponding period last year' 1988-Q3 in Nov 1989)."""
    what = m["what"].lower()
    if what in {"month", "week"}:
        return Value("DATE", _shift_unit(ctx.anchor, what, -12 if what == "month" else -52))
    year = (ctx.quarter_year or ctx.anchor.need("year").year) - 1
    return Value("DATE", f"{year}-Q{ctx.quarter}" if ctx.quarter else str(year))


_SET_ADVERBS = rules.mapping("timex", "set_adverbs")
_SET_UNITS = rules.mapping("timex", "set_units")


# 'the Daily Mirror', 'the Daily Monitor', 'Publishers Weekly Review': a capitalised frequency word
# before a capitalised word is part of a title (timeline17-dev dev topics: 14 newspaper names, no SET)
_TITLE_WORD = re.compile(r"\s+[A-Z][a-z]")


def _r_set(ctx: Context, m: re.Match[str]) -> Value | None:
    if m["adv"]:
        if _TITLE_WORD.match(ctx.text, m.end()) and (m["adv"][0].isupper() or m["adv"].lower() == "daily"):
            return None  # 'the Daily Mirror'; 'the Communist Party daily Granma', 'the business daily Handelsblatt'
        # (a newspaper called 'a daily' before its name, as wire copy writes it: tempeval3-train dev 3)
        return Value("SET", _SET_ADVERBS[m["adv"].lower()])
    what = m["what"]
    if what.lower() in _SET_UNITS:
        return Value("SET", _SET_UNITS[what.lower()])
    if what.lower() in WEEKDAYS:
        return Value("SET", f"XXXX-WXX-{WEEKDAYS[what.lower()] + 1}")
    return Value("SET", f"XXXX-{_month(what):02d}")


_REFS = rules.mapping("timex", "references")


# 'the past century', 'the past three summers', 'the past generation': "the past" here modifies a period
# noun the grammar has no unit for, so it is no PAST_REF of its own (tempeval3-train dev: 2, one gold SET
# 'the past three summers', one unannotated 'the past century'; timeline17-dev dev topics: 2)
_PERIOD_AFTER = re.compile(r"(?i)\s+(?:\w+\s+)?(?:centur|millenni|generation|summers|winters|springs|autumns|seasons)")


def _r_ref(ctx: Context, m: re.Match[str]) -> Value | None:
    word = m["ref"].lower()
    if word.endswith("the past") and _PERIOD_AFTER.match(ctx.text, m.end()):
        return None
    if "recent" in word and word.endswith("s"):
        # TimeBank: "in recent months" is a vague duration (PXM), bare "recently" a past reference
        return _duration_value(None, word.split()[-1], None)
    if "recent" in word or "past" in word:
        return Value("DATE", "PAST_REF")
    if word.endswith(" term"):
        return Value("DATE", "FUTURE_REF")
    return Value("DATE", _REFS[word])


def _r_holiday(ctx: Context, m: re.Match[str]) -> Value | None:
    name = " ".join(m["hol"].lower().replace("\u2019", "'").split())
    if not m["y"] and _TITLE_WORD.match(ctx.text, m.end()):
        return None  # a name the holiday opens: 'Easter Island', 'the Good Friday Agreement', 'Christmas Island'
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
    """The day a holiday falls on (rules/timex.toml [holidays]): a fixed 'MM-DD', the n-th weekday of a
    month ('nth 11 3 4', shifted by a fifth field's days) or days from Easter ('easter -2')."""
    kind, *fields = HOLIDAYS[name].split()
    if not fields:
        return f"{year if year else 'XXXX'}-{kind}"
    if year is None:
        return "XXXX-XX-XX"
    numbers = [int(f) for f in fields]
    if kind == "easter":
        return (cal.easter(year) + dt.timedelta(days=numbers[0])).isoformat()
    month, weekday, n, *shift = numbers
    return (cal.nth_weekday(year, month, weekday, n) + dt.timedelta(days=sum(shift))).isoformat()


# --- periodic sets and two-digit years --------------------------------------------------------------

def _r_set_every(ctx: Context, m: re.Match[str]) -> Value | None:
    """'every six months' P6M, 'every 20 minutes' PT20M: the period between repetitions (TimeML
    Annotation Guidelines 1.2.1, SET: the value is a duration); 'every few weeks' PXW."""
    if m["unit"][0].isupper():
        return None
    return Value("SET", _duration_value(cal.number(m["n"]), m["unit"], None).value)


def _r_frequency(ctx: Context, m: re.Match[str]) -> Value | None:
    """'twice a week', 'three times a year': the period the count is given per (TimeML Annotation
    Guidelines 1.2.1: value P1W, freq 2X; the value is what TempEval scores)."""
    return Value("SET", _duration_value(1, m["unit"], None).value)  # 'several times a day' too: the count is freq


# the words after which "'87" is a year ('in '87', 'the class of '87', 'since '05'): rules/timex.toml
# [month_date_signals], the temporal prepositions and determiners before a month in TBAQ, plus 'the'
_SHORT_YEAR_SIGNALS = frozenset(rules.words("timex", "month_date_signals")) | {"the", "of"}


def _r_short_year(ctx: Context, m: re.Match[str]) -> Value | None:
    """"'98" as a year read in the context of the document's date (TIDES 2005 TIMEX2 guidelines): the
    latest such year at most ten years after the anchor's ('the '57 pandemic' in 2009 is 1957, 'the fourth
    quarter of '09' is 2009; timeline17-dev dev topics), after a word a date follows only, as a quotation
    mark may open a number too ('\u201898 per cent\u2019')."""
    before = re.search(r"([\w]+)\s+$", ctx.text[max(0, m.start() - 20):m.start()])
    if before is None or before[1].lower() not in _SHORT_YEAR_SIGNALS:
        return None
    year = ctx.anchor.need("year").year
    short = int(m["yy"])
    latest = year // 100 * 100 + short
    return Value("DATE", str(latest if latest <= year + 10 else latest - 100))
