"""Two parties' estimates of one quantity ('City engineers estimate the cost of the repairs at $8
million' / 'State transportation engineers put the cost of the repairs at $13 million'): each states
its asserter's value, in the frame 'V NP at AMOUNT' of a verb of valuing (rules/disputes.toml
[estimate_verbs]); two of them for the same quantity, from two asserters, at one time, with no value
both allow, are two accounts of one figure (the `figures` family of link/contradictions.py). One
party's estimate revised later is one asserter's; a cost of another part, a budget or a projection
for a year to come is no estimate of the same quantity in this frame."""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_counts import BOUNDS, CURRENCY, TOLERANCE, number_at
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import DETERMINERS, PHRASE_END, singular

ESTIMATE_VERBS = rules.words("disputes", "estimate_verbs")
MEASURE_NOUNS = rules.words("disputes", "measure_nouns")
_AT = re.compile(r"\s+at\s+(?=(?:[^\W\d_]+\s+){0,2}(?:\$|£|€|\d))", re.IGNORECASE)
_TOKEN = re.compile(r"\$|£|€|\d[\d,]*(?:\.\d+)?|[^\W\d_]+")
_RANGE = frozenset(["to", "and", "-", "–"])


@dataclass(slots=True, frozen=True)
class Estimate:
    measured: frozenset[str]   # the words of what is measured, less the measure nouns ('repair')
    unit: str                  # a currency sign, or '' for a bare number
    low: float
    high: float


def estimate(claim: ClaimRef) -> Estimate | None:
    """The claim's value of a quantity in the frame 'V NP at AMOUNT' of a verb of valuing, positive
    and factual: the NP's words (less measure nouns) and the amount's range."""
    if claim.predicate not in ESTIMATE_VERBS or claim.polarity != "positive" or not claim.theme:
        return None
    measured = _AT.split(claim.theme, maxsplit=1)[0]
    words = frozenset(singular(w) for w in re.findall(r"[^\W\d_]+", fold(measured))) \
        - DETERMINERS - PHRASE_END - MEASURE_NOUNS
    at = _AT.search(claim.text)
    amount = _amount(claim.text[at.end():]) if at else None
    if not words or amount is None:
        return None
    unit, low, high = amount
    return Estimate(words, unit, low, high)


def _amount(text: str) -> tuple[str, float, float] | None:
    """'$8 million' → ('$', 8e6, 8e6); 'about $8 million' within the tolerance; 'between $7 million and
    $9 million' or '$7 million to $9 million' → the range."""
    words = [w.lower() for w in _TOKEN.findall(text.split(",")[0])[:12]]
    words = words[1:] if words[:1] == ["between"] else words
    bound = next((BOUNDS[" ".join(words[:n])] for n in (2, 1) if " ".join(words[:n]) in BOUNDS), None)
    words = words[2:] if bound and " ".join(words[:2]) in BOUNDS else words[1:] if bound else words
    unit = CURRENCY.get(words[0], "") if words else ""
    value, after = number_at(words, 1 if unit else 0)
    if value is None:
        return None
    low = high = value
    if after < len(words) and words[after] in _RANGE:
        rest = words[after + 1:]
        rest = rest[1:] if rest[:1] and rest[0] in CURRENCY else rest
        top = number_at(rest, 0)[0] if rest else None
        high = top if top is not None and top >= value else value
    if bound == "min":
        high = float("inf")
    elif bound == "max":
        low = 0.0
    elif bound == "about":
        low, high = low * (1 - TOLERANCE), high * (1 + TOLERANCE)
    return unit, low, high


def estimates_conflict(a: ClaimRef, b: ClaimRef) -> frozenset[str] | None:
    """The measured words when `a` and `b` estimate one quantity (the same unit, the words of what
    is measured the same, one contained in the other: 'the repairs' / 'the cost of the repairs') at
    values no range of either allows, beyond the tolerance; else None. Who asserts and when is
    the caller's to check."""
    x, y = estimate(a), estimate(b)
    if x is None or y is None or x.unit != y.unit:
        return None
    if not (x.measured <= y.measured or y.measured <= x.measured):
        return None
    apart = x.low > y.high * (1 + TOLERANCE) or y.low > x.high * (1 + TOLERANCE)
    return x.measured & y.measured if apart else None


def estimate_words(claim: ClaimRef) -> tuple[str, ...]:
    """The claim's estimate in words, for an explanation ('$8,000,000', '$7,000,000 to $9,000,000')."""
    found = estimate(claim)
    if found is None:
        return ()
    low, high = (f"{found.unit}{v:,.0f}" for v in (found.low, found.high))
    return (low if low == high else f"{low} to {high}",)
