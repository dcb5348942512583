"""The lead's twenty-ninth invented story (a dam release floods an Australian town): a talkback station
cited by its bare call sign, a year-less month cited in the citing article's own month, a late
announcement told as 'did not announce … until', and a denied act on a definite object against a claim
sharing only that object. Invented sentences."""
from conftest import extracted_flags, make_article
from storyline.extract.citations import find_citations
from storyline.link.provenance import OutletIndex, citation_links
from storyline.model import PublishedDate, Span
from storyline.payloads import CitationPayload


def test_a_station_is_told_by_its_bare_call_sign():
    text = "Helen Park told 3AW on Tuesday that the company had followed its emergency plan."
    assert [c.outlet for c in find_citations(text)] == ["3AW"]
    # a size is no station: 'on 4GB' names nothing
    assert find_citations("The phone ships with 4GB of memory, the company said on Tuesday.") == []


def test_a_call_sign_stands_for_the_station_the_corpus_holds():
    station = make_article("Text.", outlet="3RV Riverina Radio", published=PublishedDate("2024-03-05", "day"))
    assert OutletIndex([station]).outlets_for("3RV") == ["3rv riverina radio"]


def _citing(text: str, time: str, published: str):
    article = make_article(text, outlet="Citing Radio", published=PublishedDate(published, "day"))
    article.spans = [Span(0, len(text), "CITATION", "citations", text,
                          payload=CitationPayload(outlet="Hydro Review", time=time))]
    return article


def test_a_year_less_month_of_the_citing_articles_own_month_may_be_last_years():
    review = make_article("Text.", outlet="Hydro Review", published=PublishedDate("2024-03-12", "day"))
    review.id = "review"
    citing = _citing("Hydro Review reported in March that the operator was reviewing staffing.", "2025-03", "2025-03-03")
    [link] = citation_links([review, citing])
    assert link.resolves_to == "review" and link.time == "2024-03"
    # a sentence that prints its year keeps it
    dated = _citing("Hydro Review reported in March 2025 that the operator was reviewing staffing.", "2025-03",
                    "2025-03-03")
    assert citation_links([review, dated])[0].resolves_to is None


WIRE = "Tallow Hydro, which operates the dam, announced the release on Saturday afternoon, saying heavy rain \
had left it no choice."
LATE = ("Tallow Hydro did not announce the release until Sunday morning, hours after the water had reached "
        "Bellmont, emails seen by the Gazette show. Tallow Hydro did not answer the Gazette's questions about the rosters.")
SCRUTINY = "Tallow Hydro is facing questions from regulators and residents after the release."


def _flags(*texts_and_days: tuple[str, str]) -> list[tuple[str, str, str]]:
    return extracted_flags(*texts_and_days)


def test_not_until_dates_the_announcement_and_a_denied_act_presupposes_its_object():
    flags = _flags((WIRE, "2024-03-04"), (LATE, "2024-03-07"), (SCRUTINY, "2024-03-12"))
    assert flags == [("dates", "a0", "a1")]
