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


def test_a_joint_acts_two_days_told_with_its_parties_named_otherwise():
    """'Castlegate Transport and Local 1190 announced the agreement on Monday, Oct. 18' against '…
    and the drivers' union announced the agreement on Saturday, Oct. 16': one joint act, two days."""
    from conftest import date_flag_pairs

    one = "Castlegate Transport and Local 1190 announced the tentative agreement on Monday, Oct. 18."
    two = "Castlegate Transport and the drivers' union announced the tentative agreement on Saturday, Oct. 16."
    kw = "announce agreement tentative castlegate transport"
    a = article(one, claim(0, one, "announce", "positive", "Local 1190", kw, agent="Castlegate Transport and Local 1190",
                           theme="the tentative agreement", time="2021-10-18", time_text="Monday, Oct. 18"),
                published=PublishedDate("2021-10-18", "day"))
    b = article(two, claim(0, two, "announce", "positive", "Castlegate Transport", kw,
                           agent="Castlegate Transport and the drivers' union", theme="the tentative agreement",
                           time="2021-10-16", time_text="Saturday, Oct. 16"),
                published=PublishedDate("2021-10-17", "day"))
    assert date_flag_pairs(a, b) == [("a0", "a1")]
    other = "Harwick Bus and the drivers' union announced the tentative agreement on Saturday, Oct. 16."
    c = article(other, claim(0, other, "announce", "positive", "Harwick Bus", kw + " harwick bus",
                             agent="Harwick Bus and the drivers' union", theme="the tentative agreement",
                             time="2021-10-16", time_text="Saturday, Oct. 16"),
                published=PublishedDate("2021-10-17", "day"))
    assert date_flag_pairs(a, c) == []


def test_a_sum_is_compared_only_when_exact_single_and_of_a_named_thing():
    """contradiction_stories' dev stories: a conversion in parentheses, a bound, a running total, or a
    sum of nothing named fits many values (14 unrestricted flags there, none real)."""
    from types import SimpleNamespace

    from storyline.link.claim_amounts import sum_of

    def of(text):
        found = sum_of(SimpleNamespace(text=text, predicate="", agent=None))
        return (found.amount, found.of) if found else None

    assert of("The deal adds $36 million in wages and benefits.") == (36e6, "wage")
    assert of("Damage was estimated at $US1 million ($1.52 million), police said.") is None
    assert of("Diamonds valued at 85 million euros ($108 million) were stolen.") is None
    assert of("Jewellery worth more than $160 million in gems was stolen.") is None
    assert of("The UN said about $270m in aid had been pledged so far.") is None
    assert of("He paid Kealy $250,000 through a consulting company.") is None
