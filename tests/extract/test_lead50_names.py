"""The lead's fiftieth invented story's names: a given name the census lists for both sexes is a given name
still ('Darnell', 'Dana'); an organisation named by capitalised words and a body's head noun that the
recognizer left untagged ('Riverside Parents Coalition, a group that …') is an ORG mention (invented text only)."""
from __future__ import annotations


def test_a_given_name_of_both_sexes_is_a_given_name() -> None:
    from storyline.extract.person_names import given_gender, is_given_name

    assert is_given_name("Darnell") and is_given_name("Dana") and is_given_name("Kelly")
    assert given_gender("Dana Whitlock") == ""  # it tells no gender still
    assert not is_given_name("Harbour")


def test_an_untagged_body_named_by_its_head_noun_is_an_organisation() -> None:
    from storyline.extract.entities import Mention
    from storyline.extract.org_spans import untagged_bodies

    body = "Riverside Parents Coalition, a group of families, asked the board to delay the vote."
    found = untagged_bodies([], body)
    assert [(m.text, m.label) for m in found] == [("Riverside Parents Coalition", "ORG")]
    # a tagged name is left as the recognizer gave it, and a longer name goes on past the head
    tagged = [Mention(0, 27, "Riverside Parents Coalition", "ORG")]
    assert untagged_bodies(tagged, body) == tagged
    assert untagged_bodies([], "The Harbour Council of Elders met on Monday.") == []
    # a head noun at a sentence's start names nothing
    assert untagged_bodies([], "Council members met on Monday.") == []
