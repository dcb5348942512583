"""Branch probe43: a descriptor a sentence's start capitalises before a name ('Rider NAME', 'Resident NAME') is no
part of the name, and a relative introduced beside the person an article is about ('his mother, NAME') does not
take the bare surname from that person (invented text only)."""
from __future__ import annotations

from conftest import speaker_of
from storyline.extract.names import strip_titles


def test_a_capitalised_descriptor_before_a_given_name_is_dropped() -> None:
    assert strip_titles("Resident Marcus Oyelaran") == "Marcus Oyelaran"
    assert strip_titles("Commuter Ellen Vasquez") == "Ellen Vasquez"


def test_a_surname_spelled_as_a_descriptor_stays() -> None:
    # two words, or no census given name after it: a name, not a descriptor
    assert strip_titles("Minnie Driver") == "Minnie Driver"
    assert strip_titles("Farmer Oyelaran") == "Farmer Oyelaran"


def test_a_bare_surname_after_a_relative_is_the_principal_s(nlp) -> None:
    text = ("Resident Marcus Oyelaran, who waited at the bus stop with his grandmother, Ruth Oyelaran, "
            "said the shuttle never came. \u201cWe stood there for an hour in the rain,\u201d Oyelaran said.")
    assert speaker_of(nlp, text, "We stood there") == "Marcus Oyelaran"


def test_a_relative_named_alone_keeps_the_bare_surname(nlp) -> None:
    # the only person of that surname: the rule above only chooses between namesakes
    text = ("The shuttle never came, riders said. Among them was a retired teacher, whose son, Ruth Oyelaran's "
            "neighbour, drove her home. Her daughter, Ruth Oyelaran, said the county had not called back. "
            "\u201cNobody answers the phone,\u201d Oyelaran said.")
    assert speaker_of(nlp, text, "Nobody answers") == "Ruth Oyelaran"
