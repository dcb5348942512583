"""Branch probe35: a person named after the station a fronted 'Speaking to' names is the speaker, not a
description of the station (invented text)."""
from __future__ import annotations

from storyline.extract.nlp import load_nlp
from storyline.extract.quotes import find_quotes


def _speaker(body: str, starts: str) -> str | None:
    q = next(q for q in find_quotes(body, load_nlp()(body)) if q.text.startswith(starts))
    return q.speaker.name if q.speaker else None


def test_the_listener_of_a_fronted_speaking_to_is_not_the_speaker() -> None:
    body = ("Crews worked through the night.\n\nSpeaking to Harbour Radio, Cllr Ann Boyd of the district council said: "
            "\"We were left in the dark for hours.\"\n\nThe council will meet on Monday.")
    assert _speaker(body, "We were left in the dark") == "Ann Boyd"


def test_a_description_in_apposition_still_climbs_to_the_name() -> None:
    body = "\"We will not back down,\" Flynn, a top surrogate, said on Tuesday."
    assert _speaker(body, "We will not back down") == "Flynn"
