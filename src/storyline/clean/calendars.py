"""Years of other calendars a page prints beside or instead of Gregorian ones, written as Gregorian
years before its dates are read (clean.dateline). Apart from clean.dateline, which had reached 600 lines."""
from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.rules import words

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
