"""Weekday names printed beside dates: which weekday a word before a date names, and the order of a
slash date that only the printed weekday settles ('Tuesday 03/04/2021'). Split from clean/dateline.py."""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from storyline.rules import entries


@cache
def weekday_names(languages: tuple[str, ...]) -> dict[str, int]:
    """Weekday name (case-folded) → weekday number (Monday 0), for the given languages plus English
    (CLDR, rules/datelines.toml [weekdays]); one- and two-letter forms are left out ('mo', 'di')."""
    names: dict[str, int] = {}
    wanted = set(languages) | {"en"}
    for entry in entries("datelines", "weekdays"):
        if entry["lang"] in wanted:
            for number, forms in enumerate(entry["names"]):
                for form in forms:
                    if len(form) >= 3:
                        names.setdefault(form, number)
    return names


# A weekday's short form (3 letters: 'Mon', German 'Die') needs its '.' or ',' to be one: bare, it
# is as often an ordinary word ('die', 'mit', 'son' in German).
SHORT_WEEKDAY = 3
_WEEKDAY_WINDOW = 64  # characters: the longest weekday name in the CLDR tables is far shorter
_LAST_WORD = re.compile(r"(\w+)(\.?,?)\s*$")


def printed_weekday(before: str, languages: tuple[str, ...]) -> int | None:
    """The weekday (Monday 0) named by the word just before a date ('Tuesday, ' / 'Di., '), if any."""
    # only the end of the text is read: a `$`-anchored search over all of it tried every position,
    # quadratic in a page of many dates (a fuzz input of 1,500 dates took 5.6 s here)
    stripped = before.rstrip()
    tail = stripped[-_WEEKDAY_WINDOW:]
    m = _LAST_WORD.search(tail)
    if m is None or (len(m.group(1)) <= SHORT_WEEKDAY and not m.group(2) and not _labelled_short(tail, m)):
        return None
    if m.start() == 0 and len(tail) < len(stripped) and stripped[-len(tail) - 1].isalnum():
        return None  # a word longer than the window names no weekday
    return weekday_names(languages).get(m.group(1).casefold())


# What may stand before a bare short weekday that opens a date label: the line's start, a label's
# colon, a bar or dot between fields, a dash or a comma ('Posted: Sat 5/3/25 9:47 PM', 'News | Tue
# 4/1/25'), or a date label's word ('Published Tue 04/03/25'); after another word it is as often a
# name's last word ('The Sun 12/04/2024').
_LABEL_END = ":|·•-–—,("


def _labelled_short(tail: str, m: re.Match[str]) -> bool:
    """An English weekday's three-letter form without its '.' ('Sat', 'THU'), capitalised as a label
    prints it and opening the field after a label or separator: a US TV site's 'Posted: Sat 5/3/25
    9:47 PM' (found by branch probe13's invented station scrape) names its weekday, whose day then
    settles the slash date's order."""
    word = m.group(1)
    before = tail[: m.start()].rstrip()
    return (word[:1].isupper() and (word.istitle() or word.isupper()) and word.casefold() in _english_short()
            and (not before or before[-1] in _LABEL_END or _date_label_word(before)))


def _date_label_word(before: str) -> bool:
    """'Published Tue 04/03/25': the word before is a date label (rules/datelines.toml [published_markers],
    [updated_markers]), not a name's last word."""
    from storyline.rules import words

    last = before.split()[-1].casefold() if before.split() else ""
    return last in words("datelines", "published_markers") | words("datelines", "updated_markers")


@cache
def _english_short() -> frozenset[str]:
    """The English CLDR abbreviated weekday names of three letters ('sat', 'thu')."""
    return frozenset(form for entry in entries("datelines", "weekdays") if entry["lang"] == "en"
                     for forms in entry["names"] for form in forms if len(form) == SHORT_WEEKDAY)


def weekday_fits(text: str, start: int, value: date, languages: tuple[str, ...]) -> bool:
    """False when the date at `start` is printed after a weekday that is not its own ('Tuesday, 3 March
    2024' was a Sunday): a misread date (or a misprint), and a date that contradicts itself is no evidence."""
    weekday = printed_weekday(text[:start], languages)
    return weekday is None or weekday == value.weekday()


def order_by_weekday(m: re.Match[str], weekday: int | None) -> tuple[str | None, str]:
    """(day, month) of a slash date whose order nothing else settles, when exactly one order falls on
    the weekday printed before it ('Tuesday 03/04/2021': 3 April, a Saturday; 4 March, a Thursday)."""
    if weekday is None:
        return None, m["b"]
    fits = [(d, mo) for d, mo in ((m["a"], m["b"]), (m["b"], m["a"])) if weekday_of(m["year"], mo, d) == weekday]
    return fits[0] if len(fits) == 1 else (None, m["b"])


def weekday_of(year: str, month: str, day: str) -> int | None:
    try:
        return date(int(year) if len(year) == 4 else 2000 + int(year), int(month), int(day)).weekday()
    except ValueError:
        return None
