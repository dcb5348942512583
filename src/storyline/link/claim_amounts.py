"""Two sums of money for one act: 'The three-year deal adds $36 million in wages' against 'The
three-year deal adds $48 million in wages' (branch probe15's invented stories: a contract's cost and
a bribery total reported by two outlets; nothing flagged them, as a claim's figures hold percentages
only). Each claim must give exactly one sum in one currency (a sentence with two sums compares
them itself); the sums differ by more than the figure tolerance (claim_verdict.FIGURE_TOLERANCE).
Counts of things are left to claim_counts.py; the caller asks for one predicate, one polarity and
a shared proposition; the pair holds at any time unless both claims state disjoint times.
"""
from __future__ import annotations

from storyline.link.claim_comparisons import Value, values
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import FIGURE_TOLERANCE

CURRENCIES = frozenset({"$", "£", "€"})


def sum_of(claim: ClaimRef) -> Value | None:
    """The one sum of money the claim's first sentence gives, else None (a reported claim's text may
    run on into the next paragraph, whose sums are other claims')."""
    from storyline.extract.sentences import split_sentences

    first = next(iter(split_sentences(claim.text.split("\n\n")[0])), None)
    sums = [v for v in values(first.text)] if first else []
    sums = [v for v in sums if v.unit in CURRENCIES]
    return sums[0] if len(sums) == 1 else None


def sums_conflict(a: ClaimRef, b: ClaimRef) -> bool:
    """Both claims give one sum in one currency, and the sums are not one value reported twice."""
    x, y = sum_of(a), sum_of(b)
    if x is None or y is None or x.unit != y.unit:
        return False
    return abs(x.amount - y.amount) > FIGURE_TOLERANCE * max(x.amount, y.amount)


def stated_apart(a: ClaimRef, b: ClaimRef) -> bool:
    """Both claims state their own times and the times are disjoint ('$2 million in 2019' / '$3
    million in 2022': two payments). A sum whose act the sentence does not date ('paid $900,000 in
    bribes') is the one total the other states, told otherwise, whenever its report came."""
    if a.scope_basis != "stated" or b.scope_basis != "stated" or not a.scope or not b.scope:
        return False
    return a.scope[1] < b.scope[0] or b.scope[1] < a.scope[0]


def sum_words(claim: ClaimRef) -> str:
    """The claim's sum as written in an explanation ('$1,200,000')."""
    found = sum_of(claim)
    return f"{found.unit}{found.amount:,.0f}" if found else "a sum"
