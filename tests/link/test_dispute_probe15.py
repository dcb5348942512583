"""Disputes of branch probe15's invented stories (a transit strike, an admissions bribery case): two
sums of money for one act, told by two articles (link/claim_amounts.py)."""
from conftest import make_article_with_spans as article
from conftest import make_claim_span as claim
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate


def _pair(first, first_claim, second, second_claim):
    a = article(first, first_claim, published=PublishedDate("2023-03-08", "day"))
    b = article(second, second_claim, published=PublishedDate("2023-03-09", "day"))
    a.id, b.id = "a0", "a1"
    return find_contradictions([a, b])


def _paid(text, **extra):
    return claim(0, text, "pay", "positive", "Prosecutors", "pay bribe applicant spot million",
                 agent="the two men", theme=text.split(" paid ")[1].split(" in bribes")[0], **extra)


def test_two_sums_for_one_payment_are_two_accounts_of_it():
    one = "Prosecutors say the two men paid $1.2 million in bribes to secure spots for applicants."
    two = "Prosecutors say the two men paid $900,000 in bribes to secure spots for applicants."
    found = _pair(one, _paid(one), two, _paid(two))
    assert [c.kind for c in found] == ["figures"] and "$1,200,000" in found[0].explanation
    # one value reported twice (within a tenth), or two payments dated apart, is no dispute
    close = "Prosecutors say the two men paid $1.15 million in bribes to secure spots for applicants."
    assert _pair(one, _paid(one), close, _paid(close)) == []
    early = "Prosecutors say the two men paid $1.2 million in bribes in 2019 to secure spots for applicants."
    late = "Prosecutors say the two men paid $900,000 in bribes in 2021 to secure spots for applicants."
    assert _pair(early, _paid(early, time="2019", time_text="in 2019"), late, _paid(late, time="2021", time_text="in 2021")) == []
