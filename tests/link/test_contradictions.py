"""Contradictions from claim spans built by hand: opposite polarity, competing figures, time scopes."""
from conftest import make_article

from storyline.link.contradictions import find_contradictions, same_speaker
from storyline.model import PublishedDate, Span


def claim(start, text, predicate, polarity, asserter, keywords, time=None, modality="asserted", figures=""):
    return Span(start, start + len(text), "CLAIM", "claims", text,
                {"predicate": predicate, "polarity": polarity, "asserter": asserter, "keywords": keywords,
                 "time": time, "modality": modality, "figures": figures})


def article(body, *spans, published=None):
    a = make_article(body, published=published or PublishedDate())
    a.spans = list(spans)
    return a


REPORT = "The Ledger reported that the ministry offered the company an amnesty."
DENIAL = "We have not offered any amnesty since the inquiry began, the official said."


def test_report_and_denial_in_one_article_contradict():
    a = article(REPORT + " " + DENIAL,
                claim(0, REPORT, "offer", "positive", "Harbour Ledger", "offer amnesty ministry company"),
                claim(len(REPORT) + 1, DENIAL, "offer", "negative", "senior official", "offer amnesty"))
    [c] = find_contradictions([a])
    assert c.kind == "opposite" and c.family == "amnesty offer"
    assert "Harbour Ledger" in c.explanation and "senior official" in c.explanation


def test_claims_years_apart_do_not_contradict():
    old = article(REPORT, claim(0, REPORT, "offer", "positive", "Harbour Ledger", "offer amnesty"),
                  published=PublishedDate("2019-07-23", "day"))
    new = article(DENIAL, claim(0, DENIAL, "offer", "negative", "senior official", "offer amnesty"),
                  published=PublishedDate("2024-08-12", "day"))
    assert find_contradictions([old, new]) == []


def test_undated_articles_are_never_paired_across_articles():
    one = article(REPORT, claim(0, REPORT, "offer", "positive", "Harbour Ledger", "offer amnesty"))
    two = article(DENIAL, claim(0, DENIAL, "offer", "negative", "senior official", "offer amnesty"))
    assert find_contradictions([one, two]) == []


def test_hypothetical_offers_do_not_contradict_facts():
    text = "The ministry would offer an amnesty if the company paid."
    a = article(text + " " + DENIAL, claim(0, text, "offer", "positive", "Ledger", "offer amnesty", modality="would"),
                claim(len(text) + 1, DENIAL, "offer", "negative", "official", "offer amnesty"))
    assert find_contradictions([a]) == []


def test_competing_figures():
    x, y = "The council said it won with 52% of the vote.", "The opposition claims it won 65% to 30%."
    a = article(x + " " + y, claim(0, x, "win", "positive", "council", "win vote", figures="52%"),
                claim(len(x) + 1, y, "win", "positive", "opposition", "win", figures="65% 30%"))
    [c] = find_contradictions([a])
    assert c.kind == "figures" and "52%" in c.explanation


def test_one_speaker_does_not_contradict_themself():
    assert same_speaker("Elliott Abrams", "Abrams") and not same_speaker("Ana Verlo", "Daniel Verlo")
