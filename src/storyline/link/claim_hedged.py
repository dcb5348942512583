"""A hedged count that still bounds its value: 'Up to 60 houses may have been destroyed' against 'The storm
destroyed 140 houses'.

A claim under a modal is not compared as a fact (contradictions._factual): 'may' says the writer does not
know. But 'may have been destroyed' with 'up to 60' is an epistemic judgement about a past act (a modal with
the perfect: Huddleston & Pullum 2002 ch. 3 §9.2, 'may have' / 'might have' as epistemic possibility about the
past) whose count is a bound ([count_bounds]: 'up to', 'as many as', 'at least'): whatever the number was, the
source says it was within the bound, so a firm count of the same act outside it cannot also be right. An exact
count under a hedge ('may have destroyed 60 houses') is a guess and stays uncompared, and 'could have' is left
out: it is as often counterfactual ('could have killed hundreds') as epistemic."""
from __future__ import annotations

import re
from dataclasses import replace

from storyline.link.claim_counts import counts, counts_conflict
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import same_predicate

_EPISTEMIC_PAST = re.compile(r"(?i)\b(?:may|might)\s+(?:well\s+)?have\s+(?:been\s+)?[a-z]+(?:ed|en|t|n)\b")
HEDGED = frozenset({"may", "might", "hedged"})


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
