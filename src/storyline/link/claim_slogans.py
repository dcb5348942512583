"""A proportion a quoted slogan or promise states, against a measured percentage of the same set and act.

'Riders see the company's promise, "Eight out of ten sailings depart on schedule," on every screen' / 'State
figures show 57 percent of the line's sailings departed on schedule in 2024'. A quoted clause in apposition to
a noun of assertion or commitment (rules/claim_acts.toml [asserting_nouns]: promise, claim, slogan, pledge …)
is a claim of that noun's owner ('the company's'), stated as a habit at its page's date; 'N out of M', 'N in
M', 'N of every M' is the proportion N/M (Huddleston & Pullum 2002 ch. 5 §9.3 on fractions). It meets a
percentage when:

- the percentage is of the same set, as the subject of the same act ('57 percent of … sailings departed':
  one head noun, the verb's six-letter stem);
- the percentage's stated year is the one the slogan was published in (a habit holds when it is stated), or
  it states none and its scope is checked as any pair's (contradictions.flag_pair);
- the two proportions are not within claim_verdict.FIGURE_TOLERANCE of each other.
A target or goal ('the center's target, "95 percent of calls answered …"') asserts nothing and is not read.
"""
from __future__ import annotations

import re
from functools import lru_cache

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_counts import number_at
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import FIGURE_TOLERANCE, Verdict
from storyline.link.propositions import Proposition, singular

NOUNS = rules.words("claim_acts", "asserting_nouns")
_APPOSED = re.compile(
    r"(?P<owner>[\w'’ .-]{0,60}?)\b(?:" + "|".join(sorted(NOUNS)) + r")s?\s*[,:]?\s*[\"“](?P<quote>[^\"”]+)[\"”]",
    re.IGNORECASE)
_PROPORTION = re.compile(r"^\s*(?P<n>[\w-]+)\s+(?:out\s+of|in|of)\s+(?:every\s+)?(?P<m>[\w,-]+)\s+(?P<rest>.+)$",
                         re.IGNORECASE)
_PERCENT = re.compile(r"(?P<p>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)\s*of\s+(?P<set>.+)", re.IGNORECASE)
_AUX = frozenset(["are", "is", "was", "were", "be", "been", "get", "gets", "will", "do", "does"])
_POSSESSOR = re.compile(r"(?:\b(?:the|a|an)\s+)?[\w-]+['’]s?\s*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b")


def _stated(claim: ClaimRef) -> tuple[float, str, str, str] | None:
    """A slogan's proportion (percent), its set's head noun, its verb's stem and its owner's words."""
    found = _slogan(claim.text)
    return (*found[:3], found[3] or claim.speaker) if found else None


@lru_cache(maxsize=8192)
def _slogan(text: str) -> tuple[float, str, str, str] | None:
    """_stated by the sentence alone (each claim meets every other: read once per sentence)."""
    found = _APPOSED.search(text) if ('"' in text or "“" in text) else None
    part = _PROPORTION.match(found.group("quote")) if found else None
    if found is None or part is None:
        return None
    n, m = number_at([fold(part.group("n"))], 0)[0], number_at([fold(part.group("m"))], 0)[0]
    words = fold(part.group("rest")).split()
    # the set is plural after 'N out of M' ('ten sailings', 'ten 911 calls'); its verb follows, past
    # auxiliaries and adverbs ('are answered', 'usually arrive')
    noun = next((i for i, w in enumerate(words) if w.isalpha() and w.endswith("s")), None)
    act = next((w for w in words[noun + 1:] if w not in _AUX and not w.endswith("ly")), "") if noun is not None else ""
    if n is None or not m or n > m or noun is None or not act.isalpha():
        return None
    owner = _POSSESSOR.search(found.group("owner"))
    return 100 * n / m, singular(words[noun]), act[:6], owner.group(0).strip() if owner else ""


def _measured(claim: ClaimRef) -> tuple[float, str] | None:
    """A percentage that is the claim's subject ('57 percent of … sailings'), and its set's head noun."""
    found = _PERCENT.search(claim.agent or "")
    if found is None:
        return None
    words = [w for w in re.findall(r"[^\W\d_]+", fold(found.group("set")))]
    return (float(found.group("p")), singular(words[-1])) if words else None


def slogan_conflict(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """A slogan's proportion against a measured percentage of one set and act, apart (module docstring)."""
    for said, measured in ((a, b), (b, a)):
        stated, value = _stated(said), _measured(measured)
        if stated is None or value is None or measured.polarity != "positive":
            continue
        share, noun, act, owner = stated
        if noun != value[1] or act != measured.predicate[:6]:
            continue
        year = _YEAR.search(measured.text)
        if year and (said.published is None or said.published.year != int(year.group(1))):
            continue
        if abs(share - value[0]) <= FIGURE_TOLERANCE * max(share, value[0]):
            continue
        reason = (f"{owner} states {share:.0f}% of {noun}s {measured.predicate} (a slogan's 'N out of M') "
                  f"and {measured.speaker} gives {value[0]:g}%{' in ' + year.group(1) if year else ''}: two "
                  f"values of one proportion, they cannot both be right")
        return Verdict("figures", Proposition(f"share of {noun}s that {measured.predicate}", frozenset({noun, act})),
                       same_time=year is not None, reason=reason)
    return None
