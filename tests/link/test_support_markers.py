"""Correction markers that reject a named claim by evidence: 'records do not support the claim',
'flood records contradict the mailer' (branch disputes9, invented text)."""
from conftest import make_article_with_spans as article
from conftest import make_claim_span as claim
from storyline.link.contradictions import find_contradictions


def _reported_then(next_sentence):
    x = "A mailer from the company says its levees have held through every flood since 1990."
    return article(x + " " + next_sentence,
                   claim(0, x, "hold", "positive", "mailer", "levee hold flood", cue="say", asserter_kind="unknown"),
                   claim(len(x) + 1, next_sentence, "fail", "positive", "records", "levee fail creek",
                         cue="show", asserter_kind="unknown"))


def test_evidence_that_does_not_support_or_contradicts_the_claim_rejects_it():
    for marker in ("County records do not support the claim:", "County flood records contradict the mailer:",
                   "Inspection reports don't bear out the ad:"):
        [c] = find_contradictions([_reported_then(marker + " a levee it built on Tamsin Creek failed in 2011.")])
        assert c.correction, marker


def test_support_of_something_else_is_no_marker():
    for sentence in ("County records do not support cutting the levee budget.",
                     "A levee it built on Tamsin Creek failed in 2011, county records show."):
        assert find_contradictions([_reported_then(sentence)]) == [], sentence
