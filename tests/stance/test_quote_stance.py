"""Quote stance (storyline.stance.quotes): what a quote states, read as the claims stage reads it,
against what the claim states. Invented sentences, one per rule."""
from __future__ import annotations

import pytest

from storyline.stance import StanceJudge
from storyline.stance.claims import judge_quotes
from storyline.stance.quotes import quote_verdicts

CLAIM = "The company released solvent into the river"


def _label(claim: str, quote: str) -> str:
    return quote_verdicts(claim, [quote])[0].label


def test_the_same_proposition_negated_disagrees():
    # the sample corpus's case: the article model called this quote 'agree'
    assert _label(CLAIM, "We have never released solvent into any river.") == "disagree"


def test_the_same_proposition_with_the_same_polarity_agrees():
    assert _label(CLAIM, "The plant released solvent into the river for three days in May.") == "agree"


def test_a_negative_claim_against_a_quote_that_states_it_disagrees():
    assert _label("The company did not release solvent", "The company released solvent last spring.") == "disagree"


def test_calling_it_a_hoax_disagrees():
    assert _label(CLAIM, "The story that solvent was released into the river is a hoax.") == "disagree"


@pytest.mark.parametrize("quote", [
    "It is unclear whether the company released solvent into the river.",
    "The company may have released solvent into the river.",
    "Did the company release solvent into the river?",
])
def test_a_proposition_left_open_is_discussed(quote):
    assert _label(CLAIM, quote) == "discuss"


def test_one_shared_word_is_not_one_proposition():
    assert _label(CLAIM, "The river is lovely at this time of year.") == "discuss"


def test_a_quote_that_shares_nothing_with_the_claim_is_unrelated():
    verdict = quote_verdicts(CLAIM, ["Our thoughts are with the families tonight."])[0]
    assert verdict.label == "unrelated" and verdict.sentences == ()


def test_a_typographic_apostrophe_still_negates_the_claim():
    # "isn’t" (U+2019) must meet the negation list's "isn't"
    assert _label("The mayor isn’t resigning", "The mayor is resigning next week, her office said.") == "disagree"


def test_the_deciding_sentence_is_the_quotes_clause_about_the_claim():
    quote = "We love this town. We have never released solvent into the river."
    [verdict] = judge_quotes(StanceJudge(), CLAIM, [quote])
    assert verdict.label == "disagree"
    assert verdict.sentences == ("We have never released solvent into the river.",)
    assert 0 < verdict.confidence <= 1


def test_a_clause_made_only_of_the_claims_words_is_its_proposition():
    """'There is no investigation.' has one content word, the claim's: it denies the claim."""
    claim = "Regulators opened an investigation into the spill"
    assert _label(claim, "There is no investigation.") == "disagree"
    assert _label(claim, "The investigation continues.") == "discuss"  # 'continues' is not the claim's


def test_a_denial_verb_turns_the_quote_around():
    """'X denied that it was under investigation': the quote's words are what X says is not so."""
    claim = "The company is under investigation for the spill"
    quote = "that it was under investigation for the spill"
    assert quote_verdicts(claim, [quote], cues=["said"])[0].label == "agree"
    assert quote_verdicts(claim, [quote], cues=["denied"])[0].label == "disagree"
    assert quote_verdicts(claim, [quote], cues=["rejects"])[0].label == "disagree"


def test_no_quotes_no_verdicts():
    assert quote_verdicts(CLAIM, []) == []


def test_a_quote_sharing_no_word_is_unrelated_only_when_the_model_agrees():
    # no word of the claim in either quote; the article model reads the first as about it
    claim = "Chemical plant released solvent into the Elm river"
    quotes = ["The toxic discharge from the factory killed fish downstream.", "Our bakery opens at nine every morning."]
    assert [v.label for v in quote_verdicts(claim, quotes)] == ["unrelated", "unrelated"]
    assert [v.label for v in judge_quotes(StanceJudge(), claim, quotes)] == ["discuss", "unrelated"]
