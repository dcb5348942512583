"""Branch probe39's invented story: an outlet's names that the registry files under one outlet are one entity, and a
citation of an edition's name finds the pages printed under the brand (invented articles; real outlet names)."""
from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_article
from conftest import make_entity as _entity
from storyline.link.entity_merge import merge_entities
from storyline.link.provenance import OutletIndex
from storyline.model import PublishedDate


def test_a_broadcasters_news_division_and_its_brand_are_one_entity():
    articles = {
        "a1": [_entity("ORG", "RTÉ News"), _entity("ORG", "Harwick Brands")],
        "a2": [_entity("ORG", "RTÉ"), _entity("ORG", "Politico Europe")],
        "a3": [_entity("ORG", "POLITICO")],
    }
    groups = _groups(merge_entities(articles))
    assert any({"RTÉ", "RTÉ News"} <= set(g) for g in groups)
    assert any({"POLITICO", "Politico Europe"} <= set(g) for g in groups)
    assert ["Harwick Brands"] in groups


def test_two_outlets_of_one_country_stay_apart():
    # Germany's broadcaster and its news agency: each its own registry entry, so two entities
    articles = {"a1": [_entity("ORG", "Deutsche Welle"), _entity("ORG", "dpa")], "a2": [_entity("ORG", "DW")]}
    groups = _groups(merge_entities(articles))
    assert any({"DW", "Deutsche Welle"} <= set(g) for g in groups) and ["dpa"] in groups


def test_an_editions_name_cited_finds_the_brands_pages():
    page = make_article("Body.", outlet="Politico", published=PublishedDate("2023-11-09", "day", "dateline"))
    assert OutletIndex([page]).outlets_for("Politico Europe") == ["politico"]
    assert OutletIndex([page]).outlets_for("Marlow Sentinel") == []
