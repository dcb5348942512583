"""Branch probe27's invented story (a Dubai cricket franchise's collapse, reaching Indian, Pakistani, Singaporean,
Gulf, Australian and Canadian pages): page forms the cleaning did not read (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


_LEDE = ("The state transport corporation has cancelled forty night buses after drivers refused to work extra shifts "
         "without overtime pay, officials said on Monday.")
_REST = """The corporation said passengers holding tickets would be refunded in full within a week.
A union leader said the drivers had not been paid for extra shifts since the summer and would not return until they were.
"""


def test_a_national_agency_credit_in_the_lead_is_the_byline() -> None:
    page = f"""Home  |  City  |  Nation  |  Sport
Night buses cancelled as drivers refuse extra shifts
Updated: Mar 04, 2024, 10:20 IST
Kolkata, Mar 4 (PTI) {_LEDE}
{_REST}"""
    assert _clean(page).byline == "PTI"


def test_an_agency_credit_with_a_colon_is_the_byline() -> None:
    page = f"""Night buses cancelled as drivers refuse extra shifts
March 04, 2024 — 06:10 PM PKT
LAHORE, Mar 4 (APP): {_LEDE}
{_REST}"""
    assert _clean(page).byline == "APP"


def test_a_tool_bar_of_listen_share_save_is_no_byline() -> None:
    page = f"""Night buses cancelled as drivers refuse extra shifts
Last updated: March 04, 2024 | 11:02 GST
Listen  Share  Save
{_LEDE}
{_REST}"""
    assert _clean(page).byline is None


def test_a_newspapers_name_rooting_a_breadcrumb_is_the_outlet() -> None:
    page = f"""Kestrel Bay Observer › Transport › Buses
Night buses cancelled as drivers refuse extra shifts
March 4, 2024
{_LEDE}
{_REST}"""
    assert _clean(page).outlet == "Kestrel Bay Observer"


def test_a_masthead_before_two_sections_is_no_headline() -> None:
    page = f"""Kestrel Bay Times  Transport  Buses
Night buses cancelled as drivers refuse extra shifts
March 4, 2024
{_LEDE}
{_REST}"""
    article = _clean(page)
    assert article.title == "Night buses cancelled as drivers refuse extra shifts"
    assert article.outlet == "Kestrel Bay Times"


def test_a_notice_followed_by_the_footers_links_names_its_holder() -> None:
    page = f"""Night buses cancelled as drivers refuse extra shifts
March 4, 2024
{_LEDE}
{_REST}
Kestrel Ledger — Copyright © 2024. Terms of Use | Privacy Policy | Contact Us
"""
    assert _clean(page).outlet == "Kestrel Ledger"


def test_the_canadian_press_closing_line_is_no_body() -> None:
    page = f"""Night buses cancelled as drivers refuse extra shifts
By Ana Ruiz  The Canadian Press
Posted March 4, 2024 8:12 pm
{_LEDE}
{_REST}
This report by The Canadian Press was first published March 4, 2024.
"""
    article = _clean(page)
    assert "first published" not in article.body
    assert article.published.day == "2024-03-04"


def test_a_line_of_blanks_splits_in_linear_time() -> None:
    # the menu-bar split backed off blank by blank inside a run of blanks: 17 s on main for this line
    import time

    from storyline.clean.title_lines import is_menu

    started = time.monotonic()
    assert not is_menu("Kestrel Bay Times" + " " * 50_000 + "x")
    assert time.monotonic() - started < 2.0
