"""Branch probe29's invented story (a hospital's drug-trial halt): a hospital called by its first word
without '… General Hospital' / '… Infirmary' (invented names only)."""
from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_entity as _entity
from storyline.link.entity_merge import merge_entities


def test_a_general_hospital_called_by_its_first_word_is_the_hospital():
    articles = {
        "a1": [_entity("ORG", "Ashcombe General Hospital", "Ashcombe General Hospital", "Ashcombe General")],
        "a2": [_entity("ORG", "Ashcombe")],
    }
    assert ["Ashcombe", "Ashcombe General", "Ashcombe General Hospital"] in _groups(merge_entities(articles))


def test_a_british_infirmary_called_by_its_town_word_is_the_infirmary():
    articles = {
        "a1": [_entity("ORG", "Kelderby Royal Infirmary")],
        "a2": [_entity("ORG", "Kelderby Royal")],
    }
    assert ["Kelderby Royal", "Kelderby Royal Infirmary"] in _groups(merge_entities(articles))


def test_a_place_of_the_hospitals_name_stays_a_place():
    articles = {
        "a1": [_entity("ORG", "Ashcombe General Hospital")],
        "a2": [_entity("GPE", "Ashcombe")],
    }
    assert ["Ashcombe"] in _groups(merge_entities(articles))
