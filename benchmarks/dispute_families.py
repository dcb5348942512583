"""Disputes by claim family on invented mini-stories, dev and held-out halves.

    python benchmarks/dispute_families.py benchmarks/data/dispute_families --half dev --out F.json
    python benchmarks/dispute_families.py benchmarks/data/dispute_families --half held-out --out F.json
    python benchmarks/dispute_families.py DIR --half dev --out F.json --case NAME   # one case

Each case is a folder of 2-4 short invented articles (plain text, the seeds' shape) with an
`expected.json` in the sample key's shape (`contradictions`, `not_contradictions`, each pair with a
`family` and its two sides' `file` and `text`); the labelling rules are in the data folder's README.
A case's half is fixed by the SHA-1 of its folder name (odd last hex digit = held-out), so a case
written later never moves another. Every case is ingested into its own temporary SQLite store and
scored the way `sample_contradictions.py` scores the sample corpus: found disputes and flagged
look-alikes, per family. Prints per-family found / gold and false / look-alikes.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_contradictions import export_sample, score


def case_half(case: Path) -> str:
    return "held-out" if int(hashlib.sha1(case.name.encode()).hexdigest()[-1], 16) % 2 else "dev"


def cases_of(dataset: Path, half: str, only: str | None) -> list[Path]:
    folders = sorted(p for p in (dataset / "cases").iterdir() if (p / "expected.json").is_file())
    if only:
        return [p for p in folders if p.name == only]
    return [p for p in folders if half == "both" or case_half(p) == half]


def score_case(case: Path) -> dict:
    key = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    scores, flagged = score(export_sample(case), key, case)
    return {"case": case.name, "half": case_half(case),
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--half", choices=("dev", "held-out", "both"), required=True)
    ap.add_argument("--case", help="score one case folder by name (whatever its half)")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    results = [score_case(case) for case in cases_of(args.dataset, args.half, args.case)]
    families = tally(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
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
