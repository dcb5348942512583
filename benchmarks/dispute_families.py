"""Disputes by claim family on invented mini-stories, dev and held-out halves.

    python benchmarks/dispute_families.py benchmarks/data/dispute_families --half dev --out F.json
    python benchmarks/dispute_families.py benchmarks/data/dispute_families --half held-out --out F.json
    python benchmarks/dispute_families.py DIR --half dev --out F.json --case NAME   # one case
    python benchmarks/dispute_families.py DIR --half held-out --out F.json --stages  # where disputes are lost

Each case is a folder of 2-4 short invented articles (plain text, the seeds' shape) with an
`expected.json` in the sample key's shape (`contradictions`, `not_contradictions`, each pair with a
`family` and its two sides' `file` and `text`); the labelling rules are in the data folder's README.
A case's half is fixed by the SHA-1 of its folder name (odd last hex digit = held-out), so a case
written later never moves another. Every case is ingested into its own temporary SQLite store and
scored the way `sample_contradictions.py` scores the sample corpus: found disputes and flagged
look-alikes, per family. Prints per-family found / gold and false / look-alikes.

`--stages` also names, for each expected dispute, the first pipeline stage that loses it
(dispute_stages.py: side_missing, not_grouped, no_claim_a / no_claim_b, not_paired, rejected:<check>,
found) and prints a family x stage table of counts. On the held-out half it prints and writes ONLY that
aggregate table (no case names, texts or flags): a count of where the half is lost, not an error list.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_stages import case_stages, ingest_case
from sample_contradictions import export_sample, score


def case_half(case: Path) -> str:
    return "held-out" if int(hashlib.sha1(case.name.encode()).hexdigest()[-1], 16) % 2 else "dev"


def cases_of(dataset: Path, half: str, only: str | None) -> list[Path]:
    folders = sorted(p for p in (dataset / "cases").iterdir() if (p / "expected.json").is_file())
    if only:
        return [p for p in folders if p.name == only]
    return [p for p in folders if half == "both" or case_half(p) == half]


def score_case(case: Path, stages: bool = False) -> dict:
    key = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    if stages:
        found = case_stages(case, key)
        export = ingest_case(case)[0]
    else:
        found, export = [], export_sample(case)
    scores, flagged = score(export, key, case)
    return {"stages": [{"family": f, "stage": s} for f, s in found],
            "case": case.name, "half": case_half(case),
            "found": [{"family": k.get("family", k.get("kind")), "hit": hit}
                      for k, hit in zip(key["contradictions"], scores["found_pairs"])],
            "false": [{"family": k.get("family", k.get("kind")), "hit": hit}
                      for k, hit in zip(key["not_contradictions"], scores["false_pairs"])],
            "flagged": [{"a": f.get("a", {}).get("text"), "b": f.get("b", {}).get("text"),
                         "kind": f.get("kind")} for f in flagged]}


def tally(results: list[dict]) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = {}
    for result in results:
        for side, found_key, gold_key in (("found", "found", "gold"), ("false", "false", "lookalikes")):
            for pair in result[side]:
                c = counts.setdefault(pair["family"], Counter())
                c[gold_key] += 1
                c[found_key] += int(pair["hit"])
    return {family: dict(c) for family, c in sorted(counts.items())}


def stage_table(results: list[dict]) -> dict[str, dict[str, int]]:
    """family -> stage -> count of expected disputes lost (or found) at that stage."""
    table: dict[str, Counter[str]] = {}
    for result in results:
        for row in result["stages"]:
            table.setdefault(row["family"], Counter())[row["stage"]] += 1
    return {family: dict(sorted(c.items())) for family, c in sorted(table.items())}


def print_stages(table: dict[str, dict[str, int]]) -> None:
    stages = sorted({s for c in table.values() for s in c}, key=lambda s: (s != "found", s))
    total: Counter[str] = Counter()
    for family, c in table.items():
        total.update(c)
        print(f"{family:22s} " + "  ".join(f"{s} {c[s]}" for s in stages if c.get(s)))
    print(f"{'all':22s} " + "  ".join(f"{s} {total[s]}" for s in stages if total.get(s)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--half", choices=("dev", "held-out", "both"), required=True)
    ap.add_argument("--case", help="score one case folder by name (whatever its half)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--stages", action="store_true", help="name the stage that loses each expected dispute; on "
                    "held-out, print and write only the family x stage counts")
    args = ap.parse_args()
    results = [score_case(case, args.stages) for case in cases_of(args.dataset, args.half, args.case)]
    families = tally(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.stages and args.half != "dev" and not args.case:
        # the held-out half (or both): the aggregate table only, never a case, a text or a flag
        table = stage_table(results)
        args.out.write_text(json.dumps({"half": args.half, "stages": table}, indent=1))
        print_stages(table)
        return 0
    if args.stages:
        print_stages(stage_table(results))
    args.out.write_text(json.dumps({"half": args.half, "families": families, "cases": results},
                                   ensure_ascii=False, indent=1))
    total = Counter()
    for family, c in families.items():
        total.update(c)
        print(f"{family:28s} found {c.get('found', 0)}/{c.get('gold', 0)}  "
              f"false {c.get('false', 0)}/{c.get('lookalikes', 0)}")
    print(f"{'all (' + str(len(results)) + ' cases)':28s} found {total['found']}/{total['gold']}  "
          f"false {total['false']}/{total['lookalikes']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
