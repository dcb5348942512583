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
