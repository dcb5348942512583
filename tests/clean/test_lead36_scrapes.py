"""The lead's thirty-sixth invented story (a crypto app's collapse across West Africa and Southeast Asia): a
radio site's 'Source: NAME | BRAND' credit, an agency's logo giving its initials beside its name, a slash date
the lead's weekday settles, and a sentence naming an official under a long agency title (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.byline import read_byline
from storyline.clean.credited_outlet import credited_outlet
from storyline.clean.title_lines import acronym_logo
from storyline.pipeline.runner import clean_document


def test_a_source_label_before_a_reporter_and_the_brand_credits_the_reporter():
    found = read_byline("Source: Efua Mensah | CoastFM")
    assert found is not None and found.names == ("Efua Mensah",) and found.outlet == "CoastFM"
    assert read_byline("Source: AFP") is None
    assert read_byline("Source: Ministry of Health") is None


def test_a_station_brand_with_its_band_glued_is_an_outlet():
    assert credited_outlet("CoastFM") == "CoastFM"
    assert credited_outlet("Coast FM") == "Coast FM"
    assert credited_outlet("McDonald") is None


def test_an_agency_logo_with_its_initials_names_the_agency():
    assert acronym_logo("WPA - West African Press Agency") == "WPA"
    assert acronym_logo("Ghana News Agency (GNA)") == "GNA"
    assert acronym_logo("EU - China Talks Collapse") is None
    assert acronym_logo("BBC - Home") is None


_WIRE = """WPA - West African Press Agency
World  Africa  Business  Sport  Culture
Ghana suspends licence of payments app
Accra (WPA) - Ghana's central bank has suspended the licence of a payments app, two officials told WPA on Wednesday.
The bank said the app had failed to keep customers' money apart from its own.
Customers can still withdraw their balances until the end of the month, the officials said.
Published on 05/03/2025 - 14:22
"""


def test_the_agency_page_names_its_initials_and_its_date_by_the_leads_weekday():
    article = clean_document(make_raw(_WIRE, source="wire.txt"))
    assert article.outlet in ("WPA", "West African Press Agency")
    assert article.title == "Ghana suspends licence of payments app"
    # 5 March 2025 was a Wednesday, 3 May 2025 a Saturday
    assert article.published is not None and article.published.value == "2025-03-05"


_STAR = """The Harbour Post
Nation | World | Business | Tech | Sport
Payments app users lodge reports
By SITI AMINAH ISMAIL
Tuesday, 11 Mar 2025 7:12 PM MYT
Users of a payments app are seeking help from the police after its founder was arrested abroad.
The founder was arrested in Accra on Friday, officials there said.
At least 120 users have lodged police reports, said Federal Commercial Crime Investigation Department director Datuk Aziz Rahman.
"Do not send any more money to this platform," Aziz said.
Related: Shares end lower on profit-taking
"""


def test_a_sentence_naming_an_official_under_a_long_title_stays_in_the_body():
    article = clean_document(make_raw(_STAR, source="star.txt"))
    assert "At least 120 users" in article.body and "Do not send any more money" in article.body


def test_an_afp_style_dateline_with_a_title_case_place_is_a_wire_dateline():
    from storyline.clean.wire_dateline import opening_dateline

    found = opening_dateline("Accra (WPA) - Ghana's central bank has suspended the licence of a payments app.")
    assert found is not None and found.credit == "WPA" and found.place_end == len("Accra")
    assert opening_dateline("Accra - the city said on Monday that it would close.") is None
