"""Speaker resolution benchmark: who a pronoun or description in a PolNeAR source refers to.

    python benchmarks/quotes.py ../shared/data/polnear-dev --out quotes.json
    python benchmarks/speakers.py quotes.json --polnear ../shared/data/polnear-dev --labels benchmarks/data/speakers \
        --out FILE

PolNeAR marks the source span ('he', 'the New York businessman') but not whom it refers to; the set
(benchmarks/data/speakers/items.jsonl, rules in its README) labels the referent of quoted
attributions whose source is a pronoun or a definite description: round 1, 95 of polnear-dev
(scored on the predictions of quotes.py); round 2, 218 of fnc1-dev bodies and timeline17-dev
articles (named 'fnc1-dev/bodies.csv#<Body ID>' or by path under --shared; this script runs the
extractor on them as ingest does); round 3, 238 of TimeBank/AQUAINT documents (.tml), extraction-dev
bodies ('extraction-dev/ground-truth.json#<id>') and other timeline17-dev articles, read the same way. A prediction whose content overlaps the labelled content is
right when its `speaker` names the referent (same last word of the name, folded; 'anon:<noun>'
wants that noun in the descriptor). The script also re-scores quotes.py's own figures per part.
Parts: a file is held out when the SHA-1 of its name is odd.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from citations import read_body
from quotes import predictions, read_ann, score_doc, summarise
from storyline.extract.names import fold


def part_of(file: str) -> str:
    return "held-out" if int(hashlib.sha1(file.encode()).hexdigest(), 16) % 2 else "dev"


def names_referent(predicted: str, gold: str) -> bool:
    if gold.startswith("anon:"):
        return gold[5:] in fold(predicted).split()
    p, g = fold(predicted).split(), fold(gold).split()
    return bool(p) and bool(g) and (g[-1] in p or p[-1] == g[-1])


def _prediction_for(item: dict, preds: list[dict]) -> dict | None:
    """The prediction whose content overlaps the item's and whose source overlaps its source, else
    the first whose content overlaps (a source found inside the quotation, 'people … who want', is
    another attribution, not this one's)."""
    (s, e), (ss, se) = item["content"], item["source"]
    over = [p for p in preds if p["content"][0] < e and s < p["content"][1]]
    same = [p for p in over if p.get("source") and p["source"][0] < se and ss < p["source"][1]]
    return (same or over or [None])[0]


def score_speakers(items: list[dict], preds: dict[str, list[dict]]) -> dict[str, object]:
    right = found = 0
    wrong: list[str] = []
    for item in items:
        hit = _prediction_for(item, preds.get(item["file"], []))
        if hit is None:
            continue
        found += 1
        if names_referent(hit.get("speaker") or "", item["speaker"]):
            right += 1
        else:
            wrong.append(f"{item['id']}: {item['speaker']} -> {hit.get('speaker')}")
    return {"items": len(items), "found": found, "right": right,
            "accuracy": round(right / len(items), 3) if items else 0.0,
            "accuracy_found": round(right / found, 3) if found else 0.0, "wrong": wrong}


def predict_round2(items: list[dict], shared: Path) -> dict[str, list[dict]]:
    """quotes.py-shaped predictions for the non-polnear files the items name (selective parse, as ingest)."""
    from storyline.extract.nlp import parse_selectively
    from storyline.extract.quotes import find_quotes

    files = sorted({i["file"] for i in items if "/" in i["file"]})
    texts = [read_body(shared, f) for f in files]
    return {f: predictions(t, find_quotes(t, doc)) for f, t, doc in zip(files, texts, parse_selectively(texts))}


def score_quotes(polnear: Path, preds: dict[str, list[dict]], part: str) -> dict[str, object]:
    root = polnear / "dev" if (polnear / "dev").is_dir() else polnear
    totals: dict[str, float] = defaultdict(float)
    for name, pred in sorted(preds.items()):
        if "/" in name:  # round-2 files have no PolNeAR gold
            continue
        if part != "all" and part_of(name) != part:
            continue
        text = (root / "text" / name).read_text(encoding="utf-8")
        anns = sorted((root / "attributions").glob(f"{Path(name).stem}_*.ann"))
        for ann in anns:
            for k, v in score_doc(text, read_ann(ann), pred).items():
                totals[k] += v / len(anns)
    return summarise(totals)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("quotes_out", type=Path, help="the --out file of benchmarks/quotes.py")
    parser.add_argument("--polnear", type=Path, required=True)
    parser.add_argument("--labels", type=Path, default=Path("benchmarks/data/speakers"))
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"),
                        help="where round-2 files ('fnc1-dev/…', 'timeline17-dev/…') are")
    parser.add_argument("--part", choices=("dev", "held-out", "both"), default="dev",
                        help="held-out is scored once, at the end of a piece of work")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    preds = json.loads(args.quotes_out.read_text(encoding="utf-8"))["predictions"]
    items = [json.loads(line) for line in (args.labels / "items.jsonl").read_text().splitlines() if line.strip()]
    parts = ("dev", "held-out") if args.part == "both" else (args.part,)
    items = [i for i in items if part_of(i["file"]) in parts]
    preds = {**preds, **predict_round2(items, args.shared)}
    scores = {}
    for part in parts:
        mine = [i for i in items if part_of(i["file"]) == part]
        scores[part] = {"speakers": score_speakers(mine, preds),
                        **{f"round{r}": score_speakers([i for i in mine if i.get("round", 1) == r], preds)
                           for r in (1, 2, 3)},
                        "quotes": score_quotes(args.polnear, preds, part)}
    args.out.write_text(json.dumps({"predictions": {}, "scores": scores}, indent=1, ensure_ascii=False))
    print(json.dumps({p: {k: {m: n for m, n in v.items() if m != "wrong"} for k, v in s.items() if k != "quotes"}
                      | {"speaker_accuracy_quoted": s["quotes"]["speaker_accuracy_quoted"]}
                      for p, s in scores.items()}, indent=1))


if __name__ == "__main__":
    main()
