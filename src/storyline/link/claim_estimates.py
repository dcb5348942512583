"""Two parties' estimates of one quantity ('City engineers estimate the cost of the repairs at $8
million' / 'State transportation engineers put the cost of the repairs at $13 million'): each states
its asserter's value, in the frame 'V NP at AMOUNT' of a verb of valuing (rules/disputes.toml
[estimate_verbs]); two of them for the same quantity, from two asserters, at one time, with no value
both allow, are two accounts of one figure (the `figures` family of link/contradictions.py). One
party's estimate revised later is one asserter's; a cost of another part, a budget or a projection
for a year to come is no estimate of the same quantity in this frame. The value may also be told in a
clause ('State officials estimated that 12,000 gallons of fuel spilled' / 'the company estimates that
about 3,000 gallons of fuel spilled'; [estimate_clause_verbs]): the clause's counted noun and its verb
name the quantity, as the NP of the frame does ('put the number of evacuated residents at 1,400' /
'estimated that about 600 residents were evacuated')."""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_counts import BOUNDS, CURRENCY, MULTIPLIERS, TOLERANCE, number_at
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import DETERMINERS, PHRASE_END, PRONOUNS, singular

ESTIMATE_VERBS = rules.words("disputes", "estimate_verbs")
CLAUSE_VERBS = rules.words("disputes", "estimate_clause_verbs")
MEASURE_NOUNS = rules.words("disputes", "measure_nouns")
_AT = re.compile(r"\s+at\s+(?=(?:[^\W\d_]+\s+){0,2}(?:\$|£|€|\d))", re.IGNORECASE)
_TOKEN = re.compile(r"\$|£|€|\d[\d,]*(?:\.\d+)?|[^\W\d_]+")
_RANGE = frozenset(["to", "and", "-", "–"])
# the verb's forms ('estimate', 'estimated', 'estimates', 'estimating'), then an optional 'that'
_CLAUSE = re.compile(r"\b(?:" + "|".join(re.escape(v[:-1] if v.endswith("e") else v) for v in sorted(CLAUSE_VERBS))
                     + r")(?:e|es|ed|ing|s)?\s+(?:that\s+)?", re.IGNORECASE)
# Auxiliaries before the clause's verb ('were evacuated', 'have spilled'); a modal or a negation makes the
# clause no estimate of what is ('damages could reach $10 million', 'will cost'), as 'will cost' is none in the frame.
_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had"])
_NOT_STATED = frozenset(["will", "would", "could", "can", "may", "might", "should", "must", "not", "never", "no",
                         "n't"])
_CLAUSE_END = re.compile(r"[,;:]\s|\.(?:\s|$)|\s[-–—]\s")


@dataclass(slots=True, frozen=True)
class Estimate:
    measured: frozenset[str]   # the words of what is measured, less the measure nouns ('repair')
    unit: str                  # a currency sign, or '' for a bare number
    low: float
    high: float


def estimate(claim: ClaimRef) -> Estimate | None:
    """The claim's value of a quantity in the frame 'V NP at AMOUNT' of a verb of valuing, positive
    and factual: the NP's words (less measure nouns) and the amount's range."""
    if claim.predicate in CLAUSE_VERBS and claim.polarity == "positive":
        told = _clause_estimate(claim.text)
        if told is not None:
            return told
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


def _clause_estimate(text: str) -> Estimate | None:
    """'estimated that about 600 residents were evacuated': the clause's subject holds the amount and
    the counted noun ('the records of 40,000 patients'), its verb comes after an auxiliary or as a past
    form ('spilled'); the quantity is the subject's words (less measure nouns) and the verb."""
    found = _CLAUSE.search(text)
    if found is None:
        return None
    words = [w.lower() for w in _TOKEN.findall(_CLAUSE_END.split(text[found.end():], maxsplit=1)[0])][:16]
    verb = next((i for i, w in enumerate(words) if i and (w in _AUXILIARIES or w in _NOT_STATED
                                                           or (len(w) > 4 and w.endswith("ed")))), None)
    if verb is None or _NOT_STATED & set(words[:verb + 3]):
        return None
    subject, rest = words[:verb], [w for w in words[verb:] if w not in _AUXILIARIES]
    first = next((i for i, w in enumerate(subject) if number_at(subject, i)[0] is not None), None)
    if first is None or not rest:
        return None
    start = first - 1 if first and subject[first - 1] in CURRENCY else first
    start -= next((n for n in (2, 1) if n <= start and " ".join(subject[start - n:start]) in BOUNDS), 0)
    amount = _amount(" ".join(subject[start:]))
    measured = frozenset(singular(w) for w in subject[:start] + subject[first:] + rest[:1]
                         if w.isalpha() and w not in CURRENCY and w not in MULTIPLIERS) \
        - DETERMINERS - PHRASE_END - MEASURE_NOUNS
    if amount is None or not measured:
        return None
    unit, low, high = amount
    return Estimate(measured, unit, low, high)


def _amount(text: str) -> tuple[str, float, float] | None:
    """'$8 million' → ('$', 8e6, 8e6); 'about $8 million' within the tolerance; 'between $7 million and
    $9 million' or '$7 million to $9 million' → the range."""
    # a clause ends at a comma before a space; '1,400' is one number
    words = [w.lower() for w in _TOKEN.findall(re.split(r",\s", text, maxsplit=1)[0])[:12]]
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


def estimator(claim: ClaimRef) -> str:
    """Who gives the value: the source of a claim a verb of saying frames ('…, Andrade said'), else
    the doer of the valuing verb ('The county's emergency office put the number … at 1,400', written
    by the outlet, is the county's value), else the claim's source."""
    agent = re.sub(r" (?='s\b|,)", "", " ".join((claim.agent or "").split()))  # the parse's tokens: "county 's"
    if claim.cue is None and agent and fold(agent) not in PRONOUNS:
        return agent
    return claim.speaker


def estimate_words(claim: ClaimRef) -> tuple[str, ...]:
    """The claim's estimate in words, for an explanation ('$8,000,000', '$7,000,000 to $9,000,000')."""
    found = estimate(claim)
    if found is None:
        return ()
    low, high = (f"{found.unit}{v:,.0f}" for v in (found.low, found.high))
    return (low if low == high else f"{low} to {high}",)
