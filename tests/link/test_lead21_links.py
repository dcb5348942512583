"""The lead's twenty-first invented story (a meal-kit company's 'recyclable' claim): a court's penalty told
as two sums of one payment. Invented sentences."""
from types import SimpleNamespace

from storyline.link.claim_amounts import sum_of, sums_conflict


def _claim(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, predicate="", agent=None)


def test_two_sums_of_one_payment_conflict_whatever_each_says_they_are_of():
    penalty = _claim("The court ordered Brightbox to pay a $2.4 million penalty for misleading labels.")
    bare = _claim("The court on Friday ordered Brightbox to pay $1.9 million over its labels.")
    assert sum_of(bare) is not None and sum_of(bare).paid == "pay"
    assert sums_conflict(penalty, bare)
    assert not sums_conflict(penalty, _claim("The court ordered Brightbox to pay a $2.4 million penalty."))
    # another act, or a sum after a name (no payment verb right before it), is not compared
    assert not sums_conflict(penalty, _claim("Regulators fined Brightbox $1.9 million in 2022."))
    assert sum_of(_claim("He paid Kealy $250,000 through a consulting company.")) is None


def _ref(text: str, agent: str, predicate: str, polarity: str, theme: str | None, speaker: str = "Outlet",
         headline: frozenset[str] = frozenset()) -> object:
    from storyline.link.claim_ref import ClaimRef

    return ClaimRef("a" + agent, 0, len(text), text, speaker, predicate, polarity, "asserted", frozenset({predicate}),
                    (), None, agent=agent, theme=theme, headline=headline)


def test_not_under_investigation_by_a_body_denies_its_reported_investigation():
    """'"We are not under investigation by the CSB," Brightbox chief executive Ana Pell said' against 'The
    Consumer Safety Board is investigating whether Brightbox misled buyers': to be under a process is to undergo
    it; the by-phrase names the doer (an acronym its name spells); the whether-clause names who undergoes it."""
    from storyline.link.denied_existence import existence_denied

    report = _ref("The Consumer Safety Board is investigating whether Brightbox misled buyers.",
                  "The Consumer Safety Board", "investigate", "positive", None)
    denial_text = '"We are not under investigation by the CSB," Brightbox chief executive Ana Pell said.'
    denial = _ref(denial_text, "We", "be", "negative", "investigation by the CSB", speaker="Ana Pell")
    assert existence_denied(report, denial) is not None
    other_body = _ref(denial_text.replace("the CSB", "the Trade Office"), "We", "be", "negative",
                      "investigation by the Trade Office", speaker="Ana Pell")
    assert existence_denied(report, other_body) is None
    someone_else = _ref("The Consumer Safety Board is investigating whether Northgate misled buyers.",
                        "The Consumer Safety Board", "investigate", "positive", None)
    assert existence_denied(someone_else, denial) is None
