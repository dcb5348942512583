"""The table-lookup attribute ruler and lemmatizer against spaCy's own components, token by token,
and the selective parse keeping every character of its input."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample"

# the model's odd rules, on purpose: contractions, "gon na", "y'all", expletives, whitespace tokens
ODD = ("I'm gonna go, y'all ain't doin' nothin'. Let's c'mon, we gotta leave 'em.\n\n  There are "
       "two ways. It is what it is; you did it for me and I did it for you. Did they have it?  \n")


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, str(t.morph), t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def stock():
    """spaCy's pipeline as shipped (not load_nlp's, whose lemma word lists are sets), with the one
    change load_nlp makes to what its lemmatizer returns (extract/lemma_spelling.py)."""
    import spacy

    from storyline.extract.lemma_spelling import install
    from storyline.extract.nlp import MODEL

    nlp = spacy.load(MODEL, exclude=["ner"])
    install(nlp)
    return nlp


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))] + [ODD]


def test_lookups_annotate_exactly_as_the_ruler_and_lemmatizer(stock, texts):
    from storyline.extract.nlp import load_nlp
    from storyline.extract.tagging import apply_attribute_rules, apply_lemmas

    nlp = load_nlp()
    bare = nlp.pipe(texts, disable=["ner", "attribute_ruler", "lemmatizer"])
    ours = [apply_lemmas(nlp, apply_attribute_rules(nlp, doc)) for doc in bare]
    for reference, doc in zip(stock.pipe(texts), ours):
        assert _annotations(doc) == _annotations(reference)


def test_untagged_pieces_stay_untouched(texts):
    import numpy

    from storyline.extract.nlp import load_nlp
    from storyline.extract.tagging import apply_attribute_rules, apply_lemmas

    nlp = load_nlp()
    doc = nlp.make_doc(ODD)
    pieces = numpy.full(len(doc), -1, dtype="int64")
    apply_lemmas(nlp, apply_attribute_rules(nlp, doc, pieces), pieces)
    assert all(t.pos_ == "" and t.lemma_ == "" and str(t.morph) == "" for t in doc)


def test_selective_parse_tags_parsed_sentences_as_the_full_pipeline(stock):
    from storyline.extract.nlp import parse_selectively

    text = "The minister said on Monday that talks would resume. Rain fell.\nShe denied it."
    doc = next(parse_selectively([text]))
    reference = stock(text)
    said = next(t for t in doc if t.text == "said")
    assert (said.lemma_, said.pos_, said.dep_) == ("say", "VERB", "ROOT")
    assert [t.lemma_ for t in doc if t.text == "denied"] == [t.lemma_ for t in reference if t.text == "denied"]
    assert [t.lemma_ for t in doc if t.text == "fell"] == [""]  # "Rain fell." needs no parse


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["Maduro", "said", "not", "\u201cYes,\u201d", "he", "told", "\n", "\n\n",
                                 "  ", ".", "Mr.", "U.S.", "on", "Nov", "21", "gon", "na", "'s", "It", "is"]),
                max_size=40))
def test_selective_parse_keeps_every_character(words):
    from storyline.extract.nlp import parse_selectively

    text = " ".join(words)
    doc = next(parse_selectively([text]))
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
