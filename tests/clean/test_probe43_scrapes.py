"""Branch probe43's page forms of US local and regional newsrooms (invented text only): a newsroom's own
reader-revenue appeal naming it, a reporter's closing beat tagline with a contact address (the USA TODAY
Network's and McClatchy's line), the Trust Project's story-type label and a call for tips."""
from __future__ import annotations

from conftest import clean_scrape

_BODY = [
    "The county water board voted Thursday to raise rates by 9% next year, its first increase since 2019.",
    "Board members said the money would pay for a new treatment plant on the east side of the river valley.",
    "\u201cWe put this off as long as we could,\u201d board chair Odell Frasier said after the vote on Thursday night.",
    "Residents who spoke at the meeting said the increase would hit retirees on fixed incomes hardest of all.",
]


def _page(head: list[str], tail: list[str]) -> list[str]:
    return ["Water board approves first rate increase in six years", *head, *_BODY, *tail]


def test_a_membership_appeal_names_a_nonprofit_newsroom_and_is_dropped() -> None:
    article = clean_scrape(_page(["Ruth Okonjo", "6:00 AM CDT on Apr 3, 2025"],
                                 ["Support independent Kansas journalism. Become a member of The Prairie Ledger."]))
    assert article.outlet == "Prairie Ledger"  # a leading article is dropped, as named_by_newsroom does
    assert "Become a member" not in article.body


def test_a_public_radio_appeal_names_the_station_newsroom() -> None:
    article = clean_scrape(_page(["By Ruth Okonjo", "April 3, 2025"],
                                 ["Valley Public Media relies on your support. Give now to keep local news free."]))
    assert article.outlet == "Valley Public Media"


def test_a_subscription_appeal_names_the_paper_after_its_verb() -> None:
    article = clean_scrape(_page(["By Ruth Okonjo", "April 3, 2025"],
                                 ["Support local reporting by subscribing to the Harlow Gazette-Courier."]))
    assert article.outlet == "Harlow Gazette-Courier"
    article = clean_scrape(_page(["By Ruth Okonjo", "April 3, 2025"],
                                 ["Support quality local journalism by becoming a Bayside Daily member."]))
    assert article.outlet == "Bayside Daily"


def test_a_beat_tagline_with_a_contact_address_gives_reporter_and_paper() -> None:
    # a stacked byline whose given name no census list holds ('Zayden'), over the paper's name and its stamp
    article = clean_scrape(_page(["Zayden Marr", "Lakeshore Sentinel-Post", "Published 5:02 a.m. CT April 3, 2025"],
                                 ["Zayden Marr covers local government and utilities for the Lakeshore Sentinel-Post. "
                                  "Contact her at zmarr@sentinelpost.example."]))
    assert article.byline == "Zayden Marr"
    assert article.outlet == "Lakeshore Sentinel-Post"
    assert "Contact her at" not in article.body


def test_a_story_type_label_and_a_tip_line_are_dropped() -> None:
    article = clean_scrape(_page(["By Ruth Okonjo", "April 3, 2025"],
                                 ["Type of Story: Analysis", "Have a news tip? Contact us at news@ledger.example."]))
    assert "Type of Story" not in article.body and "news tip" not in article.body


def test_a_newsletter_line_naming_the_newsletter_is_dropped() -> None:
    article = clean_scrape(_page(["By Ruth Okonjo", "April 3, 2025"],
                                 ["Stay on top of valley news by subscribing to our Morning Current email newsletter."]))
    assert "Morning Current" not in article.body


def test_prose_about_a_membership_or_a_beat_stays() -> None:
    # the article's own sentences with the appeal's words: a member of a board, a reporter's beat in a quote
    article = clean_scrape(_page(["By Ruth Okonjo", "April 3, 2025"], [
        "Frasier said he had asked residents to become a member of the advisory panel before the plant opens.",
        "Dana Ruiz covers the plant's budget for the county, and she said the numbers had been checked twice."]))
    assert "advisory panel" in article.body and "checked twice" in article.body
    assert article.outlet != "Advisory"
