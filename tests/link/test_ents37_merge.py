"""Branch ents37 (invented stories, invented names): an exchange's initials writing 'Exchange' as X; a body
called without the hyphenated compound or the 'Greater PLACE' that opens its name."""

from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_entity as _entity
from storyline.extract.names import acronym_spellings
from storyline.link.entity_merge import merge_entities


def test_an_exchange_is_spelled_with_x_for_its_head_word():
    assert "qsx" in acronym_spellings("Quillmark Stock Exchange")
    assert "qse" in acronym_spellings("Quillmark Stock Exchange")
    # only the head word: a board named for securities and exchange keeps its E
    assert "sxbv" not in acronym_spellings("Securities and Exchange Board of Vandria")


def test_an_exchange_acronym_across_articles_joins_its_long_name():
    articles = {
        "a1": [_entity("ORG", "Quillmark Stock Exchange")],
        "a2": [_entity("ORG", "QSX", "QSX", "QSX")],
        "a3": [_entity("ORG", "QSX Venture Exchange")],
    }
    groups = _groups(merge_entities(articles))
    assert ["QSX", "Quillmark Stock Exchange"] in groups
    assert ["QSX Venture Exchange"] in groups


def test_a_body_without_its_hyphenated_qualifier_is_the_body():
    articles = {
        "a1": [_entity("ORG", "Quad-County Water Partnership")],
        "a2": [_entity("ORG", "Water Partnership", "Water Partnership", "Water Partnership")],
    }
    assert ["Quad-County Water Partnership", "Water Partnership"] in _groups(merge_entities(articles))


def test_two_hyphenated_bodies_ending_alike_leave_the_short_name_open():
    articles = {
        "a1": [_entity("ORG", "Quad-County Water Partnership"), _entity("ORG", "Tri-Valley Water Partnership")],
        "a2": [_entity("ORG", "Water Partnership")],
    }
    assert ["Water Partnership"] in _groups(merge_entities(articles))


def test_greater_and_a_named_place_are_dropped_but_not_an_unnamed_word():
    articles = {
        "a1": [_entity("ORG", "Greater Ostley Combined Authority"), _entity("GPE", "Ostley")],
        "a2": [_entity("ORG", "Combined Authority")],
        "a3": [_entity("ORG", "National Fisheries Council")],
        "a4": [_entity("ORG", "Fisheries Council")],
    }
    groups = _groups(merge_entities(articles))
    assert ["Combined Authority", "Greater Ostley Combined Authority"] in groups
    # 'National' says no scope of a hyphenated or 'Greater' kind: a 'Fisheries Council' may be another body
    assert ["Fisheries Council"] in groups


def test_a_body_named_by_a_common_word_tagged_person_once_is_the_body():
    articles = {
        "a1": [_entity("ORG", "Concord", "Concord", "Concord")],
        "a2": [_entity("ORG", "Concord")],
        "a3": [_entity("PERSON", "Concord")],
    }
    assert ["Concord"] in _groups(merge_entities(articles)) and len(merge_entities(articles)) == 1


def test_a_surname_or_an_addressed_name_tagged_person_stays_a_person():
    articles = {
        "a1": [_entity("ORG", "Brannock"), _entity("ORG", "Brannock")],
        "a2": [_entity("PERSON", "Brannock", "Mr. Brannock")],
        "a3": [_entity("ORG", "Daniel"), _entity("ORG", "Daniel")],
        "a4": [_entity("PERSON", "Lowry"), _entity("PERSON", "Aldo Lowry")],
        "a5": [_entity("ORG", "Lowry"), _entity("ORG", "Lowry")],
        "a6": [_entity("PERSON", "Daniel")],
    }
    people = {e.name for e in merge_entities(articles) if e.type == "PERSON"}
    assert {"Brannock", "Daniel"} <= people and any("Lowry" in name for name in people)


def test_initials_written_as_a_word_and_tagged_person_join_the_body_they_spell():
    articles = {
        "a1": [
            _entity(
                "ORG", "Securities and Exchange Board of Vandria", "Securities and Exchange Board of Vandria", "SEBV"
            )
        ],
        "a2": [_entity("PERSON", "Sebv", "Sebv", "Sebv")],
        "a3": [_entity("ORG", "Sebv")],
    }
    merged = merge_entities(articles)
    assert len(merged) == 1 and merged[0].type == "ORG"


def test_a_paper_called_by_its_last_word_is_not_read_as_initials():
    articles = {"a1": [_entity("ORG", "Ostley Evening Times")], "a2": [_entity("ORG", "Times")]}
    assert len(merge_entities(articles)) == 1


def test_a_council_without_its_designation_is_the_one_council_of_that_place():
    articles = {
        "a1": [_entity("ORG", "Ostley Borough Council"), _entity("ORG", "Dunmere City Council")],
        "a2": [_entity("ORG", "Ostley Council"), _entity("ORG", "Dunmere County Council")],
        "a3": [_entity("ORG", "Dunmere Council")],
    }
    groups = _groups(merge_entities(articles))
    assert ["Ostley Borough Council", "Ostley Council"] in groups
    # a city's and a county's council share the place: the short name stays open
    assert ["Dunmere Council"] in groups
