"""Forms of branch probe16's invented stories (an Oregon dam, an Irish wildlife park): a broadcaster
cited with a generic tail its own pages leave off, an Irish company form, a report 'at the time' of a
dated event, a first report sharing only a facility's name, 'jnr'/'snr', and a podcast named after its noun."""
from conftest import make_article
from storyline.model import PublishedDate, Span


def _citing(outlet_written: str, time: str | None, day: str | None = None, *spans: Span):
    body = f"{outlet_written} reported it."
    return make_article(body, published=PublishedDate(day, "day") if day else PublishedDate(None, "unknown"),
                        spans=[Span(0, len(body), "CITATION", "citations", body, {"outlet": outlet_written, "time": time}),
                               *spans])


def test_a_broadcaster_cited_with_a_generic_tail_resolves_to_its_pages_under_the_bare_brand():
    """'As RTN News reported on Monday' for a site whose copyright line reads '© RTN 2020'."""
    from storyline.link.provenance import citation_links

    site = make_article("a", outlet="RTN", published=PublishedDate("2020-09-07", "day"))
    citing = _citing("RTN News", "2020-09-07")
    assert {x.article_id: x.resolves_to for x in citation_links([site, citing])} == {citing.id: site.id}
    other = _citing("RTE News", "2020-09-07")  # another brand with the same tail
    assert {x.article_id: x.resolves_to for x in citation_links([site, other])} == {other.id: None}


def test_an_irish_company_form_is_no_part_of_the_outlets_name():
    from storyline.clean.outlet import strip_company_form

    assert strip_company_form("The Irish Courant DAC") == "The Irish Courant"
    assert strip_company_form("Harbour Radio CLG") == "Harbour Radio"
    assert strip_company_form("Dac Weekly") == "Dac Weekly"


def test_a_report_at_the_time_takes_the_time_of_the_event_its_sentence_dates():
    from storyline.extract.citations import find_citations

    class Time:
        def __init__(self, start: int, value: str) -> None:
            self.start, self.value = start, value

    text = ("The licence was suspended last year and the court upheld the suspension in July 2022, "
            "as Globe Wire reported at the time.")
    times = [Time(text.index("last year"), "2022"), Time(text.index("July 2022"), "2022-07")]
    assert [(c.outlet, c.time) for c in find_citations(text, times, ["Globe Wire"])] == [("Globe Wire", "2022-07")]
    # a bare 'as X reported' closing the sentence is dated so too (branch probe19); one the sentence goes on
    # past is not
    plain = "The court upheld the suspension in July 2022, as Globe Wire reported."
    assert [c.time for c in find_citations(plain, [Time(plain.index("July"), "2022-07")], ["Globe Wire"])] == ["2022-07"]
    going_on = "The court upheld the suspension in July 2022, as Globe Wire reported, and the firm appealed."
    assert [c.time for c in find_citations(going_on, [Time(going_on.index("July"), "2022-07")], ["Globe Wire"])] == [None]


def _fac(text: str, name: str) -> Span:
    at = text.index(name)
    return Span(at, at + len(name), "FAC", "entities", name, {"name": name})


def test_a_first_report_sharing_only_a_facility_resolves_to_it():
    """'as first reported by KGFX-TV': the station's report and the wire story share no person or
    company, only the dam."""
    from storyline.link.provenance import citation_links

    text = "Seepage was found at Tolliver Dam."
    station = make_article(text, outlet="KGFX", published=PublishedDate("2021-03-02", "day"), spans=[_fac(text, "Tolliver Dam")])
    body = "The state ordered Tolliver Dam drawn down, as first reported by KGFX-TV."
    citing = make_article(body, published=PublishedDate("2021-03-03", "day"), spans=[
        Span(0, len(body), "CITATION", "citations", body, {"outlet": "KGFX-TV", "time": None}), _fac(body, "Tolliver Dam")])
    assert {x.article_id: x.resolves_to for x in citation_links([station, citing])} == {citing.id: station.id}
    elsewhere = "Work began at Granite Bridge."
    other = make_article(elsewhere, outlet="KGFX", published=PublishedDate("2021-03-02", "day"),
                         spans=[_fac(elsewhere, "Granite Bridge")])
    assert {x.article_id: x.resolves_to for x in citation_links([other, citing])} == {citing.id: None}


