"""A begun process denied in the 'under' form (lead18, invented text): 'has opened a review of X's
spending' / 'X is not under review by any state agency'."""
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_scope import under_begun


def _claim(text: str, predicate: str, polarity: str, theme: str | None) -> ClaimRef:
    return ClaimRef("a1", 0, len(text), text, "someone", predicate, polarity, "asserted",
                    frozenset({predicate}), (), None, theme=theme)


def test_not_under_review_denies_an_opened_review():
    report = _claim("The auditor's office has opened a review of Harvest Table's spending.", "open", "positive",
                    "a review of Harvest Table 's spending")
    denial = _claim("Harvest Table is not under review by any state agency, its chair said.", "be", "negative", "review")
    assert under_begun(report, denial)
    # another process, or a report that opens nothing, is not denied so
    other = _claim("Harvest Table is not under investigation, its chair said.", "be", "negative", "investigation")
    assert not under_begun(report, other)
    closed = _claim("The auditor's office has closed a review of Harvest Table's spending.", "close", "positive",
                    "a review of Harvest Table 's spending")
    assert not under_begun(closed, denial)
