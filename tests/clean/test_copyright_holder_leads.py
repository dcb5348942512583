"""A notice naming its holder in a clause after the mark ('Copyright owned or licensed by X'): the holder is X
(branch probe41; invented pages)."""
from __future__ import annotations

import pytest

from conftest import clean_scrape
from storyline.clean.copyright_line import copyright_line

_BODY = ["Council voted on Monday to extend the library's winter hours through the end of March next year.",
         "The branch will now close at nine on weekdays, two hours later than before, the chief librarian said.",
         "The change costs about $40,000 a year and is paid from the reserve set aside for the old branch's roof."]


@pytest.mark.parametrize("notice, holder", [
    ("Copyright owned or licensed by Larkspur Valley Gazette.", "Larkspur Valley Gazette"),
    ("© 2025 Copyright held by Larkspur Valley Gazette", "Larkspur Valley Gazette"),
    ("Copyright owned by The Quillon Courier. All rights reserved.", "The Quillon Courier")])
def test_holder_after_an_ownership_clause(notice, holder):
    article = clean_scrape(["Library keeps later winter hours", "By Mara Osei", "Nov 4, 2025", *_BODY, notice])
    assert copyright_line(article)[0] == holder
    assert article.outlet == holder


def test_ownership_words_without_a_mark_name_no_holder():
    article = clean_scrape(["Library keeps later winter hours", "By Mara Osei", "Nov 4, 2025", *_BODY,
                            "Owned by readers since 1911."])
    assert copyright_line(article)[0] is None
