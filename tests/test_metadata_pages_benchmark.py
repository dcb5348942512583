"""benchmarks/metadata_pages.py's exact outlet and byline grading."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _module():
    sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("metadata_pages_bench", BENCHMARKS / "metadata_pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def bench_and_scorer():
    bench = _module()
    if not bench.DEFAULT_SCORER.exists():
        pytest.skip("../shared/tools/score_dates.py is not beside the repo")
    return bench, bench.load_scorer(bench.DEFAULT_SCORER)


def test_byline_exact_wants_the_labelled_names_and_no_more(bench_and_scorer):
    bench, scorer = bench_and_scorer
    case = {"byline": ["Dana Weller", "Lee Parr"], "credit": None}
    assert bench.byline_exact(scorer, "By DANA WELLER and Lee Parr", case)
    assert not bench.byline_exact(scorer, "Dana Weller", case)  # a co-author missing
    assert not bench.byline_exact(scorer, "Dana Weller, Lee Parr, Harbour Staff", case)  # a credit left


def test_a_page_crediting_no_person_is_right_with_nothing_or_its_credit(bench_and_scorer):
    bench, scorer = bench_and_scorer
    case = {"byline": [], "credit": "Harbour Wire"}
    assert bench.byline_exact(scorer, None, case)
    assert bench.byline_exact(scorer, "Harbour Wire", case)
    assert not bench.byline_exact(scorer, "Dana Weller", case)


def test_outlet_exact_takes_any_name_the_page_gives_itself(bench_and_scorer):
    bench, scorer = bench_and_scorer
    case = {"outlet": "The Harbour Ledger", "outlet_also": ["HL"]}
    assert bench.outlet_exact(scorer, "harbour ledger", case)
    assert bench.outlet_exact(scorer, "HL", case)
    assert not bench.outlet_exact(scorer, "Harbour Ledger Media Group", case)


def test_the_split_is_extraction_dev_s(bench_and_scorer):
    bench, _ = bench_and_scorer
    sys.path.insert(0, str(BENCHMARKS))
    from extraction import half_of as extraction_half

    for item in ("0ec95c7261d122f3", "1ace8c85aaee21b9", "abc"):
        assert bench.half_of(item) == {"dev": "dev", "heldout": "held-out"}[extraction_half(item)]
