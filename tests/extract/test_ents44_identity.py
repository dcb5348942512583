"""Entity identity kinds the probe stories lost (branch ents44; invented text only): a body named for two or three
portfolios joined by 'and' and commas is one name, however the recognizer cut it; a place and the capitalised
words of a local district after it are one body."""
from __future__ import annotations

import re

import pytest

from storyline.extract.entities import find_mentions


def _orgs(body: str) -> list[str]:
    from storyline.extract.nlp import parse_selectively

    found = find_mentions(next(parse_selectively([body])), body)
    return [m.text.removeprefix("the ") for m in found if m.label == "ORG"]


@pytest.mark.parametrize(("body", "name"), [
    # a name wholly untagged before a place the model does not know: no span to join to (left, branch ents44)
    pytest.param("Wildlife and Parks Meridia said on Monday that its wardens had closed the northern trail.",
                 "Wildlife and Parks Meridia", marks=pytest.mark.xfail(strict=True)),
    ("A Forestry and Lands Tarsenia official said the logging permits were suspended in March.",
     "Forestry and Lands Tarsenia"),
    ("A spokesperson for the Department of Agriculture, Water and Environment confirmed the closure.",
     "Department of Agriculture, Water and Environment"),
    ("A spokesperson for the Department of Energy, Mines and Petroleum confirmed the inspection but gave no date.",
     "Department of Energy, Mines and Petroleum"),
    ("The quarry reopened in 2021 after a review by the Tarsenia Heritage and Socio-cultural Review Board.",
     "Tarsenia Heritage and Socio-cultural Review Board"),
    ("The quarry was approved after a review by the Tarsenia Environmental and Heritage Assessment Board in 2019.",
     "Tarsenia Environmental and Heritage Assessment Board"),
])
def test_a_body_named_for_joined_portfolios_is_one_name(body: str, name: str) -> None:
    assert name in _orgs(body), _orgs(body)


def test_two_firms_joined_by_and_stay_two() -> None:
    body = "Investors and Ridgeback Minerals disagree about the cost of the clean-up at the Velmont site."
    assert not any(o.startswith("Investors") for o in _orgs(body)), _orgs(body)


def test_a_firm_and_a_board_stay_two() -> None:
    body = "The Kestrel Mining Company and the Velmont Water Board signed the licence on Tuesday."
    orgs = _orgs(body)
    assert not any("Company and" in o for o in orgs), orgs


def test_a_place_and_its_district_words_are_one_body() -> None:
    body = "Harlow Creek Fire Protection District crews staged at the trailhead with water tenders."
    assert "Harlow Creek Fire Protection District" in _orgs(body), _orgs(body)


def test_a_portfolio_before_a_place_the_article_names_is_a_department() -> None:
    body = ("Tourism Manitoba spokesperson Ana Ruiz said bookings at the lodge had halved. "
            "The lodge is the largest in Manitoba, near the lake.")
    assert "Tourism Manitoba" in _orgs(body), _orgs(body)




def test_a_portfolio_and_place_ending_a_longer_name_stay_in_it() -> None:
    from storyline.extract.coordinated_names import portfolio_places
    from storyline.extract.entities import Mention

    body = "Clean Water Trade Tarsenia said on Friday that the Trade Tarsenia office had closed."
    places = [Mention(m.start(), m.end(), "Tarsenia", "GPE") for m in re.finditer("Tarsenia", body)]
    found = [(m.text, m.label) for m in portfolio_places(places, body)]
    assert found == [("Tarsenia", "GPE"), ("Trade Tarsenia", "ORG")], found


def test_nested_mentions_no_name_was_joined_over_stay() -> None:
    from storyline.extract.coordinated_names import joined_portfolios
    from storyline.extract.entities import Mention

    body = "Secretary of State Ana Ruiz flew to Velmont on Tuesday."
    state, person = body.index("State"), body.index("Ruiz") + len("Ruiz")
    mentions = [Mention(state, state + 5, "State", "ORG"), Mention(state, person, body[state:person], "PERSON")]
    assert joined_portfolios(mentions, body) == mentions
