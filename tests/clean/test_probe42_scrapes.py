"""Branch probe42's South Asian page forms, in invented wording: a call to action heading the page is no
masthead, an agency's name alone under the dateline is the story's credit, a middle dot between a date and
its time, a byline line under a standfirst, a reader-mail line with an address, a print-edition note and a
closing no-comment sentence (invented text only)."""
from __future__ import annotations

from conftest import clean_scrape

_WIRE_PAGE = [
    "Subscribe", "Log in", "e-Paper", "States", "Cities", "Sport", "Opinion",
    "Port workers end strike after wage deal in Visakhapatnam",
    "The union said the agreement covers casual workers for the first time",
    "Updated - March 04, 2022 10:15 am IST - VISAKHAPATNAM",
    "IANS",
    "Cranes idle at the outer harbour on Monday. | Photo Credit: Special Arrangement",
    "Dock workers at the Visakhapatnam port called off a nine-day strike on Thursday after the port trust agreed "
    "to raise daily wages by a fifth.",
    "\u201cWe have won what we asked for in January,\u201d union secretary Lalitha Rao said at the gate.",
    "The port trust said cargo handling would return to normal by the weekend.",
    "Related Stories", "Fishermen protest new harbour fees",
]


def test_a_call_to_action_heading_the_page_is_no_masthead() -> None:
    article = clean_scrape(_WIRE_PAGE)
    assert article.outlet != "Subscribe"


def test_an_agency_alone_under_the_dateline_credits_the_story() -> None:
    article = clean_scrape(_WIRE_PAGE)
    assert article.outlet in {"IANS", "Indo-Asian News Service"}


def test_the_same_name_under_a_caption_is_a_photo_credit_not_the_story_credit() -> None:
    page = [line for line in _WIRE_PAGE if line != "IANS"]
    page.insert(page.index("Cranes idle at the outer harbour on Monday. | Photo Credit: Special Arrangement") + 1,
                "Reuters")
    article = clean_scrape(page)
    assert article.outlet != "Reuters"


_ONLINE_PAGE = [
    "Latest", "Politics", "Society", "Video",
    "Why the hill towns ran out of water this summer",
    "Three dry winters and a building boom have emptied the springs that feed the towns.",
    "Irfan Qadri",
    "Mar 2, 2021 \u00b7 06:00 pm",
    "For most of the last century, the springs above the town gave enough water for every household on the ridge, "
    "even in the driest months before the rains.",
    "This year the municipal tankers ran dry in April, and families queued for hours at the last working tap.",
    "\u201cWe dug the old wells again, but they were empty,\u201d said Meher Kaul, who runs a guest house.",
    "The district office said a pipeline from the river would be ready in two years.",
    "Officials at the water board declined to comment.",
    "Send your feedback to letters@example.in.",
    "Also read:", "The towns that ran out of water first",
]


def test_a_date_with_its_time_after_a_middle_dot_is_a_dateline() -> None:
    article = clean_scrape(_ONLINE_PAGE)
    assert "06:00 pm" not in article.body
    assert article.published.value == "2021-03-02"


def test_the_byline_line_under_a_standfirst_leaves_the_body() -> None:
    article = clean_scrape(_ONLINE_PAGE)
    assert article.byline == "Irfan Qadri"
    assert "Irfan Qadri" not in article.paragraphs()


def test_a_reader_mail_line_with_an_address_is_dropped_and_a_no_comment_close_kept() -> None:
    article = clean_scrape(_ONLINE_PAGE)
    assert "letters@example.in" not in article.body
    assert "declined to comment" in article.body


def test_a_print_edition_note_is_no_part_of_the_story() -> None:
    page = [line for line in _ONLINE_PAGE if "feedback" not in line]
    page.insert(page.index("Also read:"),
                "This article first appeared in the print edition of the Valley Courier on March 3, 2021.")
    article = clean_scrape(page)
    assert "print edition" not in article.body
