"""scripts/date_evidence_table.py names each answer's evidence kind from clean.pubdate's evidence text:
the wordings must stay in step, or the table silently lumps kinds together."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "date_evidence_table.py"


def _module():
    spec = importlib.util.spec_from_file_location("date_evidence_table", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["date_evidence_table"] = module
    spec.loader.exec_module(module)
    return module


def test_evidence_texts_map_to_their_kinds():
    kind = _module().evidence_kind
    assert kind("HTML metadata (meta article:published_time, UTC time): 2024-11-26") == "markup, UTC time"
    assert kind("HTML metadata (json-ld datePublished): 2019-11-18") == "markup, json-ld"
    assert kind("HTML metadata (htmldate original): 2016-03-09") == "htmldate guess alone"
    assert kind("HTML metadata (htmldate original): 2019-11-19; a dateline near the article prints the same day") \
        == "htmldate guess + printed"
    assert kind("dateline: November 8, 2023, 11:15 PM (markup said 2023-11-09)") == "dateline over markup"
    assert kind("update dateline (no original date given): Aktualisiert 3. Mai 2024") == "update dateline"
    assert kind("dateline: 22.11.2022") == "dateline"
    assert kind("labelled date on the page: Erstellt am: 01.11.2023") == "labelled date"


def test_the_rules_of_the_study_say_what_they_cost():
    module = _module()
    rows = [{"kind": "htmldate guess alone", "agree": [], "conflict": [], "outcome": "wrong"},
            {"kind": "htmldate guess alone", "agree": [], "conflict": [], "outcome": "right"},
            {"kind": "dateline", "agree": ["printed", "url"], "conflict": [], "outcome": "right"}]
    first = dict(module.POLICIES)["htmldate's guess alone"]
    assert [first(r) for r in rows] == [True, True, False]
