"""benchmarks/ingest_memory.py's batches: `--order day` cuts the generated corpus as a news stream."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _module():
    sys.path.insert(0, str(BENCHMARKS))  # the benchmark imports clustering_scale beside it
    spec = importlib.util.spec_from_file_location("ingest_memory_bench", BENCHMARKS / "ingest_memory.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _days(folder: Path) -> list[str]:
    return sorted(p.read_text(encoding="utf-8").split("\n")[2] for p in folder.rglob("*.txt"))


def test_day_order_batches_follow_the_calendar_and_shuffled_ones_do_not(tmp_path: Path):
    bench = _module()
    for order in ("day", "shuffled"):
        written = bench.write_corpus(tmp_path / order, 300, seed=3, batches=3, order=order)
        assert len(written) == 3 and all(written)
        batches = [_days(tmp_path / order / f"batch-{n}") for n in range(3)]
        assert sum(len(b) for b in batches) == 300
        follows = all(batches[n][-1] <= batches[n + 1][0] for n in range(2))
        assert follows is (order == "day")
