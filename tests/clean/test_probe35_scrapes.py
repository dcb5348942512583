"""Branch probe35's invented story (a regional blackout blamed on a substation fault, reported by a public
broadcaster, a national daily, a Reach-style local paper, a weekly and agency copy on a member paper): page
forms the cleaning did not read (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


_LOCAL_PAGE = """Harbour Gazette

News Sport What's On Business Weather

Bookmark

Ferry timetable cut again as crews stay home

Roisin Tully Local Democracy Reporter

09:12, 22 Nov 2026

Get the biggest Harbour stories straight to your inbox

Subscribe

We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More info

The local ferry operator cancelled four more sailings on Sunday, the third weekend in a row.

A spokesman said the local crews were "doing their best" and that a full timetable would return in the spring.

Passengers told the council the cuts had left the island without a doctor for two days.
"""


def test_a_title_case_role_after_the_name_is_cut_before_the_words_the_story_uses() -> None:
    # 'Local' is a word of the story ('The local ferry operator'): the role's words are no part of the name
    assert _clean(_LOCAL_PAGE).byline == "Roisin Tully"


def test_a_reach_style_consent_notice_is_no_body() -> None:
    body = _clean(_LOCAL_PAGE).body
    assert "We use your sign-up" not in body
    assert body.startswith("The local ferry operator")


def test_a_section_bar_without_home_is_no_title() -> None:
    assert _clean(_LOCAL_PAGE).title == "Ferry timetable cut again as crews stay home"


_DAILY_PAGE = """Subscribe

Sign In

News > Ireland > Irish News

Quarry blast rattles homes across the valley

Aoibhe Marron and Cathal Dunne

Wed Nov 18 2026 - 06:00

Residents across the valley reported cracked windows after a blast at a quarry on Tuesday afternoon.

The quarry's owner said the charge had been "within every limit" and that inspectors would be welcome on the site.

The county council said it would ask the operator for its blasting records.
"""


def test_a_crumb_apart_by_greater_than_signs_is_no_title() -> None:
    assert _clean(_DAILY_PAGE).title == "Quarry blast rattles homes across the valley"
