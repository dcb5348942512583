"""Spelling rules over the rule lemmatizer's candidate order (extract/lemma_spelling.py, branch claims17)."""
from storyline.extract.lemma_spelling import impossible_stem, spelled_first


def test_a_single_consonant_rules_out_a_doubling_stem():
    assert impossible_stem("fined", "fin") and impossible_stem("hoping", "hop")
    assert not impossible_stem("fined", "fine") and not impossible_stem("fixed", "fix")
    assert not impossible_stem("visited", "visit")  # two syllables: stress decides, left to spaCy


def test_es_follows_only_a_sibilant_or_o():
    assert impossible_stem("fines", "fin") and not impossible_stem("boxes", "box")
    assert not impossible_stem("echoes", "echo")


def test_spelled_candidate_first_and_lone_candidate_kept():
    assert spelled_first("fined", ["fin", "fine"]) == ["fine", "fin"]
    assert spelled_first("hopped", ["hop"]) == ["hop"]
    assert spelled_first("bused", ["bus"]) == ["bus"]  # no other word: the lemma is kept


def test_the_pipeline_lemmatises_past_forms_by_spelling():
    from storyline.extract.nlp import parse_one

    doc = parse_one("The city fined the company and rated the plan, officials said.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["fined"] == "fine" and lemmas["rated"] == "rate"


def test_a_prefixed_verb_outside_the_index_keeps_its_stem():
    from storyline.extract.lemma_spelling import prefixed_first

    assert prefixed_first(["reconnecte", "reconnect"], {"connect"}) == ["reconnect", "reconnecte"]
    assert prefixed_first(["reconnecte", "reconnect"], {"reconnect"}) == ["reconnecte", "reconnect"]  # in the index
    assert prefixed_first(["blorpe", "blorp"], {"connect"}) == ["blorpe", "blorp"]  # no prefix + word: kept


def test_the_pipeline_lemmatises_a_prefixed_verb():
    from storyline.extract.nlp import parse_one

    doc = parse_one("Power to the estate was reconnected on Friday and the town was outvoted.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["reconnected"] == "reconnect"
