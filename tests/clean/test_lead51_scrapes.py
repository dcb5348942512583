"""The lead's fifty-first invented story's page forms: a regional site that names itself only in its footer's
'Follow NAME', a wire headline ending in its attribution ('… - sources'), and a JSONL record whose date comes
from its 'published' field while the page prints the same date beside the reporter's name (invented text only)."""
from __future__ import annotations

_REGIONAL = """Bus depot fire forces route cuts across the valley
Drivers say the cuts will last until spring
Owain Pryce
Senior Reporter
09:10, 14 Nov 2025Updated 11:02, 14 Nov 2025

A fire at the Trefor bus depot has destroyed 14 buses, forcing the operator to cut six routes.

The operator said replacement buses would arrive within a month.

Comments
Follow Valley Herald Online
FacebookTwitter
"""

_WIRE = """Port operator's licence under review - sources
By Ana Ruiz
November 14, 2025 4:12 PM GMT

LONDON, Nov 14 (Harbour Wire) - The maritime regulator is reviewing the licence of a port operator, two people familiar with the matter said.

The regulator declined to comment.
"""


def test_a_footers_follow_line_names_the_site() -> None:
    from conftest import make_raw
    from storyline.pipeline.runner import clean_document

    article = clean_document(make_raw(_REGIONAL, source="regional.txt"))
    assert article.outlet == "Valley Herald Online"
    assert article.byline == "Owain Pryce"


def test_follow_us_and_a_platform_name_no_site() -> None:
    from conftest import make_raw
    from storyline.pipeline.runner import clean_document

    for line in ("Follow Us", "Follow us on Twitter", "Follow Facebook"):
        article = clean_document(make_raw(_REGIONAL.replace("Follow Valley Herald Online", line), source="r.txt"))
        assert article.outlet != line.removeprefix("Follow ")


def test_a_wire_headlines_attribution_is_no_site_name() -> None:
    from storyline.clean.outlet import site_from_title

    assert site_from_title("Port operator's licence under review - sources") is None
    assert site_from_title("Regulator to fine lender - filing") is None
    assert site_from_title("Port operator's licence under review - Harbour Wire") == "Harbour Wire"


def test_a_record_dated_by_its_field_keeps_the_name_beside_the_printed_date() -> None:
    from conftest import make_raw
    from storyline.pipeline.runner import clean_document

    page = """Council approves flood barrier
14 November 2025
Share
Save
Bethan Morgan
WNB Wales

The council approved a flood barrier for the river on Friday, at a cost of 12 million pounds.

Work will start in the spring, the council said.

Copyright 2025 WNB. All rights reserved.
"""
    article = clean_document(make_raw(page, source="r.jsonl", published="2025-11-14"))
    assert article.published.value == "2025-11-14"
    assert article.byline == "Bethan Morgan"
