"""timex40: periodic sets, two-digit years, centuries, halves, year ranges and spelled numbers.

Invented sentences (anchor Thursday 2013-03-14); each expectation follows the TimeML Annotation
Guidelines 1.2.1 / TIDES 2005 value conventions and failed before this branch."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.extract.times import find_times

ANCHOR = dt.date(2013, 3, 14)


def _found(text: str, anchor: dt.date | None = ANCHOR) -> set[tuple[str, str, str | None]]:
    return {(t.text, t.type, t.value) for t in find_times(text, anchor)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry to Larkholm sails twice a week.", ("twice a week", "SET", "P1W")),
    ("Inspectors visit the mill three times a year.", ("three times a year", "SET", "P1Y")),
    ("Patients must take one tablet once a day.", ("once a day", "SET", "P1D")),
    ("The reservoir is tested every six months.", ("every six months", "SET", "P6M")),
    ("A shuttle leaves the depot every 20 minutes.", ("every 20 minutes", "SET", "PT20M")),
    ("Every two weeks the committee publishes a report.", ("Every two weeks", "SET", "P2W")),
])
def test_a_repeated_time_is_one_set_valued_by_its_period(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_a_count_of_days_without_a_period_stays_a_duration() -> None:
    assert ("three days", "DURATION", "P3D") in _found("The fair lasted three days.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Grandpa Orlek still talks about the flood of '87.", ("'87", "DATE", "1987")),
    ("The club last won the cup in \u201905, its fans recall.", ("\u201905", "DATE", "2005")),
])
def test_a_two_digit_year_takes_the_century_nearest_the_anchor(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_a_two_digit_year_is_never_more_than_ten_years_ahead() -> None:
    assert ("'57", "DATE", "1957") in _found("I caught flu in the '57 pandemic.", dt.date(2009, 5, 1))
    assert ("'09", "DATE", "2009") in _found("Growth returns in the fourth quarter of '09.", dt.date(2009, 5, 1))


def test_a_vague_count_of_repetitions_is_still_one_set() -> None:
    assert ("several times a day", "SET", "P1D") in _found("Masks must be changed several times a day.")


def test_a_quoted_number_is_no_year() -> None:
    assert _found("She wrote '40 reasons to stay' on the wall.") == set()
    assert not any(t[2] == "1960" or t[2] == "2060" for t in _found("Prices rose in the '60s."))


@pytest.mark.parametrize(("text", "expected"), [
    ("The mill closed at the end of 2009.", ("the end of 2009", "DATE", "2009")),
    ("Work on the canal stopped at the start of 2012.", ("the start of 2012", "DATE", "2012")),
])
def test_a_year_with_a_period_mod_after_at_is_a_date(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_a_bare_number_after_at_is_still_no_year() -> None:
    assert _found("The index closed at 1800 points.") == set()


@pytest.mark.parametrize(("text", "expected", "mod"), [
    ("The chapel was built in the late 17th century.", ("the late 17th century", "DATE", "16"), "END"),
    ("Most of the town dates from the nineteenth century.", ("the nineteenth century", "DATE", "18"), None),
    ("The bridge was rebuilt in the early twentieth century.", ("the early twentieth century", "DATE", "19"), "START"),
])
def test_a_century_is_read_in_words_and_with_its_mod(text: str, expected: tuple[str, str, str], mod: str | None) -> None:
    found = [t for t in find_times(text, ANCHOR) if (t.text, t.type, t.value) == expected]
    assert found and found[0].mod == mod


@pytest.mark.parametrize(("text", "expected"), [
    ("The ceremony lasted half an hour.", ("half an hour", "DURATION", "PT30M")),
    ("The hearing ran for an hour and a half on Tuesday.", ("an hour and a half", "DURATION", "PT1H30M")),
    ("The strike went on for a year and a half.", ("a year and a half", "DURATION", "P1Y6M")),
    ("The ferry crossed in twenty five minutes.", ("twenty five minutes", "DURATION", "PT25M")),
    ("The archive holds letters spanning two hundred years.", ("two hundred years", "DURATION", "P200Y")),
])
def test_halves_and_spelled_numbers_belong_to_the_duration(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize("text", ["Rainfall records for 1990-2010 were lost.", "Wages stagnated during 1990\u20132010."])
def test_both_years_of_a_range_are_dates(text: str) -> None:
    found = _found(text)
    assert {("1990", "DATE", "1990"), ("2010", "DATE", "2010")} <= found


def test_last_night_is_the_night_before_the_anchor() -> None:
    assert ("last night", "TIME", "2013-03-13TNI") in _found("The council debated the plan last night.")


def test_over_before_a_determiner_is_a_preposition_not_more_than() -> None:
    found = [t for t in find_times("Over the past 12 months, rents in Dunmore rose.", ANCHOR)]
    assert [(t.text, t.value, t.mod) for t in found] == [("the past 12 months", "P12M", None)]
    assert [t.mod for t in find_times("The talks lasted over two hours.", ANCHOR)] == ["MORE_THAN"]


def test_a_daily_before_its_name_is_a_newspaper() -> None:
    assert _found("The story ran in the business daily Handelsblatt.") == set()
    assert ("daily", "SET", "P1D") in _found("The ferry sails daily from Larkholm.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Voters in Dunmore go to the polls on Election Day.", ("Election Day", "DATE", "2012-11-06")),
    ("The bishop will lead the procession on Palm Sunday.", ("Palm Sunday", "DATE", "2013-03-24")),
    ("Fasting began on Ash Wednesday.", ("Ash Wednesday", "DATE", "2013-02-13")),
    ("Parades on St. Patrick\u2019s Day will close the bridge.", ("St. Patrick\u2019s Day", "DATE", "2013-03-17")),
    ("The store in Larkholm shut on Presidents' Day.", ("Presidents' Day", "DATE", "2013-02-18")),
])
def test_a_named_holiday_is_the_day_it_falls_on_nearest_the_anchor(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_a_holiday_opening_a_name_is_no_date() -> None:
    assert _found("The ship sailed on to Easter Island.") == set()


def test_the_past_decade_is_the_ten_years_up_to_the_anchor() -> None:
    assert ("the past decade", "DURATION", "P10Y") in _found("Rents in Dunmore doubled over the past decade.")
    assert ("this decade", "DATE", "201") in _found("The canal will reopen this decade.")


def test_a_day_range_with_a_dash_tags_the_second_day() -> None:
    assert {("March 9", "DATE", "2013-03-09"), ("10", "DATE", "2013-03-10")} <= _found("The fair runs March 9-10 in Larkholm.")
    assert ("12", "DATE", "2013-03-12") not in _found("The vote on March 9 - 12 people came.")


def test_the_weekend_of_a_day_is_that_weeks_weekend() -> None:
    assert ("the weekend of March 9", "DATE", "2013-W10-WE") in _found("The fair opens on the weekend of March 9.")
