"""timeline17.py's per-topic report: topics from timeline names, dev topics vs the held-out one."""
from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "timeline17.py"


def _module():
    spec = importlib.util.spec_from_file_location("timeline17_bench", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _result(p: float, r: float) -> dict:
    return {m: {"precision": p, "recall": r, "f_score": 0.0} for m in ("AR-1", "AR-2", "date")}


def test_topics_are_averaged_apart_and_the_held_out_one_alone():
    bench = _module()
    assert bench.topic_of("H1N1_bbc/timelines/bbc.txt") == "H1N1"
    scores = {"H1N1_bbc/t/a.txt": _result(0.2, 0.2), "H1N1_guardian/t/b.txt": _result(0.4, 0.4),
              "haiti_bbc/t/c.txt": _result(0.1, 0.3)}
    topics = bench.topic_averages(scores, "haiti")
    assert topics["H1N1"]["n"] == 2 and topics["dev topics"]["n"] == 2
    assert topics["dev topics"]["AR-1"]["f_score"] == pytest.approx(0.3)
    assert topics["held-out topic"]["n"] == 1
    assert topics["held-out topic"]["date"]["f_score"] == pytest.approx(2 * 0.1 * 0.3 / 0.4)


def test_the_held_out_topic_is_the_one_with_an_odd_hash():
    bench = _module()
    odd = [t for t in ("H1N1", "MJ", "haiti") if int(hashlib.sha256(t.encode()).hexdigest(), 16) % 2]
    assert odd == [bench.HELD_OUT_TOPIC]
