"""A Korean name with a hyphenated given name as the speaker ('Yoon Ha-neul', 'Oh Min-seok'): the small model
tags the given name's second syllable a common noun and the family name 'Oh' an interjection (branch probe33's
invented story; invented text only)."""
from __future__ import annotations

from conftest import speaker_of


def test_said_after_the_quote_with_a_hyphenated_given_name(nlp) -> None:
    text = ("\u201cThe wharf will stay shut until every crane has been checked,\u201d said Nam Ha-neul, president of "
            "the harbour board.")
    assert speaker_of(nlp, text, "The wharf will stay shut") == "Nam Ha-neul"


def test_a_family_name_that_is_also_an_interjection(nlp) -> None:
    text = ("\u201cThe jib snapped at the joint and fell across the deck,\u201d Oh Sung-min, chief of the wharf's "
            "fire unit, told reporters at the scene.")
    assert speaker_of(nlp, text, "The jib snapped") == "Oh Sung-min"


def test_a_place_with_a_hyphenated_word_is_no_name(nlp) -> None:
    text = "\u201cThe cranes are old,\u201d said a Hong Kong-based engineer who inspected them last year."
    assert speaker_of(nlp, text, "The cranes are old") != "Hong Kong-based"
