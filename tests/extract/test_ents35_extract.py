"""Branch ents35 (ECB+ dev misses, invented text): a full name given an age is a person's whatever the
recognizer tagged it."""
from __future__ import annotations

from storyline.extract.entities import Mention, link_mentions
from storyline.extract.mention_labels import correct_labels


def _at(body: str, text: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Mention(start, start + len(text), text, label)


def test_a_name_with_its_age_after_it_is_a_person() -> None:
    body = "Police said Tovian Marsell, 31, of Dunmore drove off. Marsell was arrested nearby."
    labels = correct_labels([_at(body, "Tovian Marsell", "ORG"), _at(body, "Marsell", "PERSON", 1)], body)
    assert [m.label for m in labels] == ["PERSON", "PERSON"]
    assert [e.name for e in link_mentions(labels)] == ["Tovian Marsell"]


def test_a_name_after_an_age_adjective_is_a_person_and_its_other_mentions_too() -> None:
    body = ("The 63 - year - old Anwen Talbrook was shot at her desk. Colleagues of Anwen Talbrook said the "
            "office had been threatened. Talbrook had worked there for years.")
    tagged = [_at(body, "Anwen Talbrook", "ORG"), _at(body, "Anwen Talbrook", "ORG", 1),
              _at(body, "Talbrook", "PERSON", 2)]
    assert [m.label for m in correct_labels(tagged, body)] == ["PERSON", "PERSON", "PERSON"]


def test_an_aged_place_or_body_is_no_person() -> None:
    body = ("A 23-year-old Dunmore Falls man was held. The 120-year-old Harlow Bible Church burned. "
            "A 40-year-old Kessel Vale resident spoke.")
    tagged = [_at(body, "Dunmore Falls", "GPE"), _at(body, "Harlow Bible Church", "ORG"),
              _at(body, "Kessel Vale", "ORG")]
    assert [m.label for m in correct_labels(tagged, body)] == ["GPE", "ORG", "ORG"]
