"""Citations: an article pointing at another outlet's reporting, resolved to an ingested article.

"The Harbour Ledger first reported in March 2023 that …", "according to Radio Costa", "an article
in the Ledger on Sunday saying …", "X previously reported". A citation resolves to an ingested
article only when outlet and time both match; a citation with no time of its own stays unresolved
rather than guessing among that outlet's articles.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.extract.names import OUTLET_NAME, fold
from storyline.extract.sentences import split_sentences

STAGE = "citations"
_OUTLETS = rf"(?P<outlet>{OUTLET_NAME}(?:\s+and\s+{OUTLET_NAME})?)"
_REPORT_VERBS = r"(?:first |previously |earlier |also |had |has |originally )*(?:reported|revealed|disclosed|broke the news|wrote|said in a report)"
_PATTERNS = [
    re.compile(_OUTLETS + r"(?:'s| ’s)?(?:\s*,[^,]{1,60},)?\s+" + _REPORT_VERBS + r"\b"),
    re.compile(r"\b[Aa]ccording to (?:a (?:report|story|article) (?:in|by|from) )?" + _OUTLETS),
    re.compile(r"\b(?:an?|the) (?:\w+ )?(?:article|report|story|interview|investigation|fragment of an interview) (?:in|by|from|to|published by|with) " + _OUTLETS),
    re.compile(r"\b(?:reported|first reported|reports) by " + _OUTLETS),
]


@dataclass(slots=True, frozen=True)
class Citation:
    start: int               # the citing sentence in the body
    end: int
    text: str
    outlet: str              # the outlet named, as written ("The Miami Herald and el Nuevo Herald")
    time: str | None = None  # the time the citation gives ("2019-07"), from the sentence's time expressions
    resolves_to: str | None = None


def _outlet_pattern(known: Iterable[str]) -> re.Pattern | None:
    names = sorted({n for n in known if n and len(n) > 2}, key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?P<outlet>(?:[Tt]he )?(?:{alternatives}))(?:'s|’s)?\s+{_REPORT_VERBS}\b")


def find_citations(body: str, times: Sequence = (), known_outlets: Iterable[str] = ()) -> list[Citation]:
    """Every sentence of `body` that attributes reporting to an outlet; `times` are the body's time expressions."""
    patterns = list(_PATTERNS)
    extra = _outlet_pattern(known_outlets)
    if extra:
        patterns.append(extra)
    found = []
    for sentence in split_sentences(body):
        for m in (m for p in patterns for m in p.finditer(sentence.text)):
            outlet = m["outlet"].strip()
            time = _time_in(times, sentence.start + m.start(), sentence.end)
            found.append(Citation(sentence.start, sentence.end, sentence.text, outlet, time))
            break
    return found


def _time_in(times: Sequence, start: int, end: int) -> str | None:
    for t in times:
        if start <= t.start < end and t.value and re.match(r"\d{4}", t.value):
            return t.value
    return None


def outlet_matches(cited: str, outlet: str | None) -> bool:
    """'The Miami Herald and el Nuevo Herald' cites the 'Miami Herald'; 'the Journal' does not name one."""
    if not outlet:
        return False
    names = [fold(n).removeprefix("the ") for n in re.split(r"\s+and\s+", cited)]
    return fold(outlet).removeprefix("the ") in names


def resolve_citation(citation: Citation, articles: Sequence) -> str | None:
    """The one ingested article from that outlet published within the citation's time, else None."""
    if not citation.time:
        return None
    matches = [a.id for a in articles if outlet_matches(citation.outlet, a.outlet)
               and _times_agree(citation.time, a.published.value)]
    return matches[0] if len(matches) == 1 else None


def _times_agree(cited: str, published: str | None) -> bool:
    """'2019-07' agrees with '2019-07-23' (and with '2019', less precisely); never with an unknown date."""
    return bool(published) and (published.startswith(cited) or cited.startswith(published))
