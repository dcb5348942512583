"""Definite person descriptions ('the senator', 'the Republican nominee') resolved to the named person.

    python benchmarks/descriptions.py [--shared ../shared/data] [--part dev|held-out|all] [--show-errors]

Gold: benchmarks/data/entities/descriptions.jsonl (hand labels, README there): each line a
description in a polnear-dev text by character offsets and the person it refers to (`referent`,
a name), or null when the article names no such person before it. The system runs as ingest does
(find_mentions, link_mentions per text; `--selective`: parsed as ingest parses, dependencies only in
the sentences that need them). A description is *resolved* when a system mention covers
its head word; *right* when that mention's entity is a person whose name fits the referent (the
same surname, and the same given name when both have one); *wrong* when it is another entity, or
when the referent is null. Parts: held out when the SHA-1 of the file path is odd.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict
from pathlib import Path

from storyline.extract.entities import find_mentions, link_mentions
from storyline.extract.names import fold
from storyline.extract.nlp import parse_one, parse_selectively

GOLD = Path(__file__).parent / "data" / "entities" / "descriptions.jsonl"


def part_of(name: str) -> str:
    return "held-out" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 else "dev"


def same_person(name: str, referent: str) -> bool:
    a, b = fold(name).replace(".", "").split(), fold(referent).replace(".", "").split()
    if not a or not b:
        return False
    if len(a) == 1 or len(b) == 1:  # a surname or given name alone fits either end
        one, other = (a, b) if len(a) == 1 else (b, a)
        return one[0] in (other[0], other[-1])
    short, long_ = sorted((a, b), key=len)
    return long_[-len(short):] == short or (a[-1] == b[-1] and a[0] == b[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    parser.add_argument("--part", choices=("dev", "held-out", "all"), default="dev")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--selective", action="store_true",
                        help="parse as ingest does (dependencies only in sentences that need them)")
    args = parser.parse_args()
    items = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    items = [i for i in items if args.part == "all" or part_of(i["file"]) == args.part]
    by_file: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        by_file[item["file"]].append(item)
    score = {"items": len(items), "named": 0, "right": 0, "wrong": 0, "unresolved": 0}
    for path, found in sorted(by_file.items()):
        text = (args.shared / path).read_text(encoding="utf-8")
        doc = next(parse_selectively([text])) if args.selective else parse_one(text)
        owners = [(m.start, m.end, e) for e in link_mentions(find_mentions(doc, text)) for m in e.mentions]
        for item in found:
            head = item["end"] - len(item["text"].split()[-1])
            hits = [e for s, t, e in owners if s < item["end"] and head < t]
            score["named"] += item["referent"] is not None
            if not hits:
                score["unresolved"] += 1
                verdict = "unresolved"
            elif item["referent"] is not None and any(e.label == "PERSON" and same_person(e.name, item["referent"])
                                                      for e in hits):
                score["right"] += 1
                verdict = "right"
            else:
                score["wrong"] += 1
                verdict = f"wrong ({', '.join(e.name for e in hits)})"
            if args.show_errors and verdict != "right" and not (verdict == "unresolved" and item["referent"] is None):
                print(f"{verdict}: {path} {item['start']} {item['text']!r} → {item['referent']}")
    print(json.dumps(score))


if __name__ == "__main__":
    main()
