"""The lead's thirty-second invented story (a Bangladeshi garment factory's fire and a UK retailer): a firm
named 'X & Y' abbreviated 'H&F', and a company's short name tagged a place where most articles write it
for the company. Invented names."""
from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_entity as _entity
from storyline.extract.names import is_acronym
from storyline.link.entity_merge import merge_entities


def test_an_ampersand_between_capitals_is_an_acronym():
    assert is_acronym("H&F") and is_acronym("AT&T")
    assert not is_acronym("Q & A") and not is_acronym("R&amp;D")


def test_an_ampersand_acronym_joins_the_firm_it_abbreviates():
    articles = {"a1": [_entity("ORG", "Harlow & Finch")], "a2": [_entity("ORG", "Harlow & Finch"), _entity("ORG", "H&F")]}
    assert _groups(merge_entities(articles)) == [["H&F", "Harlow & Finch"]]


def test_a_short_name_tagged_a_place_follows_the_label_its_company_mentions_give_it():
    """The recognizer's labels of one company across lead32's articles: the short name tagged GPE in one
    article, PERSON in others, ORG where the article writes the full name."""
    articles = {
        "a1": [_entity("ORG", "Tarsin Knit Composite Ltd", "Tarsin Knit Composite Ltd", "Tarsin")],
        "a2": [_entity("FAC", "Tarsin Knit", "the Tarsin Knit")],
        "a3": [_entity("PERSON", "Tarsin", "Tarsin", "Tarsin")],
        "a4": [_entity("PERSON", "Tarsin Knit", "Tarsin Knit", "Tarsin", "Tarsin")],
        "a5": [_entity("GPE", "Tarsin")],
        "a6": [_entity("PERSON", "Tarsin Knit")],
        "a7": [_entity("ORG", "Tarsin Knit Composite")],
        "a8": [_entity("ORG", "Tarsin")],
        "a9": [_entity("PERSON", "Tarsin Knit", "Tarsin Knit", "Tarsin")],
    }
    merged = [e for e in merge_entities(articles) if e.type != "FAC"]
    assert [e.type for e in merged] == ["ORG"]
    assert _groups(merged) == [["Tarsin", "Tarsin Knit", "Tarsin Knit Composite", "Tarsin Knit Composite Ltd"]]
