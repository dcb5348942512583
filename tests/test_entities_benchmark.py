"""benchmarks/entities.py: a common noun a sentence start capitalises is no ECB+ name."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARK = ROOT / "benchmarks" / "entities.py"


def _module():
    sys.path.insert(0, str(BENCHMARK.parent))
    spec = importlib.util.spec_from_file_location("entities_bench", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules["entities_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_a_word_the_topic_writes_in_lower_case_more_than_mid_sentence_is_no_name():
    common = _module()._common_words([
        "Crash in Springfield\nPolice arrested a driver .\nThe police said Mark Felt was there .",
        "Authorities named him .\nFelt said the police and the New York Police Department came .\nHe felt ill ."])
    assert common("Police")            # 'police' twice, mid-sentence 'Police' once (inside a name)
    assert not common("Felt")          # the verb 'felt' once, the name once mid-sentence: kept
    assert not common("Authorities")   # never written in lower case: the benchmark keeps it
    assert not common("New York")      # several words: not a word of the lexicon
