"""Branch probe28's invented story (an undersea cable's fault across African and Asian pages): a company
named with two designators, a body named without its '… of PLACE' (invented names only)."""
from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_entity as _entity
from storyline.link.entity_merge import merge_entities


def test_a_company_with_its_designator_written_out_and_abbreviated_is_one():
    articles = {
        "a1": [_entity("ORG", "Merbok Fibre Systems Berhad")],
        "a2": [_entity("ORG", "Merbok Fibre Systems Bhd", "Merbok Fibre Systems Bhd", "Merbok Fibre")],
        "a3": [_entity("ORG", "Merbok Fibre Systems")],
    }
    groups = _groups(merge_entities(articles))
    assert any({"Merbok Fibre Systems Berhad", "Merbok Fibre Systems Bhd"} <= set(g) for g in groups)


def test_a_body_named_without_its_country_is_the_body():
    articles = {
        "a1": [_entity("ORG", "Water Services Regulator of Ghana"), _entity("GPE", "Ghana")],
        "a2": [_entity("ORG", "Water Services Regulator")],
    }
    assert ["Water Services Regulator", "Water Services Regulator of Ghana"] in _groups(merge_entities(articles))


def test_two_bodies_of_one_name_in_two_countries_keep_the_short_name_apart():
    articles = {
        "a1": [_entity("ORG", "Water Services Regulator of Ghana"), _entity("GPE", "Ghana")],
        "a2": [_entity("ORG", "Water Services Regulator of Zambia"), _entity("GPE", "Zambia")],
        "a3": [_entity("ORG", "Water Services Regulator")],
    }
    assert ["Water Services Regulator"] in _groups(merge_entities(articles))


def test_an_acronym_an_article_defined_for_a_long_name_joins_it_elsewhere():
    articles = {
        # 'the Kestrel Undersea Link (KUX)': a brand's acronym, no initials of the name, tagged a place there
        "a1": [_entity("LOC", "Kestrel Undersea Link", "Kestrel Undersea Link", "KUX")],
        "a2": [_entity("ORG", "KUX", "KUX", "KUX")],
        "a3": [_entity("ORG", "KUX")],
        "a4": [_entity("ORG", "KUX")],
    }
    assert _groups(merge_entities(articles)) == [["KUX", "Kestrel Undersea Link"]]
