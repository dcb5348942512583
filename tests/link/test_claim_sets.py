"""A negative universal over one set against a proportion of another (invented text): 'None of the
three piers had …' / 'about two thirds of the ferries using the piers have …' are two sets (link/claim_sets.py)."""
from __future__ import annotations

from storyline.link.claim_sets import other_sets, quantified_set
from storyline.link.story_view import view_story
from storyline.pipeline import ingest
from storyline.settings import load_settings
from storyline.store import open_store


def test_the_set_a_partitive_subject_quantifies():
    assert quantified_set("None of the three piers on the river") == "pier"
    assert quantified_set("About two thirds of the ferries using the piers") == "ferry"
    assert quantified_set("40 percent of the city's ferries") == "ferry"
    assert quantified_set("The captain of the ferry") is None  # no quantifier before 'of'
    assert other_sets("None of the three piers", "two thirds of the ferries")
    assert not other_sets("None of the three piers", "two of the piers")


SURVEY = """Piers lack charging points

By Tove Brandt, River Gazette

ODDA, June 3, 2024 - None of the three piers on the river had electric charging points last summer, a county survey found.
"""
MASTER = """Ferry operators go electric

By Luis Marr, Valley Post

ODDA, June 20, 2024 - About two thirds of the ferries using the river piers have electric charging points, the harbor master said Tuesday.
"""


def test_none_of_one_set_and_a_proportion_of_another_are_no_dispute(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(SURVEY)
    (folder / "b.txt").write_text(MASTER)
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    ingest([str(folder)], store, load_settings(tmp_path / "none.toml"))
    assert [c for story in store.list_stories() for c in view_story(store, story.id).contradictions] == []
