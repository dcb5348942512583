"""A double object whose direct one is a sum ('fined the resort $2 million'): the claim's theme is who the act
was done to, not the sum (the lead's forty-eighth invented story). Invented text."""
from storyline.extract.claims import find_claims


def test_the_fined_party_is_the_theme_not_the_sum(nlp):
    [claim] = find_claims(nlp("Regulators fined the resort $2 million in October."))
    assert claim.theme == "the resort"


def test_a_single_object_stays_the_theme(nlp):
    [claim] = find_claims(nlp("Regulators fined the resort in October."))
    assert claim.theme == "the resort"
