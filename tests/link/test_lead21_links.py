"""The lead's twenty-first invented story (a meal-kit company's 'recyclable' claim): a court's penalty told
as two sums of one payment. Invented sentences."""
from types import SimpleNamespace

from storyline.link.claim_amounts import sum_of, sums_conflict


def _claim(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text)


def test_two_sums_of_one_payment_conflict_whatever_each_says_they_are_of():
    penalty = _claim("The court ordered Brightbox to pay a $2.4 million penalty for misleading labels.")
    bare = _claim("The court on Friday ordered Brightbox to pay $1.9 million over its labels.")
    assert sum_of(bare) is not None and sum_of(bare).paid == "pay"
    assert sums_conflict(penalty, bare)
    assert not sums_conflict(penalty, _claim("The court ordered Brightbox to pay a $2.4 million penalty."))
    # another act, or a sum after a name (no payment verb right before it), is not compared
    assert not sums_conflict(penalty, _claim("Regulators fined Brightbox $1.9 million in 2022."))
    assert sum_of(_claim("He paid Kealy $250,000 through a consulting company.")) is None
