"""Branch probe28: an outlet named with its medium in apposition ('NAME, an online publication, reported';
invented text)."""
from __future__ import annotations

from storyline.extract.citations import find_citations


def test_an_outlet_with_its_medium_in_apposition_is_cited() -> None:
    cited = find_citations("Harbor Notes, an online publication, reported that two landlords had already repaid tenants.")
    assert [c.outlet for c in cited] == ["Harbor Notes"]
    assert find_citations("Jane Doe, a former newspaper editor, reported the loss to police.") == []
