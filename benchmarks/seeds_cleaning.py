"""Seed cleaning figures: body_kept and junk_dropped, computed as ../shared/tools/score_seeds.py
section 2 does, over `clean_texts` of the five seed scrapes.

    python benchmarks/seeds_cleaning.py [SEEDS_DIR] [-v]

-v lists every gold body line lost and every junk line kept.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

DEFAULT_SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def norm(s: str | None) -> str:
    """score_seeds.py's comparison form (NFKC, straight quotes, \\$ -> $, spaces, lower-case)."""
    s = unicodedata.normalize("NFKC", s or "").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\\$", "$")
    return re.sub(r"\s+", " ", s).strip().lower()


def seed_scores(seeds: Path, verbose: bool = False) -> dict[str, float]:
    """body_kept and junk_dropped of storyline's cleaner on the seeds in `seeds`."""
    from storyline.clean.text import clean_texts
    gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))["articles"]
    raws = [(seeds / g["file"]).read_text(encoding="utf-8") for g in gold]
    cleaned = clean_texts(raws)
    kept = body_total = dropped = junk_total = 0
    for g, raw, result in zip(gold, raws, cleaned):
        k, bt, d, jt = _score_one(g, raw.splitlines(), norm(result.body), verbose)
        kept, body_total, dropped, junk_total = kept + k, body_total + bt, dropped + d, junk_total + jt
    return {"body_kept": round(kept / body_total, 3), "junk_dropped": round(dropped / junk_total, 3),
            "body_lines": body_total, "junk_lines": junk_total}


def _score_one(g: dict, lines: list[str], body: str, verbose: bool) -> tuple[int, int, int, int]:
    junk = {n for ns in g["non_body_lines"].values() for n in ns}
    broken = {n for pair in g.get("broken_paragraphs", []) for n in pair}
    lo, hi = g["body_lines"]
    kept = body_total = dropped = junk_total = 0
    for n in range(lo, hi + 1):
        text = norm(lines[n - 1])
        if text and n not in junk and n not in broken:
            body_total += 1
            kept += text in body
            _report(verbose and text not in body, g["file"], n, "body line lost", text)
    for n in sorted(junk):
        text = norm(lines[n - 1])
        if text and text not in norm(g.get("title", "")):
            junk_total += 1
            dropped += text not in body
            _report(verbose and text in body, g["file"], n, "junk line kept", text)
    for a, b in g.get("broken_paragraphs", []):
        body_total += 1
        joined = norm(lines[a - 1]) + " " + norm(lines[b - 1])
        kept += joined in body
        _report(verbose and joined not in body, g["file"], a, "broken paragraph not rejoined", joined)
    return kept, body_total, dropped, junk_total


def _report(show: bool, file: str, n: int, what: str, text: str) -> None:
    if show:
        print(f"  {file}:{n} {what}: {text[:90]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seeds", type=Path, nargs="?", default=DEFAULT_SEEDS)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    scores = seed_scores(args.seeds, args.verbose)
    print(f"body_kept {scores['body_kept']:.3f} ({scores['body_lines']} lines)   "
          f"junk_dropped {scores['junk_dropped']:.3f} ({scores['junk_lines']} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
