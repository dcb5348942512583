"""benchmarks/data/value_disputes: every labelled pair points at a real sentence of ../shared whose text still has
the SHA-1 the set recorded (the set stores pointers, never the text), and its labels and halves are well formed."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "benchmarks" / "data" / "value_disputes" / "pairs.jsonl"


def _pairs() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_pairs_are_labelled_and_split_into_both_halves() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from value_disputes import pair_half

    pairs = _pairs()
    assert len(pairs) == len({p["id"] for p in pairs}) >= 300
    assert {p["label"] for p in pairs} <= {"dispute", "not", "unclear"}
    halves = {pair_half(p["id"]) for p in pairs if p["label"] == "dispute"}
    assert halves == {"dev", "held-out"}


def test_every_side_is_the_sentence_its_sha1_names(shared_dir: Path) -> None:
    if not (shared_dir / "data" / "timeline17-dev").is_dir():
        pytest.skip("../shared/data is not beside the checkout")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from value_texts import read_document, sha1

    documents: dict[str, object] = {}
    for pair in _pairs():
        for side in (pair["a"], pair["b"]):
            doc = documents.get(side["doc"]) or documents.setdefault(side["doc"], read_document(shared_dir, side["doc"]))
            assert sha1(doc.sentences[side["sentence"]]) == side["sha1"], side
