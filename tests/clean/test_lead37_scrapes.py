"""The lead's thirty-seventh invented story (a T20 league spot-fixing case; Pakistani, Gulf and UK outlets, a
wire and a cricket site): a hyphenated date stamp, a section label over the headline, a Guardian-style nav bar
in sentence case, two reporters beside the date with the second one's bio at the end, and a quoted line
closing the run before the last paragraph (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.dateline import find_dates
from storyline.clean.title_lines import is_masthead, is_menu
from storyline.pipeline.runner import clean_document


def test_a_hyphenated_day_month_year_stamp_is_a_date():
    [found] = find_dates("14-May-2025", ["en"])
    assert found.value.isoformat() == "2025-05-14"
    assert find_dates("ab-May-2025", ["en"]) == []


def test_a_sections_label_is_no_masthead_and_a_sentence_case_nav_bar_is_a_menu():
    assert not is_masthead("News") and is_masthead("Daily News")
    assert is_menu("Sport  Cricket  Football  Rugby union  Tennis")
    assert not is_menu("Tax  rises  hit  workers")


_DESK = """WicketDesk
Live Scores  Series  Teams  News  Features  Videos
News
Bowler's family to appeal ban
Omar Siddiqui and Hina Baig
14-May-2025 • Updated 14-May-2025
The bowler's brother said on Wednesday the family would appeal against the ban.
The tribunal found the bowler guilty of bowling two deliberate no-balls, a newspaper reported on Tuesday.
Hina Baig is a freelance journalist based in Karachi.
"""


def test_two_reporters_beside_the_date_beat_the_second_ones_bio():
    article = clean_document(make_raw(_DESK, source="desk.txt"))
    assert article.outlet == "WicketDesk"
    assert article.byline == "Omar Siddiqui, Hina Baig"
    assert article.published is not None and article.published.value == "2025-05-14"


_DISPATCH = """The Evening Dispatch
Home | Pakistan | World | Business | Sport | Opinion | E-Paper
Club fined for hiding approach
Published February 27, 2024
LAHORE: The board fined the club eight million rupees on Monday for failing to report an approach made to one of its players.
The club's chief executive said the franchise would pay the fine and would not appeal.
"We accept the board's decision," Imran Ali said.
News agency SPA reported on Monday that the board's legal adviser had criticised the club.
Published in The Evening Dispatch, February 27th, 2024
"""


def test_the_paragraph_after_a_closing_quoted_line_stays_in_the_body():
    article = clean_document(make_raw(_DISPATCH, source="dispatch.txt"))
    assert "News agency SPA reported on Monday" in article.body
