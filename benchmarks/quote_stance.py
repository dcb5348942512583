"""Stance of a quote toward a claim, scored on the hand-labelled set benchmarks/data/quote_stance.

    python benchmarks/quote_stance.py ../shared/data [--labels benchmarks/data/quote_stance/items.jsonl]
        [--part dev|held-out] [--out PRED.json]

DIR is the shared data folder the items name their texts in (fnc1-dev/bodies.csv#<Body ID> and the
claim's row of fnc1-dev/stances.csv). Each item's quote (its content offsets in the raw body) is
judged toward its claim by `storyline.stance.claims.judge_quotes` with its reporting verb (found by
running the quote extractor over the body, as ingest does), as `storyline claim` and /api/claims
judge the quotes of on-topic articles. Prints macro-F1 over agree / disagree / discuss
/ unrelated, per-class precision, recall and F1 and the confusion (gold rows, predicted columns);
--out also writes every item's prediction.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

LABELS = ("agree", "disagree", "discuss", "unrelated")
HERE = Path(__file__).resolve().parent


def read_items(path: Path, part: str | None) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    return [i for i in items if part is None or i["part"] == part]


def read_cues(shared: Path, items: list[dict]) -> list[str | None]:
    """The reporting verb of each item's quote, as ingest finds it (storyline.extract.quotes over the
    body): the quote of the body whose content overlaps the item's most; None when none does."""
    from storyline.extract.quotes import find_quotes

    with open(shared / "fnc1-dev" / "bodies.csv", newline="", encoding="utf-8") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    found: dict[str, list] = {}
    cues: list[str | None] = []
    for i in items:
        body_id = i["file"].partition("#")[2]
        quotes = found.setdefault(body_id, find_quotes(bodies[body_id]))
        start, end = i["content"]
        overlap = [(min(end, q.end) - max(start, q.start), q.cue) for q in quotes if q.start < end and start < q.end]
        cues.append(max(overlap)[1] if overlap else None)
    return cues


def read_texts(shared: Path, items: list[dict]) -> list[tuple[str, str]]:
    """(claim, quote text) of each item; a claim row whose headline no longer hashes the same fails loudly."""
    with open(shared / "fnc1-dev" / "stances.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(shared / "fnc1-dev" / "bodies.csv", newline="", encoding="utf-8") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    out = []
    for i in items:
        row = rows[i["claim_row"]]
        body_id = i["file"].partition("#")[2]
        if row["Body ID"] != body_id or hashlib.sha1(row["Headline"].encode()).hexdigest()[:12] != i["claim_sha1"]:
            raise SystemExit(f"item {i['id']}: claim row {i['claim_row']} does not match the label file")
        start, end = i["content"]
        out.append((row["Headline"], bodies[body_id][start:end]))
    return out


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[str], pred: list[str]) -> dict[str, object]:
    confusion = {g: {p: 0 for p in LABELS} for g in LABELS}
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] += 1
    per_class = {}
    for c in LABELS:
        tp = confusion[c][c]
        fp = sum(confusion[g][c] for g in LABELS if g != c)
        fn = sum(confusion[c][p] for p in LABELS if p != c)
        prec, rec, f = f1(tp, fp, fn)
        per_class[c] = {"gold": tp + fn, "precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f, 3)}
    macro = sum(v["f1"] for v in per_class.values()) / len(LABELS)
    right = sum(confusion[c][c] for c in LABELS)
    return {"items": len(gold), "macro_f1": round(macro, 3), "accuracy": round(right / len(gold), 3) if gold else 0.0,
            "per_class": per_class, "confusion": confusion}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", type=Path, help="the shared data folder (holds fnc1-dev/)")
    ap.add_argument("--labels", type=Path, default=HERE / "data" / "quote_stance" / "items.jsonl")
    ap.add_argument("--part", choices=("dev", "held-out"), help="only this part (default: both)")
    ap.add_argument("--out", type=Path, help="write each item's prediction (JSON) here")
    a = ap.parse_args()
    from storyline.stance import StanceJudge
    from storyline.stance.claims import judge_quotes

    items = read_items(a.labels, a.part)
    texts = read_texts(a.shared, items)
    cues = read_cues(a.shared, items)
    judge = StanceJudge()
    for claim in dict.fromkeys(c for c, _ in texts):   # one claim at a time, as `storyline claim` asks
        rows = [n for n, (c, _) in enumerate(texts) if c == claim]
        verdicts = judge_quotes(judge, claim, [texts[n][1] for n in rows], [cues[n] for n in rows])
        for n, v in zip(rows, verdicts, strict=True):
            items[n]["predicted"] = v.label
    pred = [i["predicted"] for i in items]
    result = score([i["label"] for i in items], pred)
    result["part"] = a.part or "all"
    print(json.dumps(result, indent=1))
    if a.out:
        a.out.write_text(json.dumps({"score": result, "items": [{"id": i["id"], "label": i["label"],
                                     "predicted": i["predicted"]} for i in items]}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
