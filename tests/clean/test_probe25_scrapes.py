"""Branch probe25's invented story (a vaccine consignment spoiled in cold storage, reaching Pakistani, Irish, Canadian,
Ghanaian and Australian pages): page forms the cleaning did not read (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


_AGENCY_PAGE = """Home | National | Business | Sports | Health | Photos
Ferry service suspended after engine fault, says port authority
Mar 12 2024, 09:14 PM PKT
Share  Tweet  WhatsApp
GWADAR, Mar 12 (NWS): The port authority has suspended the island ferry service after an engine fault was found during an inspection, officials said on Tuesday.
The authority said passengers holding tickets would be refunded in full and that the service would resume once repairs were complete.
An engineer said the fault had been found in the vessel's cooling system and could take a week to repair.
© 2024 National Wire Service. All rights reserved.
"""


def test_a_share_bar_beside_the_date_is_no_byline():
    article = _clean(_AGENCY_PAGE)
    assert article.published.day == "2024-03-12"
    assert article.byline is None


_DAILY_PAGE = """Home Latest Pakistan Opinion Business World Sport Magazines Videos
Textile exporters seek relief as gas tariff rises for third time
Amna Rauf Published March 12, 2024 Updated about 3 hours ago
Facebook Count
X Count
WhatsApp Count
LAHORE: Textile exporters have asked the government to reverse a gas tariff increase, saying mills will close if the new rate stays in force.
The association's chairman told reporters that orders for the summer season had already fallen by a fifth.
The petroleum division said the increase was needed to cover the cost of imported gas.
Published in The Lahore Courier, March 12th, 2024
"""


def test_a_name_before_published_and_updated_stamps_is_the_byline():
    article = _clean(_DAILY_PAGE)
    assert article.byline == "Amna Rauf"
    assert article.published.day == "2024-03-12"


def test_a_menu_opening_home_with_one_space_between_items_is_no_title():
    article = _clean(_DAILY_PAGE)
    assert article.title == "Textile exporters seek relief as gas tariff rises for third time"


def test_a_second_revision_date_on_the_byline_line_leaves_the_name():
    article = _clean(_DAILY_PAGE.replace("Updated about 3 hours ago", "Updated March 12, 2024 10:12am"))
    assert article.byline == "Amna Rauf"


_GHANA_PAGE = """Volta Mirror
News  Politics  Business  Sports  Health  Regional
Rice farmers receive new seed varieties - ministry
Author: Kojo Mensah
Mar - 12 - 2024 , 06:48
The ministry has distributed improved rice seed varieties to more than 4,000 farmers in the region, the ministry said on Monday.
The regional director said the seeds were expected to raise yields by a third in the coming season.
Farmers at the distribution centre said they had waited two seasons for the new varieties.
Volta Mirror © 2024 All Rights Reserved
"""


def test_a_month_day_and_year_between_spaced_hyphens_dates_the_page():
    assert _clean(_GHANA_PAGE).published.day == "2024-03-12"


def test_a_printed_headlines_closing_source_is_no_site_name():
    article = _clean(_GHANA_PAGE.replace("- ministry", "- MOFA"))
    assert article.outlet == "Volta Mirror"


def test_an_agency_after_the_name_with_no_comma_is_the_credit():
    from storyline.clean.byline import first_byline

    found = first_byline(["By Jane Mercer The Canadian Press"], ["en"])
    assert found is not None and found.names == ("Jane Mercer",)
    both = first_byline(["By Jane Mercer and Tom Lai The Canadian Press"], ["en"])
    assert both is not None and both.names == ("Jane Mercer", "Tom Lai")


_SUPPORT_PROMO = """The Coastal Post
Australia  World  Climate  Business  Opinion  Sport
Support the Coastal Post: fund independent journalism from $2 a week
Council approves sea wall upgrade after winter storms
Priya Natarajan
Tue 12 Mar 2024 05.04 AEDT
The council has approved a $14m upgrade of the town's sea wall after storms in July damaged the promenade.
The mayor said work would begin in spring and be finished before the next storm season.
Residents had asked for the upgrade for a decade.
"""


def test_a_reader_revenue_call_is_no_title():
    article = _clean(_SUPPORT_PROMO)
    assert article.title == "Council approves sea wall upgrade after winter storms"


def test_a_name_on_the_dateline_is_the_byline_when_the_container_gives_the_date():
    raw = make_raw(_DAILY_PAGE, source="page.txt", published="2024-03-12")
    article = clean_document(raw)
    assert isinstance(article, Article)
    assert article.byline == "Amna Rauf"
