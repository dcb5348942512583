"""Branch probe32's invented story (a stadium roof gives way in a storm): a masthead whose last word is also an
ownership word after a nationality, and a piece written on an outlet's website, cite it (invented text only)."""
from __future__ import annotations

from storyline.extract.citations import find_citations


def _outlets(text: str) -> list[str]:
    return [c.outlet for c in find_citations(text)]


def test_a_nationality_before_a_capitalised_masthead_word_is_the_masthead() -> None:
    assert _outlets("The Irish Independent reported that the quay would stay shut until March.") == ["The Irish Independent"]
    # lower case, the same words describe who runs an unnamed medium, or a politician
    assert _outlets("An Irish independent senator said the quay would stay shut until March.") == []
    assert _outlets("The Iraqi State television reported that the quay would stay shut.") == []


def test_a_piece_written_on_an_outlets_website_cites_it() -> None:
    found = _outlets("Writing on the Galway Tribune's website, a harbour engineer said the cranes were too old.")
    assert found == ["the Galway Tribune"]
    # a body's website is no outlet's
    assert _outlets("Writing on the council's website, the mayor said the cranes were too old.") == []
