"""Branch probe43: a legislator's hometown after the party letter ('Sen. NAME, D-Town Name,') is a place (AP
Stylebook 'party affiliation'; invented names only)."""
from __future__ import annotations

from storyline.extract.entities import find_mentions


def _places(nlp, text: str) -> list[str]:
    return [m.text for m in find_mentions(nlp(text), text) if m.label == "GPE"]


def test_a_hometown_after_the_party_letter_is_a_place(nlp) -> None:
    text = "State Rep. Marta Quill, R-Cedar Hollow, said the bill would pass. Sen. Obi Lange, I-Pine Ridge, agreed."
    places = _places(nlp, text)
    assert "Cedar Hollow" in places and "Pine Ridge" in places


def test_a_state_abbreviation_or_a_hyphenated_word_is_left_alone(nlp) -> None:
    text = "Sen. Obi Lange, D-Ill., voted no, and the X-Ray Unit, a lab, closed. He said, R-Series cars sold out."
    places = _places(nlp, text)
    assert "Ill" not in places and "Ray Unit" not in places and "Series" not in places
