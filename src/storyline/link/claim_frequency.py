"""How often a habitual act happens, told by two asserters as two frequencies.

'Every vessel in our fleet is inspected three times a year' (the operator's page, 2024) / 'the fleet's
vessels were inspected only once in 2024' (an audit); 'All dispatchers take a refresher course four times a
year' / 'the dispatchers took the refresher course only twice in 2024'. A frequency adjunct ('N times a
UNIT', 'once', 'twice': Quirk et al. 1985 §8.64; rules/claim_acts.toml [frequency_units]) gives a rate; a
count of the act in one calendar year ('twice in 2024') gives that year's rate. Two rates of one act meet
when:

- both claims have one predicate (propositions.same_predicate, or one light verb with one object head) and share a participant's head noun ('vessel' /
  'vessels', as subject or object), and the habitual side's object, when it names one, is a word of the other sentence;
- a year's count is of the year the habitual claim was published in (a habit holds when it is stated);
  two rates 'a UNIT' are compared at the times their scopes give (contradictions.flag_pair);
- the rates differ (exact counts: no tolerance; 'at least' and 'about' are not read here).
"""
from __future__ import annotations

import re
from functools import lru_cache

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_counts import number_at
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import Verdict
from storyline.link.propositions import DETERMINERS, PHRASE_END, Proposition, same_predicate, singular

PER_YEAR: dict[str, int] = rules.mapping("claim_acts", "frequency_units")
_UNIT = "|".join(sorted(PER_YEAR))
_ADVERBS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_TOKEN = re.compile(r"\d[\d,]*|[^\W\d_]+(?:-[^\W\d_]+)*")
_RATE = re.compile(rf"^(?:a|an|per|each|every)\s+(?P<unit>{_UNIT})s?\b")
_YEAR = re.compile(r"^(?:in|during|for)\s+(?P<year>(?:19|20)\d\d)\b")


def _rate(claim: ClaimRef) -> tuple[float, int | None] | None:
    """The claim's frequency per year, and the calendar year it counts (None: a habitual rate 'a UNIT')."""
    return _rate_in(claim.text)


@lru_cache(maxsize=8192)
def _rate_in(text: str) -> tuple[float, int | None] | None:
    """_rate by the sentence alone (each claim meets every other: read once per sentence)."""
    for m in re.finditer(rf"\b(?:(?P<adverb>{'|'.join(_ADVERBS)})|(?P<n>[\w,-]+)\s+times)\s+", text, re.IGNORECASE):
        count = _ADVERBS.get(fold(m.group("adverb") or "")) or number_at([fold(m.group("n") or "")], 0)[0]
        if count is None:
            continue
        rest = text[m.end():]
        if (rate := _RATE.match(rest)) is not None:
            return count * PER_YEAR[fold(rate.group("unit"))], None
        if (year := _YEAR.match(rest)) is not None:
            return count, int(year.group("year"))
    return None


def _head(phrase: str | None) -> str:
    """The head noun of a noun phrase: its last word before a complement ('every vessel in our fleet')."""
    words = [w for w in _TOKEN.findall(fold(phrase or "")) if w not in DETERMINERS and w not in ("all", "every", "each")]
    end = next((i for i, w in enumerate(words) if w in PHRASE_END), len(words))
    return singular(words[end - 1].removesuffix("'s")) if end and words[end - 1].isalpha() else ""


def frequency_conflict(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """Two frequencies of one habitual act that differ (module docstring), with the explanation."""
    if a.polarity != "positive" or b.polarity != "positive" or not _one_act(a, b):
        return None
    x, y = _rate(a), _rate(b)
    if x is None or y is None or x[0] == y[0] or not _participants(a) & _participants(b):
        return None
    habit, other = (a, b) if x[1] is None else (b, a)
    rates = {a: x, b: y}
    if rates[habit][1] is not None or not _object_told(habit, other):
        return None
    year = rates[other][1]
    if year is not None and (habit.published is None or habit.published.year != year):
        return None
    who = sorted(_participants(a) & _participants(b))[0]
    reason = (f"{habit.speaker} says it happens {_times(rates[habit][0])} a year and {other.speaker} "
              f"{_times(rates[other][0])} {'in ' + str(year) if year else 'a year'} ({a.predicate}, "
              f"{who}): two frequencies of one habitual act, they cannot both be right")
    return Verdict("figures", Proposition(f"frequency of {a.predicate}", frozenset({a.predicate, who})),
                   same_time=year is not None, reason=reason)


def _times(rate: float) -> str:
    return {1.0: "once", 2.0: "twice"}.get(rate, f"{rate:g} times")


def _participants(claim: ClaimRef) -> set[str]:
    """The head nouns of the claim's subject and object: a passive's subject is its object ('every vessel
    … is inspected by an engineer' / 'the vessels were inspected'), so either may name the one undergoer."""
    return {h for h in (_head(claim.agent), _head(claim.theme)) if h}


def _one_act(a: ClaimRef, b: ClaimRef) -> bool:
    """One predicate, or one light verb with one object ('take a refresher course' / 'took the refresher course')."""
    return same_predicate(a, b) or (a.predicate == b.predicate and bool(_head(a.theme)) and _head(a.theme) == _head(b.theme))


def _object_told(habit: ClaimRef, other: ClaimRef) -> bool:
    """The habitual act's object, when it names one, is a word of the other sentence ('a refresher course')."""
    head = _head(habit.theme)
    return not head or head in {singular(w) for w in _TOKEN.findall(fold(other.text))}
