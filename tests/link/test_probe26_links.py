"""Branch probe26's invented story: a denial of an act done to other participants than the ones a report
names ('arrested two teachers' / 'denied that any candidate had been arrested') is no dispute (invented text
only)."""
from __future__ import annotations

from pathlib import Path

from conftest import ingested_disputes

_ARRESTS = """Lakeside Wire
Two teachers held over leaked ballots
By Ana Reyes
March 4, 2025
Police in Vellin have arrested two teachers suspected of selling copies of the leaked ballot papers to voters.
The police chief denied that any voter had been arrested, saying voters were witnesses, not suspects.
"""

_SAME_SET = """Coast Wire
Police deny teachers held
By Tom Vale
March 5, 2025
The Vellin police chief said on Wednesday that no teachers had been arrested over the leaked ballot papers.
"""


def test_a_denial_of_the_act_done_to_another_set_is_no_dispute(tmp_path: Path) -> None:
    assert ingested_disputes(tmp_path, "other_set", [_ARRESTS]) == []


def test_a_denial_of_the_act_done_to_the_same_set_still_meets_the_report(tmp_path: Path) -> None:
    found = ingested_disputes(tmp_path, "same_set", [_ARRESTS, _SAME_SET])
    texts = [f["a"]["text"] + f["b"]["text"] for f in found]
    assert any("arrested two teachers" in t and "no teachers had been arrested" in t for t in texts)


def test_the_head_of_what_the_act_is_done_to() -> None:
    import datetime as dt

    from storyline.link.claim_ref import ClaimRef
    from storyline.link.claim_undergoers import other_undergoers, undergoer_head

    def claim(text: str, polarity: str, agent: str, theme: str | None) -> ClaimRef:
        day = dt.date(2025, 3, 4)
        return ClaimRef("a", 0, len(text), text, "x", "arrest", polarity, "asserted", frozenset({"arrest"}), (),
                        (day, day), agent=agent, theme=theme)

    report = claim("Police arrested two teachers suspected of fraud .", "positive", "Police",
                   "two teachers suspected of fraud")
    assert undergoer_head(report) == "teacher"
    assert undergoer_head(claim("No one was arrested .", "negative", "No one", None)) is None
    assert other_undergoers(report, claim("No voters were arrested .", "negative", "No voters", None))
    assert not other_undergoers(report, claim("No people were arrested .", "negative", "No people", None))
    pupils = claim("Police arrested 40 pupils .", "positive", "Police", "40 pupils")
    assert not other_undergoers(pupils, claim("No candidates were arrested .", "negative", "No candidates", None))
    # things are not compared: 'the fever was confirmed' / 'no cases confirmed' name one thing two ways
    fever = claim("The fever has been confirmed .", "positive", "The fever", None)
    assert not other_undergoers(fever, claim("Officials confirmed no cases .", "negative", "Officials", "no cases"))


def test_a_company_named_with_pty_ltd_joins_its_bare_name_tagged_a_facility() -> None:
    """'Harrow Freight (Pty) Ltd' / 'Harrow Freight’s plant': 'Pty Ltd', 'Sdn Bhd' are one designator."""
    from storyline.extract.entities import ArticleEntity, Mention
    from storyline.link.entity_merge import merge_entities

    def entity(label: str, name: str, *texts: str) -> ArticleEntity:
        texts = texts or (name,)
        return ArticleEntity(label, name, [Mention(20 * i, 20 * i + len(t), t, label) for i, t in enumerate(texts)])

    for company in ("Harrow Freight (Pty) Ltd", "Harrow Freight Sdn Bhd"):
        articles = {"a1": [entity("ORG", company, company, "Harrow")],
                    "a2": [entity("FAC", "Harrow Freight", "Harrow Freight’s")]}
        groups = sorted(sorted({m.text for _, m in e.mentions}) for e in merge_entities(articles))
        assert groups == [sorted(["Harrow", company, "Harrow Freight’s"])]
