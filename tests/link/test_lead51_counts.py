"""Two values of one quantity beyond the count of things: a compound numeral the parse splits ('Twenty-three'),
one source's count told two ways by two articles, a light verb with one complement ('taken to hospital'), and an
amount measured in a unit of mass or volume ('9,000 gallons of diesel'); invented sentences."""
from __future__ import annotations

import datetime as dt

from tests.conftest import extracted_flags

from storyline.link.claim_counts import counts
from storyline.link.claim_ref import ClaimRef

DAY = "2026-05-10"
NEXT = "2026-05-11"


def _ref(agent: str, theme: str | None) -> ClaimRef:
    text = f"{agent} were taken to {theme} ."
    day = dt.date(2026, 5, 10)
    return ClaimRef("a", 0, len(text), text, "ambulance service", "take", "positive", "asserted",
                    frozenset({"take", "hospital"}), (), (day, day), agent=agent, theme=theme)


def test_a_compound_numeral_split_by_the_parse_is_one_number():
    found = counts(_ref("Twenty - three people", "hospital"))
    assert [(c.low, c.unit) for c in found] == [(23.0, "people")]


def test_one_sources_two_counts_on_one_day_in_two_articles_conflict():
    flags = extracted_flags(
        ("Forty-one people were taken to hospital after a footbridge collapsed at the Vale Street festival, "
         "the ambulance service said on Sunday.", DAY),
        ("The ambulance service said 28 people were taken to hospital after the footbridge collapse at the "
         "Vale Street festival.", DAY))
    assert [kind for kind, _, _ in flags] == ["figures"]


def test_one_sources_count_rising_the_next_day_is_an_update():
    flags = extracted_flags(
        ("The ambulance service said 28 people were taken to hospital after the footbridge collapse at the "
         "Vale Street festival.", DAY),
        ("Forty-one people were taken to hospital after a footbridge collapsed at the Vale Street festival, "
         "the ambulance service said on Monday.", NEXT))
    assert flags == []


def test_two_amounts_of_one_substance_in_one_unit_conflict():
    flags = extracted_flags(
        ("The tanker spilled about 9,000 gallons of diesel into the Rother estuary, the harbour authority said.", DAY),
        ("The tanker spilled 22,000 gallons of diesel into the Rother estuary, the coastguard said.", DAY))
    assert [kind for kind, _, _ in flags] == ["figures"]


def test_amounts_of_two_substances_do_not():
    flags = extracted_flags(
        ("The tanker spilled about 9,000 gallons of diesel into the Rother estuary, the harbour authority said.", DAY),
        ("The tanker spilled 3,000 gallons of lubricating oil into the Rother estuary, the coastguard said.", DAY))
    assert flags == []


def test_a_length_is_no_amount():
    flags = extracted_flags(
        ("The spill fouled 12 miles of coastline along the Rother estuary, the harbour authority said.", DAY),
        ("The spill fouled 30 miles of coastline along the Rother estuary, the coastguard said.", DAY))
    assert flags == []


def test_a_light_verb_with_a_direct_object_is_no_one_act():
    from storyline.link.counted_acts import one_counted_act

    day = dt.date(2011, 1, 5)

    def had(text: str, agent: str, theme: str) -> ClaimRef:
        return ClaimRef("a", 0, len(text), text, "x", "have", "positive", "asserted", frozenset(), (), (day, day),
                        agent=agent, theme=theme)

    assert not one_counted_act(had("Okafor has 193 yards this season.", "Okafor", "193 yards"),
                               had("He had 793 yards last season.", "He", "793 yards"))


def test_shares_of_one_set_under_two_unrelated_verbs_are_two_parts():
    flags = extracted_flags(
        ("Kestrel Pay said 39 per cent of affected customers were still waiting for their money on Wednesday.",
         "2026-11-18"),
        ("The Harbour Ledger reported on Thursday that 92 per cent of the affected customers had received their "
         "money back.", "2026-11-19"))
    assert flags == []


def test_a_share_under_a_copula_still_meets_its_act():
    flags = extracted_flags(
        ("The health board offered nurses a pay rise of 4 per cent for this year, the union said.", "2026-05-10"),
        ("The offer is a 6 per cent rise for this year, the health board said.", "2026-05-10"))
    assert [kind for kind, _, _ in flags] == ["figures"]
