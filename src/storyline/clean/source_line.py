"""A news agency credited as a story's source on a line of its own below the headline.

Agency copy run unchanged carries no byline; the page prints its source under the headline instead
('Fuente: EFE', 'Источник: ТАСС', 'Sumber: ANTARA', 'Quelle: dpa'). A source label before anything
else ('Source: Ministry of Health', a chart's 'Źródło: Statista.com') credits no author, so only a
news agency the rules name (rules/citations.toml [wire_services], [news_agency_names],
[agency_native_names]; compared without case: agencies print their names in capitals, 'ANTARA',
'ANSA') is the credit. Read only when no author field, byline line or closing credit names anyone.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from storyline.rules import word_sequence, words

# a short line: the label, its colon and one agency's name (the longest agency name is four words)
MAX_LINE_WORDS = 6


@cache
def _labelled() -> re.Pattern[str]:
    labels = "|".join(re.escape(w) for w in sorted(word_sequence("bylines", "source_labels"), key=len, reverse=True))
    return re.compile(rf"^(?:{labels})\s*:\s*(?P<rest>.+?)\s*$", re.I)


@cache
def _agencies() -> frozenset[str]:
    names = words("citations", "wire_services") | words("citations", "news_agency_names") \
        | words("citations", "agency_native_names")
    return frozenset(n.casefold() for n in names)


def agency_source(lines: Iterable[str]) -> tuple[str, str] | None:
    """The agency a 'LABEL: AGENCY' line of `lines` credits, as printed, and the line; None if no line does."""
    for line in lines:
        if len(line.split()) > MAX_LINE_WORDS:
            continue
        m = _labelled().match(line)
        if m and m["rest"].casefold() in _agencies():
            return m["rest"], line
    return None
