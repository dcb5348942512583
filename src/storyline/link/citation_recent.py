"""Citations that name no time of their own but an outlet's current report.

'…, according to Meridian.' and 'disputing a report in the Ledger' in a follow-up point at the
outlet's latest article on the story, published in the days before (news attributes a rival's
report while it is news; the invented probe stories of branch probe15: four such citations a day
after the cited report, none resolved before). Both readings are guarded by the story's actors: the
cited article must share a person's surname or an organisation's name with the citing article.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.names import fold

if TYPE_CHECKING:
    from storyline.link.provenance import OutletIndex
    from storyline.model import Article
    from storyline.store.base import CitationLink, CorpusRow

# how many days before the citing article an outlet's report still counts as its current one: a
# week, the same window a 'last week' citation spans (link/provenance._weeks_of)
RECENT_DAYS = 7

_DESIGNATORS = rules.words("aliases", "legal_designators")
_FIRST_REPORT = rules.pattern("citations", "first_report", re.IGNORECASE)


# a named facility is as much a story's actor as a company: the dam, bridge or plant a story is about
# ('Tolliver Dam' in a station's first report and in the wire story citing it; probe16: the only name the
# two shared, the first report left unresolved)
_ACTOR_LABELS = frozenset({"ORG", "FAC"})


def org_keys(article: Article | CorpusRow, outlets: set[str]) -> set[str]:
    """The organisations and facilities an article names, folded and less a legal designator
    ('castlegate transport' for 'Castlegate Transport Plc'); outlets (the corpus's own names) are no
    actors of the story."""
    found = set()
    for span in article.spans:
        if span.label not in _ACTOR_LABELS:
            continue
        # the name as written and the name it stands for: 'Northfork' in an article that names the
        # company in full stands for 'Northfork Power & Light', and one that never does writes 'Northfork'
        # only (probe18: a follow-up citing the day's report shared the company by its short name alone)
        for name in {span.text, span.mention.name if span.mention and span.mention.name else span.text}:
            key = _org_key(name)
            if len(key) > 2 and key not in outlets:
                found.add(key)
    return found


def _org_key(name: str) -> str:
    words = fold(name).split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _DESIGNATORS:
        words = words[:-1]
    return " ".join(words)


def shares_actors(a: Article | CorpusRow, b: Article | CorpusRow, outlets: set[str],
                  people: Callable[[Article | CorpusRow], set[str]]) -> bool:
    """Whether two articles name one person (by surname) or one organisation, whatever label each
    article's recognizer gave the name ('Kargo' tagged PERSON in one article, ORG in the other: lead24)."""
    names_a, names_b = people(a) | org_keys(a, outlets), people(b) | org_keys(b, outlets)
    return bool(names_a & names_b) or _name_opens_name(_full_names(a, outlets), _full_names(b, outlets))


_NAMED_LABELS = frozenset({"PERSON", "ORG", "FAC"})


def _full_names(article: Article | CorpusRow, outlets: set[str]) -> set[str]:
    """The article's names of two words or more, whatever their label, folded less 'the' and a designator."""
    keys = {_org_key(s.text) for s in article.spans if s.label in _NAMED_LABELS}
    return {k for k in keys if " " in k and k not in outlets}


def _name_opens_name(a: set[str], b: set[str]) -> bool:
    """One article's name is the other's or opens it ('harlan agri' tagged PERSON in one article, 'harlan agri
    products' ORG in the other: the company's short name; lead33)."""
    return any(x == y or y.startswith(x + " ") or x.startswith(y + " ") for x in a for y in b)


def recent_reports(links: list[CitationLink], citing: dict[str, Article | CorpusRow], index: OutletIndex,
                   load: Callable[[Sequence[str]], dict[str, Article | CorpusRow]],
                   people: Callable[[Article | CorpusRow], set[str]],
                   span_text: Callable[[Article | CorpusRow, int, int], str]) -> list[CitationLink]:
    """A time-less citation that is no first report, still unresolved, points at the cited outlet's
    latest article of the RECENT_DAYS before the citing one that shares its actors, else its first one
    from the time the sentence dates the reported event on (_reported_event); none, unresolved."""
    from storyline.extract.citations import Citation

    asks: dict[int, list[str]] = {}
    for i, link in enumerate(links):
        row = citing[link.article_id]
        day = _day(row.published.value)
        if link.resolves_to is not None or link.time is not None or day is None:
            continue
        if _FIRST_REPORT.search(span_text(row, link.start, link.end)):
            continue
        cited = Citation(link.start, link.end, "", link.outlet, None)
        since = (day - timedelta(days=RECENT_DAYS)).isoformat()
        group = {row.id, row.duplicate_of}
        # the latest report of the week first; then, when the sentence dates what was reported ('Grange was
        # charged last month …, the Ledger reported'), the outlet's reports from that time on, earliest first:
        # news reports an event when it happens (lead19: a report five weeks before the citing one)
        recent = index.earlier(cited, group, row.published.value, since)[::-1]
        when = _reported_event(row, link.start, link.end, day)
        start = when[0] if when else None
        event = index.earlier(cited, group, row.published.value, start.isoformat()) if start and start.isoformat() < since else []
        asks[i] = recent + [c for c in event if c not in recent]
        if when and (when[1] - when[0]) < SHORT_EVENT:
            # the sentence dates what was reported to a day or a week ('… opened an investigation last
            # week'): the outlet's one report of that week is the one cited, as a citation dated so itself
            # resolves (OutletIndex.resolve); lead14, once the time after a fronted 'According to X,' became
            # the event's (branch probe19)
            last = min(when[1] + timedelta(days=RECENT_DAYS), day).isoformat()
            week = [c for c in index.earlier(cited, group, last, when[0].isoformat())]
            if len(week) == 1:
                links = [*links[:i], replace(link, resolves_to=week[0]), *links[i + 1:]]
                del asks[i]
    if not any(asks.values()):
        return links
    rows = load(sorted({links[i].article_id for i in asks} | {c for found in asks.values() for c in found}))
    from storyline.link.citation_content import retelling_first

    for i, candidates in asks.items():
        asks[i] = retelling_first(candidates, rows, citing[links[i].article_id], links[i], span_text)
    return resolve_sharing(links, asks, rows, index.outlets, people)


# a reported event dated to less than this (a day, a week) names the week of its report
SHORT_EVENT = timedelta(days=7)


# how far back a reported event's time may send a time-less citation: a year, as a 'last year' citation reaches
EVENT_REACH = timedelta(days=366)


def _reported_event(row: Article | CorpusRow, start: int, end: int, day: date) -> tuple[date, date] | None:
    """The first and last day of the earliest past calendar time (a year, month, week or day) the citing
    sentence names, within EVENT_REACH of the citing day; None when it names none."""
    from storyline.link.claim_time import value_interval

    found = []
    for span in row.spans:
        timex = span.timex if span.label == "TIMEX" and start <= span.start < end else None
        interval = (value_interval(timex.value) or _week_interval(timex.value)) if timex else None
        if interval is not None and day - EVENT_REACH <= interval[0] <= day:
            found.append(interval)
    return min(found) if found else None


def _week_interval(value: str | None) -> tuple[date, date] | None:
    """An ISO week's Monday and Sunday ('2023-W32', as 'last week' resolves): the sentence dates what it
    reports to that week ('According to Midwest Press Wire, the attorney general's office opened an
    investigation last week': lead14, once the citation's own time stopped at its fronted 'According to')."""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value or "")
    if not m:
        return None
    try:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def resolve_sharing(links: list, asks: dict, rows: dict, outlets: set[str], people: Callable) -> list:
    """`links` with each asked citation resolved to the first of its candidates (in the order given)
    that shares an actor with the citing article (`shares_actors`)."""
    out = list(links)
    for i, candidates in asks.items():
        own = rows.get(links[i].article_id)
        match = next((c for c in candidates if own and c in rows and shares_actors(own, rows[c], outlets, people)), None)
        if match:
            out[i] = replace(links[i], resolves_to=match)
    return out


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None
