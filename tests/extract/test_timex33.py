"""Time-expression spans and values that generalise (issue 10, branch timex33): invented sentences only."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.extract.times import TimeExpr, find_times

THURSDAY = dt.date(2023, 10, 26)


def spans(text: str, anchor: dt.date = THURSDAY) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in find_times(text, anchor)]


def one(text: str, anchor: dt.date = THURSDAY) -> TimeExpr:
    found = find_times(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, span", [
    # a time that modifies a noun that is no time is tagged alone, without the noun phrase's determiner
    ("The council called the 30-day comment period a formality.", "30-day"),
    ("Farmers joined the three day march on the capital.", "three day"),
    ("The mill ended the 12-year dispute with its workers.", "12-year"),
    ("Analysts blamed the third-quarter slump on the weather.", "third-quarter"),
    ("The year-ago figures included a tax gain.", "year-ago"),
    ("The brewer compared it with a year-earlier profit of $3 million.", "year-earlier"),
])
def test_a_time_modifying_a_noun_is_tagged_without_the_determiner(text, span):
    assert one(text).text == span


@pytest.mark.parametrize("text, span", [
    # a time noun heading the phrase keeps the determiner: the whole noun phrase is the time
    ("Sales rose 9% from the year-ago quarter.", "the year-ago quarter"),
    ("Sales rose 9% from the comparable year-ago quarter.", "the comparable year-ago quarter"),
    ("The mill was idle for the nine months.", "the nine months"),
])
def test_a_time_noun_keeps_its_determiner(text, span):
    assert one(text).text == span


def test_the_year_earlier_nine_months_is_a_length():
    assert spans("Net for the year-earlier nine months included a gain.") == \
        [("the year-earlier nine months", "DURATION", "P9M")]


def test_the_year_period_is_one_expression():
    assert spans("In the 2022 period, the chain earned $4 million.") == [("the 2022 period", "DATE", "2022")]


@pytest.mark.parametrize("text, span, value, mod", [
    ("The depot will be shut over the next year or so, the owners said.", "the next year or so", "2024", "APPROX"),
    ("The mine will not turn a profit until 2027 or later.", "2027 or later", "2027", "ON_OR_AFTER"),
    ("The board is upbeat about cash flow for 2024 and beyond.", "2024 and beyond", "2024", "ON_OR_AFTER"),
])
def test_a_loosening_phrase_after_a_time_is_inside_it(text, span, value, mod):
    found = one(text)
    assert (found.text, found.value, found.mod) == (span, value, mod)


def test_or_after_stays_a_preposition():
    assert [t.text for t in find_times("Talks resume on Monday or after the vote.", THURSDAY)] == ["Monday"]


@pytest.mark.parametrize("text, span, value", [
    # a time built on another time is one expression whose value comes from the inner one
    ("The hearing will be held the week of March 6, the clerk said.", "the week of March 6", "2024-W10"),
    ("The day before last Monday's vote, the mayor resigned.", "day before last Monday", "2023-10-22"),
    ("Shares were up 2% at mid-morning yesterday in Frankfurt.", "mid-morning yesterday", "2023-10-25TMO"),
    ("Third-quarter net fell from $9 million for the quarter a year ago.", "the quarter a year ago", "2022-Q3"),
    ("Third-quarter net fell from $9 million in the same period last year.", "the same period last year", "2022-Q3"),
])
def test_a_time_built_on_another_time_is_one_expression(text, span, value):
    assert spans(text)[-1][::2] == (span, value)


def test_the_previous_weekday_counts_back_from_the_day_last_named():
    text = "The index closed higher on Oct. 18, up 2% from the previous Friday."
    assert spans(text)[-1] == ("the previous Friday", "DATE", "2023-10-13")


def test_the_article_that_is_the_number_stays():
    assert one("The show was restored to a full hour.").text == "a full hour"


def test_one_unit_without_a_hyphen_is_a_noun_phrase():
    assert find_times("He explained the one hour between the calls.", THURSDAY)[0].text == "the one hour"
