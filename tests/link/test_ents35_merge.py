"""Branch ents35 (ECB+ dev misses, invented names): a long name written with an inner word in the plural,
then called by its first word; a given name misspelt by one letter beside the same surname."""
from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_entity as _entity
from storyline.link.entity_merge import merge_entities


def test_an_inner_plural_slip_is_one_body_and_its_short_name_finds_it():
    articles = {
        "a1": [_entity("ORG", "Institute of Marine Sciences Research and Policy", "Institute of Marine Sciences "
                       "Research and Policy", "Institute")],
        "a2": [_entity("ORG", "Institute of Marine Science Research and Policy")],
        "a3": [_entity("ORG", "Institute of Marine Science Research and Policy")],
        "a4": [_entity("ORG", "Institute")],
    }
    groups = _groups(merge_entities(articles))
    assert ["Institute", "Institute of Marine Science Research and Policy",
            "Institute of Marine Sciences Research and Policy"] in groups


def test_a_last_word_plural_stays_apart():
    articles = {"a1": [_entity("ORG", "Harwell Savings Bank")], "a2": [_entity("ORG", "Harwell Savings Banks")],
                "a3": [_entity("ORG", "Harwell Savings Bank")]}
    assert len(merge_entities(articles)) == 2


def test_a_given_name_misspelt_by_an_inserted_letter_is_the_same_person():
    articles = {
        "a1": [_entity("PERSON", "Dashawne Colter", "Dashawne Colter", "Colter")],
        "a2": [_entity("PERSON", "Dashawne Colter", "Dashawne Colter", "Colter")],
        "a3": [_entity("PERSON", "Dasheawne Colter", "Dasheawne Colter", "Colter")],
    }
    assert len(merge_entities(articles)) == 1


def test_given_names_of_two_people_stay_apart():
    articles = {
        "a1": [_entity("PERSON", "Marcel Ferrand", "Marcel Ferrand", "Ferrand"), _entity("PERSON", "Marcelo Ferrand")],
        "a2": [_entity("PERSON", "Daniel Oduya", "Daniel Oduya", "Oduya"), _entity("PERSON", "Daniela Oduya")],
        "a3": [_entity("PERSON", "Carlos Vidal", "Carlos Vidal"), _entity("PERSON", "Carlas Vidal")],
        "a4": [_entity("PERSON", "Ronald Kinsey", "Ronald Kinsey", "Mr. Kinsey"),
               _entity("PERSON", "Ronalda Kinsey", "Ronalda Kinsey", "Mrs. Kinsey")],
    }
    names = sorted(e.name for e in merge_entities(articles))
    assert {"Marcel Ferrand", "Marcelo Ferrand", "Daniel Oduya", "Daniela Oduya", "Carlos Vidal", "Carlas Vidal"} <= set(names)


def test_a_place_misspelt_by_an_inserted_letter_joins_its_usual_spelling():
    articles = {"a1": [_entity("GPE", "Valdemora Province")], "a2": [_entity("GPE", "Valdemora Province")],
                "a3": [_entity("GPE", "Valdemoura Province")]}
    assert len(merge_entities(articles)) == 1
