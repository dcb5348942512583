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

import re

from storyline import rules
from storyline.link.claim_counts import Count, counts, one_closed_period
from storyline.link.claim_event_counts import passive, time_phrases
from storyline.link.claim_ref import ClaimRef

RUNNING = rules.pattern("disputes", "running_tally_markers", re.IGNORECASE)
TOLERANCE = 0.1  # as claim_counts.TOLERANCE


def running(claim: ClaimRef) -> bool:
    """The sentence tells a tally still running or a changed value ([running_tally_markers])."""
    return RUNNING.search(claim.text) is not None


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
    return any(x.unit == y.unit and x.role == y.role and _apart(x, y) for x in _counts(a) for y in _counts(b))


def _counts(claim: ClaimRef) -> tuple[Count, ...]:
    """The claim's counts, a passive subject's as the undergoer's ('About 60 houses were destroyed')."""
    if not passive(claim):
        return counts(claim)
    return tuple(Count(c.low, c.high, c.unit, "theme") if c.role == "agent" else c for c in counts(claim))


def _apart(x: Count, y: Count) -> bool:
    return x.low > y.high * (1 + TOLERANCE) or y.low > x.high * (1 + TOLERANCE)
