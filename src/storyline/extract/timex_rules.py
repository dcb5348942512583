"""The span grammar for time expressions: vocabulary and one regex per expression kind.

`times.py` resolves what these patterns find. The patterns are plain alternations of literal
words with bounded optional parts — no nested unbounded quantifiers — so every `finditer` is
linear in the text length (tests/extract/test_times.py checks a long adversarial input).

Month and weekday names are matched case-sensitively (capitalised) because "may", "march",
"sun" are ordinary words; the rest is case-insensitive through scoped `(?i:…)` groups.
Span conventions follow TimeML as annotated in TimeBank/AQUAINT (TempEval-3 training data):
prepositions ("in", "on", "before") stay outside the span, while determiners and modifiers
("the", "last", "early", "about", "a year ago") are inside it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline import rules
from storyline.extract.regex_needs import NearScan

MONTHS = rules.mapping("timex", "months")
WEEKDAYS = rules.mapping("timex", "weekdays")
SEASONS = rules.mapping("timex", "seasons")
UNITS = rules.mapping("timex", "units")
SMALL_NUMBERS = rules.mapping("timex", "small_numbers")
VAGUE_NUMBERS = rules.word_sequence("timex", "vague_numbers")
ORDINALS = rules.mapping("timex", "ordinals")
HOLIDAYS = rules.mapping("timex", "holidays")

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})(?![\w])"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w])"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d])"
# 'twenty-five' or, as broadcast transcripts write it, 'twenty five' (TimeBank's ABC/CNN/PRI/VOA files:
# 'the last twenty four hours' was read as 'four hours')
_WORD_NUM = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)(?![\w-]))?"
# 'two hundred years', 'two thousand years': a count of hundreds or thousands
_SCALED = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:hundred|thousand)(?![\w-])"
_SMALL = "|".join(sorted((re.escape(k) for k in SMALL_NUMBERS), key=len, reverse=True))
_VAGUE = "|".join(re.escape(v) for v in VAGUE_NUMBERS)
NUMBER = rf"(?i:\d{{1,4}}(?:\.\d+)?(?: 1/2)?|{_SCALED}|{_WORD_NUM}|{_SMALL}|{_VAGUE})"
# 'Christmas Day', 'St. Patrick's Day', "Presidents' Day": each word capitalised, either apostrophe
_HOLIDAY_NAMES = "|".join(
    " ".join(w[:1].upper() + re.escape(w[1:]).replace("'", "['\u2019]") for w in name.split()).replace(" ", "\\s")
    for name in sorted(HOLIDAYS, key=len, reverse=True))
_ONCE = "|".join(rules.mapping("timex", "frequency_counts"))  # 'once', 'twice', 'thrice'
# 'the nineteenth century', 'the twenty-first century' (rules/timex.toml [century_ordinals])
_CENTURY_WORDS = "|".join(sorted((re.escape(k).replace("\\ ", " ") for k in rules.mapping("timex", "century_ordinals")),
                                 key=len, reverse=True))
UNIT = r"(?i:second|minute|hour|day|week|weekend|month|quarter|year|decade|centur(?:y|ie))s?(?![\w])"
PART_OF_DAY = r"(?i:morning|afternoon|evening|night|overnight)(?![\w])"
APPROX = r"(?i:about|around|approximately|nearly|almost|at least|more than|less than|roughly|up to|over|some|only|just|under|at most|barely|fewer than)"
REL = r"(?i:last|next|this|this past|this coming|coming|past|previous|following|current|the past|the last|the next|the coming|the previous|the following|the current|earlier this|later this|the same|that|the)"
MOD = r"(?i:early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|the rest of|end of|beginning of|start of|middle of|the turn of)"
# a time zone after a clock; 'UK time', 'local time' as the BBC's blog stamps and wire copy write them ('18:00 UK
# time, Saturday, 25 April 2009': timeline17-dev dev topics 16, the day after it was not read)
TZ = r"(?:[ECMP][SD]T|GMT|UTC|BST|(?i:UK|local) time)"
# a clock: '14:30', '5 pm', '4.30pm' (British: a dot between hour and minutes, only with am/pm after it,
# else it is a decimal; timeline17-dev dev topics: 85, read as '30pm' before), 'noon', '10 at night'
CLOCK = r"(?:\d{1,2}:\d\d(?::\d\d)?(?:\s*(?i:a\.m\.?|p\.m\.?|am|pm)(?![\w]))?|\d{1,2}\.[0-5]\d\s?(?i:a\.m\.?|p\.m\.?|am|pm)(?![\w])|\d{1,2}\s*(?i:a\.m\.?|p\.m\.?|am|pm)(?![\w])|(?i:noon|midnight)(?![\w])|(?<![$.,\d])\d{1,2}(?::\d\d)?\s(?i:in the (?:morning|afternoon|evening)|at night)(?![\w]))"
_UNITS_AND_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine"
# a year read out ("nineteen ninety-four"): broadcast transcripts in TimeBank write years this way
SPELLED_YEAR = rf"(?i:the year two thousand|(?:nineteen|two thousand(?: and)?)\s(?:{_WORD_NUM}|{_UNITS_AND_TEENS}))(?![\w-])"
_B = r"(?<![\w$.,])"   # word start; also not inside "$1990" or "1,990"


@dataclass(slots=True, frozen=True)
class Rule:
    """One expression kind: its name (the resolver's key), priority on equal length, pattern, and
    its gate: strings one of which every match of the pattern holds, `needs` in the text as
    folded by `fold` (for the pattern's (?i:) parts), `cased` as written. A text holding none of
    them is not scanned with the pattern; a rule with neither is always scanned."""

    kind: str
    priority: int
    pattern: re.Pattern[str]
    needs: tuple[str, ...] = ()
    cased: tuple[str, ...] = ()
    near: re.Pattern[str] | None = None  # or this part of the pattern, where words will not do
    # the pattern scanned near the strings its matches need only (regex_needs.NearScan: the same matches)
    scan: NearScan | None = None

    def may_match(self, text: str, folded: str) -> bool:
        if not (self.needs or self.cased or self.near):
            return True
        return (any(w in folded for w in self.needs) or any(w in text for w in self.cased)
                or (self.near is not None and self.near.search(text) is not None))


# The gates. Each names a part every match of the rule's pattern must contain: a month or weekday
# name (case-sensitive in the patterns), the unit of a duration, the direction of "ago", and so on
# (read off the patterns below; tests/extract/test_times.py checks them on generated and real
# text). Scanning the 33 patterns over every text was ~6% of polnear-dev's extraction; a text
# without a quarter, season, holiday or "-long" is no longer scanned for one.
_MONTHS_CASED = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS_CASED = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNIT_WORDS = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "centur")
_PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
_GATES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # kind: (needs, cased)
    "iso": ((), ("-0", "-1")),
    "slash": ((), ("/",)),
    "mdy": ((), _MONTHS_CASED),
    "dmy": ((), _MONTHS_CASED),
    "my": ((), _MONTHS_CASED),
    "month": ((), _MONTHS_CASED),
    "year": ((), ("16", "17", "18", "19", "20")),
    "month_rel_year": ((), _MONTHS_CASED),
    "spelled_year": (("nineteen", "thousand"), ()),
    "year_end": (("year", "period"), ()),
    "year_period": (("period",), ()),
    "period_year_back": (("period", "quarter", "month", "week"), ()),
    "decade_word": (("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                     "nineties"), ()),
    "daytime": (("midday", "afternoon", "morning", "evening", "overnight"), ()),
    "decade": ((), ("0s", "0's", "'s")),
    "century": (("century",), ()),
    "season": (("spring", "summer", "fall", "autumn", "winter"), ()),
    "quarter": (("quarter",), ()),
    "qcode": ((), ("Q1", "Q2", "Q3", "Q4")),
    "half": (("half",), ()),
    "anaphor": (("day", "week", "month", "year", *_PARTS_OF_DAY), ()),
    "rel_unit": (("week", "month", "year", "decade", "day"), ()),
    "ago": (("ago", "earlier", "later", "from now", "hence"), ()),
    "year_ago": (("-ago", "-earlier"), ()),
    "duration": (_UNIT_WORDS, ()),
    "vague_dur": (("years", "months", "weeks", "days", "hours", "decades", "centuries"), ()),
    "unit_long": (("-long",), ()),
    "deictic": (("yesterday", "today", "tomorrow", "tonight"), ()),
    "pod": (_PARTS_OF_DAY, ()),
    "weekday": ((), _WEEKDAYS_CASED),
    "set_every": (("every", "each"), ()),
    "frequency": (("once", "twice", "thrice", "times"), ()),
    "short_year": ((), ("'", "\u2019")),
    "set": (("every", "each", "per", "daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly"), ()),
    # a clock time: '14:30', '5 pm' (the `near` part below), or one of these words
    "time": (("noon", "midnight", "in the morning", "in the afternoon", "in the evening", "at night"), ()),
    # a holiday's first word, as written (rules/timex.toml [holidays])
    "holiday": ((), tuple(sorted({name.split()[0].title().replace("'S", "") for name in HOLIDAYS}))),
}
# The characters other than A-Z that (?i:) matches to an ASCII letter and lower() does not turn
# into it (Python's re, found by matching every code point: tests/extract/test_times.py).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """`text` in lower case, with every character a (?i:) letter matches turned into that letter."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


# A digit then ':' or 'am'/'pm' (with or without dots): what CLOCK's digit forms hold. It opens on
# \d, so the engine skips to digits (a, p and m have no other (?i:) matches than A, P and M).
_NEAR = {"time": re.compile(r"\d(?::|\s*[AaPp]\.?[Mm])")}


def _rule(kind: str, priority: int, pattern: str) -> Rule:
    needs, cased = _GATES.get(kind, ((), ()))
    compiled = re.compile(pattern)
    return Rule(kind, priority, compiled, needs, cased, _NEAR.get(kind), NearScan.of(compiled))


RULES: tuple[Rule, ...] = (
    _rule("iso", 0, rf"{_B}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?![\d])"),
    _rule("slash", 0, rf"{_B}(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{{4}}|\d\d)(?![\d/])"),
    _rule("mdy", 1, rf"(?<![\w])(?P<mon>{MONTH})\s?(?P<d>{DAY})(?:,?\s(?P<y>{YEAR}))?"
                    rf"(?:,?\s(?P<clock>{CLOCK}))?"),
    _rule("dmy", 1, rf"(?<![\w])(?P<d>{DAY})\s(?i:of\s)?(?P<mon>{MONTH})(?:,?\s(?P<y>{YEAR}))?"),
    _rule("my", 2, rf"(?<![\w])(?:(?P<mod>{MOD})[\s-])?(?P<mon>{MONTH}),?\s(?i:of\s)?(?:(?P<y>{YEAR})|(?P<sy>{SPELLED_YEAR}))"),
    _rule("month", 3, rf"(?<![\w])(?:(?P<mod>{MOD})[\s-])?(?:(?P<rel>(?i:last|next|this|this past|this coming|coming|past|previous))\s)?(?P<mon>{_MONTH_FULL}|{_MONTH_ABBR}(?=\s+(?:{YEAR})))(?![\w])"),
    _rule("year", 4, rf"(?<![\w$.,])(?:(?P<mod>{MOD})[\s-])?(?:(?P<fiscal>(?i:fiscal|calendar|the year|model year)\s))?(?P<y>{YEAR})(?![\w%]|-(?!{YEAR})|,\d|\.\d)"),
    # "'98", "the flood of '87": a year written with two digits after an apostrophe (TIDES 2005 / TimeML:
    # an underspecified year takes the century that puts it nearest the anchor); not "'90s" (a decade)
    _rule("short_year", 4, r"(?<![\w'\u2019])['\u2019](?P<yy>\d\d)(?![\w'\u2019%]|[.,]\d)"),
    # 'the 1988 period': a year before a time noun heads one noun phrase, tagged whole (earnings stories)
    _rule("year_period", 3, rf"(?<![\w])(?i:the)\s(?P<y>{YEAR})\s(?i:period)(?![\w-])"),
    _rule("month_rel_year", 1, rf"(?<![\w])(?:(?P<mod>{MOD})[\s-])?(?P<mon>{_MONTH_FULL}|{_MONTH_ABBR})(?:\s(?P<d>{DAY}))?,?\s(?:(?i:of)\s)?(?P<rel>(?i:last|this|next))\s(?i:year)(?![\w])"),
    _rule("spelled_year", 2, rf"(?<![\w])(?:(?P<y2000>(?i:the year two thousand))|(?P<cent>(?i:nineteen|two thousand(?: and)?))\s(?P<rest>(?i:{_WORD_NUM}|{_UNITS_AND_TEENS})))(?![\w-])"),
    _rule("year_end", 2, r"(?<![\w])(?:(?i:around|the)\s)?(?P<what>(?i:year-end|year end|year's end|the end of the year|end of the year|the full year|the fiscal year|the latest fiscal year|the current fiscal year|the current year|the latest period|the period))(?![\w-])"),
    _rule("decade_word", 3, r"(?<![\w])(?i:the)\s(?:(?P<mod>(?i:early|late|mid))[\s-])?(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])"),
    _rule("daytime", 3, r"(?<![\w])(?P<what>(?i:midday|mid-afternoon|mid afternoon|mid-morning|the morning|the afternoon|the evening|overnight))(?:\s(?P<deictic>(?i:yesterday|today|tomorrow)))?(?![\w])"),
    _rule("decade", 3, rf"(?<![\w$])(?:(?P<the>(?i:the)\s))?(?:(?P<mod>{MOD})[\s-])?(?P<dec>1[6-9]\d0|20[0-9]0|')(?:(?<=')(?P<short>\d0))?'?s(?![\w])"),
    _rule("century", 3, rf"(?<![\w])(?:(?i:the|this|last|next)\s)?(?:(?P<mod>{MOD})[\s-])?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|(?i:this|last|next|{_CENTURY_WORDS}))[\s-](?i:century)(?![\w])"),
    _rule("season", 3, rf"(?<![\w])(?:(?P<mod>{MOD})[\s-])?(?:(?P<rel>(?i:last|next|this|this past|this coming|the past|the coming|the|coming|past))\s)?(?P<season>(?i:spring|summer|fall|autumn|winter))(?:,?\s(?i:of\s)?(?:(?P<y>{YEAR})|(?P<sy>{SPELLED_YEAR})))?(?![\w])"),
    # "quarter" before a hyphen heads a compound that is no quarter of a year: 'quarter-century',
    # 'quarter-final', 'a quarter-point cut', 'the quarter-to-quarter comparison' (tempeval3-train dev:
    # 2 spurious, no gold; timeline17-dev dev topics: 4 'quarter-final(s)'); so does one after '-to-'/'-on-'
    _rule("quarter", 2, rf"(?<![\w])(?<!-to-)(?<!-on-)(?:(?P<yrel>(?i:this|last|next))\s(?i:year's)\s|(?P<det>(?i:the|this|last|next|that|its|a))\s)?(?:(?P<y0>{YEAR})\s)?(?:(?P<rel>(?i:latest|current|previous|past|prior|year-ago|year-earlier|comparable|same|fiscal|recent|first|second|third|fourth|final|last|1st|2nd|3rd|4th|this|next))[\s-])?(?:(?P<rel2>(?i:fiscal|first|second|third|fourth|final))[\s-])?(?P<q>(?i:quarter))(?![\w]|-[a-z])(?:\s(?i:of\s)?(?:(?i:fiscal\s))?(?P<y>{YEAR}))?"),
    _rule("qcode", 2, rf"(?<![\w])(?P<q>Q[1-4])(?:\s?(?P<y>{YEAR}))?(?![\w])"),
    _rule("half", 2, rf"(?<![\w])(?i:the\s)?(?P<h>(?i:first|second|last|latter))[\s-](?i:half)(?![\w])(?:\s(?i:of\s)?(?P<y>{YEAR}))?"),
    _rule("anaphor", 2, r"(?<![\w])(?:(?P<pre>(?i:earlier|later))\s)?(?P<det>(?i:that same|that|the same|the following|the previous|the prior|the next(?=\s(?i:day|morning|night|evening|afternoon)\b)))\s(?P<unit>(?i:day|morning|night|evening|afternoon|week|month|year))(?![\w-])"),
    _rule("rel_unit", 3, rf"(?<![\w])(?:(?P<mod>{MOD})\s)?(?P<rel>{REL})\s(?P<unit>(?i:week|weekend|month|year|decade|day))(?![\w-])"),
    _rule("ago", 1, rf"(?<![\w])(?:(?P<approx>{APPROX})\s)?(?P<n>{NUMBER})\s(?:(?i:more)\s)?(?P<unit>{UNIT})\s(?i:or so\s)?(?P<dir>(?i:ago|earlier|later|from now|hence))(?![\w])"),
    # 'the quarter a year ago', 'the same period last year': a reporting period one year back, one expression
    _rule("period_year_back", 2, r"(?<![\w])(?i:the)\s(?:(?i:same|corresponding|comparable)\s)?(?P<what>(?i:period|quarter|month|week))\s(?i:a\syear\s(?:ago|earlier|before)|of\slast\syear|last\syear|the\syear\sbefore)(?![\w-])"),
    _rule("year_ago", 2, r"(?<![\w])(?:(?P<det>(?i:the|a))\s(?:(?i:comparable|corresponding)\s)?)?(?P<unit>(?i:year|month|quarter))-(?P<dir>(?i:ago|earlier))(?:\s(?P<what>(?i:period|quarter|month|(?:first\s)?(?P<months>three|six|nine)\smonths)))?(?![\w-])"),
    _rule("duration", 5, rf"(?<![\w])(?:(?P<approx>{APPROX})\s)?(?:(?P<the>(?i:the|the first|the last|the past|the next|the previous|the coming|the final|the latest|another|past|last|next|first|each of the past|each of the last|an additional|a further))\s)?(?P<n>{NUMBER})(?:\s(?P<more>(?i:more|full|straight|consecutive|additional|long)))?[\s-](?P<unit>{UNIT})(?:-(?i:long|old)|\s(?P<half>(?i:and a half))(?![\w-]))?"),
    _rule("vague_dur", 6, r"(?<![\w])(?:(?P<det>(?i:for|recent|in recent|the coming|coming|the past|past|in the coming|the next|the last))\s)?(?P<unit>(?i:years|months|weeks|days|hours|decades|centuries))(?![\w-])"),
    _rule("unit_long", 4, r"(?<![\w-])(?:(?i:an?)\s)?(?P<unit>(?i:hour|day|week|month|year|decade|centur(?:y|ie))s?)-long(?![\w-])"),
    _rule("deictic", 2, rf"(?<![\w])(?:(?P<pre>(?i:early|late|later|earlier))\s)?(?P<word>(?i:yesterday|today|tomorrow|tonight))(?:\s(?P<pod>{PART_OF_DAY}))?"),
    _rule("pod", 3, rf"(?<![\w])(?:(?P<pre>(?i:early|late|later|earlier))\s)?(?P<rel>(?i:this|last|tomorrow|yesterday))\s(?P<pod>{PART_OF_DAY})"),
    _rule("weekday", 2, rf"(?<![\w])(?:(?P<rel>(?i:last|next|this|this past|this coming|coming|early|late|earlier|later|the previous|the following|the prior))\s)?(?P<wd>{WEEKDAY})(?:(?P<dated>,?\s(?:{MONTH})\s?{DAY}(?:,?\s{YEAR})?|,?\s{DAY}\s(?:{MONTH})(?:,?\s{YEAR})?)|\s(?P<pod>{PART_OF_DAY}))?"),
    _rule("time", 1, rf"(?<![\w])(?:(?P<approx>(?i:about|around|approximately|at about|shortly after|shortly before))\s)?(?P<clock>{CLOCK})(?:\s(?P<tz>{TZ}))?(?:,?\s(?:(?P<wd>{WEEKDAY})|(?P<deictic>(?i:today|yesterday|tomorrow))|(?P<mon>{MONTH})\s(?P<d>{DAY})))?"),
    # 'every six months', 'every 20 minutes': a SET whose value is the period (TimeML Annotation Guidelines
    # 1.2.1, SET: 'every two days' P2D)
    _rule("set_every", 2, rf"(?<![\w])(?i:every|each)\s(?P<n>{NUMBER})\s(?P<unit>{UNIT})"),
    # 'twice a week', 'three times a year': one SET, the count is its freq (rules/timex.toml [frequency_counts])
    _rule("frequency", 2, rf"(?<![\w])(?P<count>(?i:{_ONCE})|{NUMBER}\s(?i:times))\s(?i:a|an|per|each|every)\s"
                          r"(?P<unit>(?i:second|minute|hour|day|week|month|quarter|year|decade))(?![\w-])"),
    _rule("set", 2, rf"(?<![\w])(?:(?P<every>(?i:every|each|per))\s(?:(?i:other)\s)?(?P<what>(?i:day|week|month|year|quarter|hour|morning|night|evening|summer|winter|spring|fall)|{WEEKDAY}|{_MONTH_FULL})|(?P<adv>(?i:daily|weekly|monthly|annually|yearly|nightly|hourly|biweekly|semiannually)))(?![\w])"),
    _rule("ref", 4, r"(?<![\w])(?P<ref>(?i:now|right now|currently|current|presently|at present|these days|nowadays|recently|lately|in the past|the past|the future|in the near future|the near future|the near term|the short term|the long term|the time being|past years|recent years|recent months|recent weeks|recent days|in recent years|in recent months|in recent weeks|in recent days))(?![\w-])"),
    _rule("holiday", 2, rf"(?<![\w])(?P<hol>{_HOLIDAY_NAMES})(?:,?\s(?P<y>{YEAR}))?(?![\w])"),
)


def candidates(text: str) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """Every match of every rule, then the longest (ties: rule priority, then earliest) kept
    where matches overlap."""
    folded, lower = fold(text), text.lower()
    found = [(m.start(), m.end(), r, m) for r in RULES if r.may_match(text, folded)
             for m in (r.scan.finditer(text, lower) if r.scan else r.pattern.finditer(text)) if m.end() > m.start()]
    found.sort(key=lambda c: (c[0] - c[1], c[2].priority, c[0]))
    taken: list[tuple[int, int, Rule, re.Match[str]]] = []
    occupied = bytearray(len(text) + 1)
    for start, end, rule, match in found:
        if not any(occupied[start:end]):
            occupied[start:end] = b"\x01" * (end - start)
            taken.append((start, end, rule, match))
    return sorted(taken, key=lambda c: c[0])
