"""The lead's thirty-sixth invented story: a founder's arrest and his wife's non-arrest are two people's, not
one claim and its denial (invented text only)."""
from __future__ import annotations

from pathlib import Path

from conftest import ingested_disputes

_PAGE = """ChainWire
Markets  Policy  Tech  Research  Newsletters
Harbourpay Founder Arrested in Accra as Losses Mount
By Sam Lowe, Ama Boateng
Updated Mar 10, 2025, 7:12 p.m. UTC Published Mar 10, 2025, 6:40 p.m. UTC
Harbourpay founder Kofi Mensah was arrested on Saturday by the Serious Fraud Office, the agency said on Monday.
The app's adverts promised "guaranteed 20% monthly returns".
"Mr. Mensah is cooperating with investigators," his lawyer, Yaw Darko, said.
Mrs. Mensah was not arrested, the SFO said.
Sign up for The Node, our daily newsletter.
"""


def test_a_namesakes_non_arrest_does_not_deny_the_arrest(tmp_path: Path) -> None:
    assert ingested_disputes(tmp_path, "namesakes", [_PAGE]) == []


def test_a_cited_month_after_the_citing_articles_own_is_last_years() -> None:
    from storyline.extract.citations import Citation
    from storyline.link.provenance import _month_a_year_before

    cited = Citation(0, 60, "The tribunal began the hearing, the Gulf Daily reported in July.", "Gulf Daily", "2025-07")
    assert _month_a_year_before(cited, "2025-05-13") == Citation(0, 60, cited.text, "Gulf Daily", "2024-07")
    earlier = Citation(0, 60, cited.text, "Gulf Daily", "2025-03")
    assert _month_a_year_before(earlier, "2025-05-13") is None


def test_a_negated_appeal_against_a_ban_takes_the_ban_as_given() -> None:
    """lead37: 'has not lodged an appeal against his five-year ban' is no denial of 'was banned'."""
    from storyline.link.claim_presupposed import presupposed_event
    from storyline.link.claim_ref import ClaimRef
    from storyline.link.propositions import Proposition

    def claim(text: str, predicate: str, polarity: str, theme: str) -> ClaimRef:
        return ClaimRef("a1", 0, len(text), text, "someone", predicate, polarity, "asserted",
                        frozenset({predicate, "ban"}), (), None, theme=theme)

    banned = claim("The bowler Tariq Aziz was banned for five years on Tuesday.", "ban", "positive", "Tariq Aziz")
    appeal = claim("Tariq Aziz has not lodged an appeal against his five-year ban.", "lodge", "negative",
                   "an appeal against his five - year ban")
    found = Proposition("claim about ban", frozenset({"ban", "name:aziz"}))
    assert presupposed_event(banned, appeal, found)
    # a denial of the event itself is one
    denied = claim("Tariq Aziz was not banned, the board said.", "ban", "negative", "Tariq Aziz")
    assert not presupposed_event(banned, denied, found)
