"""dispute37: numbers in words, verbs of one act past WordNet's first senses, and times told from an event
('the day after the blast'), on invented sentences."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_counts import number_at
from storyline.link.event_anchored import anchored_day, anchored_event
from storyline.link.numerals import spelled_number, word_value
from storyline.link.predicate_class import one_class
from storyline.link.time_anchors import Anchor


def spelled(text: str) -> float | None:
    return spelled_number(text.lower().split(), 0)[0]


def test_complex_numerals_with_and_and_scales():
    assert spelled("Two hundred and forty workers") == 240
    assert spelled("one thousand two hundred families") == 1200
    assert spelled("Three hundred and twelve cases") == 312
    assert spelled("seven hundred thousand voters") == 700_000
    assert spelled("two hundred and fifty crore rupees") == 2.5e9


def test_halves_and_articles_before_a_scale():
    assert spelled("three and a half million dollars") == 3.5e6
    assert spelled("Half a million euro") == 5e5
    assert spelled("a hundred homes") == 100


def test_what_is_no_numeral_or_ends_one():
    assert spelled("the two") is None and spelled("a house") is None and spelled("half the staff") is None
    assert spelled_number(["two", "and", "three"], 0) == (2.0, 1)  # 'and' joins only after hundred or a scale
    assert spelled_number(["forty", "and", "a", "half"], 0) == (40.0, 1)
    assert word_value("sixty-one") == 61 and word_value("sixty-forty") is None


def test_counts_read_the_whole_numeral():
    assert number_at(["two", "hundred", "and", "forty", "workers"], 0) == (240.0, 4)
    assert number_at(["240", "workers"], 0) == (240.0, 1)
    assert number_at(["four", "workers"], 0) == (4.0, 1)


def test_verbs_of_one_act_past_the_first_senses():
    assert one_class("lift", "revoke") and one_class("restore", "reconnect") and one_class("reopen", "resume")
    assert one_class("appoint", "name")
    assert not one_class("suspend", "resume") and not one_class("lift", "restore")


def test_a_time_told_from_an_event():
    assert anchored_event("The inspector arrived the day after the blast.") == ("blast", 1)
    assert anchored_event("The chairman quit two days before the vote.") == ("vote", -2)
    assert anchored_event("Sales opened a week after the announcement.") == ("announcement", 7)
    assert anchored_event("A warning went out at the time of the quake.") == ("quake", 0)
    assert anchored_event("The warning went out on 4 March.") is None
    assert anchored_event("It will take effect three months after the summit.") is None  # months vary


MENTIONS = [Anchor("a", frozenset(["the", "explosion", "at", "the", "depot", "happened", "on", "saturday", "june"]), "2026-06-06", "dated"),
            Anchor("b", frozenset(["the", "depot", "blast", "on", "june", "was", "heard", "miles", "away"]), "2026-06-06", "dated"),
            Anchor("b", frozenset(["the", "council", "vote", "on", "the", "depot", "is", "due"]), "2026-06-20", "dated")]


def test_the_event_is_dated_by_the_story_and_the_offset_applied():
    assert anchored_day("The inspectors arrived the day after the blast.", "c", MENTIONS) == dt.date(2026, 6, 7)
    assert anchored_day("Protesters gathered two days before the vote.", "c", MENTIONS) == dt.date(2026, 6, 18)


def test_no_date_is_guessed_for_an_undated_event():
    assert anchored_day("Shops shut the day after the strike.", "c", MENTIONS) is None
