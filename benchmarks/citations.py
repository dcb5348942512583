"""Citation benchmark: hand-labelled sentences of polnear-dev, timeline17-dev, fnc1-dev, dates-dev, ECB+,
TimeBank/AQUAINT and extraction-dev articles.

    python benchmarks/citations.py benchmarks/data/citations --shared ../shared/data --part dev [--round 2] --out FILE

The set (benchmarks/data/citations/items.jsonl; labelling rules in its README) names each sentence by
file (an fnc1-dev body as 'fnc1-dev/bodies.csv#<Body ID>') and character offsets into its text, with the outlets or platforms it cites (empty: cites
none). Each article is run whole through `find_citations` (with the corpus's outlets known, as
ingest knows them); the citation whose sentence overlaps an item is its prediction.

Scores, per item: found = a labelled item whose prediction names one of its outlets; recall =
found / labelled items; precision = found / items with a prediction (a prediction on an unlabelled
item, or naming another outlet, is wrong). Parts: an item is held out when the SHA-1 of its file
name is odd; tune on dev, score held-out at the end.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
from functools import cache
from pathlib import Path

from storyline.extract.citations import find_citations
from storyline.extract.names import fold

# The polnear-dev publishers (metadata.tsv codes) as ingest would name them: the batch's outlets.
CORPUS_OUTLETS = ("Breitbart", "HuffPost", "The New York Times", "Politico", "USA Today", "The Washington Post",
                  "Western Journalism", "BBC", "The Guardian", "Reuters")


def part_of(file: str) -> str:
    return "held-out" if int(hashlib.sha1(file.encode()).hexdigest(), 16) % 2 else "dev"


def read_items(folder: Path, part: str, labelling_round: str = "all") -> list[dict]:
    """Items of a part; `labelling_round` '1' (the first 261 items), '2' … '6' (added later) or 'all'."""
    items = [json.loads(line) for line in (folder / "items.jsonl").read_text().splitlines() if line.strip()]
    return [i for i in items if (part == "all" or part_of(i["file"]) == part)
            and (labelling_round == "all" or str(i.get("round", 1)) == labelling_round)]


@cache
def _fnc1_bodies(path: Path) -> dict[str, str]:
    csv.field_size_limit(10**9)
    with path.open(encoding="utf-8", newline="") as f:
        return {row["Body ID"]: row["articleBody"] for row in csv.DictReader(f)}


@cache
def _extraction_bodies(path: Path) -> dict[str, str]:
    return {key: entry["articleBody"] for key, entry in json.loads(path.read_text(encoding="utf-8")).items()}


def read_body(shared: Path, file: str) -> str:
    """A text file, one body of a CSV named 'fnc1-dev/bodies.csv#<Body ID>', one article body of
    extraction-dev's ground truth named 'extraction-dev/ground-truth.json#<item id>', a TimeML
    document's TEXT, or an ECB+ document's tokens as plain text (one line per sentence, as the ECB+
    clustering benchmark ingests them)."""
    path, _, body_id = file.partition("#")
    if body_id:
        if path.endswith(".json"):
            return _extraction_bodies(shared / path)[body_id]
        return _fnc1_bodies(shared / path)[body_id]
    if path.endswith(".tml"):
        from timeml import read_timeml
        return read_timeml(shared / path).text
    if path.endswith(".xml"):
        from clustering_ecbplus import document_text, read_document
        return document_text(read_document(shared / path))
    return (shared / path).read_text(encoding="utf-8")


def outlet_key(name: str) -> str:
    return fold(name).removeprefix("the ").strip()


def same_outlet(predicted: str, gold: str) -> bool:
    """'CNN' names 'CNN'; 'Fox News' and 'Fox' and 'The Times' / 'the Times' are one (word containment)."""
    p, g = f" {outlet_key(predicted)} ", f" {outlet_key(gold)} "
    return p.strip() != "" and (p in g or g in p)


def predict(items: list[dict], shared: Path) -> dict[int, str | None]:
    by_file: dict[str, list[dict]] = {}
    for item in items:
        by_file.setdefault(item["file"], []).append(item)
    out: dict[int, str | None] = {}
    for file, wanted in sorted(by_file.items()):
        body = read_body(shared, file)
        cites = find_citations(body, known_outlets=CORPUS_OUTLETS)
        for item in wanted:
            hit = next((c for c in cites if c.start < item["end"] and item["start"] < c.end), None)
            out[item["id"]] = hit.outlet if hit else None
    return out


def score(items: list[dict], predicted: dict[int, str | None]) -> dict[str, float]:
    labelled = [i for i in items if i["cited"]]
    found = sum(1 for i in labelled if predicted[i["id"]] and any(same_outlet(predicted[i["id"]], g)
                                                                  for g in i["cited"]))
    made = sum(1 for i in items if predicted[i["id"]])
    return {"items": len(items), "labelled": len(labelled), "found": found, "predicted": made,
            "recall": round(found / len(labelled), 3) if labelled else 0.0,
            "precision": round(found / made, 3) if made else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    parser.add_argument("--part", choices=("dev", "held-out", "all"), default="dev")
    parser.add_argument("--round", choices=("1", "2", "3", "4", "5", "6", "all"), default="all",
                        help="labelling round: 1 = the first 261 items, 2 = those added from fnc1-dev and more, "
                             "3 = dates-dev English pages and ECB+ dev documents, "
                             "4 = TimeBank/AQUAINT wire and extraction-dev article bodies, "
                             "5 = fnc1-dev bodies and timeline17-dev articles no earlier round used, "
                             "6 = extraction-dev article bodies, fnc1-dev bodies, timeline17-dev articles and ECB+ dev documents no earlier round used")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    items = read_items(args.dataset, args.part, args.round)
    predicted = predict(items, args.shared)
    scores = score(items, predicted)
    if args.show_errors:
        for i in items:
            p = predicted[i["id"]]
            ok = bool(p) and any(same_outlet(p, g) for g in i["cited"])
            if (i["cited"] or p) and not ok:
                print(i["id"], i["cited"], "->", p)
    args.out.write_text(json.dumps({"predictions": {str(k): v for k, v in predicted.items()}, "scores": scores},
                                   indent=1))
    print(json.dumps(scores))


if __name__ == "__main__":
    main()
