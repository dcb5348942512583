"""What the lead's fifth invented story (a rural hospital's maternity closure) showed, on invented text:
a station's masthead over its group's copyright line, a 'no federal agency' denial, a time in an
'after' clause, an announcement of 'the plan', a station's branded name cited a week later."""
from __future__ import annotations

from storyline.link.story_view import view_story
from storyline.pipeline import ingest
from storyline.settings import load_settings
from storyline.store import open_store

STATION = """WKMB 9 ACTION NEWS
Watch Live   Weather   9 On Your Side
Feds investigating Orlen Valley hospital ER after patient dies in waiting room
Reported by Dana Lyle
Thursday, March 14th 2024, 6:05 PM EDT
ORLEN VALLEY, Ohio (WKMB) — Federal regulators are investigating Orlen Valley Medical Center's emergency \
department after a patient died in its waiting room in February, according to a letter obtained by WKMB 9 \
Action News.
The patient waited more than five hours to be seen, his daughter said.
Copyright 2024 Brightline Broadcasting. All Rights Reserved.
"""
PAPER = """The Orlen Valley Gazette
Hospital says its ER is not under federal investigation
By Ruth Kessel
Mar 21, 2024
The hospital on Wednesday disputed the station's report.
"No {kind} is investigating our emergency department," hospital spokesman Kevin Brandt said.
WKMB 9 Action News reported last week that regulators had opened an investigation after Walter Pike died.
© 2024 The Orlen Valley Gazette
"""


def _ingest(tmp_path, name: str, texts: dict[str, str]):
    folder = tmp_path / name
    folder.mkdir()
    for file, text in texts.items():
        (folder / file).write_text(text)
    store = open_store(f"sqlite:///{folder}.db")
    ingest([str(folder)], store, load_settings(tmp_path / "none.toml"))
    return store


def _disputes(store) -> list[dict]:
    return [c for story in store.list_stories() for c in view_story(store, story.id).contradictions]


def _flags(store) -> list[str]:
    """The kinds of every flag over all the articles, whatever stories they were clustered into."""
    from storyline.link.contradictions import find_contradictions

    return [c.kind for c in find_contradictions(store.list_articles(with_raw=False))]


def test_a_station_credited_in_its_dateline_is_the_outlet_not_its_group(tmp_path):
    store = _ingest(tmp_path, "station", {"a.txt": STATION})
    [article] = store.list_articles(with_raw=False)
    assert article.outlet == "WKMB 9"


def test_no_federal_agency_denies_federal_regulators_and_the_week_citation_resolves(tmp_path):
    store = _ingest(tmp_path, "agency", {"a.txt": STATION, "b.txt": PAPER.format(kind="federal agency")})
    assert _flags(store) == ["opposite"]  # the time of 'after a patient died in February' is the death's
    station = next(a for a in store.list_articles(with_raw=False) if a.outlet == "WKMB 9")
    from storyline.link.provenance import citation_links

    links = citation_links(store.list_articles(with_raw=True))
    # the citing sentence names a man the station's report did not: a week's one report is still the one cited
    assert [link.resolves_to for link in links if link.outlet.startswith("WKMB")] == [station.id]


def test_no_state_agency_is_no_denial_of_federal_regulators(tmp_path):
    store = _ingest(tmp_path, "state", {"a.txt": STATION, "b.txt": PAPER.format(kind="state agency")})
    assert _flags(store) == []


RELEASE = """Valley Ledger
Carrow hospital to end births
By Mina Roth
Jan 10, 2024
Carrow Health said in a news release on Jan. 5 that it would end labor and delivery services at its \
Orlen hospital on June 30.
"""
LETTER = """Keystone Courier
Rural hospital to stop delivering babies
By Tom Vale
Jan 11, 2024
Carrow Health will stop delivering babies at its Orlen hospital at the end of June.
Carrow Health first disclosed the plan on Jan. {day} in a letter to staff.
"""


def test_an_announcement_of_the_plan_is_of_what_its_article_leads_with(tmp_path):
    moved = _disputes(_ingest(tmp_path, "nine", {"a.txt": RELEASE, "b.txt": LETTER.format(day=9)}))
    assert [c["kind"] for c in moved] == ["dates"]
    assert _disputes(_ingest(tmp_path, "five", {"a.txt": RELEASE, "b.txt": LETTER.format(day=5)})) == []
