"""The article verdict of `storyline claim` when one of the article's own claims denies the claim
(invented text): the article model alone judged such an article to agree."""
from __future__ import annotations

from conftest import make_article_with_spans, make_claim_span
from storyline.model import PublishedDate
from storyline.stance import Stance
from storyline.stance.claims import assess_claim
from storyline.store import open_store

CLAIM = "Prosecutors opened an investigation into Kestrel Foods."
DENIAL = '"We are not under investigation by any prosecutor," Kestrel Foods spokeswoman Dana Holt said.'
OTHER = "Kestrel Foods sold 40,000 cartons of eggs last year."


class _AlwaysAgrees:
    """The article model, stubbed: agrees with every claim (what it said of the denying article)."""

    def judge(self, pairs, *, known_related=False):
        return [Stance("agree", 0.9, (body.split(".")[0],)) for _, body in pairs]


def test_an_article_whose_claim_denies_the_claim_disagrees_with_that_sentence(tmp_path):
    denial = ("be", "negative", "Dana Holt", "investigation prosecutor", {"agent": "We", "theme": "investigation by any prosecutor", "cue": "say"})
    other = ("sell", "positive", None, "sell carton egg kestrel foods", {"agent": "Kestrel Foods", "theme": "40,000 cartons"})
    store = _store_with_attrs(tmp_path, [(OTHER, other), (DENIAL, denial)])
    [verdict] = assess_claim(store, CLAIM, judge=_AlwaysAgrees()).articles
    assert verdict.stance.label == "disagree" and verdict.by == "claims"
    assert verdict.stance.sentences[0] == DENIAL


def test_the_writers_own_assertion_keeps_the_models_verdict(tmp_path):
    denial = ("be", "negative", "Dana Holt", "investigation prosecutor", {"agent": "We", "theme": "investigation by any prosecutor", "cue": "say"})
    opened = ("open", "positive", None, "open investigation prosecutor kestrel foods",
              {"agent": "Prosecutors", "theme": "an investigation into Kestrel Foods"})
    store = _store_with_attrs(tmp_path, [(DENIAL, denial), ("Prosecutors have opened an investigation into Kestrel Foods.", opened)])
    [verdict] = assess_claim(store, CLAIM, judge=_AlwaysAgrees()).articles
    assert verdict.stance.label == "agree" and verdict.by == "model"


def _store_with_attrs(tmp_path, sentences):
    store = open_store(f"sqlite:///{tmp_path / 't.db'}")
    body = " ".join(s for s, _ in sentences)
    spans = [make_claim_span(body.index(s), s, p, pol, who, kw, **extra) for s, (p, pol, who, kw, extra) in sentences]
    store.save_article(make_article_with_spans(body, *spans, published=PublishedDate("2024-03-01", "day")))
    return store
