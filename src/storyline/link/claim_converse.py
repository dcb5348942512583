"""One count told from the two ends of one act: 'the dealer sold 30 buses to the district' / 'the district
bought 18 buses from the dealer'; 'the ward delivered 412 babies' / '380 babies were born at the ward'.

Converse verbs (rules/disputes.toml [converse_verbs]: Cruse 1986 ch. 10.5, Lyons 1977 §9.3) describe one
event with their participants swapped, so the counted thing is one quantity when it is the same noun on
both sides, each side's doer is a participant the other sentence names (its subject is the other's
source, goal or place), and one time holds (claim_event_counts.same_time). A doer the other claim never
names ('a second dealer sold …') is another transfer.
"""
from __future__ import annotations

from storyline import rules
from storyline.link.claim_event_counts import Tally, apart, content, same_time, tallies, told_in
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import PRONOUNS


def _converses() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for verb, others in rules.mapping("disputes", "converse_verbs").items():
        for other in others:
            pairs.setdefault(verb, set()).add(other)
            pairs.setdefault(other, set()).add(verb)
    return {verb: frozenset(others) for verb, others in pairs.items()}


CONVERSES = _converses()


def converse(a: ClaimRef, b: ClaimRef) -> bool:
    return b.predicate in CONVERSES.get(a.predicate, frozenset())


def converse_conflict(a: ClaimRef, b: ClaimRef) -> tuple[Tally, Tally] | None:
    """Two counts of one noun under converse predicates, apart, in one time, with the doers swapped."""
    if not converse(a, b) or a.polarity != "positive" or b.polarity != "positive" or not same_time(a, b):
        return None
    for x in tallies(a):
        for y in tallies(b):
            if x.of_set or y.of_set or x.noun != y.noun or not apart(x, y):
                continue
            if _swapped(a, x, b) and _swapped(b, y, a) and _anchored(a, x, b, y):
                return x, y
    return None


def _swapped(claim: ClaimRef, counted: Tally, other: ClaimRef) -> bool:
    """The claim's doer, unless it is the counted thing itself (a passive's subject), is named by the
    other claim's sentence."""
    if counted.role == "agent":
        return True
    return told_in(claim.agent, other) and not content(claim.agent) <= PRONOUNS


def _anchored(a: ClaimRef, x: Tally, b: ClaimRef, y: Tally) -> bool:
    """At least one side has a doer of its own (not the counted thing): the pair is about one party's act."""
    return x.role == "theme" or y.role == "theme"
