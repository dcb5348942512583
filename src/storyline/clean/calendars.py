"""Years of other calendars a page prints beside or instead of Gregorian ones, written as Gregorian
years before its dates are read (clean.dateline). Apart from clean.dateline, which had reached 600 lines."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from storyline.rules import mapping, words

# A Buddhist-era year of this century and the last ('2567' for 2024): Thai pages print their dates so
# ('15 ม.ค. 2567'); the Thai solar calendar's year is the Gregorian year plus 543, four digits either way.
_BUDDHIST_YEAR = re.compile(r"(?<!\d)25[3-9]\d(?!\d)")
BUDDHIST_ERA_OFFSET = 543


def common_era_years(text: str, languages: Iterable[str]) -> str:
    """`text` with its Buddhist-era years written as Gregorian ones when a language of the page prints
    them (rules/datelines.toml [buddhist_era_languages]), in place: the same length, so the dates'
    offsets stay the text's. Unchanged for any other language."""
    if not words("datelines", "buddhist_era_languages") & set(languages):
        return text
    return _BUDDHIST_YEAR.sub(lambda m: str(int(m[0]) - BUDDHIST_ERA_OFFSET), text)


# A Solar Hijri date written year first with slashes or dashes ('1402/12/16', '۱۴۰۲/۱۲/۱۶' once its digits
# are ASCII): Iranian and Afghan news sites print their stamps so; a year 1300-1499 is no Gregorian year.
_SOLAR_HIJRI_DATE = re.compile(r"(?<![\d/.-])(?P<year>1[34]\d{2})[/-](?P<month>\d{1,2})[/-](?P<day>\d{1,2})(?![\d/.-])")
_GREGORIAN_MONTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def gregorian_of_solar_hijri(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian (year, month, day) of a Solar Hijri date: the 33-year arithmetic cycle of the
    Iranian calendar (Borkowski's approximation, exact for 1244-1472 SH: the Jalali conversion of jdf.scr.ir
    and most Persian date libraries); 1 Farvardin 1403 is 20 March 2024."""
    jy = year + 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = gy % 4 == 0 and (gy % 100 != 0 or gy % 400 == 0)
    for gm, length in enumerate(_GREGORIAN_MONTHS, start=1):
        length += 1 if gm == 2 and leap else 0
        if gd <= length:
            return gy, gm, gd
        gd -= length
    return gy, 12, 31


def gregorian_solar_hijri_dates(text: str, languages: Iterable[str]) -> str:
    """`text` with its numeric Solar Hijri dates written as ISO Gregorian ones when a language of the page
    prints them (rules/datelines.toml [solar_hijri_languages]), in place: a date written with fewer than ten
    characters ('1402/1/5') stays, so the dates' offsets stay the text's. Unchanged for any other language."""
    if not words("datelines", "solar_hijri_languages") & set(languages):
        return text

    def _iso(m: re.Match[str]) -> str:
        month, day = int(m["month"]), int(m["day"])
        if len(m[0]) != len("2024-03-06") or not (1 <= month <= 12 and 1 <= day <= (31 if month < 7 else 30)):
            return m[0]
        year, month, day = gregorian_of_solar_hijri(int(m["year"]), month, day)
        return f"{year:04d}-{month:02d}-{day:02d}"

    return _named_solar_hijri(_SOLAR_HIJRI_DATE.sub(_iso, text))


@cache
def _solar_hijri_named() -> tuple[re.Pattern[str], dict[str, int]]:
    """A Solar Hijri date with its month's name ('16 خرداد 1402', 'Khordad 16' as Iranian papers print it,
    its digits ASCII by now), and the month number of each name (rules/datelines.toml [solar_hijri_months])."""
    months = {name: int(number) for name, number in mapping("datelines", "solar_hijri_months").items()}
    names = "|".join(re.escape(n) for n in sorted(months, key=len, reverse=True))
    return re.compile(rf"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<month>{names})\s+(?P<year>1[34]\d{{2}})(?!\d)"), months


def _named_solar_hijri(text: str) -> str:
    """`text` with its named Solar Hijri dates written as ISO Gregorian ones, padded with spaces to their length
    so the dates' offsets stay the text's; one shorter than an ISO date ('5 دی 1403') stays as printed."""
    named, months = _solar_hijri_named()

    def _iso(m: re.Match[str]) -> str:
        day = int(m["day"])
        month = months[m["month"]]
        if len(m[0]) < len("2024-03-06") or not 1 <= day <= (31 if month < 7 else 30):
            return m[0]
        year, month, day = gregorian_of_solar_hijri(int(m["year"]), month, day)
        return f"{year:04d}-{month:02d}-{day:02d}".ljust(len(m[0]))

    return named.sub(_iso, text)
