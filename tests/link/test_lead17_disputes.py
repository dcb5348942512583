"""Disputes an unseen invented story (lead17) told wrong, on invented text: a part against a negated
universal, and a negative universal as the doer."""
from storyline.link.claim_doer import doer
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_sets import part_against_not_all


def _claim(agent: str, text: str) -> ClaimRef:
    return ClaimRef("a1", 0, len(text), text, "spokeswoman", "order", "negative", "asserted",
                    frozenset({"order", "shut", "lift"}), (), None, agent=agent)


def test_a_part_is_consistent_with_not_all():
    not_all = "The Herald reported that the buses had not been checked by hand every morning."
    part = "Depot records show that buses were checked by hand on 9 of the 30 days in April."
    assert part_against_not_all(not_all, part) and part_against_not_all(part, not_all)
    # a universal claim is the contrary of 'not all'
    universal = "The agency's website says every bus is checked by hand each morning."
    assert not part_against_not_all(not_all, universal)
    # two parts, or a plain denial, are not this pair
    assert not part_against_not_all("The buses were not checked in April.", part)


def test_nobody_names_no_doer():
    assert doer(_claim("Nobody", "Nobody ordered us to shut that lift."), frozenset()) is None
    assert doer(_claim("The state board", "The state board ordered the lift shut."), frozenset()) == \
        ("board", frozenset({"state"}))
