"""Forms an invented story of branch probe19 (a container crane's collapse at a port, its maker abroad, a
regulator's citation, a lawsuit) read wrong, on invented text: a union local's number read as a year, and a
citation dated by a time in what the cited outlet reported rather than by its report."""
import datetime as dt

from storyline.extract.citations import find_citations
from storyline.extract.times import find_times


def _years(text: str) -> list[str]:
    return [t.value for t in find_times(text, dt.date(2023, 3, 9))]


def test_a_number_after_a_label_noun_is_no_year():
    assert _years("Members of ILA Local 1790 walked out.") == []
    assert _years("Flight 1549 landed in the river.") == []
    # a year after other words, and a lower-case 'local', is a year
    assert _years("The port opened in 1790.") == ["1790"]
    assert _years("It was the local 1990 vote.") == ["1990"]


def _time_of(body: str, outlet: str) -> str | None:
    times = find_times(body, dt.date(2023, 3, 22))
    found = [c for c in find_citations(body, times, known_outlets=[outlet]) if outlet in c.outlet]
    assert found, body
    return found[0].time


def test_a_time_in_what_was_reported_does_not_date_the_report():
    outlet = "The Harbor Ledger"
    body = ("Cranes were checked. The Harbor Ledger, which first reported the findings, said a November 2022 "
            "report had found a crack.")
    assert _time_of(body, outlet) is None
    body = "Cranes were checked. According to The Harbor Ledger, only two ports publish their reports today."
    assert _time_of(body, outlet) is None
    # a time right after the report verb, or inside the fronted clause, dates the report
    body = "Cranes were checked. The Harbor Ledger reported on Monday that a crack had been found."
    assert _time_of(body, outlet) == "2023-03-20"
    body = "Cranes were checked. According to The Harbor Ledger on Monday, a crack had been found."
    assert _time_of(body, outlet) == "2023-03-20"


def test_a_company_s_bare_name_tagged_a_person_is_the_company():
    from storyline.extract.entities import ArticleEntity, Mention
    from storyline.link.org_merge import as_company_word, company_stems, person_surnames

    company = ArticleEntity("ORG", "Nordholm Lift AB", [Mention(0, 16, "Nordholm Lift AB", "ORG")])
    bare = ArticleEntity("PERSON", "Nordholm", [Mention(40, 48, "Nordholm", "PERSON")])
    listed = {"a": [company, bare]}
    stems, surnames = company_stems(listed), person_surnames(listed)
    assert as_company_word(bare, stems, surnames).name == "Nordholm Lift AB"
    assert as_company_word(bare, stems, surnames).label == "ORG"
    # a person of that surname in the corpus, or a title, keeps it a person
    eva = ArticleEntity("PERSON", "Eva Nordholm", [Mention(60, 72, "Eva Nordholm", "PERSON")])
    assert as_company_word(bare, stems, person_surnames({"a": [company, bare, eva]})).label == "PERSON"
    titled = ArticleEntity("PERSON", "Nordholm", [Mention(36, 48, "Dr. Nordholm", "PERSON")])
    assert as_company_word(titled, stems, surnames).label == "PERSON"


def test_a_station_s_photo_credit_a_writer_s_place_and_a_newsroom_s_own_promo_are_no_body():
    from storyline.clean.lines import explicit_reason

    assert explicit_reason("Ana Ruiz holds a photo of her son on Friday. (WHLT photo)") == "caption"
    assert explicit_reason("Ana Ruiz speaks to reporters outside the courthouse on Friday. (WHLT)") == "caption"
    assert explicit_reason("Rosa Achebe contributed reporting from Columbia.") == "credit"
    assert explicit_reason("Sunniva Berg reported from Gothenburg.") == "credit"
    assert explicit_reason("The Harbor Ledger is a nonprofit newsroom. Support our work: Donate today.") == "promo"
    assert explicit_reason("Welcome back to The Harbor Note. This week: a case ends.") == "promo"
    # prose, and an outlet's credit the citation stage reads, stay body
    assert explicit_reason("Allied News Wire contributed to this report.") is None
    assert explicit_reason("The shares fell 3% (NYSE).") is None
    assert explicit_reason("Welcome back to the show, he said.") is None
    assert explicit_reason("Police reported from Monday that three people died.") is None


def test_a_closing_as_x_reported_is_dated_by_the_clause_it_closes():
    outlet = "The Harbor Ledger"
    body = "Cranes were checked. The maker had said last year that it would fight the suit, as the Harbor Ledger reported."
    times = find_times(body, dt.date(2025, 9, 8))
    found = [c for c in find_citations(body, times, known_outlets=[outlet]) if "Harbor Ledger" in c.outlet]
    assert [c.time for c in found] == ["2024"]
    # not when the sentence goes on past the report
    body = "Cranes were checked. The maker said last year, as the Harbor Ledger reported, that it would sue."
    times = find_times(body, dt.date(2025, 9, 8))
    found = [c for c in find_citations(body, times, known_outlets=[outlet]) if "Harbor Ledger" in c.outlet]
    assert [c.time for c in found] == [None]


def test_a_figure_sentence_near_the_end_does_not_cut_the_last_paragraphs():
    from storyline.clean.text import clean_text

    body = [
        "The maker has been named in a wrongful-death lawsuit in the United States over the collapse of one of "
        "its cranes at a port in March last year, according to court papers filed on Tuesday.",
        "The suit, brought by the family of the crane operator, also names the harbour authority, which ran the crane.",
        "It says a weld made at the maker's factory failed, citing the findings of the federal safety regulator.",
        "The company said it would fight the lawsuit in court.",
        "Kavera's shares closed 2.1 per cent lower on Thursday.",
        "The managing director, who stepped down in January, has been succeeded by Anjali Deshpande.",
    ]
    page = "\n\n".join(["THE DAILY SAMPLE", "Home  India  Business  Markets", "Maker faces suit over crane collapse",
                        *body, "Also Read: Maker's profit rises 14% on orders", "© 2024 The Daily Sample Ltd."])
    cleaned = clean_text(page)
    assert body[-2] in cleaned.body and body[-1] in cleaned.body


def test_a_desk_s_unsigned_credit_beside_the_dateline_is_no_author():
    from storyline.clean.bare_byline import name_beside

    assert name_beside(["SPECIAL CORRESPONDENT", "Pune, 23 May 2024"], 1) is None
    assert name_beside(["Our Bureau", "Pune, 23 May 2024"], 1) is None
    found = name_beside(["ADITI RAGHUNATHAN", "Pune, 23 May 2024"], 1)
    assert found is not None and found.names
