"""Branch probe28: a title and its body before the holder's name set off by commas ('The Executive
Vice-Chairman of the NCC, Dr NAME, said'; invented text)."""
from __future__ import annotations

from storyline.extract.nlp import load_nlp
from storyline.extract.quotes import find_quotes


def _speakers(body: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes(body, load_nlp()(body))]


def test_the_holder_named_after_a_hyphenated_title_is_the_speaker() -> None:
    body = ("The Executive Vice-Chairman of the Water Board, Dr Amara Nwosu, said the pipes would be replaced "
            "before the rains.")
    assert _speakers(body) == ["Amara Nwosu"]


def test_an_untagged_holder_after_a_title_is_the_speaker() -> None:
    body = ("The Director-General of the Kano Chamber of Commerce and Industry, Mr Tunde Bakare, said traders "
            "had lost a week of sales.")
    assert _speakers(body) == ["Tunde Bakare"]
