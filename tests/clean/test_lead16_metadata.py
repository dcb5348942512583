"""Metadata an unseen invented story (lead16) missed, on invented text: a wire dateline printing its
date between dashes after the credited place, and an outlet named by a closing tagline's sentence."""
import datetime as dt

from storyline.clean.dateline import lead_dateline
from storyline.clean.metadata import _without_sentence_end


def test_a_date_between_dashes_after_the_credited_place_dates_the_story():
    found = lead_dateline([(1, "MILLBROOK, Ore. (CWS) — June 4, 2023 — The county closed two bridges.")])
    assert found is not None and found.value == dt.date(2023, 6, 4)
    found = lead_dateline([(1, "MILLBROOK, Ore. — June 4, 2023 — The county closed two bridges.")])
    assert found is not None and found.value == dt.date(2023, 6, 4)
    # a name or a phrase before the dashes is no dateline's place
    assert lead_dateline([(1, "Smith — June 4, 2023 — said he left.")]) is None
    assert lead_dateline([(1, "The report — June 4, 2023 — was late.")]) is None


def test_a_tagline_s_full_stop_is_no_part_of_the_outlet_s_name():
    assert _without_sentence_end("Harbor Trade Review.") == "Harbor Trade Review"
    assert _without_sentence_end("Acme Media Inc.") == "Acme Media Inc."


def test_a_station_whose_copyright_line_holds_its_call_sign_is_named_by_its_masthead(tmp_path):
    from storyline.pipeline import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    page = """WKMB 9 News
Live | Weather | 9 Investigates
County closes two bridges after inspection
Author: Dana Lyle
Published: 6:05 PM EDT June 4, 2023
MILLBROOK, Ore. — The county closed two bridges on Sunday after an inspection found cracked beams.
The bridges will stay closed through the summer, county engineer Paul Rusk said.
Copyright 2023 {holder}. All rights reserved.
"""
    outlets = {}
    for holder in ("WKMB-TV", "Brightline Broadcasting"):
        folder = tmp_path / holder.split()[0]
        folder.mkdir()
        (folder / "a.txt").write_text(page.format(holder=holder))
        store = open_store(f"sqlite:///{folder}.db")
        ingest([str(folder)], store, load_settings(tmp_path / "none.toml"))
        outlets[holder] = store.list_articles(with_raw=False)[0].outlet
    assert outlets["WKMB-TV"].startswith("WKMB 9")
    # a group's line ('Broadcasting', rules/credits.toml [group_heads]) names the owner, so the masthead above the
    # headline is the outlet (branch probe17; before it the group's name was taken)
    assert outlets["Brightline Broadcasting"].startswith("WKMB 9")
