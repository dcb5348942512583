"""The lead's thirty-ninth invented story: claims linked only by an indefinite description on each side
('a small airline') are about two referents, not one claim and its denial (invented text only)."""
from __future__ import annotations

from pathlib import Path

from conftest import ingested_disputes

_FIRST = """Harbour Courier
Ferry firm halts crossings
By Ann Lowry
March 4, 2025
Bluewater Ferries bought two extra vessels last spring and added a night crossing to Oban, a move that analysts said stretched a small operator too thin.
The company stopped all sailings on Monday.
"""

_SECOND = """Island Times
Travellers stuck on the quay
By Joe Marr
March 7, 2025
Passengers of Bluewater Ferries waited on the quay at Craignure for a third day on Thursday.
"I'm never sailing with a small operator again," Moira Bell said.
"""


def test_two_indefinite_descriptions_are_not_one_claim_and_its_denial(tmp_path: Path) -> None:
    from storyline.link.claim_indefinite import indefinite_only
    from storyline.link.claim_ref import ClaimRef
    from storyline.link.propositions import Proposition

    assert ingested_disputes(tmp_path, "indefinite", [_FIRST, _SECOND]) == []

    def claim(predicate: str, polarity: str, theme: str) -> ClaimRef:
        return ClaimRef("a1", 0, 10, "…", "someone", predicate, polarity, "asserted",
                        frozenset({predicate, "operat", "small"}), (), None, theme=theme)

    found = Proposition("claim about operator, small", frozenset({"small", "operat"}))
    assert indefinite_only(claim("stretch", "positive", "a small operator"),
                           claim("sail", "negative", "with a small operator"), found) is False  # theme as parsed
    assert indefinite_only(claim("stretch", "positive", "a small operator"),
                           claim("sail", "negative", "a small operator"), found)
    # a definite description on one side names one thing
    assert not indefinite_only(claim("stretch", "positive", "the small operator"),
                               claim("sail", "negative", "a small operator"), found)


def test_told_an_outlet_on_a_day_resolves_to_its_report_of_the_next_morning() -> None:
    """'their union told the Harbour Courier on Thursday' cites the daily's Friday story: the day is the
    interview's. A report two days later is another story."""
    from conftest import make_article
    from storyline.link.provenance import citation_links
    from storyline.model import PublishedDate, Span

    def citing(day: str) -> object:
        body = "The crews have not been paid, their union told the Harbour Courier on Thursday."
        return make_article(body, published=PublishedDate(day, "day"), spans=[Span(
            0, len(body), "CITATION", "citations", body, {"outlet": "Harbour Courier", "time": "2025-03-06"})])

    friday = make_article("a", outlet="Harbour Courier", published=PublishedDate("2025-03-07", "day"))
    later = citing("2025-03-07")
    assert {x.article_id: x.resolves_to for x in citation_links([friday, later])} == {later.id: friday.id}
    sunday = make_article("b", outlet="Harbour Courier", published=PublishedDate("2025-03-09", "day"))
    far = citing("2025-03-09")
    assert {x.article_id: x.resolves_to for x in citation_links([sunday, far])} == {far.id: None}


def test_dotted_initials_tagged_a_person_are_the_organisation_they_spell() -> None:
    """'the H.P.U. represents 61 pilots' tagged PERSON where another article names the 'Harbour Pilots
    Union': one body, its acronym written with periods; initials that spell no organisation stay."""
    from storyline.extract.entities import ArticleEntity, Mention
    from storyline.link.entity_merge import merge_entities

    def entity(label: str, name: str) -> ArticleEntity:
        return ArticleEntity(label, name, [Mention(0, len(name), name, label)])

    merged = merge_entities({"a1": [entity("ORG", "Harbour Pilots Union"), entity("ORG", "HPU")],
                             "a2": [entity("PERSON", "H.P.U."), entity("PERSON", "J.R.T.")]})
    by_name = {e.name: e for e in merged}
    union = by_name["Harbour Pilots Union"]
    assert any(article == "a2" for article, _ in union.mentions)
    assert by_name["J.R.T."].type == "PERSON"


_SUSPENDED = """Harbour Post
Ferry firm halts sailings
By Ann Lowry
March 4, 2025
Bluewater Ferries, a Scottish ferry operator that began sailing to Oban last year, halted all sailings on Tuesday.
The operator announced the suspension on Monday, the Island Times reported, citing financial difficulties.
"""

_ANALYSIS = """Sound Weekly
Analysis: how Bluewater ran aground
By Joe Marr
March 6, 2025
Bluewater Ferries announced the suspension of its sailings on Sunday, March 2, after its fuel supplier stopped extending credit.
"""


def test_a_description_the_articles_appositive_gives_refers_back_past_a_trailing_report(tmp_path: Path) -> None:
    """'The operator announced the suspension on Monday, the Island Times reported' names what was announced
    (not the trailing report) and 'the operator' is the firm the article's appositive calls one: two dates
    of one announcement."""
    found = ingested_disputes(tmp_path, "announced", [_SUSPENDED, _ANALYSIS])
    assert any("announced the suspension on Monday" in d["a"]["text"] + d["b"]["text"]
               and "on Sunday, March 2" in d["a"]["text"] + d["b"]["text"] for d in found)
