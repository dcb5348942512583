"""The lead's thirtieth invented story: a station cited by its brand less 'News' ('TTV6'), and a closing
'as X reported' whose sentence dates the event the report came out the day after. Invented sentences."""
from conftest import make_article
from storyline.extract.citations import find_citations
from storyline.link.provenance import citation_links
from storyline.model import PublishedDate, Span
from storyline.payloads import CitationPayload


def test_a_known_station_is_cited_by_its_brand_less_news():
    text = "The minister said in an interview on TTV6 last week that every home would be inspected."
    assert [c.outlet for c in find_citations(text, known_outlets=("TTV6 News",))] == ["TTV6"]
    # a common word left of a name less its tail names nothing
    assert find_citations("The minister said in an interview on Island last week that homes would be inspected.",
                          known_outlets=("Island News",)) == []


def _citing(text: str, time: str):
    article = make_article(text, outlet="Kingston Paper", published=PublishedDate("2025-06-19", "day"))
    article.spans = [Span(0, len(text), "CITATION", "citations", text, payload=CitationPayload(outlet="TTV6 News", time=time))]
    return article


def test_as_reported_finds_the_report_of_the_day_after_the_event():
    station = make_article("Text.", outlet="TTV6 News", published=PublishedDate("2025-06-18", "day"))
    station.id = "station"
    closing = _citing("He was charged on Tuesday with fraud, as TTV6 News reported.", "2025-06-17")
    assert citation_links([station, closing])[0].resolves_to == "station"
    # a report dated by its own verb is looked for on that day only
    dated = _citing("TTV6 News reported on Tuesday that he had been charged.", "2025-06-17")
    assert citation_links([station, dated])[0].resolves_to is None


def test_a_masthead_opening_with_its_initials_goes_by_them():
    """lead31: 'GPA Global Press Agency' cited as 'told GPA', 'as GPA reported'."""
    from storyline.link.provenance import OutletIndex

    known = ("GPA Global Press Agency",)
    assert [c.outlet for c in find_citations("Fjordline told GPA last week that there was no inquiry.",
                                              known_outlets=known)] == ["GPA"]
    wire = make_article("Text.", outlet="GPA Global Press Agency", published=PublishedDate("2024-02-15", "day"))
    assert OutletIndex([wire]).outlets_for("GPA") == ["gpa global press agency"]
