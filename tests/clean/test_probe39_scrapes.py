"""Branch probe39's invented story's page forms: a record dated by its 'published' field whose page prints the
day month first ('03/04/2025' for 4 March) below a menu printed one link a line (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.pipeline.runner import clean_document

_MENU = ["Home", "News", "Europe", "World", "Business", "Science", "Climate", "Culture", "Sport", "Podcasts", "Live"]


def _page(date_line: str) -> str:
    return "\n".join([*_MENU, "Ferry operator fined over late sailings",
                      "The port authority says delays broke the operator's licence terms.",
                      "Marta Keller", date_line,
                      "A harbour ferry seen from the pier. Image: Pieter Vos",
                      "The port authority fined the ferry operator on Monday for a year of late sailings on the island route.",
                      "The operator said it would appeal the fine to the maritime court.",
                      "Advertisement"]) + "\n"


def test_a_month_first_date_below_a_long_menu_keeps_the_reporter_of_a_dated_record() -> None:
    article = clean_document(make_raw(_page("03/04/2025"), source="r.jsonl", published="2025-03-04"))
    assert article.published.value == "2025-03-04"
    assert article.byline == "Marta Keller"


def test_a_day_first_date_is_read_as_printed_too() -> None:
    article = clean_document(make_raw(_page("04.03.2025"), source="r.jsonl", published="2025-03-04"))
    assert article.byline == "Marta Keller"
