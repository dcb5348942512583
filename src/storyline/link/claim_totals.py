"""A definite count of a thing's parts, told as its total: 'the building's 212 apartments', 'all 188
apartments in the building', 'the 212-unit building'.

A definite noun phrase with a cardinal presupposes that its set has exactly that many members: 'the
building's 212 apartments' is true only if the building has 212 apartments, and 'all 188 apartments in
the building' says the same of 188 (Huddleston & Pullum 2002 ch. 5 §7.2, definite cardinals as exhaustive;
a possessive NP is definite, §16.3). Such a total is told in passing, inside a claim about something else
('About 400 residents of the building's 212 apartments were told to leave'), so no claim's subject or
object holds it (claim_counts.py reads those): two articles giving two totals of one owner's parts within
one month are two accounts of one figure (the lead's twentieth invented story: a wire and a station gave
an evacuated building 212 and 188 apartments the same night). Kept apart: an indefinite count ('96
apartments at Bayside Court' is some apartments, not a total), a bounded or approximate one ('nearly
200 apartments', rules/disputes.toml [count_bounds]), two owners, two nouns, and totals a month or more
apart (a company's staff, a district's schools change).
"""
from __future__ import annotations

import re
from datetime import timedelta

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_counts import BOUNDS, noun_singular
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import FIGURE_TOLERANCE, Verdict
from storyline.link.propositions import Proposition

# nouns that make a number a time or a measure ('the 10-year plan', 'the district's 12 miles of road'): no parts
_MEASURES = frozenset(rules.words("disputes", "count_units_not_counted"))
# a total is a state of its owner: two reports of it within this many days describe one state
SAME_STATE = timedelta(days=31)

_NUMBER = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
_NOUN = r"(?P<noun>[a-z]{3,})"
_OWNER = r"(?P<owner>the\s+[a-z][\w-]*|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)"
_FORMS = (
    # 'the building's 212 apartments', 'Harborview Towers' 212 apartments'
    re.compile(rf"(?<![\w-]){_OWNER}['’]s?\s+{_NUMBER}\s+{_NOUN}"),
    # 'all 188 apartments in the building', 'all the 14 branches of the library'
    re.compile(rf"\b[Aa]ll\s+(?:the\s+)?{_NUMBER}\s+{_NOUN}\s+(?:in|at|of|on)\s+{_OWNER}"),
    # 'the 212-unit building', 'the 14-branch Harlow County library system'
    re.compile(rf"\bthe\s+{_NUMBER}-{_NOUN}\s+{_OWNER}"),
)


def totals(text: str) -> dict[tuple[str, str], float]:
    """The totals a sentence presupposes, as {(owner, counted noun): value}; a bounded or approximate
    number ('nearly 200') is none."""
    found: dict[tuple[str, str], float] = {}
    for form in _FORMS:
        for m in form.finditer(text):
            before = text[:m.start("n")].split()[-2:]
            if any(BOUNDS.get(" ".join(before[-n:]).lower()) for n in (1, 2) if len(before) >= n):
                continue
            number, noun = m.group("n"), m.group("noun").lower()
            if noun in _MEASURES or noun_singular(noun) in _MEASURES or (len(number) == 4 and "," not in number):
                continue  # a measure, or a year ('the district's 2023 budget': AP style sets counts of 1,000 with a comma)
            owner = fold(m.group("owner"))
            owner = owner[4:] if owner.startswith("the ") else owner
            found[(owner, noun_singular(noun))] = float(number.replace(",", ""))
    return found


def total_conflict(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """Two articles' totals of one owner's parts (module doc) that differ beyond the figure tolerance."""
    if a.article_id == b.article_id or a.published is None or b.published is None \
            or abs(a.published - b.published) >= SAME_STATE:
        return None
    theirs = totals(b.text)
    for key, value in totals(a.text).items():
        other = theirs.get(key)
        if other is not None and abs(value - other) > FIGURE_TOLERANCE * max(value, other):
            owner, noun = key
            reason = (f"{a.speaker} gives the {owner} {value:,.0f} {noun}s and {b.speaker} {other:,.0f}, "
                      f"{abs(a.published - b.published).days} days apart: one total, told two ways")
            return Verdict("figures", Proposition(f"count of {noun}s of the {owner}", frozenset({noun, owner})),
                           same_time=True, reason=reason)
    return None
