"""Count the claim patterns the contradiction rules rest on, over real news text (data only).

    python scripts/count_claim_patterns.py ../shared [--limit N] [--examples K] [--out FILE.jsonl]

Reads fnc1-dev bodies, polnear-dev texts and timeline17-dev input documents (as
scripts/build_equivalents.py does), parses them with the shipped spaCy model, runs the claim
extractor, and prints for each pattern how many claims and documents show it, with K examples:

- `proposed`: a clause reported by a mandative verb in the base form ("recommends that X be
  dismissed"): a proposal, not a fact (rules/claims.toml [mandative_verbs]);
- `report_time`: a claim whose only time expression dates its reporting frame ("reported in March
  that …"), so the event is only known to be on or before it. spaCy DATE entities stand in for the
  time stage here (the count is of the attachment, not of the normalisation);
- `presupposed`: a denial whose definite descriptions' modifiers hold content words
  ("has not found the cause of the fire" does not deny a fire).

`--out` writes every counted claim (pattern, document, sentence) for judging by hand
(docs/models/claims.md). Nothing of the texts is shipped.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

csv.field_size_limit(sys.maxsize)


@dataclass(slots=True, frozen=True)
class _Time:
    start: int
    value: str
    text: str
    type: str = "DATE"


def documents(shared: Path) -> Iterator[tuple[str, str]]:
    """(document id, text) of the three news sets, in a fixed order."""
    with (shared / "data" / "fnc1-dev" / "bodies.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield "fnc1:" + row["Body ID"], row["articleBody"]
    for path in sorted((shared / "data" / "polnear-dev" / "dev" / "text").glob("*.txt")):
        yield "polnear:" + path.name, path.read_text(encoding="utf-8", errors="replace")
    for path in sorted((shared / "data" / "timeline17-dev").glob("*/InputDocs/*/*.txt")):
        yield "timeline17:" + "/".join(path.parts[-4:]), path.read_text(encoding="utf-8", errors="replace")


def patterns(claim) -> list[str]:  # type: ignore[no-untyped-def]
    found = []
    if claim.modality == "proposed":
        found.append("proposed")
    if claim.time_of == "report":
        found.append("report_time")
    if claim.polarity == "negative" and claim.presupposed:
        found.append("presupposed")
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shared", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="first N documents only")
    ap.add_argument("--examples", type=int, default=5)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)

    from storyline.extract.claims import find_claims
    from storyline.extract.nlp import load_nlp

    nlp = load_nlp()
    docs = list(documents(args.shared))
    if args.limit:
        docs = docs[: args.limit]
    counts: Counter[str] = Counter()
    in_docs: dict[str, set[str]] = {}
    rows = []
    total = 0
    for (doc_id, _), doc in zip(docs, nlp.pipe((t[:20000] for _, t in docs), batch_size=16), strict=True):
        times = [_Time(e.start_char, "2000", e.text) for e in doc.ents if e.label_ == "DATE"]
        for claim in find_claims(doc, times):
            total += 1
            for name in patterns(claim):
                counts[name] += 1
                in_docs.setdefault(name, set()).add(doc_id)
                rows.append({"pattern": name, "doc": doc_id, "text": " ".join(claim.text.split()),
                             "predicate": claim.predicate, "time": claim.time_text,
                             "presupposed": list(claim.presupposed)})
    print(f"{len(docs)} documents, {total} claims")
    for name in ("proposed", "report_time", "presupposed"):
        print(f"{name}: {counts[name]} claims in {len(in_docs.get(name, ()))} documents")
        for row in [r for r in rows if r["pattern"] == name][: args.examples]:
            print(f"   {row['doc']}: {row['text'][:160]}")
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