def test_jnr_and_snr_are_generational_suffixes():
    from storyline.extract.entities import Mention
    from storyline.extract.mention_spans import suffixed_names
    from storyline.extract.names import surname

    body = "Michael Doherty jnr said so; Michael Doherty snr did not."
    second = body.index("Michael", 1)
    spans = [Mention(0, 15, "Michael Doherty", "PERSON"), Mention(second, second + 15, "Michael Doherty", "PERSON")]
    fixed = suffixed_names(spans, body)
    assert [m.text for m in fixed] == ["Michael Doherty jnr", "Michael Doherty snr"]
    assert surname("Michael Doherty jnr") == "doherty"


def test_a_podcast_named_after_its_noun_is_cited():
    from storyline.extract.citations import find_citations

    text = 'Okonjo said on the podcast "Dam Nation" this summer that the repair was late.'
    assert [c.outlet for c in find_citations(text)] == ["Dam Nation"]
    assert [c.outlet for c in find_citations('She said on the podcast that the "Dam" was late.')] == []


def test_a_name_run_into_its_bracketed_acronym_is_two_mentions():
    from storyline.extract.entities import Mention
    from storyline.extract.org_spans import bracketed_acronym_split

    body = "The U.S. Army Corps of Engineers (USACE) is not involved."
    run_on = Mention(0, 38, "The U.S. Army Corps of Engineers (USACE", "ORG")
    assert [(m.text, body[m.start:m.end]) for m in bracketed_acronym_split([run_on], body)] == [
        ("The U.S. Army Corps of Engineers", "The U.S. Army Corps of Engineers"), ("USACE", "USACE")]
    person = Mention(0, 20, "Ana Ruiz (D", "PERSON")  # a party in brackets after a person stays as it is
    assert bracketed_acronym_split([person], body) == [person]


def test_an_office_title_before_a_name_tagged_a_thing_is_a_person():
    from storyline.extract.entities import Mention
    from storyline.extract.mention_labels import correct_labels

    body = '"The slope is dry," Sheriff Boyle said, citing Special Olympics rules.'
    at, other = body.index("Sheriff"), body.index("Special")
    fixed = correct_labels([Mention(at, at + 13, "Sheriff Boyle", "WORK_OF_ART"),
                            Mention(other, other + 16, "Special Olympics", "EVENT")], body)
    assert [(m.text, m.label) for m in fixed] == [("Sheriff Boyle", "PERSON"), ("Special Olympics", "EVENT")]


def test_a_masthead_with_an_ampersand_named_by_its_publisher_line_and_a_newsletters_thanks():
    from storyline.clean.metadata import read_metadata
    from storyline.model import DroppedLine

    line = DroppedLine(23, "Dam & Hydro Engineer is published by Meridian Trade Media. Subscribe to the print edition.", "related")
    assert read_metadata(make_article(body="The dam was approved.", dropped=[line])).outlet == "Dam & Hydro Engineer"
    body = "The park closed.\n\nThanks for reading The Paddock! Subscribe for free to receive new posts."
    assert read_metadata(make_article(body=body)).outlet == "Paddock"


def test_a_radio_station_named_by_region_and_frequency_is_an_outlet():
    from storyline.extract.citations import find_citations

    assert [c.outlet for c in find_citations("Councillor Moran told Midlands 104 FM that he was confident.")] == [
        "Midlands 104 FM"]
    assert [c.outlet for c in find_citations("The mayor told FM Global that the plan was sound.")] == []


def test_an_outlets_investigation_into_a_topic_and_a_report_read_cite_it():
    from storyline.extract.citations import find_citations

    known = ["Floodline"]
    follows = "The approval follows Floodline's June investigation into missed inspections."
    reading = "Whitcomb said he wrote the bill after reading a Floodline investigation of the dam."
    assert [c.outlet for c in find_citations(follows, (), known)] == ["Floodline"]
    assert [c.outlet for c in find_citations(reading, (), known)] == ["Floodline"]
    assert find_citations("Smith's investigation into the crash found nothing.", (), known) == []


def test_a_name_ended_by_a_structures_term_is_a_facility_not_a_person():
    from storyline.extract.names import looks_like_structure

    assert looks_like_structure("Tolliver Dam") and looks_like_structure("Granite Falls Bridge")
    assert not looks_like_structure("Dam") and not looks_like_structure("Anita Boyle")
