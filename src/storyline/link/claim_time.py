"""When a claim holds, as contradictions compare claims: its own time expression, the dated start
of what it is scoped by, a universal denial up to its statement, or its article's publication day;
whether two such scopes overlap, and why, in words (link/contradictions.py)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.link import claim_scope
from storyline.link.event_anchored import anchored_day
from storyline.link.time_anchors import Anchor, resolve, since_noun
from storyline.model import Article, Span

if TYPE_CHECKING:
    from storyline.link.claim_ref import ClaimRef

# claims a week apart still describe the same state of affairs
TOLERANCE = dt.timedelta(days=7)


def span_attr(span: Span, key: str) -> str | None:
    """The one place this module reads a span's attributes (claims: predicate, polarity, modality,
    asserter, keywords, figures, time, agent, theme; time expressions: value, mod): when
    `Span.attrs` becomes a typed payload, only this changes."""
    return span.attrs.get(key) or None


# A TIMEX3 time of day on a resolved day ('11 p.m. Saturday' 2025-03-08T23:00, 'Saturday night'
# 2025-03-08TNI: TimeML guidelines, Pustejovsky et al. 2005): a moment or part of that day.
_TIME_OF_DAY = re.compile(r"(\d{4}-\d\d-\d\d)T(?:\d\d(?::\d\d){0,2}|MO|AF|EV|NI)")
_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d")


def clock_time(value: str | None) -> bool:
    """The value names a clock time on a resolved day ('at 11 p.m. Saturday'), not a day or a part of it."""
    return bool(value) and _CLOCK.match(value or "") is not None


def value_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """'2019-07-23' → that day (with a time of day: the same day); '2019-07' → the month; '2019' →
    the year; '2024-W45' → that week, Monday to Sunday; anything else → None."""
    if not value:
        return None
    part = _TIME_OF_DAY.fullmatch(value)
    value = part.group(1) if part else value
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            day = dt.date.fromisoformat(value)
            return day, day
        if re.fullmatch(r"\d{4}-\d\d", value):
            first = dt.date(int(value[:4]), int(value[5:]), 1)
            return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
        if re.fullmatch(r"\d{4}-W\d\d", value):  # an ISO week (TimeML TIMEX3: 'last week' → 2024-W45)
            monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return monday, monday + dt.timedelta(days=6)
    except ValueError:
        return None
    return None


_SINCE = frozenset({"AFTER", "ON_OR_AFTER"})
_UNTIL = frozenset({"BEFORE", "ON_OR_BEFORE"})
# a calendar day the claim prints itself ('on March 3, three days before the board's vote'): the event-anchored
# phrase beside it only places that day, so the printed day stands (test_lead12_disputes: an anchored 'three days
# before the vote' overrode 'on March 3' and two agreeing accounts became a dispute)
_CALENDAR_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
                           r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\b\d{4}-\d\d-\d\d\b")
_NEVER = re.compile(r"(?i)\bnever\b")
# a state said in the simple present ('there is no', 'is not', 'remains'), with no past or perfect beside it
_PRESENT_STATE = re.compile(r"(?i)\b(?:there (?:is|are)|is|are|isn[’']t|aren[’']t|remains?|stands?)\b")
_PAST_OR_PERFECT = re.compile(r"(?i)\b(?:was|were|had|has been|have been|has (?:\w+ )?(?:\w+ed|been)|ever|never)\b")
# a negated event before 'until' in one clause: the event happened at the until-time (H&P 2002 ch. 8 §7.2)
_NOT_UNTIL = re.compile(r"(?i)\b(?:not|n't|never)\b[^.;:,]{0,60}\b(?:until|till)\b")
# 'were destroyed … by Wednesday's storm': a day in the genitive determines a noun (the storm of that day; H&P 2002
# ch. 5 §16.5, the temporal genitive 'yesterday's paper'), so 'by' heads the passive's agent, not a deadline
_BY_DAYS_THING = re.compile(r"(?i)\bby\s+(?:last\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                            r"yesterday|today|tonight|last\s+night|this\s+morning)(?:\s+night|\s+morning|\s+evening)?['’]s\s")
# 'No fine was ever issued to …': non-affirmative 'ever' under negation is 'never' split (not … ever;
# Huddleston & Pullum 2002 ch. 9 §4.3, 'never' as the negative of 'ever'), a denial at every time
_EVER = re.compile(r"(?i)\bever\b")
# 'has never been audited': 'never' with the perfect is 'at no time up to now' (Quirk et al. 1985 §4.20, the
# perfect's time up to the reference time); with the simple past it may deny one occasion ('never took off on
# Friday', the emphatic 'not')
_NEVER_PERFECT = re.compile(r"(?i)\b(?:has|have|had|'s|'ve|’s|’ve)\s+never\b")


@dataclass(slots=True, frozen=True)
class Scope:
    interval: tuple[dt.date, dt.date] | None
    basis: str | None


def report_day(span: Span) -> dt.date | None:
    """The day a claim's report is dated by its own words ('Pellmont said Thursday it would …'), when
    the claim's time is its report's and names one day."""
    own = value_interval(span_attr(span, "time"))
    return own[0] if own and own[0] == own[1] and span_attr(span, "time_of") == "report" else None


def scope_of(span: Span, article: Article, anchors: Sequence[Anchor] = ()) -> Scope:
    """When a claim holds, and on what basis: its own time expression ("stated"; "since January"
    runs from January to the publication day, "before June" up to June), else the dated start of
    the thing it is scoped by ("since": 'since the inquiry began', dated by another sentence of the
    story), else "never" (a negative claim holding at every time up to publication), else the
    publication day ("published"), else unknown."""
    published = value_interval(article.published.value)
    said = published[1] if published else None   # a month or year of publication: its last day
    day = said if article.published.precision == "day" else None
    own = value_interval(span_attr(span, "time"))
    anchored = None if _CALENDAR_DAY.search(span.text) else anchored_day(
        span.text, article.id, [a for a in anchors if a.kind == "dated"])
    if anchored and span_attr(span, "time_of") != "report":
        # 'the day after the blast': the event's day in the story, not a part of the publication day
        return Scope((anchored, anchored), "stated")
    if own and span_attr(span, "time_of") == "report":
        # 'first reported in May 2021 that …': the event is on or before the report, when unknown;
        # 'announced on Friday that X will be granted …': on or after it
        if span_attr(span, "modality") == "will":
            return Scope((own[0], dt.date.max), "reported")
        if _PRESENT_STATE.search(span.text) and not _PAST_OR_PERFECT.search(span.text):
            # '"There is no offer on the table," a spokesperson said Wednesday': a state in the simple present
            # holds when it is said, not at every time before (lead38: a 2025 'no offer' met a 2023 offer)
            return Scope(own, "reported")
        return Scope((dt.date.min, own[1]), "reported")
    if own:
        mod = _time_mod(span, article)
        if mod is None and _universal_told_on(span, own, said):
            return Scope((dt.date.min, own[1]), "never")
        if mod in _SINCE:
            return Scope((own[0], said if said and said >= own[0] else dt.date.max), "stated")
        if mod in _UNTIL and not _NOT_UNTIL.search(span.text) and not _BY_DAYS_THING.search(span.text):
            return Scope((dt.date.min, own[1]), "stated")
        # 'did not announce it until Sunday': the event is at the until-time (extract.claims._not_until)
        return Scope(own, "stated")
    noun = since_noun(span.text)
    start = value_interval(resolve(noun, article.id, anchors)) if noun else None
    if start:
        # a start known to the month ("began in March") is surely past only at the month's end: the
        # scope keeps the part it surely covers, so a report from early March is not set against it
        return Scope((start[1], said if said and said >= start[1] else dt.date.max), "since")
    if before_event(span.text):
        # 'crew were sick before the voyage', 'no one showed symptoms before the ship sailed': the claim holds
        # before an event the sentence names but does not date, not on its publication day nor at every time
        # up to it (lead42: 'denied crew were sick before the voyage' met 'crew were among the sick' of days later)
        return Scope(None, "before")
    if said and span_attr(span, "polarity") == "negative" and (_never(span.text) or _nobody(span)):
        return Scope((dt.date.min, said), "never")
    return Scope((day, day), "published") if day else Scope(None, None)


# 'before the ship left port', 'prior to the vote', 'ahead of its launch': a time bounded by an event the clause
# names (a definite description or a possessive), not by a date; a dated bound is a time expression and is
# read above ('before June' → the claim's own time with mod BEFORE)
_BEFORE_EVENT = re.compile(r"(?i)\b(?:before|prior\s+to|ahead\s+of)\s+(?:the|its|their|his|her|our)\s+"
                           r"([a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})")
_ANCHOR_STOP = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "of", "to", "in", "on", "at", "was",
                          "were", "had", "has", "been", "left", "began", "started"})


def before_event(text: str) -> frozenset[str]:
    """The content words of the event a claim is said to hold before ('before the ship left port' → ship, port)."""
    return frozenset(w for m in _BEFORE_EVENT.finditer(text) for w in m.group(1).lower().split()
                     if w not in _ANCHOR_STOP)


def _never(text: str) -> bool:
    return bool(_NEVER.search(text) or _EVER.search(text))


def _universal_told_on(span: Span, own: tuple[dt.date, dt.date], said: dt.date | None) -> bool:
    """'The foundation has never been audited by the CRA, its director told donors in a letter on
    Wednesday': 'never' with the perfect quantifies over every time up to its reference time, so one
    stated day no later than publication (the caller checks it has no since/before modifier) dates the
    telling, not the state denied (a universal cannot hold on one day only; the reporting clause the
    extractor did not read as one)."""
    return bool(said) and span_attr(span, "polarity") == "negative" and _NEVER_PERFECT.search(span.text) is not None \
        and own[0] == own[1] and said is not None and own[1] <= said


def _nobody(span: Span) -> bool:
    return " ".join(str(span_attr(span, "agent") or "").lower().split()) in claim_scope.NEGATIVE_UNIVERSALS


def _time_mod(span: Span, article: Article) -> str | None:
    """The TIMEX mod (AFTER, BEFORE …) of the claim's own time expression, read from the article."""
    for t in article.spans:
        if t.label == "TIMEX" and span.start <= t.start < span.end and span_attr(t, "value") == span_attr(span, "time"):
            return span_attr(t, "mod")
    return None


