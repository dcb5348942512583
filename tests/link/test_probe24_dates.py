"""Branch probe24's invented story: two days for one signing, each sentence ending in an attribution
'according to …', whose 'to' opens a noun phrase and is no directive's content (invented text only)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair


def ref(article: str, text: str, keywords: str, day: dt.date, *, speaker: str, published: dt.date) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, "sign", "positive", "asserted", frozenset(keywords.split()),
                    (), (day, day), agent="The lease", theme=f"{day:%d %B %Y}", scope_basis="stated",
                    published=published)


SIGNED_MARCH = ref("a", "The lease was signed on 14 March 2022 , according to the harbour board .",
                   "lease sign march harbour board", dt.date(2022, 3, 14), speaker="Coast Ledger",
                   published=dt.date(2024, 11, 29))
SIGNED_APRIL = ref("b", "The lease was signed on 21 April 2022 , according to documents seen by senators .",
                   "lease sign april document senator", dt.date(2022, 4, 21), speaker="documents",
                   published=dt.date(2024, 12, 9))
GROUPS = {"a": "a", "b": "b"}


def test_an_attributions_according_to_is_no_aim_that_tells_two_signings_apart():
    verdict = flag_pair(SIGNED_MARCH, SIGNED_APRIL, GROUPS)
    assert verdict is not None and verdict.kind == "dates"


def test_two_infinitives_after_the_act_still_tell_two_acts_apart():
    from storyline.link.claim_dates import same_event

    repair = replace(SIGNED_MARCH, predicate="order", text="The board ordered the yard to repair the dock on 14 March 2022 .")
    stop = replace(SIGNED_APRIL, predicate="order", text="The board ordered the yard to stop dredging on 21 April 2022 , "
                                                          "according to the minutes .")
    assert not same_event(repair, stop)
