"""Branch probe43: a newsroom's brand of its initials and 'News' ('KPR News') is the one organisation its initials
spell ('Kestrel Public Radio'), unless two organisations spell them (invented names only)."""
from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_entity as _entity
from storyline.link.entity_merge import merge_entities


def test_initials_and_news_join_the_network_they_spell() -> None:
    articles = {
        "a1": [_entity("ORG", "Kestrel Public Radio"), _entity("ORG", "Harlan County Board")],
        "a2": [_entity("ORG", "KPR News"), _entity("ORG", "Harlan County Board")],
    }
    assert ["KPR News", "Kestrel Public Radio"] in _groups(merge_entities(articles))


def test_two_bodies_the_initials_spell_leave_the_brand_alone() -> None:
    articles = {
        "a1": [_entity("ORG", "Alder Broadcasting Corporation"), _entity("ORG", "Arden Broadcasting Company")],
        "a2": [_entity("ORG", "ABC News")],
    }
    assert ["ABC News"] in _groups(merge_entities(articles))


def test_a_brand_no_body_spells_stays_apart() -> None:
    articles = {"a1": [_entity("ORG", "Kestrel Public Radio")], "a2": [_entity("ORG", "WZX News")]}
    assert ["WZX News"] in _groups(merge_entities(articles))
