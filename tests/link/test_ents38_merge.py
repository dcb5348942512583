"""Branch ents38 (invented names): a listed acronym the story spells as another body takes the story's long form;
capitals met apart from their long form take one licence (a word left out, or a letter from inside a word)."""

from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_entity as _entity
from storyline.extract.entities import ArticleEntity, Mention
from storyline.extract.long_forms import spelled_across
from storyline.link.entity_merge import merge_entities


def _acronym_only(text: str) -> ArticleEntity:
    """An article that writes a listed acronym alone: its referent named by the list (Mention.name)."""
    m = Mention(0, len(text), text, "ORG")
    return ArticleEntity("ORG", m.name, [m, Mention(40, 40 + len(text), text, "ORG")])


def test_a_listed_acronym_the_story_spells_otherwise_names_the_storys_body():
    articles = {
        "a1": [_entity("ORG", "World Tennis Organisation", "World Tennis Organisation", "WTO")],
        "a2": [_acronym_only("WTO")],
    }
    merged = merge_entities(articles)
    assert ["WTO", "World Tennis Organisation"] in _groups(merged)
    # the list's body is neither a name nor an alias of the story's
    assert not any("World Trade Organization" in e.aliases or e.name == "World Trade Organization" for e in merged)


def test_a_listed_acronym_keeps_the_listed_body_where_the_corpus_spells_it_too():
    articles = {
        "a1": [_entity("ORG", "World Tennis Organisation", "World Tennis Organisation", "WTO")],
        "a2": [_acronym_only("WTO")],
        "a3": [_entity("ORG", "World Trade Organization", "World Trade Organization")],
    }
    tennis = next(e for e in merge_entities(articles) if e.name == "World Tennis Organisation")
    assert {a for a, _ in tennis.mentions} == {"a1"}


def test_capitals_apart_from_their_long_form_take_one_licence():
    # 'NTC' spells 'National Industrial Court' only by leaving out 'Industrial' and reading the t inside 'National'
    assert not spelled_across("NTC", "National Industrial Court")
    assert spelled_across("NIC", "National Industrial Court")
    # one licence each: a function word's letter, a word's inner letter, a left-out word
    assert spelled_across("MOCA", "Museum of Contemporary Art")
    assert spelled_across("FHWA", "Federal Highway Administration")
    assert spelled_across("VRA", "Vandrian Regional Rail Authority")
