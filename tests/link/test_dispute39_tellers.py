"""dispute39: two articles whose outlets are unknown are two accounts unless a byline signs both (invented
sentences, not from any case)."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_ref import UNKNOWN_OUTLET, ClaimRef, one_teller


def ref(article: str, text: str, *, speaker: str = UNKNOWN_OUTLET, byline: str | None = None,
        polarity: str = "positive") -> ClaimRef:
    day = dt.date(2026, 3, 4)
    return ClaimRef(article, 0, len(text), text, speaker, "investigate", polarity, "asserted",
                    frozenset({"investigate", "council"}), (), (day, day), byline=byline)


REPORTED = ref("a", "Regulators are investigating the Brackwater council's waste contracts.", byline="By Tamsin Ode")
DENIED = ref("b", "Nobody is investigating the council's waste contracts.", byline="By Quill Farrow",
             polarity="negative")


def test_two_pages_without_an_outlet_are_two_accounts() -> None:
    assert not one_teller(REPORTED, DENIED)
    assert not one_teller(ref("a", REPORTED.text), ref("b", DENIED.text))  # no byline either


def test_a_shared_byline_makes_one_teller() -> None:
    same_writer = ref("b", DENIED.text, byline="Quill Farrow and Tamsin Ode")
    assert one_teller(REPORTED, same_writer)


def test_one_page_and_a_known_outlet_keep_their_speakers() -> None:
    assert one_teller(REPORTED, ref("a", "The council's contracts run to 2030."))  # one article
    assert one_teller(ref("a", REPORTED.text, speaker="The Harbour Ledger"),
                      ref("b", DENIED.text, speaker="The Harbour Ledger"))  # one outlet, any byline
    assert not one_teller(ref("a", REPORTED.text, speaker="The Harbour Ledger"), DENIED)
