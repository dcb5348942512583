from conftest import make_article
from storyline.link.provenance import Edge, first_reported, independent_origins
from storyline.model import PublishedDate


def test_reprints_and_citing_articles_are_one_origin():
    original = make_article("Wells closed.", published=PublishedDate("2023-03-14", "day"))
    reprint = make_article("Wells closed!", duplicate_of=original.id)
    citing = make_article("The Ledger first reported that wells closed.")
    independent = make_article("Our own tests found solvent.")
    edges = [Edge(citing.id, "Harbour Ledger", original.id, "The Ledger first reported …")]
    groups = independent_origins([original, reprint, citing, independent], edges)
    assert len(groups) == 2 and {original.id, reprint.id, citing.id} == set(groups[0])


def test_first_reported_is_the_earliest_dated_original():
    a = make_article("a", outlet="Ledger", published=PublishedDate("2023-03-14", "day"))
    b = make_article("b", outlet="Courier", published=PublishedDate("2023-09-19", "day"))
    undated = make_article("c", outlet="Coastwatch")
    found = first_reported([b, undated, a], [])
    assert (found["outlet"], found["date"]) == ("Ledger", "2023-03-14")
    assert first_reported([undated], []) is None
