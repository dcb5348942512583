"""A meta line whose update slot holds a relative time under its label ('Last Updated: 2 hours ago'):
the name and newsroom beside it are still the byline (branch probe41; invented pages)."""
from __future__ import annotations

import pytest

from conftest import clean_scrape
from storyline.clean.relative_stamps import is_relative_stamp

_BODY = ["The harbour authority voted on Thursday to close the old ferry ramp for repairs over the winter months.",
         "The ramp was built in 1978 and has been patched twice since, the authority's engineer told the meeting.",
         "Residents who use the ferry to reach the island will be offered a shuttle from the north wharf instead."]


@pytest.mark.parametrize("outlet", ["CTV News", "CBC News"])
@pytest.mark.parametrize("stamp", ["Last Updated: 2 hours ago", "Updated 45 minutes ago", "Last modified 3 days ago"])
def test_name_and_newsroom_beside_a_labelled_relative_stamp(stamp, outlet):
    meta = f"Corinne Abernethy · {outlet} · Posted: Nov 02, 2025 6:15 AM AST | {stamp}"
    article = clean_scrape(["Harbour ramp to close for winter repairs", meta, *_BODY])
    assert (article.byline, article.outlet) == ("Corinne Abernethy", outlet)


@pytest.mark.parametrize("field, expected", [
    ("Last Updated: 2 hours ago", True), ("Published 3 days ago", True), ("5 minutes ago", True),
    ("Sports 2 hours ago", False), ("Corinne Abernethy", False), ("Last Updated: November 2, 2025", False)])
def test_labelled_relative_stamp(field, expected):
    assert is_relative_stamp(field) is expected
