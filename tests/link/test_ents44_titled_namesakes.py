"""A titled bare surname in an article that names another of that surname in full (branch ents44; invented names)."""
from __future__ import annotations

from conftest import entity_groups, make_entity
from storyline.link.entity_merge import merge_entities


def test_a_titled_surname_goes_to_the_namesake_holding_the_title() -> None:
    merged = merge_entities({
        "a1": [make_entity("PERSON", "Marguerite Lacasse", "Chief Marguerite Lacasse")],
        "a2": [make_entity("PERSON", "Gilles Lacasse", "Gilles Lacasse", "Chief Lacasse")],
    })
    groups = entity_groups(merged)
    assert ["Chief Lacasse", "Chief Marguerite Lacasse"] in groups, groups
    assert ["Gilles Lacasse"] in groups, groups


def test_a_titled_surname_with_no_titled_namesake_stays_with_the_full_name() -> None:
    merged = merge_entities({
        "a1": [make_entity("PERSON", "Marguerite Lacasse")],
        "a2": [make_entity("PERSON", "Gilles Lacasse", "Gilles Lacasse", "Chief Lacasse")],
    })
    assert ["Chief Lacasse", "Gilles Lacasse"] in entity_groups(merged)


def test_a_title_the_full_name_also_carries_keeps_the_surname() -> None:
    merged = merge_entities({
        "a1": [make_entity("PERSON", "Marguerite Lacasse", "Chief Marguerite Lacasse")],
        "a2": [make_entity("PERSON", "Gilles Lacasse", "Chief Gilles Lacasse", "Chief Lacasse")],
    })
    assert ["Chief Gilles Lacasse", "Chief Lacasse"] in entity_groups(merged)