def scopes_overlap(a: ClaimRef, b: ClaimRef, groups: dict[str, str]) -> bool:
    """Same article (or reprint group) with no explicit, disjoint times; or explicit overlapping
    times; or a "never" denial against a claim of unknown time (a universal denial holds at every
    time up to its statement, so any instance of what it denies meets it unless a time sets it apart)."""
    if {a.scope_basis, b.scope_basis} == {"reported", "since"}:
        return False  # an event known only as before its report cannot be placed after a start
    if "before" in (a.scope_basis, b.scope_basis):
        # two claims bounded by an undated event meet when they name the same one ('before the ship left port' /
        # 'before the ship sailed'); against any other time, when that is, is not known
        return a.scope_basis == b.scope_basis and bool(before_event(a.text) & before_event(b.text))
    if a.scope and b.scope:
        return _earlier(a.scope[0]) <= b.scope[1] and _earlier(b.scope[0]) <= a.scope[1]
    if (a.scope_basis == "never" and b.scope is None) or (b.scope_basis == "never" and a.scope is None):
        return True
    return groups.get(a.article_id, a.article_id) == groups.get(b.article_id, b.article_id)


# A process a report says was begun ('has opened an inquiry', 'launched an investigation') goes on after
# the report for a time the report does not give; a denial that it exists answers the report within weeks
# (the follow-up story), while one a year later may be true of a closed inquiry. So a begun process is held
# to exist for BEGUN_PROCESS_DAYS after its last known day: about two monthly news cycles, a judgement, not
# a measured duration — kept short so that only a prompt denial meets the report.
BEGUN_PROCESS_DAYS = dt.timedelta(days=60)


