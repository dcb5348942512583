"""Branch probe28: a surname alone, tagged a place, after the person's full name in a role (invented text)."""
from __future__ import annotations

from storyline.extract.entities import find_mentions
from storyline.extract.nlp import parse


def test_a_surname_after_a_named_role_is_the_person_whatever_its_tag() -> None:
    text = ("Company spokesperson Grace Wambui said on Tuesday that the authority had only asked for routine outage "
            "data.\n\nWambui said Rafiki's backup routes had carried emergency calls throughout the outage.")
    mentions = {m.text: m.label for m in find_mentions(next(parse([text])), text)}
    assert mentions.get("Grace Wambui") == "PERSON"
    assert mentions.get("Wambui") == "PERSON"
