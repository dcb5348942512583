"""A Korean name written family name first goes by its first word (branch probe33's invented story; invented
names only)."""
from __future__ import annotations

from storyline.link.provenance import _surname_of
from storyline.model import Span


def _person(text: str) -> Span:
    return Span(0, len(text), "PERSON", "entities", text, {"name": text})


def test_a_family_name_first_name_goes_by_its_first_word() -> None:
    assert _surname_of(_person("Baek Seung-ho")) == {"baek"}
    assert _surname_of(_person("Mr Baek")) == {"baek"}
    # a name given name first keeps its last word
    assert _surname_of(_person("Lena Hartmann")) == {"hartmann"}
    assert _surname_of(_person("Seung-ho Baek")) == {"baek"}
