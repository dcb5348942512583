"""Two accounts of one fact that no check of one predicate pairs, because each names the fact another way: one
telling of a workforce with the addressee as a passive's subject (claim_telling), one fixed sum priced before its
noun and said to be 'worth' another (claim_worth), one debt read next to 'owe' in a participle and in a
ditransitive (claim_owed), one count of a set in one place told with a copula and with 'there be'
(claim_located_counts). The caller (link/contradictions.py) asks for two asserters and two factual, positive
claims."""
from __future__ import annotations

from storyline.link.claim_located_counts import located_count_conflict
from storyline.link.claim_measures import measure_words, measured_conflict
from storyline.link.claim_owed import owed_conflict
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_telling import told_group_days
from storyline.link.claim_verdict import Verdict
from storyline.link.claim_worth import worth_conflict
from storyline.link.propositions import Proposition


def accounts_apart(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """The verdict of the first of these checks that finds two accounts of one fact, else None."""
    if told_group_days(a, b):
        return Verdict("dates", Proposition(f"telling of {a.predicate} / {b.predicate} to one workforce",
                                            frozenset({a.predicate, b.predicate})))
    noun = worth_conflict(a, b)
    if noun:  # held at any time not stated apart, as two sums of one act are
        return Verdict("figures", Proposition(f"value of one {noun}", frozenset({noun})), sums=True)
    creditor = owed_conflict(a, b)
    if creditor:
        return Verdict("figures", Proposition(f"amount owed to {creditor}", frozenset({creditor, "owe"})), sums=True)
    located = located_count_conflict(a, b)
    if located:  # the check found one time itself (claim_located_counts._one_time)
        return Verdict("figures", Proposition(f"count of {located}", frozenset({located.split()[0]})), same_time=True)
    unit = measured_conflict(a, b)
    if unit:  # one measurement's two values (claim_measures), held at any time not stated apart
        return Verdict("figures", Proposition(f"measurement in {unit}", frozenset({unit})), sums=True,
                       reason=f"{a.speaker} gives {measure_words(a, unit)} and {b.speaker} gives "
                              f"{measure_words(b, unit)} for one measurement: they cannot both be right")
    return None
