"""timex44: the tense of the clause's own verb chooses a bare month's or day's year.

Invented sentences (anchor Thursday 2013-03-14), gold written before the first run. TimeML
Annotation Guidelines 1.2.1 (Sauri et al. 2006, 2.3: an underspecified date is resolved from
the document's temporal focus and the tense of the event it anchors) and TempEval-3's task A
(UzZaman et al. 2013: values are scored against the DCT) are the source of each expectation."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.extract.times import find_times

ANCHOR = dt.date(2013, 3, 14)


def _value(text: str, words: str) -> str | None:
    return next((t.value for t in find_times(text, ANCHOR) if t.text == words), None)


@pytest.mark.parametrize(("text", "words", "value"), [
    # a modal more than ten words before the month still governs it: no other verb stands between
    ("Captain Rosa Ibarra will be named leader of the northern survey team for an expedition in December.",
     "December", "2013-12"),
    ("The ferry line said two new boats would leave the harbour on weekdays from April 2, with a third "
     "sailing each Sunday from August 9.", "August 9", "2013-08-09"),
    ("Dr. Amos Kettering is expected to take charge of the regional orchard growers' new cold-storage "
     "depot in September.", "September", "2013-09"),
    # a future reading that costs as much as the past one goes to the future the verb names
    ("The orbiting lab's launch will come in December.", "December", "2013-12"),
])
def test_the_clause_verb_sets_a_future_year(text: str, words: str, value: str) -> None:
    assert _value(text, words) == value


@pytest.mark.parametrize(("text", "words", "value"), [
    # the nearest cue still wins: a past verb close to the month outweighs a modal further back
    ("Officials who will attend the summit in Larkholm confirmed the inquiry opened in December.",
     "December", "2012-12"),
    # a past tense far back still governs when nothing nearer speaks
    ("The ministry of the interior reported that the coastal district of the southern province had a "
     "wet spell of unusual length in January.", "January", "2013-01"),
    # no cue anywhere: news reports the past
    ("A drought in the northern hills of the island in November.", "November", "2012-11"),
])
def test_a_past_or_silent_clause_keeps_the_year_before(text: str, words: str, value: str) -> None:
    assert _value(text, words) == value


@pytest.mark.parametrize(("text", "words", "value"), [
    # the far verb governs another event when a signal ('after', 'before', 'since') opens the time's phrase
    ("The champion was scheduled to fly home on Friday, after his title fight in the capital at the weekend.",
     "the weekend", "2013-W10-WE"),
    # a cue word after a determiner or a possessive is a noun ('his plans'), no verb of the clause
    ("When the governor set out his plans for the harbour and the old rail yards in December, he promised jobs.",
     "December", "2012-12"),
    # a modal after 'this' is a pronoun's verb, no noun: it still governs
    ("This will be harder for the growers as we head into the cold of December.", "December", "2013-12"),
])
def test_a_far_or_nominal_cue_does_not_govern(text: str, words: str, value: str) -> None:
    assert _value(text, words) == value
