"""Dev check: the seed articles' gold time expressions, normalised against their true dates.

    python benchmarks/seeds_timex.py [--seeds ../shared/seeds]

Runs find_times over each seed file's text with gold "published.best" as anchor and counts the
gold timex entries found with the right value, matched as shared/tools/score_seeds.py section 4
does: candidate text contains or is contained in the gold text, and the value starts with the
gold value and is no longer than it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\\$", "$")
    return re.sub(r"\s+", " ", s).strip().lower()


def is_match(found, gold: dict) -> bool:
    gt, ft, value = norm(gold["text"]), norm(found.text), found.value or ""
    return (ft in gt or gt in ft) and value.startswith(gold["value"]) and len(value) <= len(gold["value"])


def main() -> int:
    from storyline.extract.times import find_times
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=DEFAULT)
    args = ap.parse_args()
    gold = json.loads((args.seeds / "gold.json").read_text(encoding="utf-8"))
    anchors = {a["file"]: dt.date.fromisoformat(a["published"]["best"]) for a in gold["articles"]}
    found = {f: find_times((args.seeds / f).read_text(encoding="utf-8"), d) for f, d in anchors.items()}
    right = 0
    for g in gold["timex"]:
        ok = any(is_match(t, g) for t in found[g["file"]])
        right += ok
        if not ok:
            near = [(t.text, t.value) for t in found[g["file"]] if norm(t.text) in norm(g["text"]) or norm(g["text"]) in norm(t.text)]
            print(f"MISS {g['file']}: {g['text']!r} want {g['value']} got {near}")
    print(f"seed timex right: {right}/{len(gold['timex'])} = {right / len(gold['timex']):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
