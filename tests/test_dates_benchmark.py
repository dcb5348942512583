"""benchmarks/dates.py's timeline17 cases: the gold day is the folder, but no file is read under a name holding it."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "dates.py"


def _module():
    spec = importlib.util.spec_from_file_location("dates_bench", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules["dates_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_timeline17_texts_are_read_under_neutral_names(tmp_path: Path):
    bench = _module()
    for topic, day in (("haiti_bbc", "2010-01-13"), ("H1N1_bbc", "2009-04-25")):
        folder = tmp_path / topic / "InputDocs" / day
        folder.mkdir(parents=True)
        (folder / "7.htm.txt").write_text("The harbour board met on Monday .\n", encoding="utf-8")
        (folder / "8.htm.txt").write_text("", encoding="utf-8")  # empty files are left out
    cases = bench.load_cases(tmp_path, "timeline17")
    assert sorted(c["date"] for c in cases) == ["2009-04-25", "2010-01-13"]
    assert all(c["date"] not in c["file"] and c["neutral_name"] for c in cases)
    assert {c["site"]: c["half"] for c in cases} == {"haiti_bbc": "held-out", "H1N1_bbc": "dev"}


def test_mojibake_in_gold_names_is_repaired_only_when_it_round_trips():
    bench = _module()
    assert bench.repair_mojibake("KÃ¶lner Stadt-Anzeiger") == "Kölner Stadt-Anzeiger"
    assert bench.repair_mojibake("OÃ\x96 Volksblatt") == "OÖ Volksblatt"
    for clean in ("Kölner Stadt-Anzeiger", "SÃO PAULO", "Ærø"):   # already right, or not mojibake
        assert bench.repair_mojibake(clean) == clean
    cases = [{"outlet": "KÃ¶lner Stadt-Anzeiger", "byline": ["RocÃ\xado GarcÃ\xada", "Ana Ruiz"]}]
    assert bench.repair_gold(cases) == 2
    assert cases == [{"outlet": "Kölner Stadt-Anzeiger", "byline": ["Rocío García", "Ana Ruiz"]}]


def test_dev_sites_split_again_into_two_folds_by_another_hash():
    bench = _module()
    sites = [f"site{i}.example" for i in range(40)]
    cases = [{"site": s, "half": bench.half_of(s), "fold": bench.fold_of(s)} for s in sites]
    dev = [c for c in cases if c["half"] == "dev"]
    # both folds hold sites, every dev site is in exactly one, and no held-out site is in either
    assert {c["fold"] for c in dev} == {"dev-a", "dev-b"}
    assert all(bench.in_half(c, "dev") and bench.in_half(c, c["fold"]) for c in dev)
    held_out = {"site": "x.example", "half": "held-out"}
    assert not bench.in_half(held_out, "dev-a") and not bench.in_half(held_out, "dev-b")
    assert bench.in_half(held_out, "all")
