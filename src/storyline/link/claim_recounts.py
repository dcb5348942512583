"""One count told in two shapes (link/contradictions.py asks when the two claims are two asserters' and
factual): an act counted with 'N times' and with its noun, or a part of one definite set
(claim_event_counts.py), or the two ends of one transfer (claim_converse.py: 'sold 30 buses to' /
'bought 18 buses from'); one removal under two verbs of one frame and nouns of one class
(claim_frame_counts.py), a dollar's cents against a percentage (claim_shares.py), two dates of the one most
recent check (claim_last_event.py), a finished act counted lower by a later report that dates it
(claim_period_counts.py); one act asserted and denied under two verbs of one frame (claim_frame_acts.py);
two totals of one thing's parts (claim_totals.py); one outlay told as a cost and as a spending
(claim_payment_converse.py). The check finds the period itself, so the verdict needs no
time scope."""
from __future__ import annotations

from collections.abc import Callable

from storyline.link.claim_converse import converse_conflict
from storyline.link.claim_event_counts import Tally, event_count_conflict, partitive_conflict, undergoer_count_conflict
from storyline.link.claim_frame_acts import frame_act_conflict
from storyline.link.claim_frame_counts import frame_count_conflict
from storyline.link.claim_frequency import frequency_conflict
from storyline.link.claim_last_event import last_event_conflict
from storyline.link.claim_payment_converse import payment_converse_conflict
from storyline.link.claim_period_counts import period_count_conflict
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_shares import share_conflict
from storyline.link.claim_slogans import slogan_conflict
from storyline.link.claim_totals import total_conflict
from storyline.link.claim_verdict import Verdict
from storyline.link.propositions import Proposition

Check = Callable[[ClaimRef, ClaimRef], "tuple[Tally, Tally] | None"]


def recounted(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """The first of the shapes that finds two counts of one quantity apart, with its explanation; or two
    frequencies of one habitual act (claim_frequency.py); or a slogan's 'N out of M' against a measured
    percentage (claim_slogans.py)."""
    checks: tuple[tuple[ClaimRef, ClaimRef, Check, str], ...] = (
        (a, b, event_count_conflict, "times"), (b, a, event_count_conflict, "times"),
        (a, b, partitive_conflict, "part"), (a, b, converse_conflict, "converse"),
        (a, b, undergoer_count_conflict, "undergoers"), (b, a, undergoer_count_conflict, "undergoers"))
    for x, y, check, shape in checks:
        found = check(x, y)
        if found:
            return _verdict(x, y, found[0], found[1], shape)
    return frequency_conflict(a, b) or slogan_conflict(a, b) or frame_count_conflict(a, b) \
        or share_conflict(a, b) or last_event_conflict(a, b) or period_count_conflict(a, b) \
        or frame_act_conflict(a, b) or total_conflict(a, b) or payment_converse_conflict(a, b)


def _told(t: Tally) -> str:
    value = f"{t.low:,.0f}" if t.low == t.high else f"{t.low:,.0f}-{t.high:,.0f}"
    return f"{value} of {t.of_set}" if t.of_set else f"{value} ({t.noun})"


def _verdict(a: ClaimRef, b: ClaimRef, x: Tally, y: Tally, shape: str) -> Verdict:
    how = {"times": f"'{a.predicate} … N times' and a count of the noun '{y.noun}' count one kind of act",
           "part": f"two parts of one set ({x.of_set}) for one act ({a.predicate})",
           "converse": f"{a.predicate} and {b.predicate} tell one event from its two sides",
           "undergoers": f"the people {a.predicate} was done to and the '{y.noun}' made count one act per person"}[shape]
    reason = (f"{a.speaker} gives {_told(x)} and {b.speaker} gives {_told(y)}: {how}, in one period; "
              f"the counts cannot both be right")
    return Verdict("figures", Proposition(f"count of {y.noun}", frozenset({y.noun, a.predicate})),
                   same_time=True, reason=reason)
