"""A share of money told in cents of a dollar against one told as a percentage: '83 cents of every dollar the
city pays us goes to plowing' / 'the city spent 61 percent of its snow contract on plowing'; 'collects 94
cents on the dollar from the insurers it bills' / 'collected 71 percent of what it billed insurers'.

'N cents of every dollar', 'N cents on the dollar' (rules/claim_frames.toml [dollar_share_patterns]) is the
proportion N percent of a whole sum of money; the extractor reads no figure in it. It meets a percentage of
another claim when:
- the percentage (or the other claim's own cents of a dollar: '95 cents of every dollar' in an annual report /
  '71 cents of every dollar' in tax filings) is not of a set of people, vehicles or animals ('74 percent of residents surveyed rated the
  plowing good' is a share of residents: [count_hypernyms] and speakers.toml [person_nouns]);
- the two claims say what the share is of in one word: the same predicate ('collects' / 'collected'), or a
  common word written in lower case in both sentences besides the words of proportion ('plowing');
- the percentage's stated year, if it states one, is the year the cents claim was published (a standing
  claim holds when it is made; without a year, contradictions.flag_pair checks the scopes as for any pair);
- the two values are not within claim_verdict.FIGURE_TOLERANCE of each other.
"""
from __future__ import annotations

import re
from functools import lru_cache

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_counts import NUMBER_WORDS
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import FIGURE_TOLERANCE, Verdict, values
from storyline.link.propositions import DETERMINERS, PHRASE_END, PRONOUNS, Proposition, singular

_CENTS = rules.pattern("claim_frames", "dollar_share_patterns", re.IGNORECASE)
_COUNTED_SETS = rules.words("speakers", "person_nouns") | frozenset(
    w for members in rules.mapping("claim_frames", "count_hypernyms").values() for w in members) | frozenset(
    {"people", "person", "vehicle", "animal"})
_PERCENT_OF = re.compile(r"(?i)\b\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)\s+of\s+((?:[\w'’-]+\s*){1,4})")
_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b")
# the words of proportion themselves, and verbs too light to say what the share is of
_GENERIC = frozenset({"cent", "cents", "dollar", "dollars", "percent", "share", "every", "each", "go", "goes",
                      "be", "is", "was", "have", "has", "say", "says", "said"})
_STOP = DETERMINERS | PHRASE_END | PRONOUNS | frozenset({"and", "or", "to", "us", "directly"})


@lru_cache(maxsize=8192)
def dollar_share(text: str) -> float | None:
    """The percent a 'N cents of every dollar' phrase states, else None."""
    found = _CENTS.search(text)
    if found is None:
        return None
    cents = fold(found.group("cents"))
    if cents.isdigit():
        return float(cents)
    parts = cents.split("-")
    if all(p in NUMBER_WORDS for p in parts):
        return float(sum(int(NUMBER_WORDS[p]) for p in parts))
    return None


def _of_counted_set(text: str) -> bool:
    """A percentage of people, vehicles or animals ('74 percent of residents surveyed')."""
    for m in _PERCENT_OF.finditer(text):
        words = [w for w in fold(m.group(1)).split() if w not in DETERMINERS]
        if words and (words[0] in _COUNTED_SETS or singular(words[0]) in _COUNTED_SETS):
            return True
    return False


def _lower_words(text: str) -> set[str]:
    return {singular(w) for w in re.findall(r"\b[a-z]+\b", text)} - _GENERIC


def _one_whole(a: ClaimRef, b: ClaimRef) -> bool:
    return a.predicate == b.predicate or bool((_lower_words(a.text) & _lower_words(b.text)) - _STOP)


def share_conflict(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """A dollar share against a percentage of the same whole, apart (module docstring)."""
    for said, measured in ((a, b), (b, a)):
        share, other = dollar_share(said.text), dollar_share(measured.text)
        percents = [other] if other is not None else values([f for f in measured.figures if f.endswith("%")])
        if share is None or not percents or measured.polarity != "positive":
            continue
        if _of_counted_set(measured.text) or not _one_whole(said, measured):
            continue
        year = _YEAR.search(measured.text)
        if year and (said.published is None or said.published.year != int(year.group(1))):
            continue
        if any(abs(share - p) <= FIGURE_TOLERANCE * max(share, p) for p in percents):
            continue
        reason = (f"{said.speaker} gives {share:g} cents of each dollar ({share:g}%) and {measured.speaker} gives "
                  f"{percents[0]:g}% of the same sum{' in ' + year.group(1) if year else ''}: two values of one "
                  f"proportion, they cannot both be right")
        return Verdict("figures", Proposition(f"share of the money ({said.predicate})", frozenset({said.predicate})),
                       same_time=year is not None, reason=reason)
    return None
