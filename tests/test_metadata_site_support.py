"""scripts/metadata_site_support.py and scripts/rule_ablation.py count sites, not pages, per dev fold."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_a_rules_name_is_its_evidence_up_to_the_quote():
    rule_of = _module("metadata_site_support").rule_of
    assert rule_of("byline line: By Ana Ruiz") == "byline line"
    assert rule_of("outlet registry, for the page's domain (https://x.example/a)") == "outlet registry, for the page's domain"
    assert rule_of(None) == "none"


def test_sites_not_pages_are_counted_and_a_rule_right_on_one_site_is_a_suspect():
    module = _module("metadata_site_support")
    rows = [{"site": "a.example", "fold": "dev-a", "byline": ("byline line", "all")} for _ in range(5)]
    rows += [{"site": "b.example", "fold": "dev-b", "byline": ("byline line", "wrong")}]
    lines = module.support_table(rows, "byline")
    assert lines[2] == "| byline line | 6 | 1 | 1 | 50 % | 1 / 0 | 0 / 1 | suspect: right on <= 2 sites |"


def test_a_rule_is_credited_with_the_sites_it_alone_makes_right_or_wrong():
    effect = _module("rule_ablation").effect
    base = {("html", "1"): ("a.example", "dev-a", "exact", None), ("html", "2"): ("b.example", "dev-b", "wrong", "all"),
            ("html", "3"): ("c.example", "dev-b", "exact", "all")}
    off = {("html", "1"): ("a.example", "dev-a", "unknown", None), ("html", "2"): ("b.example", "dev-b", "exact", "missing"),
           ("html", "3"): ("c.example", "dev-b", "exact", "all")}
    assert effect(base, off, "date") == {"dev-a support": {"a.example"}, "dev-b harm": {"b.example"}}
    assert effect(base, off, "byline") == {"dev-b support": {"b.example"}}
