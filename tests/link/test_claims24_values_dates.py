"""claims24's value and date forms (invented sentences): two sources' counts of one day, count nouns of one set
('passengers' / 'travellers'), bounds that exclude the other value, currencies beyond $ £ € ('₹48 crore',
'Rs 86 crore', 'N42bn', 'RM6.8mil'), and a day parsed as a passive's object."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from storyline.link.claim_counts import counts, money_amounts
from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}
MONDAY = (dt.date(2025, 3, 3),) * 2
TUESDAY = dt.date(2025, 3, 4)


def ref(article: str, text: str, predicate: str, *, agent: str, theme: str, speaker: str,
        scope: tuple[dt.date, dt.date] | None = MONDAY, basis: str = "stated", keywords: str = "",
        published: dt.date = TUESDAY) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, "positive", "asserted",
                    frozenset((keywords or predicate).split()), (), scope, agent=agent, theme=theme,
                    scope_basis=basis, published=published, attributed=True, speaker_kind="org")


ABOARD = ref("a", "The port authority said 180 passengers were stranded by the ferry's breakdown on Monday .",
             "strand", agent="the ferry 's breakdown", theme="180 passengers", speaker="port authority",
             keywords="strand ferry breakdown")
ON_BOARD = ref("b", "The shipping firm said 95 travellers were stranded by the ferry's breakdown on Monday .",
               "strand", agent="the ferry 's breakdown", theme="95 travellers", speaker="shipping firm",
               keywords="strand ferry breakdown")


def test_two_sources_counts_of_one_day_under_synonym_nouns_are_two_accounts():
    verdict = flag_pair(ABOARD, ON_BOARD, GROUPS)
    assert verdict is not None and verdict.kind == "figures"


def test_one_day_counts_of_two_sets_or_of_a_running_tally_are_no_dispute():
    crew = replace(ON_BOARD, theme="95 crew", text=ON_BOARD.text.replace("travellers", "crew"))
    assert flag_pair(ABOARD, crew, GROUPS) is None  # crew and passengers: two sets
    so_far = replace(ON_BOARD, text=ON_BOARD.text.replace("were stranded", "have been stranded so far"))
    assert flag_pair(ABOARD, so_far, GROUPS) is None  # a tally still running


def test_a_bound_disputes_only_a_value_outside_it():
    more_than = replace(ABOARD, theme="more than 300 passengers")
    assert flag_pair(more_than, replace(ON_BOARD, theme="250 travellers"), GROUPS) is not None
    assert flag_pair(more_than, replace(ON_BOARD, theme="320 travellers"), GROUPS) is None
    fewer = replace(ABOARD, theme="fewer than 2,000 passengers")
    assert flag_pair(fewer, replace(ON_BOARD, theme="3,500 travellers"), GROUPS) is not None
    nearly = replace(ABOARD, theme="nearly 5,000 passengers")
    assert flag_pair(nearly, replace(ON_BOARD, theme="about 4,800 travellers"), GROUPS) is None


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("is worth ₹48 crore", "Rs", 4.8e8),
    ("is worth Rs 86 crore", "Rs", 8.6e8),
    ("took a N42bn loan", "₦", 4.2e10),
    ("borrowed ₦15 billion", "₦", 1.5e10),
    ("owes RM6.8mil in wages", "RM", 6.8e6),
    ("cost GH₵180,000", "GH₵", 1.8e5),
    ("will cost R18 million", "R", 1.8e7),
    ("paid KSh 2m", "KSh", 2e6),
    ("towing costs ₱2.4 million", "₱", 2.4e6),
])
def test_currencies_beyond_dollars_pounds_and_euros(text: str, unit: str, value: float):
    (amount,) = money_amounts(text)
    assert (amount.unit, amount.low) == (unit, value)


def test_a_road_is_no_amount_and_a_currency_name_follows_its_amount():
    assert money_amounts("on the N2 highway near R40") == ()
    naira = counts(replace(ABOARD, theme="15 billion naira"))
    assert [(c.unit, c.low) for c in naira] == [("₦", 1.5e10)]


def test_a_day_parsed_as_a_passive_object_names_no_other_thing():
    launched = ref("a", "The mayor launched the night bus service on Tuesday .", "launch",
                   agent="The mayor", theme="the night bus service", speaker="the article",
                   scope=(dt.date(2025, 8, 19),) * 2, keywords="launch night bus service",
                   published=dt.date(2025, 8, 21))
    passive = ref("b", "The night bus service was launched on August 12 , city officials said .", "launch",
                  agent="The night bus service", theme="August 12", speaker="city officials",
                  keywords="launch night bus service august", published=dt.date(2025, 8, 22))
    verdict = flag_pair(launched, passive, GROUPS)
    assert verdict is not None and verdict.kind == "dates"
