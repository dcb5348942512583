"""Branch probe40: citations in Southeast Asian and West African copy; a paper introduced by its country's
possessive and 'newspaper', citing its sources, and giving a figure; outlets of the region cited by name alone.
Invented text only."""

from __future__ import annotations

from storyline.extract.citations import find_citations


def test_a_papers_citing_clause_after_its_countrys_possessive_is_a_citation() -> None:
    for sentence, outlet in (
        ("The cost has grown, and Ghana's Harbour Courier newspaper, citing court records, has put it at $2 million.",
         "Harbour Courier"),
        ("Kenya's Lakeside Herald, citing two officials, estimated the loss at 40 million shillings.", "Lakeside Herald"),
        ("The Campus Herald newspaper, citing two faculty members, said the dean would resign.", "The Campus Herald"),
    ):
        assert [c.outlet for c in find_citations(sentence)] == [outlet], sentence


def test_a_person_citing_sources_is_no_outlet() -> None:
    assert find_citations("Ruiz, citing two colleagues, said the plan had failed.") == []
    assert find_citations("Mr Okafor's lawyer, citing court records, put the loss at $2 million.") == []


def test_the_regions_outlets_are_cited_by_name_alone() -> None:
    for sentence, outlet in (("The Edge reported yesterday that the regulator had opened a review.", "The Edge"),
                             ("The governor said in an interview with Arise Television that the road would open.",
                              "Arise Television"),
                             ("Sahara Reporters reported on Monday that the contract had been cancelled.",
                              "Sahara Reporters"),
                             ("The mayor told SunStar that the market would reopen.", "SunStar")):
        assert outlet in [c.outlet for c in find_citations(sentence)], sentence