def begun_process_overlaps(report: ClaimRef, denial: ClaimRef) -> bool:
    """The denial's time falls while the process the report says was begun may still go on: from the
    report's scope to BEGUN_PROCESS_DAYS after its end (a denial before the report is not moved). A
    report whose own time is unknown ('has opened an investigation into how X operated the gates in the
    days before the failure': the adjunct belongs to the inner clause) told of a process begun by the
    day it was published."""
    begun = report.scope or ((dt.date.min, report.published) if report.published else None)
    if not (begun and denial.scope) or begun[1] == dt.date.max:
        return False
    end = begun[1] + BEGUN_PROCESS_DAYS if begun[1] < dt.date.max - BEGUN_PROCESS_DAYS else dt.date.max
    return _earlier(begun[0]) <= denial.scope[1] and _earlier(denial.scope[0]) <= end


def begun_process_words(report: ClaimRef, denial: ClaimRef) -> str:
    """Why a denial weeks after a report of a begun process meets it, in words."""
    begun = report.scope or (dt.date.min, report.published)
    assert begun[1] and denial.scope  # begun_process_overlaps checked both
    return (f"what {report.speaker} reports begun (by {begun[1]}) is taken to go on for "
            f"{BEGUN_PROCESS_DAYS.days} days after it, and the denial ({_span(denial.scope)}) falls within them")


def _earlier(day: dt.date) -> dt.date:
    """`day` less the tolerance; an open start ('never', 'before June') stays open."""
    return day if day - dt.date.min < TOLERANCE else day - TOLERANCE


def same_period(a: ClaimRef, b: ClaimRef) -> str:
    """Why the two claims are about the same period, in words."""
    reported = a if a.scope_basis == "reported" else b if b.scope_basis == "reported" else None
    if reported and reported.scope:
        other = b if reported is a else a
        return (f"{reported.speaker}'s event is dated only by its report ({_span(reported.scope)}), "
                f"and the other claim's time ({_span(other.scope) if other.scope else 'unknown'}) does not set it apart")
    if a.scope_basis != "published" and b.scope_basis != "published" and a.scope and b.scope:
        return f"their stated times overlap ({_span(a.scope)} and {_span(b.scope)})"
    if a.scope and b.scope:
        return f"both hold around the same days ({_span(a.scope)} and {_span(b.scope)}, a week's tolerance)"
    never = a if a.scope_basis == "never" else b if b.scope_basis == "never" else None
    if never and never.scope and not (a.scope and b.scope) and a.article_id != b.article_id:
        return (f"the denial holds at every time {_span(never.scope)} and the other claim has no known time "
                "that would set it after")
    return "in the same report, with no stated time that sets them apart"


def _span(scope: tuple[dt.date, dt.date]) -> str:
    if scope[0] == dt.date.min:
        return f"up to {scope[1]}"
    if scope[1] == dt.date.max:
        return f"from {scope[0]}"
    return str(scope[0]) if scope[0] == scope[1] else f"{scope[0]}…{scope[1]}"
