"""A finished act counted lower by a later report that dates it: 'The fire … killed two people and destroyed 312
homes' (Sept. 2, no time of its own) / 'The fire killed two people and destroyed 212 homes … in August 2021'
(the next March).

claim_counts compares two counts of one act when both name one closed period, or when both are undated
accounts of reports a day apart (then a count that falls is two accounts, one that rises an update). Here one
report tells the act as done by its day, the other, later, gives the act a period that was over before the
earlier report was published: the later report, telling an act finished before the first report with more
known, cannot count fewer unless one of the two is wrong (a rise is left alone: more found, more reported).
Both counts are of one thing (counted noun and role) for one predicate by one doer, named on both sides (a
story's two fires are two doers when named apart, claim_doer.same_doer), by two asserters (the caller's
condition, claim_recounts), and apart beyond the count tolerance (branch claims17)."""
from __future__ import annotations

from storyline.link.claim_counts import count_words, counts
from storyline.link.claim_doer import same_doer
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import Verdict
from storyline.link.propositions import Proposition

# the scopes of a claim told with no time of its own: how things stood on, or before, its report's day
_OF_ITS_DAY = frozenset({"published", "reported"})
TOLERANCE = 0.1  # as claim_counts.TOLERANCE


def period_count_conflict(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """The verdict when the later report counts a finished act of a closed period lower than an earlier
    report told it undated; else None."""
    if a.published is None or b.published is None or a.published == b.published:
        return None
    earlier, later = (a, b) if a.published < b.published else (b, a)
    if not _shape(earlier, later):
        return None
    lower = [(x, y) for x in counts(earlier) for y in counts(later)
             if x.unit == y.unit and x.role == y.role and x.low > y.high * (1 + TOLERANCE)]
    if not lower:
        return None
    unit = lower[0][0].unit
    reason = (f"{earlier.speaker} gives {', '.join(count_words(earlier))} for '{earlier.predicate}' by "
              f"{earlier.published}, and {later.speaker} later gives {', '.join(count_words(later))} for the "
              f"same act in a period over before that report: a finished act is not counted lower later "
              f"unless one count is wrong")
    return Verdict("figures", Proposition(f"count of {unit}", frozenset({unit, a.predicate})), same_time=True,
                   reason=reason)


def _shape(earlier: ClaimRef, later: ClaimRef) -> bool:
    """One positive act (one predicate, one named doer), told undated by the earlier report and dated by the
    later one to a period over before the earlier report."""
    if earlier.polarity != "positive" or later.polarity != "positive" or earlier.predicate != later.predicate:
        return False
    if earlier.scope_basis not in _OF_ITS_DAY or later.scope_basis != "stated" or later.scope is None:
        return False
    if earlier.published is None or later.scope[1] >= earlier.published:
        return False
    if not (earlier.agent and later.agent):
        return False
    return same_doer(earlier, later, frozenset())
