"""A publication stamp with a two-digit year ('Published on: 10/07/25 6:42 PM'), its day or month first settled by
the weekday the lead names, as a four-digit year's is (clean.slash_order._lead_weekday_order; branch probe44).
Invented text only; the expected days were written before the first run."""
from __future__ import annotations

from conftest import make_raw
from storyline.pipeline.runner import clean_document

_PAGE = """Lakeside Courier | News | Business | Sport | Opinion
Ferry operator raises fares on northern routes
By Joan Auma
Published on: {stamp}
The ferry operator serving the lake's northern islands raised its fares by a fifth, its managing director said on {weekday}.
The director said fuel and insurance costs had risen sharply since the start of the year.
Island traders said the rise would push up the price of fish sold on the mainland.
Share | Tweet | WhatsApp
"""


def _published(stamp: str, weekday: str) -> str | None:
    article = clean_document(make_raw(_PAGE.format(stamp=stamp, weekday=weekday), source="page.txt"))
    return article.published.value if article.published else None


def test_a_short_year_stamp_read_day_first_by_the_leads_weekday():
    # 10 July 2025 was a Thursday, 7 October 2025 a Tuesday
    assert _published("10/07/25 6:42 PM", "Thursday") == "2025-07-10"


def test_a_short_year_stamp_read_month_first_by_the_leads_weekday():
    # 9 April 2026 was a Thursday (the day after Wednesday), 4 September 2026 a Friday
    assert _published("04/09/26 8:15 AM", "Wednesday") == "2026-04-09"


def test_a_weekday_neither_order_fits_leaves_the_day_unknown():
    assert _published("10/07/25 6:42 PM", "Saturday") is None
