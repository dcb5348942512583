"""benchmarks/speakers.py: an item is scored on its own attribution, and the set's parts and rounds hold."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARK = ROOT / "benchmarks" / "speakers.py"


def _module():
    sys.path.insert(0, str(BENCHMARK.parent))
    spec = importlib.util.spec_from_file_location("speakers_bench", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules["speakers_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_the_prediction_whose_source_is_the_items_source_is_scored():
    bench = _module()
    item = {"content": [10, 60], "source": [62, 64]}
    inner = {"content": [20, 30], "source": [12, 15], "speaker": "people out there"}
    own = {"content": [10, 60], "source": [62, 64], "speaker": "Steven Fisher"}
    assert bench._prediction_for(item, [inner, own]) is own
    assert bench._prediction_for(item, [inner]) is inner  # no better one: the overlapping one
    assert bench._prediction_for(item, []) is None


def test_items_name_their_file_by_id_and_offsets_only():
    items = [json.loads(line) for line in (ROOT / "benchmarks/data/speakers/items.jsonl").read_text().splitlines()]
    assert len({i["id"] for i in items}) == len(items)
    for i in items:
        assert set(i) <= {"id", "file", "source", "content", "speaker", "round"}
        assert i["source"][0] < i["source"][1] and i["content"][0] < i["content"][1]
        assert i.get("round", 1) in (1, 2, 3)
        assert i.get("round", 1) != 2 or i["file"].startswith(("fnc1-dev/bodies.csv#", "timeline17-dev/"))
        assert i.get("round", 1) != 3 or i["file"].startswith(
            ("tempeval3-train/", "extraction-dev/ground-truth.json#", "timeline17-dev/"))


def test_round_three_uses_no_file_an_earlier_round_used():
    items = [json.loads(line) for line in (ROOT / "benchmarks/data/speakers/items.jsonl").read_text().splitlines()]
    earlier = {i["file"] for i in items if i.get("round", 1) < 3}
    assert not earlier & {i["file"] for i in items if i.get("round") == 3}
