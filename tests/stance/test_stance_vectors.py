"""Word vectors distilled from a sentence model (storyline.stance.vectors) and stage one's cosines."""
from __future__ import annotations

import json

import numpy as np
import pytest

from storyline.errors import ConfigError
from storyline.stance.features import prepare, relevance, vector_features, vector_names
from storyline.stance.model import MODEL_FILE, load_weights
from storyline.stance.text import tokens
from storyline.stance.vectors import HERE, TABLE, load_vectors, vectors_from


def _table() -> np.ndarray:
    # rows: vector (2 dims), SIF weight; "the" is frequent and weighs little
    return np.asarray([[1.0, 0.0, 0.05], [0.0, 1.0, 1.0], [1.0, 1.0, 1.0]], dtype=np.float16)


def test_a_text_is_the_weighted_mean_of_its_known_words_unit_length():
    vectors = vectors_from(_table(), ["the", "storm", "flood"])
    out = vectors.embed([["the", "storm"], ["unknown"], ["storm", "flood", "zzz"]])
    # "the" (weight 0.05) barely moves "storm"
    assert out[0] @ np.array([0.0, 1.0]) > 0.99
    assert np.linalg.norm(out[0]) == pytest.approx(1.0)
    assert not out[1].any()
    expected = np.array([1.0, 2.0]) / np.sqrt(5.0)
    assert np.allclose(out[2], expected, atol=1e-6)


def test_a_table_that_does_not_fit_its_words_is_refused():
    with pytest.raises(ConfigError) as e:
        vectors_from(_table(), ["the", "storm"])
    assert e.value.fix


def test_shipped_table_is_small_and_puts_a_paraphrase_nearer_than_another_subject():
    vectors = load_vectors()
    assert vectors.size == 64 and len(vectors.index) == 30000
    assert (HERE / TABLE).stat().st_size <= 4 * 1024 * 1024
    assert ((vectors.weights > 0) & (vectors.weights <= 1)).all()
    claim, near, far = vectors.embed([tokens("Earthquake strikes the capital"),
                                      tokens("A strong tremor shook the city"),
                                      tokens("The bakery sold fresh bread on Sunday")])
    assert claim @ near > claim @ far + 0.2


def test_vector_cosines_for_stage_one():
    weights = load_weights()
    claim = prepare("Earthquake strikes the capital", weights.idf, weights.topics, weights.vectors)
    body = prepare("The bakery sold bread. Its owner opened at nine. A strong tremor shook the city.",
                   weights.idf, weights.topics, weights.vectors)
    values = dict(zip(vector_names(), vector_features(claim, body, relevance(claim, body, weights.idf)), strict=True))
    # no shared content word, yet the tremor sentence is the claim's nearest
    assert values["vector_best"] == pytest.approx(float(body.embeddings[2] @ claim.embedding))
    assert values["vector_best"] > values["vector_mean"]
    assert values["vector_lead"] < values["vector_best"]

def test_stage_one_splits_on_the_vector_cosines():
    from storyline.stance.features import feature_names, topic_names

    first = len(feature_names()) + len(topic_names())
    assert int(load_weights().relatedness.features.max()) >= first


def test_weights_fitted_with_another_table_are_refused(tmp_path):
    data = json.loads((HERE / MODEL_FILE).read_text(encoding="utf-8"))
    data["vectors"] = "0" * 40
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    load_weights.cache_clear()
    with pytest.raises(ConfigError) as e:
        load_weights(str(bad))
    assert "re-train" in (e.value.fix or "")
