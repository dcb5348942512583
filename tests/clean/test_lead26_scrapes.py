"""The lead's twenty-sixth invented story (a Galway festival's collapse; Irish, Northern Irish and UK
outlets): an online newsroom whose name ends in no newspaper word, printed right above its menu bar
(invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document

_PAGE = """The Morning Tide
News  Politics  Money  Sport  Entertainment  Voices
Cork's harbour festival cancelled five weeks before it was due to open
Ciara Lynch
5.30pm, 10 Jun 2024
Share
The three-day music festival on Cork's quays has been cancelled five weeks before it was due to begin.
The promoter announced on Monday that the festival would not go ahead, blaming rising costs.
Ticket holders will be refunded through the festival's ticketing partner, the company said.
"""


def test_the_line_right_above_the_menu_bar_is_the_sites_name_not_the_headline():
    article = clean_document(make_raw(_PAGE, source="page.txt"))
    assert isinstance(article, Article)
    assert article.title == "Cork's harbour festival cancelled five weeks before it was due to open"
    assert article.outlet == "The Morning Tide"


def test_an_agencys_placeless_credit_after_the_day_names_the_outlet():
    """'Feb 5 (Reuters) - …': Reuters' web stories with no place dateline print the day before the
    credit (lead27)."""
    from storyline.clean.wire_credit import agency_credit

    assert agency_credit("Feb 5 (Reuters) - A freight train derailed near a town in Ohio.") == "Reuters"
    assert agency_credit("May 22 (Reuters) - The cleanup will continue.") == "Reuters"
    assert agency_credit("Maybe 5 (x) - no") is None


def test_one_title_case_word_after_a_full_name_is_where_the_reporter_filed_from():
    """'By Chinedu Eze, Abuja' (lead28): a place, not a co-author; an agency's credit stays out of the names
    as before, and a second full name is a co-author."""
    from storyline.clean.byline import read_byline

    assert read_byline("By Kofi Mensah, Accra", ["en"]).names == ("Kofi Mensah",)
    assert read_byline("By Kofi Mensah, Ama Owusu", ["en"]).names == ("Kofi Mensah", "Ama Owusu")
    assert read_byline("Von Ana Ruiz, Redaktion", ["de"]).names == ("Ana Ruiz", "Redaktion")
