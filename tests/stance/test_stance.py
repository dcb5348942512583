"""Stance toward a claim: the shipped model on texts written here, its pieces, and its errors."""
from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stance_texts import BODIES, CLAIM

from storyline.errors import ConfigError, InputError
from storyline.stance import LABELS, StanceJudge, assess_stance
from storyline.stance.model import Forest, export_trees, load_weights
from storyline.stance.text import cue_counts, split_sentences, tokens


@pytest.mark.parametrize("expected", LABELS)
def test_each_stance_on_a_text_written_for_it(expected):
    verdict = assess_stance(CLAIM, BODIES[expected])
    assert verdict.label == expected
    assert 0.25 <= verdict.confidence <= 1.0


def test_deciding_sentences_are_the_bodys_own_and_most_relevant_first_in_text_order():
    verdict = assess_stance(CLAIM, BODIES["disagree"])
    assert verdict.sentences and all(s in BODIES["disagree"] for s in verdict.sentences)
    assert "hoax" in verdict.sentences[0]
    assert assess_stance(CLAIM, BODIES["unrelated"]).sentences == ()


def test_a_batch_gives_what_single_calls_give():
    judge = StanceJudge()
    pairs = [(CLAIM, body) for body in BODIES.values()]
    assert [s.label for s in judge.judge(pairs)] == [assess_stance(c, b).label for c, b in pairs]
    assert judge.judge([]) == []


@pytest.mark.parametrize("claim, body", [("", "Some text."), ("A claim", "   ")])
def test_empty_claim_or_text_is_a_named_error(claim, body):
    with pytest.raises(InputError) as e:
        assess_stance(claim, body)
    assert e.value.fix


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(str.strip), st.text(min_size=1, max_size=600).filter(str.strip))
def test_any_text_gets_a_label_and_sentences_from_it(claim, body):
    verdict = assess_stance(claim, body)
    assert verdict.label in LABELS
    assert all(s in body for s in verdict.sentences)


def test_sentences_tokens_and_cues():
    assert split_sentences("He said no. “It is false,” she said.\nA new line") == [
        "He said no.", "“It is false,” she said.", "A new line"]
    assert tokens("Didn’t DENY it") == ["didn't", "deny", "it"]
    counts = cue_counts(tokens("Officials denied the hoax reportedly, but didn't say"))
    assert counts["refuting"] == 2 and counts["negation"] == 1 and counts["hedges"] == 1 and counts["reporting"] == 1


def test_shipped_weights_match_the_features_and_the_format_is_guarded(tmp_path):
    from storyline.stance.features import feature_names

    weights = load_weights()
    assert list(weights.features) == feature_names()
    assert weights.stance.classes == ("agree", "disagree", "discuss")
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps({"format": 99}))
    with pytest.raises(ConfigError):
        load_weights(str(bad))
    with pytest.raises(ConfigError):
        load_weights(str(tmp_path / "missing.json"))


def test_exported_trees_score_as_scikit_learn_does():
    from sklearn.ensemble import GradientBoostingClassifier

    rng = np.random.default_rng(7)
    x = rng.normal(size=(300, 5))
    y = np.where(x[:, 0] + x[:, 1] ** 2 > 1, "b", np.where(x[:, 2] > 0.3, "c", "a"))
    model = GradientBoostingClassifier(n_estimators=20, max_depth=3, random_state=0).fit(x, y)
    record = export_trees(model, x, list(model.classes_))
    forest = Forest(tuple(record["classes"]), np.asarray(record["init"]), record["rate"], record["depth"],
                    np.asarray(record["features"]), np.asarray(record["thresholds"]), np.asarray(record["leaves"]),
                    np.asarray(record["owner"]))
    test = rng.normal(size=(200, 5))
    assert np.allclose(forest.raw(test), model.decision_function(test))
    assert forest.predict(test) == list(model.predict(test))


def _focus_of(claim: str, body: str) -> dict[str, float]:
    from storyline.stance.features import feature_names, pair_features, prepare, relevance

    idf = load_weights().idf
    c, b = prepare(claim, idf), prepare(body, idf)
    return dict(zip(feature_names(), pair_features(c, b, relevance(c, b, idf), idf), strict=True))


def test_a_negation_counts_near_the_claims_words_not_elsewhere():
    claim = "Harbour bridge reopens to traffic"
    near = _focus_of(claim, "The harbour bridge has not reopened to traffic. Engineers met on Monday.")
    far = _focus_of(claim, "The harbour bridge reopened to traffic. Nobody was sure the weather would not change "
                           "the plans of the local rowing club for the summer season this year.")
    assert near["negation_near_claim"] >= 1 and far["negation_near_claim"] == 0
    assert near["negated_claim_word"] >= 1 and far["negated_claim_word"] == 0


def test_a_reported_denial_is_a_sentence_with_a_reporting_verb_and_a_denial():
    claim = "Harbour bridge reopens to traffic"
    denied = _focus_of(claim, "A spokesman said the harbour bridge story was false and traffic stays diverted.")
    stated = _focus_of(claim, "A spokesman said the harbour bridge reopened to traffic at noon.")
    assert denied["report_with_denial"] == 1 and stated["report_with_denial"] == 0


def test_story_weights_give_each_class_the_same_total_and_each_story_the_same_share():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("train_stance", Path(__file__).parents[2] / "scripts/train_stance.py")
    assert spec and spec.loader
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    y = np.asarray(["agree"] * 3 + ["agree", "disagree", "disagree"], dtype=object)
    groups = np.asarray(["a", "a", "a", "b", "b", "c"])
    w = train.story_weights(y, groups)
    assert w[y == "agree"].sum() == pytest.approx(w[y == "disagree"].sum())
    assert w[:3].sum() == pytest.approx(w[3])          # story a's three agree pairs weigh what b's one does
    assert w[4] == pytest.approx(w[5])


def test_topic_vectors_are_unit_tfidf_projections_and_unknown_words_give_zeros():
    from storyline.stance.topics import Topics, topics_from

    topics = Topics({"bridge": 0, "traffic": 1, "rowing": 2}, np.asarray([1.0, 2.0, 1.5]),
                    np.asarray([[1.0, 1.0, 0.0], [0.0, 0.0, 1.0]]))
    v = topics.vectors([["the", "bridge", "bridge", "traffic"], ["rowing"], ["unknown", "words"]])
    expected = np.asarray([1.0 + np.log(2.0) + 2.0, 0.0])
    assert np.allclose(v[0], expected / np.linalg.norm(expected))
    assert np.allclose(v[1], [0.0, 1.0]) and np.allclose(v[2], 0.0)
    again = topics_from(topics.record())
    assert again.index == topics.index and np.array_equal(again.components, topics.components)


def test_shipped_topics_put_a_claim_closer_to_a_text_about_it():
    from storyline.stance.features import prepare, relevance, topic_features, topic_names, vector_names

    weights = load_weights()
    claim = prepare(CLAIM, weights.idf, weights.topics)
    on = prepare(BODIES["discuss"], weights.idf, weights.topics)
    off = prepare(BODIES["unrelated"], weights.idf, weights.topics)
    near = dict(zip(topic_names(), topic_features(claim, on, relevance(claim, on, weights.idf)), strict=True))
    far = dict(zip(topic_names(), topic_features(claim, off, relevance(claim, off, weights.idf)), strict=True))
    assert near["topic_best"] > far["topic_best"] and near["topic_body"] > far["topic_body"]
    assert weights.relatedness.features.max() < len(weights.features) + len(topic_names()) + len(vector_names())
