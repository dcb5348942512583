"""Two values of one finished act's quantity in one period, whatever day each report came: 'The district
closed 11 schools on Wednesday' / 'The district closed seven schools on Wednesday' (two reports of Thursday);
'vaccinated 12,400 children in its first month' / 'In its first month the programme vaccinated 24,100
children' (reports a day apart, the later higher).

claim_counts compares counts only in reports of two days, and orders undated ones (a later, lower count is
another account; a higher one an update). A count of an act over a period that both sentences name — one
stated period over before both reports, or one period in the same words ('in its first month',
claim_event_counts.time_phrases) — is a closed total: neither the day of the report nor its order can make
two values of it an update. What can is a tally still running: a present perfect or a progressive ('has
confirmed 109 cases, up from 91 yesterday'), 'so far', 'up from', 'rose to' (rules/disputes.toml
[running_tally_markers]); a count with one of these is never compared here (claims19 dropped a same-day rule
that flagged exactly such tallies on the real stories). The caller asks for one predicate, one polarity, a
shared proposition and two asserters; the counts are of one thing in one role (claim_counts.counts), a
passive's subject counted as what the act is done to.
"""
from __future__ import annotations

import datetime as dt
import re

from storyline import rules
from storyline.link.claim_counts import Count, counts, one_closed_period, one_thing
from storyline.link.claim_event_counts import passive, time_phrases
from storyline.link.claim_ref import ClaimRef

RUNNING = rules.pattern("disputes", "running_tally_markers", re.IGNORECASE)
TOLERANCE = 0.1  # as claim_counts.TOLERANCE
_BY = re.compile(r"(?i)\bby\b")
ONE_DAY = dt.timedelta(days=1)
# a week: one story's run of reports of one finished act (the same-day and next-day cases are claim_counts')
FINISHED_WINDOW = dt.timedelta(days=7)
_OF_ITS_DAY = frozenset({"published", "reported"})
# words before a past participle that make it no simple past ('has damaged', 'will be closed', 'could be …ed')
_NOT_PAST = frozenset({"has", "have", "had", "'s", "'ve", "will", "would", "could", "should", "may", "might",
                       "must", "be", "been", "being", "is", "are", "am", "get", "gets"})


def running(claim: ClaimRef) -> bool:
    """The sentence tells a tally still running or a changed value ([running_tally_markers]). Only the
    claim's own paragraph is read: a claim's text may run on into the paragraphs after it (sentences the
    parser skipped join the one before), and 'The caterer has been suspended' there tells nothing of the
    count (as claim_amounts.sum_of reads only the first)."""
    return RUNNING.search(own_paragraph(claim)) is not None


_SINCE = re.compile(r"(?i)\bsince\b")


def since_and_one_day(a: ClaimRef, b: ClaimRef) -> bool:
    """One value runs from a point to now ('shares have lost 14 per cent since the fault') and the other is
    told of a finished time ('fell 9 per cent on Thursday'): two periods, so two values of two quantities
    (probe31's look-alike)."""
    since = [x for x in (a, b) if running(x) and _SINCE.search(own_paragraph(x))]
    return len(since) == 1 and not running(b if since[0] is a else a)


def own_paragraph(claim: ClaimRef) -> str:
    return claim.text.split("\n\n")[0]


def one_period(a: ClaimRef, b: ClaimRef) -> bool:
    """One period both sentences name in the same words, or one stated period over before both reports."""
    return bool(time_phrases(a.text) & time_phrases(b.text)) or one_closed_period(a, b)


def period_value_conflict(a: ClaimRef, b: ClaimRef) -> bool:
    """Two counts of one thing, in one role, for one finished act of one period, that no value satisfies."""
    if a.published is None or b.published is None or running(a) or running(b) or not one_period(a, b):
        return False
    if a.scope_basis == b.scope_basis == "stated" and a.scope and b.scope \
            and (a.scope[1] < b.scope[0] or b.scope[1] < a.scope[0]):
        return False  # 'in the first quarter' of two stated years: two periods in one phrase
    return any(one_thing(x.unit, y.unit) and x.role == y.role and _apart(x, y) for x in _counts(a) for y in _counts(b))


def finished_count_conflict(a: ClaimRef, b: ClaimRef) -> bool:
    """Two counts of one act both told in the simple past with no time of their own ('Flooding damaged 320
    homes' on Jan. 9 / 'About 180 homes … were damaged by the floods' on Jan. 11), in reports a few days
    apart, the later lower: a finished act's count does not fall, so the later, lower one is another
    account (a higher one is an update: more found, more reported). claim_counts reads undated counts a day
    apart only, as how things stood on each day (a state may fall: 'holds 40' / 'holds 30'); the simple past
    says the act is over, so the week of one story's reporting (FINISHED_WINDOW) holds one total."""
    if a.published is None or b.published is None or not ONE_DAY < abs(a.published - b.published) <= FINISHED_WINDOW:
        return False
    if not ({a.scope_basis, b.scope_basis} <= _OF_ITS_DAY) or running(a) or running(b):
        return False
    if not (simple_past(a) and simple_past(b)):
        return False
    earlier, later = (a, b) if a.published < b.published else (b, a)
    return any(one_thing(x.unit, y.unit) and x.role == y.role and y.high * (1 + TOLERANCE) < x.low
               for x in _counts(earlier) for y in _counts(later))


def simple_past(claim: ClaimRef) -> bool:
    """The claim's verb is written in a regular past form ('damaged', 'were damaged', 'closed', 'carried'),
    not after a perfect's 'has' / 'have' or a modal (an irregular past is not read: no tense is stored)."""
    verb = claim.predicate.lower()
    if not verb.isalpha():
        return False
    stem = verb[:-1] if verb.endswith("e") else verb[:-1] + "i" if verb.endswith("y") and verb[-2:-1] not in "aeiou" else verb
    past = re.search(rf"(?i)(\w+\s+)?\b{stem}{stem[-1] if len(stem) > 2 else ''}?ed\b", own_paragraph(claim))
    return past is not None and (past.group(1) or "").strip().lower() not in _NOT_PAST


def _counts(claim: ClaimRef) -> tuple[Count, ...]:
    """The claim's counts, a passive subject's as the undergoer's ('About 60 houses were destroyed'); with a
    'by' phrase the parse already gives the subject as the object and the by-phrase as the doer."""
    if not passive(claim) or _BY.search(claim.text):
        return counts(claim)
    return tuple(Count(c.low, c.high, c.unit, "theme") if c.role == "agent" else c for c in counts(claim))


def _apart(x: Count, y: Count) -> bool:
    return x.low > y.high * (1 + TOLERANCE) or y.low > x.high * (1 + TOLERANCE)
