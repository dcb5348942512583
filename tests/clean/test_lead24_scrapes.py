"""The lead's twenty-fourth invented story: a wire's year-less dateline settles the order of the page's
ambiguous slash date (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document

_PAGE = """Harbour Newswire
Home | Nation | Region | World | Business | Sports
Ferry operator says hackers stole booking data
By Siti Rahimah
PENANG, {month_day} (HNW) -- A ferry operator said on Friday that hackers had stolen the booking data of 80,000 passengers.
The company said the data held names, phone numbers and addresses, and that it had told regulators.
"We are sorry," said the company's chief executive, Lee Wai Kit.
-- HNW
Last updated: {slash} 04:12 PM
"""


def _published(month_day: str, slash: str) -> str | None:
    article = clean_document(make_raw(_PAGE.format(month_day=month_day, slash=slash), source="page.txt"))
    assert isinstance(article, Article)
    return article.published.value


def test_a_wire_datelines_month_and_day_read_the_pages_slash_date():
    assert _published("March 11", "11/03/2024") == "2024-03-11"
    assert _published("Nov 3", "11/03/2024") == "2024-11-03"
    # the slash date writes another day: its order stays open, the day unknown
    assert _published("March 12", "11/03/2024") is None
