"""Two values of one quantity: two sums of money for one act (link/claim_amounts.py), or two counts of
one act (link/claim_counts.py), whoever asserts them.

Two claims count one act when they have one predicate or two verbs of one WordNet class
(propositions.same_class), or one light verb with one complement ('Twenty-three people were taken to
hospital' / '31 people were taken to hospital'): a light verb carries little meaning of its own (Jespersen
1942; Butt 2010, 'The light verb jungle'), so same_predicate never pairs two of them, but with one
prepositional complement the verb and its complement are one complex predicate, 'take to hospital' as
'hospitalise'.
"""
from __future__ import annotations

import re

from storyline import rules
from storyline.link.claim_amounts import sums_conflict
from storyline.link.claim_counts import counts_conflict
from storyline.link.claim_dates import object_head
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import same_class, same_predicate

LIGHT_VERBS = rules.words("stance", "light_verbs")


def one_counted_act(a: ClaimRef, b: ClaimRef) -> bool:
    """The two claims' counts are of one act: one predicate or class, or one light verb with one
    complement noun."""
    if same_class(a, b):
        return True
    if a.predicate != b.predicate or a.predicate not in LIGHT_VERBS:
        return False
    head = object_head(a)
    # a prepositional complement ('taken to hospital', 'put in jail') makes the complex predicate; a direct object is
    # what the light verb's act is about ('Jones has 193 yards' / 'He had 793 yards': two holders' possessions;
    # ecbplus-dev gave two wrong flags when 'have' with its object passed)
    return head is not None and head == object_head(b) and _prepositional(a) and _prepositional(b)


# the prepositions of a light verb's complement ('taken to hospital', 'put into care', 'held in custody')
_COMPLEMENT_PREPOSITIONS = rules.words("disputes", "adjunct_prepositions") | {"to"}


def _prepositional(claim: ClaimRef) -> bool:
    """The claim's object follows a preposition in its sentence: a complement, not a direct object."""
    words = re.findall(r"\w+", claim.theme or "")
    found = re.search(r"(\w+)\W+" + r"\W+".join(map(re.escape, words)), claim.text) if words else None
    return found is not None and found.group(1).lower() in _COMPLEMENT_PREPOSITIONS


def one_measured_act(a: ClaimRef, b: ClaimRef) -> bool:
    """Two shares of one set measure one act or state: one predicate or class, or a light verb or copula on one side,
    whose figure's noun carries the content ('offered nurses a pay rise of 4 per cent' / 'The offer is a 6 per cent
    rise'). Two verbs of no one class measure two parts of the set ('39 per cent … were still waiting for their
    money' / '92 per cent … had received their money back': probe36, a look-alike flagged twice)."""
    return same_class(a, b) or a.predicate in LIGHT_VERBS or b.predicate in LIGHT_VERBS


def two_values(a: ClaimRef, b: ClaimRef) -> str | None:
    """'sums' when the two claims give two sums of money for one act (one predicate), 'counts' when they give
    two counts of one act at one time (claim_counts.counts_conflict), else None."""
    if same_predicate(a, b) and sums_conflict(a, b):
        return "sums"
    return "counts" if one_counted_act(a, b) and counts_conflict(a, b) else None
