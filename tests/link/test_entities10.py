"""Organisation identity across articles on entities10's invented stories (docs/entities.md): short
names of institutions, firms and partnerships whatever their tag, union locals, a country a national
body drops, a possessive inside a name, an organisation's one-word name that is also a surname."""
from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_entity as _entity
from storyline.link.entity_blocks import merge_incremental
from storyline.link.entity_merge import merge_entities


def test_an_institutions_short_name_joins_it_whatever_its_tag():
    articles = {
        "a1": [_entity("ORG", "Harwick State University"), _entity("ORG", "Greyson Flats Elementary School"),
               _entity("ORG", "Drummond & Sons Excavating")],
        "a2": [_entity("PERSON", "Harwick State"), _entity("PERSON", "Greyson Flats Elementary")],
        "a3": [_entity("ORG", "Drummond & Sons"), _entity("ORG", "Greyson Flats Elementary")],
    }
    assert _groups(merge_entities(articles)) == [
        ["Drummond & Sons", "Drummond & Sons Excavating"],
        ["Greyson Flats Elementary", "Greyson Flats Elementary School"],
        ["Harwick State", "Harwick State University"]]


def test_a_partnership_is_called_by_its_first_partners():
    articles = {
        "a1": [_entity("ORG", "Whitlock, Baines & Ostrander"), _entity("PERSON", "Simone Baines")],
        "a2": [_entity("PERSON", "Whitlock Baines")],
        "a3": [_entity("ORG", "Kessler, Marsh & Adeyemi LLP")],
        "a4": [_entity("ORG", "Kessler Marsh"), _entity("PERSON", "Nadia Adeyemi")],
    }
    groups = _groups(merge_entities(articles))
    assert ["Whitlock Baines", "Whitlock, Baines & Ostrander"] in groups
    assert ["Kessler Marsh", "Kessler, Marsh & Adeyemi LLP"] in groups
    assert ["Simone Baines"] in groups and ["Nadia Adeyemi"] in groups


def test_a_person_with_a_given_name_or_title_is_no_short_name():
    articles = {"a1": [_entity("ORG", "Carla Bexley Foundation")],
                "a2": [_entity("PERSON", "Carla Bexley")],
                "a3": [_entity("ORG", "Fitch Ratings Foundation")],
                "a4": [_entity("PERSON", "Fitch Ratings", "Sen. Fitch Ratings")]}
    groups = _groups(merge_entities(articles))
    assert ["Carla Bexley"] in groups and ["Sen. Fitch Ratings"] in groups


def test_a_name_tagged_org_keeps_its_own_name():
    """ECB+ dev: 'New Orleans Saints' tagged ORG beside a 'New Orleans Saints Twitter' ('twitter' an
    org head) is not renamed by the short-name rule (a name tagged ORG without its generic tail is
    join_leading_words' to join); a person-tagged one is, and a partnership's short name either way."""
    from storyline.link.short_orgs import as_short_org

    names = ["New Orleans Saints", "New Orleans Saints Twitter", "Garrity, Lowe & Brandt", "Garrity Lowe"]
    assert as_short_org(_entity("ORG", "New Orleans Saints"), names).name == "New Orleans Saints"
    assert as_short_org(_entity("PERSON", "Orleans Saints"), ["Orleans Saints Foundation"]).name == "Orleans Saints Foundation"
    assert as_short_org(_entity("ORG", "Garrity Lowe"), names).name == "Garrity, Lowe & Brandt"


def test_a_union_local_joins_its_union_by_number_only():
    articles = {
        "a1": [_entity("ORG", "Healthcare Workers Union Local 237"), _entity("ORG", "United Association Local 520")],
        "a2": [_entity("ORG", "Local 237")],
        "a3": [_entity("ORG", "International Brotherhood of Electrical Workers Local 58")],
        "a4": [_entity("ORG", "IBEW Local 58"), _entity("ORG", "FOP Local 58")],
    }
    assert _groups(merge_entities(articles)) == [
        ["FOP Local 58"],
        ["Healthcare Workers Union Local 237", "Local 237"],
        ["IBEW Local 58", "International Brotherhood of Electrical Workers Local 58"],
        ["United Association Local 520"]]


def test_a_national_body_without_its_country_and_a_possessive_name():
    articles = {
        "a1": [_entity("ORG", "U.S. Army Corps of Engineers", "The U.S. Army Corps of Engineers")],
        "a2": [_entity("ORG", "Army Corps of Engineers"), _entity("ORG", "St. Brigid's Regional Medical Center")],
        "a3": [_entity("ORG", "St. Brigid", "St. Brigid's")],
    }
    assert _groups(merge_entities(articles)) == [
        ["Army Corps of Engineers", "The U.S. Army Corps of Engineers"],
        ["St. Brigid's", "St. Brigid's Regional Medical Center"]]


def test_an_organisations_one_word_name_is_no_persons_reference_surname():
    articles = {"a1": [_entity("ORG", "Corrigan & Sons Construction", "Corrigan & Sons Construction", "Corrigan")],
                "a2": [_entity("PERSON", "Frank Corrigan")]}
    merged = merge_entities(articles)
    person = next(e for e in merged if e.type == "PERSON")
    assert "Corrigan" not in person.aliases
    articles = {"a2": articles["a2"]}
    assert "Corrigan" in merge_entities(articles)[0].aliases


def test_the_new_joins_are_the_same_when_the_articles_come_in_batches():
    old = {"a2": [_entity("PERSON", "Harwick State"), _entity("ORG", "Local 237"), _entity("ORG", "St. Brigid", "St. Brigid's")],
           "a4": [_entity("PERSON", "Frank Corrigan")]}
    new = {"a1": [_entity("ORG", "Harwick State University"), _entity("ORG", "Healthcare Workers Union Local 237"),
                  _entity("ORG", "St. Brigid's Regional Medical Center"),
                  _entity("ORG", "Corrigan & Sons Construction", "Corrigan & Sons Construction", "Corrigan")]}
    result = merge_incremental(merge_entities(old), old | new, new)
    full = merge_entities(old | new)
    assert _groups(result.entities) == _groups(full)
    assert sorted((e.id, sorted(e.aliases)) for e in result.entities) == sorted((e.id, sorted(e.aliases)) for e in full)


def test_namesakes_one_article_writes_apart_by_a_suffix_stay_two_across_articles():
    """'Walter Grissom III … the son of Walter Grissom' in one article (branch probe15): a 'III' may be
    left out of one man's name, but not by an article that names both; elsewhere the forms still join."""
    articles = {
        "a1": [_entity("PERSON", "Walter Grissom III"), _entity("PERSON", "Walter Grissom")],
        "a2": [_entity("PERSON", "Walter Grissom III")],
        "a3": [_entity("PERSON", "Walter Grissom")],
    }
    assert _groups(merge_entities(articles)) == [["Walter Grissom"], ["Walter Grissom III"]]
    apart = {"a2": [_entity("PERSON", "Orrin Faulk III")], "a3": [_entity("PERSON", "Orrin Faulk")]}
    assert _groups(merge_entities(apart)) == [["Orrin Faulk", "Orrin Faulk III"]]
