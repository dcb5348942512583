"""'the MP said': a legislator's initialism refers back to the member named before, as 'the lawmaker'
does (the lead's forty-ninth invented story; invented text only)."""
from __future__ import annotations

from conftest import speaker_of


def test_the_mp_refers_back_to_the_member_named_before(nlp) -> None:
    text = ("Fiona Adeyemi, who chairs the Transport Committee, said she would call the operator's managers to "
            "give evidence. \u201cPassengers were stranded for nine hours with no information,\u201d the MP said.")
    assert speaker_of(nlp, text, "Passengers were stranded") == "Fiona Adeyemi"


def test_the_mla_refers_back_too(nlp) -> None:
    text = ("Carol Whitmore, who represents the riding, wrote to the ministry on Monday. \u201cThe clinic cannot "
            "close while the waiting list grows,\u201d the MLA said.")
    assert speaker_of(nlp, text, "The clinic cannot close") == "Carol Whitmore"
