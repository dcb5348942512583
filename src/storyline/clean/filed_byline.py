"""A correspondent's credit that names the city the story was filed from: 'From Fred Itua, Abuja'.

Nigerian dailies print it where other papers print 'By NAME, Abuja' (rules/bylines.toml
[filed_from_introducers]). The introducer 'From' opens prose and headlines as well ('From Lagos to
London'), so only a whole line of the credit's shape counts: the introducer, a full name that is no
place or organisation, a comma and one or two capitalised place words (no US state: a city's).
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from storyline.rules import word_sequence, words

if TYPE_CHECKING:
    from storyline.clean.byline import Byline

_WORD = r"[A-ZÀ-Þ][\w'’-]+"


@cache
def _credit() -> re.Pattern[str]:
    intro = "|".join(re.escape(w) for w in word_sequence("bylines", "filed_from_introducers"))
    return re.compile(rf"(?i:{intro})\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}}),\s+(?P<place>{_WORD}(?:\s+{_WORD})?)\.?")


def filed_from_name(line: str) -> str | None:
    """'From Emeka Nwosu, Abuja' → 'Emeka Nwosu'; None for any other line."""
    from storyline.extract.names import looks_like_org, looks_like_place

    m = _credit().fullmatch(" ".join(line.split()))
    if m is None or looks_like_place(m["name"]) or looks_like_org(m["name"]):
        return None
    # a city and its state ('From Los Angeles, California', a headline's or a caption's phrase) is a place
    return None if m["place"].casefold() in words("aliases", "us_state_names") else m["name"]


def filed_byline(line: str) -> Byline | None:
    """The credit as a byline of its one reporter, no outlet."""
    from storyline.clean.byline import Byline

    name = filed_from_name(line)
    return Byline((name,), None, line) if name else None
