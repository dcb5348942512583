"""Branch probe23's invented story (a diagnostics chain's data breach across India, Australia, New Zealand
and Singapore): a Singapore daily's stacked byline whose surname the story's people share, an Indian
portal's syndicated agency copy, and the furniture of Indian and Singapore pages (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document

_STACKED = """The Straits Ledger
Singapore  Asia  World  Opinion  Life  Business  Tech  Sport
Clinic group suspends overseas tests after supplier's software fault
Lim Hui Min
Senior Health Correspondent
Published Mar 04, 2024, 07:30 PM
Updated Mar 04, 2024, 08:15 PM
SINGAPORE – A clinic group has suspended sending blood samples to an overseas laboratory after a software fault mixed up the results of 40 patients.
"We are contacting every patient whose results were affected," said the group's medical director Dr Lim Kok Wah.
Dr Lim said the group would use laboratories in Singapore until an audit was complete.
The Ministry of Health said it was monitoring the situation and had asked for a full report.
Copyright © 2024 The Straits Ledger. All rights reserved.
"""


def test_a_stacked_byline_sharing_a_surname_with_the_story_is_the_byline():
    article = clean_document(make_raw(_STACKED, source="page.txt"))
    assert isinstance(article, Article)
    assert article.byline == "Lim Hui Min"


def test_a_label_over_a_role_line_whose_words_the_story_uses_is_no_byline():
    page = _STACKED.replace("Lim Hui Min", "Clinic Group")
    article = clean_document(make_raw(page, source="page.txt"))
    assert isinstance(article, Article)
    assert article.byline != "Clinic Group"


_PORTAL = """Bharat Wire Today
Home  India  World  Business  Cities  Videos
Home / India News / Transport ministry seeks report on toll system outage
Transport ministry seeks report on toll system outage
TWA | Updated: Mar 05, 2024, 18:40 IST
Chennai, Mar 5 (TWA) The transport ministry on Tuesday sought a report from the operator of the national toll system after an outage left lorries queued for hours.
ALSO READ | Port strike called off after wage talks
The operator said a software update had failed at 2 am and that payments were restored by noon.
Officials said drivers who paid twice would be refunded within a week.
(This story has not been edited by Bharat Wire Today staff and is auto-generated from a syndicated feed.)
Join BWT's Telegram channel and get the latest breaking news delivered to you.
© 2024 Bharat Wire Today. All Rights Reserved.
"""


def test_a_breadcrumb_trail_from_home_is_no_title():
    from storyline.clean.lines import explicit_reason

    assert explicit_reason("Home / India News / Transport ministry seeks report on toll system outage") == "navigation"
    assert explicit_reason("You are here: Home » Recipes » Olive bread") == "navigation"
    assert explicit_reason("Home secretary says the ferry will run again") is None
    article = clean_document(make_raw(_PORTAL, source="page.txt"))
    assert isinstance(article, Article)
    assert article.title == "Transport ministry seeks report on toll system outage"


def test_an_indian_portals_furniture_is_not_the_story():
    article = clean_document(make_raw(_PORTAL, source="page.txt"))
    assert isinstance(article, Article)
    assert "Port strike" not in article.body
    assert "syndicated feed" not in article.body
    assert "Telegram" not in article.body
    assert "refunded within a week" in article.body


def test_a_channel_or_a_feed_named_in_a_sentence_is_body():
    from storyline.clean.lines import explicit_reason

    assert explicit_reason("Fake Telegram channel of the defence ministry exposed") is None
    assert explicit_reason("Join the protest, the union's channel said on Monday.") is None
    assert explicit_reason("This story has been updated with the company's response.") is None
