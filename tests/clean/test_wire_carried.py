"""A news agency's story carried by a paper, as a plain-text scrape shows it: the agency is the outlet, the
paper its republisher (clean/wire_carried.py; the seeds' answer key and the invented unseen stories' gold).
Invented text only."""

from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str, source: str = "page.txt", kind: str = "text") -> Article:
    article = clean_document(make_raw(text, source=source, kind=kind))
    assert isinstance(article, Article)
    return article


_CARRIED_DATELINE = """The Harbour Courier
Home | News | Business | Sport
Port operator fined over crane collapse
KARACHI (Reuters) - A port operator was fined on Tuesday over the collapse of a container crane that injured four dock workers last year, the maritime authority said.
The authority said its inquiry found that the crane's brakes had not been inspected for two years.
The company said it would appeal against the fine.
© 2025 The Harbour Courier. All rights reserved.
"""

_CARRIED_SIGN_OFF = """The Harbour Courier
Home | News | Business | Sport
Rail freight volumes rise for third month
Freight carried on the national network rose for a third straight month in May, the railway ministry said on Monday.
Coal and cement shipments accounted for most of the increase, the ministry said in a statement.
Officials expect volumes to ease during the monsoon season. REUTERS
© 2025 The Harbour Courier. All rights reserved.
"""

_OWN_CREDIT = """The Harbour Courier
Home | News | Business | Sport
Council approves new ferry terminal
PORT ELLIS (The Harbour Courier) - The city council approved plans for a new ferry terminal on Wednesday after a two-hour debate.
Councillors voted nine to four in favour of the plan, which will be paid for by a harbour levy.
© 2025 The Harbour Courier. All rights reserved.
"""


def test_an_agencys_dateline_on_a_papers_page_makes_the_agency_the_outlet_and_the_paper_its_republisher():
    article = _clean(_CARRIED_DATELINE)
    assert article.outlet == "Reuters"
    assert article.metadata.get("republished_by") == "The Harbour Courier"


def test_an_agencys_sign_off_does_the_same():
    article = _clean(_CARRIED_SIGN_OFF)
    assert article.outlet == "Reuters"
    assert article.metadata.get("republished_by") == "The Harbour Courier"


def test_a_papers_own_credit_in_the_dateline_keeps_the_paper():
    article = _clean(_OWN_CREDIT)
    assert article.outlet == "The Harbour Courier"
    assert "republished_by" not in article.metadata


def test_an_html_page_keeps_its_site_as_the_outlet():
    # markup declares the publisher: dates-dev's gold names the carrying site for agency copy
    html = ("<html><head><meta property='og:site_name' content='The Harbour Courier'><title>Port operator fined"
            "</title></head><body><article><h1>Port operator fined over crane collapse</h1><p>"
            + _CARRIED_DATELINE.splitlines()[3] + "</p><p>The company said it would appeal against the fine.</p>"
            "</article></body></html>")
    article = _clean(html, source="page.html", kind="html")
    assert article.outlet == "The Harbour Courier"


_NATIONAL_AGENCY = """The Peninsula Ledger
Nation | World | Money | Life
Money
Palm oil refiner wins Ghana terminal job
Tuesday, 4 Mar 2025 2:10 PM MYT
{place}, March 4 ({agency}) -- A palm oil refiner has won a contract to build a storage terminal at a West African port, it said in a filing today.
The company said the terminal would hold 80,000 tonnes and would be completed in two years.
Its shares rose three sen at the close.
The Peninsula Ledger © 2025 | Privacy Policy
"""


def test_a_national_agencys_dateline_credit_makes_the_agency_the_outlet():
    # the national agencies of rules/citations.toml [news_agency_names] file under the dateline credit
    # as the global wires do (branch probe40: a Bernama story on a Malaysian paper's page)
    # (the registry's name when it lists the agency: 'NAN' is the News Agency of Nigeria)
    for place, agency, outlet in (("KUALA LUMPUR", "Bernama", "bernama"), ("JAKARTA", "Antara", "antara"),
                                  ("ABUJA", "NAN", "news agency of nigeria"), ("MANILA", "PNA", "philippine news agency")):
        article = _clean(_NATIONAL_AGENCY.format(place=place, agency=agency))
        assert outlet in (article.outlet or "").casefold(), (agency, article.outlet)
        assert article.metadata.get("republished_by") == "The Peninsula Ledger"


def test_a_bracketed_place_or_paper_in_the_dateline_is_no_agency():
    article = _clean(_NATIONAL_AGENCY.format(place="PORT ELLIS", agency="The Peninsula Ledger"))
    assert article.outlet == "The Peninsula Ledger"
    assert "republished_by" not in article.metadata


_CARRIED_TAGLINE = """The Lakeshore Signal | News | Local | Weather
Advertisement
Province to review ferry fares after complaints
Nadia Brennan
The Canadian Press
Published Apr 2, 2025 3:10 p.m. EDT
HALIFAX — The province will review fares on its coastal ferry routes after a winter of complaints from island residents, the transportation minister said Wednesday.
The minister said the review would report by the end of the summer and would look at discounts for commuters.
Island councils have asked for lower fares for three years, saying the crossings cost families hundreds of dollars a month.
This report by The Canadian Press was first published April 2, 2025.
Related Stories
© 2025 The Lakeshore Signal. All rights reserved.
"""

_TAGLINE_OF_A_PAPER = _CARRIED_TAGLINE.replace("This report by The Canadian Press", "This report by The Lakeshore Signal")


def test_an_agencys_tagline_under_the_story_makes_the_agency_the_outlet():
    article = _clean(_CARRIED_TAGLINE)
    assert article.outlet == "The Canadian Press"
    assert article.metadata.get("republished_by") == "The Lakeshore Signal"


def test_a_menu_bar_opening_with_the_masthead_gives_no_section_as_the_outlet():
    article = _clean(_TAGLINE_OF_A_PAPER)
    assert article.outlet not in ("Weather", "Local", "News")
