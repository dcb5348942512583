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


def test_a_broken_paragraphs_first_half_is_no_teaser_headline() -> None:
    from storyline.clean.text import label_lines

    page = "\n".join([
        "Harbour board opens review of ferry contract",
        "The harbour board has opened a review of the ferry contract it signed with a Cork operator last spring, "
        "after a winter in which one sailing in five left late.",
        "Councillor Nora Brady said the review was overdue and should report before the summer season begins.",
        "The operator told the board about the missed sailings on April 3rd, a spokesman said. The board's",
        "review will look at every sailing since the contract began, and at the penalties the contract sets out.",
        "\"Islanders have waited long enough for a service they can plan their lives around,\" she said.",
        "Read More",
        "Why island ferries keep running late",
        "The operator was founded in 1998 by two brothers from Bantry and employs",
        "about 120 people at its base on the quay, where its three vessels are maintained over the winter.",
        "The operator said it would co-operate fully with the review and that two new crews had been hired.",
    ])
    labelled = label_lines(page).lines
    reasons = {ln.text[:20]: ln.reason for ln in labelled}
    # the module stands inside the article: the broken paragraph under it resumes the article
    assert all(ln.inline for ln in labelled if ln.reason == "related")
    assert reasons["The operator told th"] is None and reasons["review will look at "] is None
    assert reasons["The operator was fou"] is None
    assert reasons["Why island ferries k"] == "related"
