"""The clustering benchmark's pieces (BCubed, the ECB+ reader, detokenising) on hand-made input, and
its gate on ECB+ topics 1–10 (../shared, skipped when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import benchmark_module


def test_bcubed_by_hand():
    bcubed = benchmark_module("clustering_metric").bcubed
    score = bcubed({"a": "x", "b": "x", "c": "x"}, {"a": "1", "b": "1", "c": "2"})
    assert score.precision == pytest.approx(5 / 9) and score.recall == 1.0
    assert score.f1 == pytest.approx(2 * (5 / 9) / (5 / 9 + 1))


def test_bcubed_counts_a_missing_item_as_a_singleton():
    bcubed = benchmark_module("clustering_metric").bcubed
    score = bcubed({"a": "x"}, {"a": "1", "b": "1"})
    assert score.precision == 1.0 and score.recall == pytest.approx(0.5)
    assert bcubed({"a": "x", "b": "x"}, {"a": "1", "b": "1"}).f1 == 1.0


@pytest.mark.parametrize("tokens, text", [
    (["Lohan", "’", "s", "attorney", ",", "Holley", ",", "spoke", "."], "Lohan’s attorney, Holley, spoke."),
    (["on", "``", "Scrubs", ",", "''", "has", "entered"], "on “Scrubs,” has entered"),
    (["Reid", "'s", "stay", "did", "n't", "end", "(", "yet", ")", "."], "Reid's stay didn't end (yet)."),
    (["At", "9", ":", "25", "Thursday", ",", "a", '"', "spotted", '"', "boat"], 'At 9:25 Thursday, a "spotted" boat'),
    (["http", ":", "/", "/", "www", ".", "example", ".", "com", "/", "a", "-", "b"], "http://www.example.com/a-b"),
])
def test_detokenise(tokens, text):
    assert benchmark_module("clustering_ecbplus").detokenise(tokens) == text


def _write(path: Path, sentences: list[list[str]]) -> None:
    tokens = "".join(f'<token t_id="{i}" sentence="{s}" number="{n}">{t}</token>\n'
                     for i, (s, n, t) in enumerate(((s, n, t) for s, toks in enumerate(sentences)
                                                    for n, t in enumerate(toks)), 1))
    path.write_text(f'<Document doc_name="{path.name}">\n{tokens}<Markables/>\n</Document>\n', encoding="utf-8")


def test_documents_read_in_topic_order_with_their_gold_story(tmp_path):
    ecb = benchmark_module("clustering_ecbplus")
    for topic in ("2", "10"):
        (tmp_path / topic).mkdir()
    _write(tmp_path / "10" / "10_1ecb.xml", [["Pirates", "seized", "a", "tanker", "."]])
    _write(tmp_path / "2" / "2_3ecbplus.xml", [["http", ":", "/", "/", "news", ".", "example", "/", "a"],
                                                ["Storm", "hits", "the", "coast"],
                                                ["A", "storm", "hit", "the", "coast", "of", "Saltmere", "on", "Monday",
                                                 ",", "officials", "said", "."]])
    _write(tmp_path / "2" / "2_1ecb.xml", [["A", "storm", "hit", "Dunhollow", "."]])
    (tmp_path / "2" / "notes.xml").write_text("<x/>", encoding="utf-8")
    docs = ecb.read_documents(tmp_path)
    assert [d.name for d in docs] == ["2_1ecb.xml", "2_3ecbplus.xml", "10_1ecb.xml"]
    assert [d.gold_story for d in docs] == ["2/ecb", "2/ecbplus", "10/ecb"]
    assert ecb.document_text(docs[1]).split("\n\n")[0] == "http://news.example/a"
    (article,) = ecb.to_articles(docs[1:2], extract=False)
    assert article.id == "2_3ecbplus.xml" and "Saltmere on Monday" in article.body
    assert "http" not in article.body  # the URL line is boilerplate to the cleaner


@pytest.mark.slow
def test_gate_ecbplus_topics_1_to_10(shared_dir):
    """ECB+ dev topics 1–10 (231 documents), extraction included (~30 s). The whole split (772
    documents, `python benchmarks/clustering.py ../shared/data/ecbplus-dev`, ~100 s) scores BCubed
    F1 0.964 against the anchor's 0.884; this subset, clustered alone, scores 0.952 (anchor 0.878)."""
    root = shared_dir / "data" / "ecbplus-dev"
    if not root.exists():
        pytest.skip("../shared/data/ecbplus-dev is not there")
    predictions, scores = benchmark_module("clustering").run(root, {str(t) for t in range(1, 11)})
    assert scores["documents"] == 231 and set(predictions) >= {"1_1ecb.xml", "10_1ecbplus.xml"}
    assert scores["storyline"]["f1"] >= 0.95
    assert scores["storyline"]["f1"] > scores["baseline"]["f1"]
