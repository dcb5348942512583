"""Entity identity kinds the probe stories lost (branch ents42; invented text only): a South Asian given name
tells a person's sex; a body named with its government's level ('Union', 'Federal') is the body without it;
a project named with and without its kind word is one."""
from __future__ import annotations

from conftest import entity_groups, make_entity
from storyline.extract.entities import find_mentions, link_mentions
from storyline.extract.person_names import given_gender
from storyline.link.entity_merge import merge_entities


def _groups(body: str) -> list[list[str]]:
    from storyline.extract.nlp import parse_selectively

    found = link_mentions(find_mentions(next(parse_selectively([body])), body))
    return [sorted({m.text for m in e.mentions}) for e in found if e.label == "PERSON"]


def test_a_south_asian_given_name_tells_the_sex() -> None:
    assert given_gender("Anuradha Bhattarai") == "f"
    assert given_gender("Dipendra Bhattarai") == "m" or given_gender("Mahendra Bhattarai") == "m"
    assert given_gender("Kelly Bhattarai") == ""  # a census name of both sexes stays unsexed


def test_a_husbands_honorific_is_not_his_wifes_name() -> None:
    body = ("Anuradha Bhattarai holds a fifth of the contractor's shares, company records show. "
            "Mr Bhattarai, who runs the developer, did not answer calls on Monday.")
    groups = _groups(body)
    assert not any("Anuradha Bhattarai" in g and "Mr Bhattarai" in g for g in groups), groups


def test_a_body_named_with_its_government_level_is_the_body() -> None:
    merged = merge_entities({"a1": [make_entity("ORG", "Union Ministry of Textiles")],
                             "a2": [make_entity("ORG", "Ministry of Textiles")]})
    assert ["Ministry of Textiles", "Union Ministry of Textiles"] in entity_groups(merged)


def test_two_levels_bodies_stay_apart_when_both_are_named() -> None:
    merged = merge_entities({"a1": [make_entity("ORG", "Federal Ministry of Health"),
                                    make_entity("ORG", "State Ministry of Health")],
                             "a2": [make_entity("ORG", "Ministry of Health")]})
    groups = entity_groups(merged)
    assert ["Federal Ministry of Health"] in groups and ["State Ministry of Health"] in groups


def test_a_project_without_its_kind_word_is_the_project() -> None:
    merged = merge_entities({"a1": [make_entity("ORG", "Kabeli Gorge Hydropower Project")],
                             "a2": [make_entity("WORK_OF_ART", "Kabeli Gorge")]})
    assert ["Kabeli Gorge", "Kabeli Gorge Hydropower Project"] in entity_groups(merged)


def test_a_bank_named_union_keeps_its_namesake_apart() -> None:
    merged = merge_entities({"a1": [make_entity("ORG", "Union Bank of Meridia")],
                             "a2": [make_entity("ORG", "Bank of Meridia")]})
    assert ["Bank of Meridia"] in entity_groups(merged)


def test_a_dams_one_word_town_stays_apart() -> None:
    merged = merge_entities({"a1": [make_entity("ORG", "Kabeli Dam")],
                             "a2": [make_entity("GPE", "Kabeli")]})
    assert ["Kabeli"] in entity_groups(merged)
