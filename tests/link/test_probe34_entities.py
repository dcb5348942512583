"""Branch probe34's invented story (a derailment reported by a TV station and others): a station's names that
share its call sign, a national body without its nationality adjective (invented names only)."""
from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_entity as _entity
from storyline.link.entity_merge import merge_entities


def test_a_stations_call_sign_with_its_suffix_and_its_brand_are_one_station():
    articles = {
        "a1": [_entity("ORG", "WQRN-TV")],
        "a2": [_entity("ORG", "WQRN 5 News", "WQRN 5 News", "WQRN")],
    }
    assert ["WQRN", "WQRN 5 News", "WQRN-TV"] in _groups(merge_entities(articles))


def test_two_stations_stay_apart():
    articles = {"a1": [_entity("ORG", "WQRN-TV")], "a2": [_entity("ORG", "WQRT 5 News")]}
    assert ["WQRN-TV"] in _groups(merge_entities(articles))


def test_a_national_body_without_its_nationality_is_that_body():
    articles = {
        "a1": [_entity("ORG", "Canadian Lifeboat Institution")],
        "a2": [_entity("ORG", "Lifeboat Institution")],
    }
    assert ["Canadian Lifeboat Institution", "Lifeboat Institution"] in _groups(merge_entities(articles))
