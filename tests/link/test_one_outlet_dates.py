"""One outlet's two articles dating one act two ways are two accounts of it (lead session 18, from probe24;
invented sentences)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}


def ref(article: str, text: str, day: dt.date, agent: str, keywords: str, published: dt.date) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, "Harbour Gazette", "sign", "positive", "asserted",
                    frozenset(keywords.split()), (), (day, day), agent=agent, theme=day.strftime("%d %B %Y"),
                    scope_basis="stated", published=published, attributed=True, speaker_kind="outlet")


FIRST = ref("a", "The lease was signed on 3 May 2021 and is worth $90 million .", dt.date(2021, 5, 3), "The lease",
            "lease sign may worth million", dt.date(2024, 11, 29))
LATER = ref("b", "The lease , signed on 19 June 2021 , required the company to file surveys .", dt.date(2021, 6, 19),
            "The lease , signed on 19 June 2021 ,", "lease sign june", dt.date(2024, 12, 6))


def test_one_outlet_dating_one_signing_two_ways_in_two_articles_is_a_dispute():
    verdict = flag_pair(FIRST, LATER, GROUPS)
    assert verdict is not None and verdict.kind == "dates"


def test_one_outlet_quoting_or_within_one_article_is_no_dispute_of_its_own():
    said = replace(LATER, cue="say")  # a verb of saying frames it: someone else's account the outlet reports
    assert flag_pair(FIRST, said, GROUPS) is None or flag_pair(FIRST, said, GROUPS).kind != "dates"
    one_article = replace(LATER, article_id="a", start=200, end=260)
    assert flag_pair(FIRST, one_article, GROUPS) is None
