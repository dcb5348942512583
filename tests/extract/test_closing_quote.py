"""A sentence's closing quotation mark stays with its claim (extract/closing_quote.py). Invented text."""
from storyline.extract.claims import find_claims
from storyline.extract.nlp import parse_one


def test_a_claims_evidence_keeps_the_quotation_mark_after_its_period():
    text = 'Hollin\'s ads describe its cups as "fully compostable."\n\nIn fact, the cups need an industrial plant.'
    claims = find_claims(parse_one(text))
    first = next(c for c in claims if c.predicate == "describe")
    assert first.text.endswith('compostable."') and text[first.start:first.end] == first.text


def test_a_balanced_sentence_is_left_as_it_is():
    text = 'The mayor called it "a good start." He did not say more.'
    for claim in find_claims(parse_one(text)):
        assert claim.text.count('"') % 2 == 0 and text[claim.start:claim.end] == claim.text


def test_a_papers_understands_frames_what_it_was_told():
    """'…, the Courier understands' (the British press's 'has learned'): the ban is the claim, not the
    understanding (rules/claims.toml [finding_verbs])."""
    claims = find_claims(parse_one("Kelby Council has banned Arlow Roofing from its contracts, the Courier understands."))
    assert [c.predicate for c in claims] == ["ban"]
