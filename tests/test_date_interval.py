"""storyline.dates: the one partial-date → interval helper."""
from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from storyline.dates import DateInterval, date_interval


@given(st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)))
def test_each_precision_covers_its_day(day: dt.date) -> None:
    assert date_interval(day.isoformat()) == DateInterval(day, day)
    month = date_interval(day.isoformat()[:7])
    year = date_interval(day.isoformat()[:4])
    assert month and year
    assert year.first <= month.first <= day <= month.last <= year.last
    assert (month.first.day, (month.last + dt.timedelta(days=1)).day) == (1, 1)
    assert (year.first, year.last) == (dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))


def test_what_is_no_calendar_date() -> None:
    for value in (None, "", "2019-13", "2019-02-30", "0000", "2019-W29", "2019-SU", "2019-07-23T10:00", "19",
                  "2019-7", "PRESENT_REF", " 2019"):
        assert date_interval(value) is None, value
    assert date_interval("2020-02") == DateInterval(dt.date(2020, 2, 1), dt.date(2020, 2, 29))
