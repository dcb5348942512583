"""Branch probe36's invented story (a mobile-money outage across Kenyan, Ghanaian, Nigerian, Indian and
Singaporean pages): a body's acronym keeping the lower-case 'o' of its 'of' (invented names only)."""
from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_entity as _entity
from storyline.link.entity_merge import merge_entities


def test_an_acronym_keeping_the_o_of_its_of_joins_the_body_it_spells():
    # 'The Reserve Bank of Lesotho has directed …' / '… the RBoL had sent examiners': no bracketed definition
    articles = {
        "a1": [_entity("ORG", "Reserve Bank of Lesotho"), _entity("ORG", "RBoL")],
        "a2": [_entity("ORG", "RBoL")],
    }
    assert any({"RBoL", "Reserve Bank of Lesotho"} <= set(g) for g in _groups(merge_entities(articles)))


def test_a_mixed_acronym_spelling_no_body_of_the_corpus_stays_alone():
    articles = {
        "a1": [_entity("ORG", "Bank of Ghana")],
        "a2": [_entity("ORG", "DoJ")],
    }
    assert ["DoJ"] in _groups(merge_entities(articles))


def test_such_an_acronym_tagged_a_person_is_the_body_it_spells():
    articles = {
        "a1": [_entity("ORG", "Reserve Bank of Lesotho"), _entity("PERSON", "RBoL")],
    }
    assert any({"RBoL", "Reserve Bank of Lesotho"} <= set(g) for g in _groups(merge_entities(articles)))
