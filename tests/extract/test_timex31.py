"""Time-expression values that generalise (issue 10, branch timex31): invented sentences only."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.extract.times import TimeExpr, find_times

MONDAY = dt.date(2022, 10, 24)


def found(text: str, span: str, anchor: dt.date = MONDAY) -> TimeExpr:
    hits = [t for t in find_times(text, anchor) if t.text == span]
    assert len(hits) == 1, find_times(text, anchor)
    return hits[0]


@pytest.mark.parametrize("text, span, value", [
    # the clause's verb comes after a long subject: the fronted time takes its tense
    ("On Thursday, the regional growers' association of the northern valley plans to open the market.", "Thursday",
     "2022-10-27"),
    ("In January, a week after the harvest festival in the valley, a storm flattened the orchards.", "January",
     "2022-01"),
    # a relative clause inside the subject says nothing about the main clause's time
    ("On Friday, the two mayors, who will meet again in spring, signed the water accord.", "Friday", "2022-10-21"),
])
def test_a_fronted_time_takes_the_tense_of_its_clause(text, span, value):
    assert found(text, span).value == value


def test_versus_in_a_case_name_does_not_end_the_sentence():
    text = "In January, a day after the Smith vs. Jones ruling, the court closed its doors."
    assert found(text, "January").value == "2022-01"


def test_the_current_quarter_is_the_one_under_way():
    text = "Most orders come in the spring, and the current quarter has begun well, the maker said."
    assert found(text, "the current quarter").value == "2022-Q4"


def test_a_fiscal_quarter_takes_the_calendar_quarter_it_mostly_covers():
    # May to July: mostly the second calendar quarter
    assert found("In the quarter ended July 31, the grocer earned $4 million.", "the quarter").value == "2022-Q2"


@pytest.mark.parametrize("forecast", [
    "Analysts expect the slump to last through the second quarter of 2023.",
    "The board expects a further decline in the fourth quarter.",
])
def test_a_forecast_quarter_does_not_move_the_reported_one(forecast):
    text = f"The mill earned $9 million in the third quarter. {forecast} In the year-ago period, it earned $12 million."
    assert found(text, "the year-ago period").value == "2021-Q3"


@pytest.mark.parametrize("text, span, value", [
    ("At 4:06 pm on 02 Jun 2021, a reader wrote: the ferry was late again.", "4:06 pm", "2021-06-02T16:06"),
    ("At 16:16 29th Apr 2021, another reader replied.", "16:16", "2021-04-29T16:16"),
    ("The office changed its advice at 11pm on 27 April.", "11pm", "2022-04-27T23:00"),
    ("The vote closed at 5 p.m. on May 3, 2019, officials said.", "5 p.m.", "2019-05-03T17:00"),
])
def test_a_clock_time_takes_the_day_first_or_dated_day_written_after_it(text, span, value):
    assert found(text, span).value == value


@pytest.mark.parametrize("text", [
    "The story ran in the Daily Courier on the front page.",
    "Readers of the Weekly Gazette wrote in.",
    "The club lost its quarter-final on penalties.",
    "The bank announced a quarter-point cut.",
    "The quarter-to-quarter comparison was flattered by a one-off gain.",
    "He was paid a quarter-of-a-million dollars.",
])
def test_titles_and_compounds_are_no_time_expressions(text):
    assert find_times(text, MONDAY) == []


def test_a_lower_case_frequency_word_is_still_a_set():
    assert found("The ferry sails daily from the harbour.", "daily").value == "P1D"


@pytest.mark.parametrize("text", [
    "Liftoff is set for 2:01 p.m. EDT (1801 GMT) from the cape.",
    "As of 1700 BST the tally stood at 400.",
])
def test_a_four_digit_clock_before_a_time_zone_is_no_year(text):
    assert not [t for t in find_times(text, MONDAY) if t.value in {"1801", "1700"}]


def test_a_year_before_other_words_is_still_a_year():
    assert found("The mill closed in 1801 after a fire.", "1801").value == "1801"


@pytest.mark.parametrize("text", [
    "It was one of the great inventions of the past century.",
    "Riots have broken out for the past three summers.",
])
def test_the_past_before_a_period_noun_is_no_past_reference(text):
    assert "PAST_REF" not in [t.value for t in find_times(text, MONDAY)]


def test_the_past_alone_is_still_a_past_reference():
    assert found("Such storms were rare in the past.", "the past").value == "PAST_REF"


@pytest.mark.parametrize("text, span, value", [
    ("Rock radio was at its height in the Seventies.", "the Seventies", "197"),
    ("The band found fame in the mid-Nineties.", "the mid-Nineties", "199"),
])
def test_a_decade_word_is_the_latest_such_decade_begun_by_the_anchor(text, span, value):
    assert found(text, span, dt.date(2010, 2, 27)).value == value


@pytest.mark.parametrize("text, span, value", [
    ("The gates open at 7.45 pm for the final.", "7.45 pm", "2022-10-24T19:45"),
    ("The clinic rang back at 10.15am.", "10.15am", "2022-10-24T10:15"),
])
def test_a_british_clock_with_a_dot_keeps_its_minutes(text, span, value):
    assert found(text, span).value == value


def test_a_decimal_without_am_or_pm_is_no_clock():
    assert find_times("Prices rose 4.30 percent.", MONDAY) == []


@pytest.mark.parametrize("text", [
    "The candidate told USA Today that she would stay in the race.",
    "The Today programme's presenter pressed the minister.",
])
def test_a_capitalised_today_after_a_capitalised_word_names_an_outlet(text):
    assert find_times(text, MONDAY) == []


@pytest.mark.parametrize("text, span", [
    ("Shares fell on Wednesday. Yesterday, they fell further.", "Yesterday"),
    ("Today the council meets again.", "Today"),
])
def test_a_capitalised_deictic_opening_a_sentence_is_still_a_day(text, span):
    assert found(text, span).value.startswith("2022-10-2")


def test_a_time_opening_a_sentence_does_not_read_the_sentence_before_it():
    # "ready to" in the sentence before plans nothing for Saturday night
    text = ("Some shops were ready to reopen. Late Saturday night, two newlyweds, still in their wedding clothes, "
            "rode through the square.")
    assert found(text, "Saturday night").value == "2022-10-22"


@pytest.mark.parametrize("text, span, value", [
    ("We started this journey on June 16th of last year.", "June 16th of last year", "2021-06-16"),
    ("A reform plan is due by March of next year.", "March of next year", "2023-03"),
])
def test_a_month_or_day_of_a_named_year(text, span, value):
    assert found(text, span).value == value


@pytest.mark.parametrize("text, span, value", [
    ("Fiona Reed | 18:00 UK time, Saturday, 23 April 2022 The clinics reopened.", "18:00 UK time, Saturday",
     "2022-04-23T18:00"),
    ("The verdict, at around 1pm local time, drew cheers.", "around 1pm local time", "2022-10-24T13:00"),
])
def test_uk_and_local_time_belong_to_the_clock(text, span, value):
    assert found(text, span).value == value


def test_four_digits_before_local_time_are_no_year():
    assert not [t for t in find_times("Departure is set for 1700 local time.", MONDAY) if t.value == "1700"]


@pytest.mark.parametrize("text, value", [
    ("The summit will be held on April 24 and 25.", "2023-04-25"),
    ("Cases peaked between April 23 and 28 in the capital.", "2022-04-28"),
])
def test_a_second_day_joined_to_a_month_first_day_is_a_date_of_that_month(text, value):
    assert value in [t.value for t in find_times(text, MONDAY)]


@pytest.mark.parametrize("text", [
    "Talks run from April 29 to 5 May.",
    "On June 3 and 4 people were hurt.",
])
def test_a_number_after_a_day_before_a_month_or_a_noun_is_no_second_day(text):
    assert not [t for t in find_times(text, MONDAY) if t.text in {"4", "5"}]


def test_this_weekday_without_a_past_cue_is_the_coming_one():
    text = "The city holds a day of celebration for the team this Friday, in honour of its win."
    assert found(text, "this Friday", dt.date(2022, 10, 26)).value == "2022-10-28"


def test_this_weekday_in_a_past_clause_is_this_week_s():
    assert found("The mayor said this Monday that the bridge would close.", "this Monday",
                 dt.date(2022, 10, 26)).value == "2022-10-24"
