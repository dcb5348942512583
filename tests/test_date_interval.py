"""storyline.dates: the one partial-date → interval helper."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
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


@settings(max_examples=200)
@given(
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 12, 31)),
    st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_a_written_timestamp_keeps_its_own_offset_in_both_container_forms(
    moment: dt.datetime, offset_minutes: int
) -> None:
    from email.utils import format_datetime

    from storyline.dates import parse_machine_datetime

    written = moment.replace(microsecond=0, tzinfo=dt.timezone(dt.timedelta(minutes=offset_minutes)))
    # RSS writes RFC 2822, Atom and JSON-LD ISO 8601: the local day is the one the outlet printed
    assert parse_machine_datetime(written.isoformat()) == written
    assert parse_machine_datetime(format_datetime(written)) == written
    assert parse_machine_datetime(format_datetime(written)).date() == written.date()  # type: ignore[union-attr]


def test_a_timestamp_no_container_form_reads_is_none() -> None:
    from storyline.dates import parse_machine_datetime

    assert parse_machine_datetime("") is None
    assert parse_machine_datetime("last Tuesday") is None
    assert parse_machine_datetime("Thu, 99 Foo 2025 25:61:00 +0000") is None
