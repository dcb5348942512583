"""Two counts of one set in one place, told with a copula: 'A total of 118 people were aboard the Coral Air
flight' / 'There were 97 people on board the Coral Air flight'; '212 passengers were aboard the MV Santa Lucia' /
'164 travellers were on board the MV Santa Lucia'.

A count told with 'be' and a place ('aboard', 'on board', 'in', 'on') says how many of a set were somewhere: a
state at one time, not an act. The parse gives 'be' no content of its own, so the checks of one predicate
(claim_counts) never pair two such claims: the proposition is the counted noun and the place. The existential
'there be' puts the counted phrase after the verb (Huddleston & Pullum 2002 ch. 16 §7: 'there were 97 people on
board' = '97 people were on board'), so the count's role is not compared, only its noun and its place.

Two such counts are two values of one quantity when they count one set (claim_counts.one_thing), the places
share a word that is neither the counted noun nor a date, the values are apart, and one time holds: one stated
period, or two reports of one day with no time of their own and no running tally ([running_tally_markers]). A
part is not the set: 'were among those on the plane' (a partitive 'among'), 'were also aboard' (the additive
'also' adds a set beside one named before; Quirk et al. 1985 §8.116). The caller asks for two asserters and two
factual, positive claims (claim_accounts)."""
from __future__ import annotations

import re

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_counts import Count, counts, one_thing
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import FIGURE_TOLERANCE
from storyline.link.propositions import DETERMINERS, PHRASE_END, singular

# the copula: a count told as a state ('were aboard', 'there were')
COPULAS = frozenset({"be"})
RUNNING = rules.pattern("disputes", "running_tally_markers", re.IGNORECASE)
_PART = re.compile(r"(?i)\b(?:is|are|was|were|been)\s+(?:also\s+|still\s+)?among\b|\b(?:is|are|was|were)\s+also\b")
_DATE_WORDS = frozenset(rules.mapping("timex", "months")) | frozenset(rules.mapping("timex", "weekdays"))
_NUMBERS = frozenset(rules.mapping("timex", "small_numbers"))
_OF_ITS_DAY = frozenset({"published", "reported"})
# place words that name no place of their own: the prepositions and adverbs of location, time words
_EMPTY = frozenset({"aboard", "board", "on", "in", "at", "inside", "there", "total", "when", "while", "morning",
                    "evening", "afternoon", "night", "day", "today", "yesterday", "tonight", "least", "more", "than",
                    "about", "around", "nearly", "almost", "some", "people", "person"})


def located_count_conflict(a: ClaimRef, b: ClaimRef) -> str | None:
    """The counted set ('people on coral air flight') when `a` and `b` give two values of one count in one
    place at one time, told with a copula; else None."""
    if not (_located(a) and _located(b)) or _part(a) or _part(b) or not _one_time(a, b):
        return None
    for x in counts(a):
        for y in counts(b):
            if not one_thing(x.unit, y.unit) or not _apart(x, y):
                continue
            shared = _place(a, x) & _place(b, y)
            if shared:
                return f"{x.unit} in one place ({', '.join(sorted(shared))})"
    return None


def _located(claim: ClaimRef) -> bool:
    """A count told as where a set is: the copula, or its subject holding the set at the time ('The jet had 97
    people on board': 'have' with a locative adverb is the existential's converse, H&P 2002 ch. 4 §4.3; 'the
    flight was carrying 118 people': the progressive of 'carry' tells what was aboard then, where the simple
    present tells a capacity or a habit, 'the ferry carries 350 passengers')."""
    if claim.predicate in COPULAS:
        return True
    text = _own_paragraph(claim).lower()
    if claim.predicate == "have":
        return re.search(r"\b(?:on\s+board|aboard)\b", text) is not None
    return claim.predicate == "carry" and re.search(r"\b(?:was|were|is|are)\s+carrying\b", text) is not None


def _part(claim: ClaimRef) -> bool:
    return _PART.search(_own_paragraph(claim)) is not None


def _own_paragraph(claim: ClaimRef) -> str:
    return claim.text.split("\n\n")[0]


def _one_time(a: ClaimRef, b: ClaimRef) -> bool:
    """One stated period, or two reports of one day that state no time of their own and tell no running tally."""
    if a.scope_basis == b.scope_basis == "stated":
        return a.scope is not None and a.scope == b.scope
    if _day_of_report(a, b) or _day_of_report(b, a):
        return True
    if not {a.scope_basis, b.scope_basis} <= _OF_ITS_DAY or a.published is None or a.published != b.published:
        return False
    return not (RUNNING.search(_own_paragraph(a)) or RUNNING.search(_own_paragraph(b)))


def _day_of_report(stated: ClaimRef, told: ClaimRef) -> bool:
    """One claim states the one day of the state, the other tells it as of the day its report names ('had 97
    people on board, the operator told reporters on Monday night'): one time, when the one told as of its report
    is no running tally (the stated one is closed by its day: its progressive 'was carrying' is the state then)."""
    return stated.scope_basis == "stated" and told.scope_basis in _OF_ITS_DAY and stated.scope is not None \
        and stated.scope[0] == stated.scope[1] == told.report_day and not RUNNING.search(_own_paragraph(told))


def _place(claim: ClaimRef, count: Count) -> set[str]:
    """The words of where the count is: the other role's phrase, and the count's own phrase after its noun."""
    other = claim.theme if count.role == "agent" else claim.agent
    own = (claim.agent if count.role == "agent" else claim.theme) or ""
    words = [singular(w) for w in fold(own).split()]
    after = words[words.index(count.unit) + 1:] if count.unit in words else []
    place = {singular(w) for w in fold(other or "").split()} | set(after)
    return {w for w in place if w.isalpha() and len(w) > 2} - DETERMINERS - PHRASE_END - _DATE_WORDS - _NUMBERS \
        - _EMPTY - {count.unit}


def _apart(x: Count, y: Count) -> bool:
    return x.low > y.high * (1 + FIGURE_TOLERANCE) or y.low > x.high * (1 + FIGURE_TOLERANCE)
