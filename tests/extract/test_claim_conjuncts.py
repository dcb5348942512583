"""Coordinated verb phrases sharing one subject, each a claim (extract/claim_conjuncts.py, branch claims17)."""
from storyline.extract.claims import find_claims
from storyline.extract.nlp import parse_one


def _claims(text):
    return {c.predicate: c for c in find_claims(parse_one(text))}


def test_each_conjunct_is_a_claim_with_the_shared_subject():
    found = _claims("The storm flooded 40 streets, toppled 300 trees and damaged 215 houses.")
    assert {"flood", "topple", "damage"} <= set(found)
    assert found["damage"].agent == "The storm" and found["damage"].theme == "215 houses"
    assert "house" not in found["flood"].keywords  # the first claim keeps only its own words


def test_a_conjunct_with_an_uncounted_object_stays_in_the_first_claim():
    found = _claims("Gray turned around and pointed the gun at the officers.")
    assert "point" not in found and "point" in found["turn"].keywords


def test_negation_scopes_over_conjuncts_only_through_a_shared_auxiliary():
    shared = _claims("The agency did not inspect 12 bridges or repair 40 railings.")
    assert shared["repair"].polarity == "negative"
    own = _claims("The storm killed no one but damaged 40 houses.")
    assert own["kill"].polarity == "negative" and own["damage"].polarity == "positive"


def test_a_shared_modal_scopes_over_the_conjunct():
    found = _claims("The city will close the road and reroute two bus lines.")
    assert found["reroute"].modality == found["close"].modality != "asserted"


def test_a_relative_clause_on_the_shared_subject_dates_its_own_event():
    from storyline.extract.claims import claims_from_sentence

    class T:  # a time expression as the timex stage gives it
        def __init__(self, start, end, value):
            self.start, self.end, self.value, self.type = start, end, value, "DATE"

    text = "The storm, which ended on Monday, flooded 40 streets and damaged 215 houses."
    doc = parse_one(text)
    at = text.index("on Monday")
    claims = [c for s in doc.sents for c in claims_from_sentence(s, [T(at, at + 9, "2024-03-04")])]
    assert next(c for c in claims if c.predicate == "damage").time is None
