"""The lead's fiftieth invented story's page forms: a US station's story with its call sign in the dateline
and its group's sign-off under the story ('For the latest news, weather, sports, and streaming video, head to
… News.'), and a chain paper's byline with the reporter's address between the name and the paper
(invented text only)."""
from __future__ import annotations

_STATION = """Council delays vote on stadium bonds
by: Nadia Brooks
Posted: Feb 11, 2025 / 06:10 PM CST
Updated: Feb 11, 2025 / 07:02 PM CST
SHARE

TULSA, Okla. (KQVR) \u2014 The city council put off a vote on $90 million in stadium bonds on Tuesday after two members asked for an audit of the team's finances.

The vote is now set for March, the council's chair said.

For the latest news, weather, sports, and streaming video, head to KQVR 9 News.

Copyright 2025 Prairie Broadcasting, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.
"""


def test_the_dateline_call_sign_and_the_sign_off_name_the_station() -> None:
    from conftest import make_raw
    from storyline.pipeline.runner import clean_document

    article = clean_document(make_raw(_STATION, source="station.txt"))
    assert article.outlet == "KQVR 9"
    assert not any("streaming video" in p for p in article.paragraphs())
    assert article.byline == "Nadia Brooks"


def test_a_reporters_address_between_the_name_and_the_paper() -> None:
    from storyline.clean.byline import read_byline_fields

    found = read_byline_fields("By Owen Marsh | omarsh@valleyherald.com | The Valley Herald")
    assert found is not None and found.names == ("Owen Marsh",) and found.outlet == "The Valley Herald"
