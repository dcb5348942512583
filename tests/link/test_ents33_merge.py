"""Branch ents33's invented stories: a nationality tagged a people is a mention of its country where the
corpus names the country as a place (invented names only)."""
from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_entity as _entity
from storyline.link.entity_merge import merge_entities


def test_a_nationality_joins_its_country():
    articles = {
        "a1": [_entity("GPE", "Kenya"), _entity("ORG", "Mbaraki Tea Brokers")],
        "a2": [_entity("NORP", "Kenyan"), _entity("GPE", "Kenya")],
    }
    assert ["Kenya", "Kenyan"] in _groups(merge_entities(articles))


def test_a_nationality_joins_its_country_under_another_name():
    articles = {"a1": [_entity("GPE", "Britain", "Britain", "UK")], "a2": [_entity("NORP", "British")]}
    assert ["Britain", "British", "UK"] in _groups(merge_entities(articles))


def test_a_nationality_without_its_country_stays_a_people():
    articles = {"a1": [_entity("NORP", "Japanese"), _entity("GPE", "Osaka")]}
    assert ["Japanese"] in _groups(merge_entities(articles))


def test_a_peoples_word_no_country_owns_stays_apart():
    articles = {"a1": [_entity("NORP", "Korean"), _entity("GPE", "South Korea"), _entity("GPE", "North Korea")]}
    assert ["Korean"] in _groups(merge_entities(articles))


def test_the_british_conservatives_by_their_short_names_are_one_party():
    articles = {"a1": [_entity("NORP", "Conservative Party", "Conservative Party", "Tories")],
                "a2": [_entity("NORP", "Conservatives")], "a3": [_entity("NORP", "Tory")]}
    assert ["Conservative Party", "Conservatives", "Tories", "Tory"] in _groups(merge_entities(articles))
