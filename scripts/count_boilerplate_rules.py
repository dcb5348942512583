"""Count, per pattern of rules/boilerplate.toml, the extraction-dev pages of the DEV half with a
line it matches, and how many of those lines are gold article body (a pattern's false drops).

    PYTHONPATH=src python scripts/count_boilerplate_rules.py ../shared/data/extraction-dev

Only the dev half (benchmarks/extraction.py half_of) is read: the held-out half is for scoring.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from extraction import half_of, load_reference
from storyline import rules
from storyline.clean.lines import _MONTHS


def _dev_pages(dataset: Path) -> list[tuple[str, str]]:
    truth = {k: v["articleBody"] for k, v in json.loads((dataset / "ground-truth.json").read_text()).items()}
    pages = load_reference(dataset / "output" / "html-text.json")
    return [(pages.get(k, ""), truth[k]) for k in sorted(truth) if half_of(k) == "dev"]


def _count(pattern: re.Pattern[str], pages: list[tuple[str, str]]) -> tuple[int, int]:
    hit_pages = gold_lines = 0
    for text, gold in pages:
        hits = [ln.strip() for ln in text.splitlines() if ln.strip() and pattern.search(ln.strip())]
        hit_pages += bool(hits)
        gold_lines += sum(len(h) >= 20 and h in gold for h in hits)
    return hit_pages, gold_lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path)
    args = ap.parse_args()
    pages = _dev_pages(args.dataset)
    for reason, table in rules.rule_file("boilerplate").items():
        flags = 0 if table.get("case_sensitive") else re.IGNORECASE
        for raw in table["patterns"]:
            hit_pages, gold = _count(re.compile(raw.replace("MONTHS", _MONTHS), flags), pages)
            print(f"{reason:<11} dev {hit_pages:>2}/{len(pages)}  gold lines {gold}  {raw[:70]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
