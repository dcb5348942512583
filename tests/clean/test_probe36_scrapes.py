"""Branch probe36's invented story (a mobile-money platform's outage charges customers twice, reported by Kenyan,
Ghanaian, Nigerian, Indian and Singaporean pages): page forms the cleaning did not read (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


_LEDE = ("The county water board shut two pumping stations on Tuesday after a power surge damaged their control "
         "panels, officials said.")
_REST = """Engineers expect to restore both stations by the weekend, the board said in a statement.
Residents of three estates were told to store water and to boil it before drinking until further notice.
"""
# a GhanaWeb-style head: logo, menu column, 'SECTION of WEEKDAY, DATE', 'Source: …', the headline
_PORTAL_HEAD = """CoastWire
Home
News
Business
Sports
Entertainment
Africa
Opinions
General News of Tuesday, 10 March 2026
Source: Kofi Mensah, Contributor
Water board shuts two pumping stations after power surge
"""


def test_a_role_line_under_the_byline_is_no_headline_when_a_photo_sits_under_the_headline() -> None:
    page = f"""Skip to main content
Riverside Mail
Subscribe
Home
News
Counties
Opinion
Sports
News
Water board shuts two pumping stations after power surge
A pumping station on the outskirts of the town. Photo credit: File | Riverside Mail Group
By  Amos Kiprotich
Senior Counties Writer
Riverside Mail Group
March 10, 2026
{_LEDE}
{_REST}
© Riverside Mail Group. All rights reserved."""
    article = _clean(page)
    assert article.title == "Water board shuts two pumping stations after power surge"
    # the logo under the skip link is the site's name, not the company of the notice
    assert article.outlet == "Riverside Mail"


def test_a_service_credit_between_slashes_is_no_part_of_the_byline() -> None:
    page = f"""Water board shuts two pumping stations after power surge
Meera Pillai / TNN / Updated: Mar 10, 2026, 09:15 IST
{_LEDE}
{_REST}"""
    assert _clean(page).byline == "Meera Pillai"


def test_a_section_trail_printed_one_item_a_line_is_no_masthead() -> None:
    page = f"""News
City News
Pune City News
Water board shuts two pumping stations after power surge
Meera Pillai / TNN / Updated: Mar 10, 2026, 09:15 IST
{_LEDE}
{_REST}"""
    assert _clean(page).outlet != "City News"


def test_a_headline_under_its_date_and_source_line_past_the_menu_is_the_title() -> None:
    # GhanaWeb's head: the menu column, then 'SECTION of WEEKDAY, DATE', 'Source: …', the headline
    page = f"""{_PORTAL_HEAD}File photo: A water tanker in Tema
{_LEDE}
{_REST}
Copyright © 2026 CoastWire.com. All rights reserved."""
    assert _clean(page).title == "Water board shuts two pumping stations after power surge"


def test_a_page_naming_itself_in_its_own_promo_lines_is_that_registry_outlet() -> None:
    page = f"""Sign up now: Get ST's newsletters delivered to your inbox
Water board shuts two pumping stations after power surge
Follow topic:
Published Mar 10, 2026, 05:00 AM
{_LEDE}
{_REST}
Join ST's WhatsApp Channel and get the latest news and must-reads."""
    assert _clean(page).outlet == "The Straits Times"
    # and where the notice names the outlet's publishing company
    assert _clean(page + "\nCopyright 2026 SPH Media Limited. All rights reserved.").outlet == "The Straits Times"


def test_a_notice_naming_the_site_by_its_domain_gives_the_name_the_page_prints() -> None:
    page = f"""{_PORTAL_HEAD}{_LEDE}
{_REST}
Copyright © 2026 CoastWire.com. All rights reserved."""
    assert _clean(page).outlet == "CoastWire"


def test_a_desk_credit_opening_with_its_paper_s_short_name_names_the_paper() -> None:
    page = f"""News
City News
Pune City News
Water board shuts two pumping stations after power surge
TOI City Desk / TNN / Updated: Mar 10, 2026, 09:15 IST
{_LEDE}
{_REST}"""
    assert _clean(page).outlet == "The Times of India"
