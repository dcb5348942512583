"""Stance toward a claim on a folder in FNC-1 layout: predictions CSV, and scores if a gold is given.

    python benchmarks/stance.py DIR --out PRED.csv [--gold GOLD_stances.csv] [--limit N]

DIR holds stances.csv (Headline, Body ID; a Stance column, if present, is never read) and
bodies.csv (Body ID, articleBody). Writes PRED.csv with Headline, Body ID, Stance, one row per row
of stances.csv, and prints the speed (pairs per second, one process, model loaded outside the
clock). With --gold it also prints ../shared/tools/score_stance.py's measures.
"""
from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import time
from pathlib import Path

SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_stance.py"


def read_pairs(folder: Path, limit: int | None) -> tuple[list[tuple[str, str]], dict[str, str]]:
    with open(folder / "stances.csv", newline="", encoding="utf-8") as f:
        pairs = [(r["Headline"], r["Body ID"]) for r in csv.DictReader(f)]  # the Stance column is not read
    with open(folder / "bodies.csv", newline="", encoding="utf-8") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    return (pairs[:limit] if limit else pairs), bodies


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--gold", type=Path, help="gold stances.csv to score against")
    ap.add_argument("--limit", type=int, help="only the first N pairs (speed checks)")
    ap.add_argument("--batch", type=int, default=256, help="pairs judged together")
    a = ap.parse_args()
    from storyline.stance import StanceJudge

    pairs, bodies = read_pairs(a.folder, a.limit)
    judge = StanceJudge()
    start = time.perf_counter()
    labels: list[str] = []
    for i in range(0, len(pairs), a.batch):
        chunk = pairs[i:i + a.batch]
        labels += [s.label for s in judge.judge([(h, bodies[b]) for h, b in chunk])]
    seconds = time.perf_counter() - start
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Headline", "Body ID", "Stance"])
        w.writerows((h, b, label) for (h, b), label in zip(pairs, labels, strict=True))
    print(f"pairs: {len(pairs)}  seconds: {seconds:.2f}  pairs_per_second: {len(pairs) / seconds:.0f}")
    if a.gold:
        subprocess.run([sys.executable, str(SCORER), str(a.gold), str(a.out)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
