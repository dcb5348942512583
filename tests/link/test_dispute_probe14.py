"""Disputes of branch probe14's invented stories (a port's ransomware attack, a hospital merger): a report
against a denial when the report's verb is an irregular past, and a containing verb against a denial of
possession."""
from conftest import make_article_with_spans as article
from conftest import make_claim_span as claim
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate


def _pair(report, report_claim, denial, denial_claim):
    a = article(report, report_claim, published=PublishedDate("2024-05-04", "day"))
    b = article(denial, denial_claim, published=PublishedDate("2024-05-05", "day"))
    a.id, b.id = "a0", "a1"
    return find_contradictions([a, b])


def test_an_irregular_past_is_the_act_its_denial_denies():
    report = "The Harbour Authority paid a ransom of about $3 million to the hackers, two people familiar said."
    denial = '"The Harbour Authority did not pay a ransom, period," its director, Ana Ruiz, said.'
    found = _pair(report, claim(0, report, "pay", "positive", "two people familiar", "pay ransom hacker harbour authority million",
                                agent="The Harbour Authority", theme="a ransom of about $3 million"),
                  denial, claim(0, denial, "pay", "negative", "Ana Ruiz", "pay ransom period harbour authority",
                                agent="The Harbour Authority", theme="a ransom, period", asserter_kind="person"))
    assert [c.kind for c in found] == ["opposite"]


def test_a_plan_a_merger_includes_meets_a_denial_of_any_plan():
    report = "The merger includes plans to close the maternity unit at Ridge Hospital, documents show."
    denial = '"We have no plans to close the maternity unit at Ridge Hospital," the chief executive said.'
    found = _pair(report, claim(0, report, "include", "positive", "documents", "include plan close maternity unit merger ridge hospital",
                                agent="The merger", theme="plans to close the maternity unit at Ridge Hospital"),
                  denial, claim(0, denial, "have", "negative", "chief executive", "have plan close maternity unit ridge hospital",
                                agent="We", theme="no plans to close the maternity unit at Ridge Hospital"))
    assert [c.kind for c in found] == ["opposite"]
    # a plan the merger leaves out is no such claim
    other = "The merger leaves the maternity unit at Ridge Hospital to the county, documents show."
    assert _pair(other, claim(0, other, "leave", "positive", "documents", "leave maternity unit merger ridge hospital county",
                              agent="The merger", theme="the maternity unit at Ridge Hospital"),
                 denial, claim(0, denial, "have", "negative", "chief executive", "have plan close maternity unit ridge hospital",
                               agent="We", theme="no plans to close the maternity unit at Ridge Hospital")) == []


def test_what_a_need_includes_is_no_claim_that_it_is_there():
    """'the help that is needed includes food and water' against 'there is no water or food' (a containing
    verb meets a denial of possession, not one of existence; timeline17-dev)."""
    need = "He says the help that is needed includes food, water and shelter."
    none = "They told me there is no water or food."
    assert _pair(need, claim(0, need, "include", "positive", "Ana Ruiz", "include food water shelter help need",
                             agent="the help that is needed", theme="food, water and shelter", asserter_kind="person"),
                 none, claim(0, none, "be", "negative", "rescue teams", "be water food",
                             theme="no water or food")) == []
