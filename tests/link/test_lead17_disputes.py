"""Disputes an unseen invented story (lead17) told wrong, on invented text: a part against a negated
universal, and a negative universal as the doer."""
from conftest import ingested_disputes
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


GROUNDED = """Ferry runs aground near Corran

By Lena Ostrow, Corbett Herald

CORRAN, Ore., March 4, 2023 - The Corran Queen, a 40-year-old ferry built in Scotland, ran aground near \
Corran on Saturday with 80 passengers aboard, the Corran Ferry Co. said.
"""
ORDERED = """State board orders ferry out of service

By Piet Vermeer, Oregon Daily Ledger

SALEM, Ore., March 6, 2023 - The Oregon State Marine Board has ordered the Corran Queen closed pending its \
investigation into Saturday's grounding, board chairman Ty Olsen said Monday.
"""
DENIED = """Ferry operator defends its response

By Ana Reyes, Coast Business Journal

PORTLAND, Ore., April 11, 2023 - The head of the Corran Ferry Co. says her company acted quickly after one of \
its ferries ran aground last month.

"{who} ordered us to shut that {what}. We shut it ourselves," chief executive Mara Lind said in an interview.
"""


def _disputes(tmp_path, name: str, texts: list[str]) -> list[dict]:
    return ingested_disputes(tmp_path, name, texts)


def test_nobody_denies_an_order_told_of_the_thing_by_its_kind(tmp_path):
    found = _disputes(tmp_path, "kind", [GROUNDED, ORDERED, DENIED.format(who="Nobody", what="ferry")])
    assert [c["kind"] for c in found] == ["opposite"]


def test_a_noun_the_story_never_gives_the_name_is_another_object(tmp_path):
    assert _disputes(tmp_path, "other", [GROUNDED, ORDERED, DENIED.format(who="Nobody", what="terminal")]) == []


def test_the_story_s_appositions_give_its_names_their_kinds():
    from storyline.link.name_kinds import kind_named, name_kinds

    kinds = name_kinds(["The lift, known as the Summit Express, stopped.",
                        "The Corran Queen, a 40-year-old ferry built in Scotland, ran aground."])
    assert kinds == {"summit express": frozenset({"lift"}), "corran queen": frozenset({"ferry"})}
    assert kind_named(["ferries", "order"], kinds, "Nobody ordered us to shut that ferry.") == {"corran", "queen"}
    # a noun heading another name's phrase describes that other referent
    assert kind_named(["ferry"], kinds, "Lind boarded Pacific Lines' Harbor ferry.") == set()
