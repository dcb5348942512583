"""Branch probe28's invented story (an undersea cable's fault, reaching Kenyan, Nigerian, South African,
Malaysian and Philippine pages): page forms the cleaning did not read (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


_LEDE = ("The river authority closed two ferry crossings on Monday after floodwater damaged the landing ramps, "
         "officials said.")
_REST = """The authority said engineers would inspect both ramps before the crossings reopened to vehicles.
A spokesman said passengers on foot could still use the footbridge upstream while repairs went on.
"""


def test_a_slash_date_in_philippine_time_is_month_first() -> None:
    page = f"""Ferry crossings closed after flood damages ramps
By: Ana Lim Dela Cruz
03/06/2026 06:12 PM PHT
{_LEDE}
{_REST}"""
    assert _clean(page).published.value == "2026-03-06"


def test_a_malaysian_public_company_berhad_is_the_publisher_behind_its_masthead() -> None:
    page = f"""THE KINTA MAIL
News  Business  Sport
Ferry crossings closed after flood damages ramps
Wednesday, 04 Mar 2026 9:15 PM MYT
{_LEDE}
{_REST}
Copyright © 1995-2026 Kinta Mail Media Group Berhad"""
    assert (_clean(page).outlet or "").casefold() == "the kinta mail"


def test_a_section_named_in_the_menu_above_the_headline_is_no_masthead() -> None:
    page = f"""HARBOUR DAWN
News  Business  Global Nation  Technology  Opinion
Global Nation

Ferry crossings closed after flood damages ramps
March 6, 2026
{_LEDE}
{_REST}
© Copyright 1997-2026 Harbour Dawn Inc. All Rights Reserved."""
    assert _clean(page).outlet == "Harbour Dawn"


def test_a_name_line_with_its_role_after_a_dash_is_the_byline() -> None:
    page = f"""Ferry crossings closed after flood damages ramps

Njeri Kamande - Transport Editor
Mar 2, 2026 16:40 EAT
{_LEDE}
{_REST}"""
    assert _clean(page).byline == "Njeri Kamande"


def test_a_last_sentence_full_of_names_wrapped_over_two_lines_stays_in_the_body() -> None:
    page = f"""Ferry crossings closed after flood damages ramps
March 2, 2026
{_LEDE}
{_REST}
The chamber of commerce said traders on both banks had lost a day of sales.

The KCCI urged the Central Bank of Kavora (CBK) to extend
deadlines for tax and loan payments due this week.

RELATED NEWS
Bridge tolls rise again
Copyright © 2026 Harbour Dawn Newspapers Limited. All rights reserved."""
    assert "CBK) to extend deadlines for tax" in _clean(page).body
