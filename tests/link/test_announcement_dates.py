"""Two outlets date one announcement two days apart (invented text, issue 11's 'two accounts of when
something was announced'): the announcement is an event of its own, and the two days a dispute."""
from __future__ import annotations

from storyline.link.story_view import view_story
from storyline.pipeline import ingest
from storyline.settings import load_settings
from storyline.store import open_store

FIRST = """Brinmoor council to close Eastgate library

By Nora Flint, Harbour Gazette

BRINMOOR, March 14, 2024 (Harbour Gazette) - Brinmoor's city council announced on {day} that it will \
close the Eastgate library at the end of June, citing a budget shortfall.

Library users said they would petition the council to reverse the plan.
"""
SECOND = """Eastgate library closure draws protest

By Colin Rusk, Northern Ledger

BRINMOOR, March 15, 2024 (Northern Ledger) - About 200 people gathered outside Brinmoor town hall on \
Thursday to protest the closure of the Eastgate library, which the city council announced on Wednesday.

"This library is the heart of the neighbourhood," said Tessa Wynn, who organised the protest.
"""


def _disputes(tmp_path, day: str) -> list[dict]:
    folder = tmp_path / day
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST.format(day=day))
    (folder / "b.txt").write_text(SECOND)
    store = open_store(f"sqlite:///{tmp_path / (day + '.db')}")
    ingest([str(folder)], store, load_settings(tmp_path / "none.toml"))
    [story] = store.list_stories()
    return view_story(store, story.id).contradictions


def test_two_days_for_one_announcement_are_a_dispute_and_one_day_is_none(tmp_path):
    [found] = _disputes(tmp_path, "Monday")  # Monday, March 11 against Wednesday, March 13
    assert found["kind"] == "dates" and "2024-03-11" in found["explanation"] and "2024-03-13" in found["explanation"]
    assert _disputes(tmp_path, "Wednesday") == []
