"""Event-anchored times: the day of 'the day after the blast', from the day the story gives the blast.

A claim dated 'the day after the announcement', 'two days before the vote' or 'at the time of the quake'
names no calendar day; the time tagger either finds nothing ('the day after') or resolves the wrong part
against the publication day ('the morning' of 'the morning after the crash' became the article's own
morning). TimeML anchors such a time to the event it names (Pustejovsky et al. 2005, TIMEX3 anchorTimeID);
here the event is looked up in the story: a sentence that names the event (its noun, a WordNet equivalent
from rules/equivalents.toml, or a form sharing its stem: 'the announcement' / 'announced') and one day-precise
date, not itself told relative to another event. The claim's own article is asked first, then the story's
other articles (the day most of them give). Nothing is guessed when no sentence dates the event.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from storyline import rules
from storyline.model import Article

RELATIVE_DAYS: dict[str, int] = {str(k): int(v) for k, v in rules.mapping("timex", "event_relative_days").items()}
UNITS: dict[str, int] = {str(k): int(v) for k, v in rules.mapping("timex", "event_relative_units").items()}
_SMALL = {str(k): v for k, v in rules.mapping("timex", "small_numbers").items() if isinstance(v, int) and v >= 1}
_PHRASES = "|".join(re.escape(p) for p in sorted(RELATIVE_DAYS, key=len, reverse=True))
_COUNTS = "|".join(sorted((re.escape(w) for w in _SMALL if " " not in w), key=len, reverse=True))
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
# the event: an optional determiner and up to one modifier before its noun ('the blast', 'the budget vote',
# 'landfall'); the noun is the phrase's last word before a verb, a preposition or the clause's end
_EVENT = r"(?:the\s+|its\s+|their\s+)?(?P<event>[a-z]+(?:\s+[a-z]+)?)"
RELATIVE = re.compile(rf"(?i)\b(?P<phrase>{_PHRASES})\s+{_EVENT}")
COUNTED = re.compile(rf"(?i)\b(?P<n>\d+|{_COUNTS})\s+(?P<unit>{_UNIT})\s+(?P<rel>after|before)\s+{_EVENT}")
_NOT_EVENT = frozenset({"the", "a", "an", "its", "their", "his", "her", "same", "year", "month", "week", "day",
                        "time", "date", "end", "start", "beginning", "deadline", "was", "were", "had", "has", "opened",
                        "began", "started", "closed", "of", "in", "on", "at", "to", "and", "that", "which"})
_WORD = re.compile(r"[A-Za-z][a-z]+")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+")


class Mention(Protocol):
    """A dated sentence of the story (time_anchors.Anchor of kind 'dated')."""

    @property
    def article_id(self) -> str: ...
    @property
    def words(self) -> frozenset[str]: ...  # the sentence's lower-cased words
    @property
    def value(self) -> str: ...  # its one day, ISO




def anchored_event(text: str) -> tuple[str, int] | None:
    """The event a time is told from and the distance in days ('two days before the vote' -> ('vote', -2));
    None when the text tells no time from an event."""
    m = COUNTED.search(text)
    if m:
        n = int(m.group("n")) if m.group("n").isdigit() else int(_SMALL[m.group("n").lower()])
        days = n * UNITS[m.group("unit").lower()] * (1 if m.group("rel").lower() == "after" else -1)
        noun = _event_noun(m.group("event"))
        return (noun, days) if noun else None
    m = RELATIVE.search(text)
    if m:
        noun = _event_noun(m.group("event"))
        return (noun, RELATIVE_DAYS[m.group("phrase").lower()]) if noun else None
    return None


def _event_noun(phrase: str) -> str | None:
    words = [w.lower() for w in phrase.split()]
    # 'the budget vote' -> vote; 'the summit opened' -> summit: the noun is the last word before a verb form
    if len(words) == 2 and words[1] in _NOT_EVENT | {"opened", "began", "started", "ended"}:
        words = words[:1]
    noun = words[-1] if len(words) == 1 or not words[1].endswith(("ed", "s")) else words[0]
    if len(words) == 2 and words[1].endswith("ed"):
        noun = words[0]
    return noun if noun not in _NOT_EVENT and len(noun) >= 3 else None


@cache
def _equivalents() -> dict[str, frozenset[str]]:
    """Each lemma's WordNet equivalents (rules/equivalents.toml [equivalents], as propositions.EQUIVALENTS reads
    them; read here too, since propositions imports the claim model this module's caller builds)."""
    out: dict[str, set[str]] = {}
    for entry in rules.entries("equivalents", "equivalents"):
        for word in entry["words"]:
            out.setdefault(word, set()).update(entry["words"])
    return {w: frozenset(g) for w, g in out.items()}


def _forms(noun: str) -> tuple[frozenset[str], str]:
    """The words that name the event: its noun, its WordNet equivalents, and a stem its verb shares."""
    group = set(_equivalents().get(noun, frozenset())) | {noun}
    stem = noun[:5] if len(noun) >= 7 else noun
    return frozenset(group), stem


def names_event(words: frozenset[str], noun: str) -> bool:
    forms, stem = _forms(noun)
    return bool(words & forms) or any(w.startswith(stem) for w in words)


def dated_mentions(articles: Sequence[Article]) -> list[tuple[str, frozenset[str], str]]:
    """Every sentence with exactly one day-precise date, not told relative to another event: (article id,
    its lower-cased words, the day)."""
    out = []
    for article in articles:
        days = [(t.start, t.end, x.value[:10]) for t in article.spans
                if (x := t.timex) and x.type == "DATE" and x.value and _DAY_VALUE.match(x.value)]
        start = 0
        for m in [*_SENTENCE_END.finditer(article.body), None]:
            end = m.start() if m else len(article.body)
            sentence = article.body[start:end]
            inside = {v for s, _, v in days if start <= s < end}
            if len(inside) == 1 and not anchored_event(sentence):
                out.append((article.id, frozenset(w.lower() for w in _WORD.findall(sentence)), inside.pop()))
            start = m.end() if m else len(article.body)
    return out


def anchored_day(text: str, article_id: str, mentions: Sequence[Mention]) -> dt.date | None:
    """The calendar day of a claim timed from an event ('the day after the blast'), when the story dates
    the event: its own article's date of it first, else the day most other articles give."""
    found = anchored_event(text)
    if not found:
        return None
    noun, days = found
    words = frozenset(w.lower() for w in _WORD.findall(text))
    candidates = [m for m in mentions if names_event(m.words, noun) and m.words != words]
    own = [m.value for m in candidates if m.article_id == article_id]
    others = Counter(m.value for m in candidates)
    value = own[0] if own else max(sorted(others), key=others.__getitem__) if others else None
    try:
        return dt.date.fromisoformat(value) + dt.timedelta(days=days) if value else None
    except ValueError:
        return None
