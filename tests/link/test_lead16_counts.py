"""Two accounts a day apart of one past act's amount (lead16, invented text): 'demanded a ransom of $2
million' (Tuesday's wire) against 'demanded $1.4 million in ransom, officials told the station on
Wednesday' — a past act told as before its report is of that day's account, as a present state is."""
from __future__ import annotations

import pytest

from storyline.link.story_view import view_story
from storyline.pipeline import ingest
from storyline.settings import load_settings
from storyline.store import open_store

WIRE = """Ransomware attack hits Corbett water utility

By Lena Ostrow, Cascade Wire Service

CORBETT, Ore. (CWS) — April 9, 2024 — Hackers who broke into the Corbett Water District's billing system \
demanded a ransom of $2 million, two people familiar with the case said Tuesday.
"""
STATION = """KCRB 4 News
Officials: Water district hackers asked for less

Author: Piet Vermeer
Published: 6:10 PM PDT {day}, 2024

CORBETT, Ore. — The hackers who broke into the Corbett Water District's billing system demanded \
$1.4 million in ransom, district officials told KCRB 4 News on {weekday}.
"""


@pytest.mark.parametrize(("day", "weekday", "disputed"), [("April 10", "Wednesday", True), ("April 30", "Tuesday", False)])
def test_two_accounts_a_day_apart_of_one_demand(tmp_path, day, weekday, disputed):
    folder = tmp_path / day.replace(" ", "")
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE)
    (folder / "b.txt").write_text(STATION.format(day=day, weekday=weekday))
    store = open_store(f"sqlite:///{folder}.db")
    ingest([str(folder)], store, load_settings(tmp_path / "none.toml"))
    kinds = [c["kind"] for story in store.list_stories() for c in view_story(store, story.id).contradictions]
    assert kinds == (["figures"] if disputed else [])
