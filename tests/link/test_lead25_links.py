"""The lead's twenty-fifth invented story (a water company's sewage spills; UK outlets): an agency
cited by initials that spell a capitals word whole ('UKNA'), a broadcaster by its initials and 'News',
an outlet's relative clause of documents it obtained, a councillor's abbreviated title. Invented sentences."""
from conftest import make_article
from storyline.extract.citations import find_citations
from storyline.extract.names import initials_of_words
from storyline.link.provenance import OutletIndex
from storyline.model import PublishedDate


def test_initials_spell_a_word_in_capitals_whole():
    assert initials_of_words("UK News Agency") == "UKNA"
    assert initials_of_words("Britannia Broadcasting News") == "BBN"
    assert initials_of_words("Rivertide News") == ""  # two words: initials collide too often


def test_an_agency_cited_by_its_initials_and_a_relative_clause_of_documents_it_obtained_cite():
    known = ("UK News Agency", "Rivertide")
    assert [c.outlet for c in find_citations("UKNA reported on Wednesday that the works would close.",
                                              known_outlets=known)] == ["UKNA"]
    assert [c.outlet for c in find_citations("Rivertide, which obtained the monitor data, counted 14 spills.",
                                              known_outlets=known)] == ["Rivertide"]


def test_initials_and_news_stand_for_the_broadcaster_the_corpus_holds():
    site = make_article("Text.", outlet="Britannia Broadcasting News", published=PublishedDate("2023-08-16", "day"))
    agency = make_article("Text.", outlet="UK News Agency", published=PublishedDate("2023-08-18", "day"))
    index = OutletIndex([site, agency])
    assert index.outlets_for("BBN News") == ["britannia broadcasting news"]
    assert index.outlets_for("UKNA") == ["uk news agency"]
