"""Disputes an unseen invented story missed (invented text): a denial naming the body by its acronym,
a begun review denied two weeks later, and one announcement dated in a clause of time."""
from __future__ import annotations

import pytest

from storyline.link.story_view import view_story
from storyline.pipeline import ingest
from storyline.settings import load_settings
from storyline.store import open_store

REPORT = """State opens review of Calder port's air permit

By Tessa Marlowe, Northern Wire Service

CALDER, Maine, May 10, 2022 (NWS) - The Maine Department of Environmental Protection has opened a review \
of the air permit for the Calder ferry terminal after residents complained about smoke, a department \
spokesperson said on Tuesday.

The review began on Monday, the spokesperson said.
"""
DENIAL = """Port director says there is no review of ferry terminal permit

By Owen Rusk, Calder Evening Ledger

CALDER, Maine, May 24, 2022 - The head of the Calder Port Authority said on Tuesday that regulators are \
not looking at the ferry terminal.

"The {doer} has not opened any review of our permit," said Mara Quint, the authority's director.
"""


def _disputes(tmp_path, doer: str, denial_day: str = "May 24, 2022") -> list[dict]:
    folder = tmp_path / (doer + denial_day.replace(" ", "").replace(",", ""))
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT)
    (folder / "b.txt").write_text(DENIAL.format(doer=doer).replace("May 24, 2022", denial_day))
    store = open_store(f"sqlite:///{folder}.db")
    ingest([str(folder)], store, load_settings(tmp_path / "none.toml"))
    return [c for story in store.list_stories() for c in view_story(store, story.id).contradictions]


def test_a_denial_naming_the_body_by_its_acronym_meets_the_report(tmp_path):
    found = _disputes(tmp_path, "DEP")
    assert [c["kind"] for c in found] == ["opposite"]
    assert "days after it" in found[0]["explanation"]  # the begun review is held to go on after its report


def test_another_body_s_acronym_is_no_dispute(tmp_path):
    assert _disputes(tmp_path, "EPA") == []


def test_a_begun_review_goes_on_sixty_days_not_a_year(tmp_path):
    assert [c["kind"] for c in _disputes(tmp_path, "DEP", "June 30, 2022")] == ["opposite"]  # 51 days on
    assert _disputes(tmp_path, "DEP", "May 24, 2023") == []  # a year on, the review may have closed


ANNOUNCED = """Harbor board picks contractor for shore power

By Lena Ostrow, Calder Evening Ledger

CALDER, Maine, March 7, 2023 - The Calder Harbor Board announced its contract with Brightwater Electric \
on March 3, three days before the board's vote.
"""
RETOLD = """Small port bets on shore power

Written by Piet Vermeer

March 30, 2023

When the Calder Harbor Board announced its contract with Brightwater Electric on {day}, 2023, it became \
the smallest port in the state to commit to shore power.
"""


@pytest.mark.parametrize(("day", "disputed"), [("March 10", True), ("March 3", False)])
def test_an_announcement_dated_in_a_clause_of_time_is_a_claim_of_its_own(tmp_path, day, disputed):
    folder = tmp_path / day.replace(" ", "")
    folder.mkdir()
    (folder / "a.txt").write_text(ANNOUNCED)
    (folder / "b.txt").write_text(RETOLD.format(day=day))
    store = open_store(f"sqlite:///{folder}.db")
    ingest([str(folder)], store, load_settings(tmp_path / "none.toml"))
    found = [c for story in store.list_stories() for c in view_story(store, story.id).contradictions]
    assert [c["kind"] for c in found] == (["dates"] if disputed else [])
