"""An unnamed source described with a place after its noun ('an official at the X in Y', 'a grain dealer in
Z'): a later 'the X official said' or 'he said' refers back to that source, not to a person named earlier
(branch probe42's invented story; invented text only)."""
from __future__ import annotations

from storyline.extract.quotes import find_quotes


def _speaker(nlp, text: str, starts: str):
    hits = [q for q in find_quotes(text, nlp(text)) if starts in q.text]
    assert hits, text
    return hits[0].speaker


def test_the_acronym_official_refers_back_to_the_official_at_the_body(nlp) -> None:
    text = ("A spokesperson for the agency, Dana Petrov, said it would answer questions later.\n\n"
            "An official at the World Health Organization in Geneva, who asked not to be named, said the agency "
            "had not been told of the outbreak. \u201cWe learned of it from the radio,\u201d the WHO official said.")
    speaker = _speaker(nlp, text, "We learned of it")
    assert speaker.name is None and "official" in (speaker.descriptor or "")


def test_he_after_an_unnamed_dealer_in_a_town_is_the_dealer(nlp) -> None:
    text = ("Mr Varga's lawyer said his client would appeal. Mr Varga has denied the charge.\n\n"
            "A grain dealer in Odesa said the ruling would not change prices. \u201cThe ships still sail and the "
            "buyers still pay,\u201d he said.")
    speaker = _speaker(nlp, text, "The ships still sail")
    assert speaker.name is None and "dealer" in (speaker.descriptor or "")
