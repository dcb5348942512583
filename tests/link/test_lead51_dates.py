"""Two days a day apart for one act, neither counted from the writer's own day: a weekday and a calendar date name
the event's own day, so they are two accounts of it; 'yesterday' moves with the report's zone and hour, and keeps
the day's tolerance; invented sentences."""
from __future__ import annotations

from tests.conftest import extracted_flags


def test_a_weekday_and_a_date_a_day_apart_for_one_act_conflict():
    flags = extracted_flags(
        ("Corran County lifted the evacuation order for Birch Hollow on Wednesday, after crews sealed the leaking "
         "tank car.", "2026-03-12"),
        ("Families returned to Birch Hollow days after the county lifted the evacuation order on March 12, the "
         "Hollow Ledger reported.", "2026-03-16"))
    assert [kind for kind, _, _ in flags] == ["dates"]


def test_yesterday_a_day_off_a_date_is_left_alone():
    flags = extracted_flags(
        ("Corran County lifted the evacuation order for Birch Hollow yesterday, after crews sealed the leaking "
         "tank car.", "2026-03-12"),
        ("Families returned to Birch Hollow days after the county lifted the evacuation order on March 12, the "
         "Hollow Ledger reported.", "2026-03-16"))
    assert flags == []
