"""A hedged count that still bounds its value: 'Up to 60 houses may have been destroyed' against 'The storm
destroyed 140 houses'.

A claim under a modal is not compared as a fact (contradictions._factual): 'may' says the writer does not
know. But 'may have been destroyed' with 'up to 60' is an epistemic judgement about a past act (a modal with
the perfect: Huddleston & Pullum 2002 ch. 3 §9.2, 'may have' / 'might have' as epistemic possibility about the
past) whose count is a bound ([count_bounds]: 'up to', 'as many as', 'at least'): whatever the number was, the
source says it was within the bound, so a firm count of the same act outside it cannot also be right. An exact
count under a hedge ('may have destroyed 60 houses') is a guess and stays uncompared, and 'could have' is left
out: it is as often counterfactual ('could have killed hundreds') as epistemic.

A modal estimate against a firm forecast of the same future quantity ('Repairs to the sea wall could cost £48m'
/ 'The repairs will cost about £75m'; claims29, a shape four unseen stories missed) are two parties' values of
one thing not yet known: 'could' / 'may' give the speaker's estimate, 'will' the other's prediction (H&P ch. 3
§9.2, epistemic modality and futurity), so two values apart cannot both be the expected cost. A bound under the
modal ('could cost up to £80m') holds a firm value inside it, and a past fact ('was fined £2m last year') is
another time: only a 'will' forecast is compared."""
from __future__ import annotations

import re
from dataclasses import replace

from storyline.link.claim_counts import Count, counts, counts_conflict, money_amounts, one_thing
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import Verdict
from storyline.link.propositions import Proposition, same_class, same_predicate

_EPISTEMIC_PAST = re.compile(r"(?i)\b(?:may|might)\s+(?:well\s+)?have\s+(?:been\s+)?[a-z]+(?:ed|en|t|n)\b")
HEDGED = frozenset({"may", "might", "hedged"})
MODAL_ESTIMATES = frozenset({"could", "may", "might"})
TOLERANCE = 0.1  # as claim_counts.TOLERANCE


def bounded(claim: ClaimRef) -> ClaimRef | None:
    """The hedged claim read as asserting the bound of its count, when it is an epistemic judgement about a
    past act (module docstring) and every count it gives is a bound; None otherwise."""
    if claim.modality not in HEDGED or claim.polarity != "positive" \
            or not _EPISTEMIC_PAST.search(claim.text.split("\n\n")[0]):
        return None
    found = counts(claim)
    if not found or any(c.low > 0 and c.high != float("inf") for c in found):
        return None
    return replace(claim, modality="asserted")


def hedged_pair(a: ClaimRef, b: ClaimRef) -> tuple[ClaimRef, ClaimRef] | None:
    """The two claims with the one hedged bound read as asserted, when exactly one of them is such a bound and
    the other is asserted; else None."""
    x, y = bounded(a), bounded(b)
    if x is not None and y is None and b.modality == "asserted":
        return x, b
    if y is not None and x is None and a.modality == "asserted":
        return a, y
    return None


def bounded_conflict(a: ClaimRef, b: ClaimRef) -> bool:
    """Two positive counts of one act and time (claim_counts.counts_conflict) under one predicate that no value
    satisfies: the hedged bound and the firm count (hedged_pair)."""
    return a.polarity == b.polarity == "positive" and same_predicate(a, b) and counts_conflict(a, b)


def forecast_conflict(a: ClaimRef, b: ClaimRef) -> bool:
    """A modal estimate and a 'will' forecast of one act's quantity (module docstring), both positive, one
    predicate or class, two values of one thing in one role that no value satisfies (a bound holds its range)."""
    modal, firm = (a, b) if a.modality in MODAL_ESTIMATES else (b, a)
    if modal.modality not in MODAL_ESTIMATES or firm.modality != "will" or _EPISTEMIC_PAST.search(modal.text) \
            or not modal.polarity == firm.polarity == "positive" or not same_class(modal, firm):
        return False
    mine, theirs = _values(modal), _values(firm)
    units = {x.unit for x in mine if any(one_thing(x.unit, y.unit) for y in theirs)}
    # every value each gives of one unit is apart: a sum the parse cut short ('could cost up to £80m' read as
    # '£80') is read again with its bound from the sentence (claim_counts.money_amounts)
    return any(all(_apart(x, y) for x in mine if one_thing(x.unit, unit) for y in theirs if one_thing(y.unit, unit))
               for unit in units)


def _values(claim: ClaimRef) -> tuple[Count, ...]:
    return counts(claim) + money_amounts(claim.text.split("\n\n")[0])


def _apart(x: Count, y: Count) -> bool:
    return x.low > y.high * (1 + TOLERANCE) or y.low > x.high * (1 + TOLERANCE)


def hedged_verdict(a: ClaimRef, b: ClaimRef, found: Proposition) -> Verdict | None:
    """Two asserters' claims, one or both not factual: a hedged bound against a firm count (hedged_pair,
    bounded_conflict), or a modal estimate against a 'will' forecast (forecast_conflict); else None."""
    if forecast_conflict(a, b):
        return Verdict("figures", found, estimated=True)
    pair = hedged_pair(a, b)
    return Verdict("figures", found) if pair and bounded_conflict(*pair) else None
