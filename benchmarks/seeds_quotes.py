#!/usr/bin/env python3
"""Dev check of quotes on the five seed articles: quotes_found and quotes_attributed, computed as
shared/tools/score_seeds.py section 3 does (a gold quote is found when a quote of the same article
contains its first words; attributed when one of those has an acceptable speaker).

Usage: seeds_quotes.py [SEEDS_DIR] [--verbose]
The gold is read at run time; the body is a rough clean of the raw scrape (the gold's non-body
lines dropped, no-break spaces replaced, broken paragraphs rejoined).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import sys

from storyline.extract.quotes import Quote, find_quotes

DEFAULT_SEEDS = pathlib.Path("/work/shared/seeds")


def load_scorer(seeds: pathlib.Path):
    """score_seeds.py itself, so norm() and speaker_ok() are exactly the scorer's."""
    path = seeds.parent / "tools" / "score_seeds.py"
    spec = importlib.util.spec_from_file_location("score_seeds", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rough_body(raw: str, article: dict) -> str:
    lines = raw.splitlines()
    junk = {n for ns in article["non_body_lines"].values() for n in ns}
    joined = {a: b for a, b in article.get("broken_paragraphs", [])}
    skip = set(joined.values()) | junk
    out = []
    for n, line in enumerate(lines, 1):
        if n in skip:
            continue
        out.append(line + (" " + lines[joined[n] - 1] if n in joined else ""))
    return "\n".join(out).replace("\u00a0", " ")


def speaker_dict(q: Quote) -> dict:
    return {"name": q.speaker.name, "descriptor": q.speaker.descriptor, "kind": q.speaker.kind}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seeds", nargs="?", default=str(DEFAULT_SEEDS))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    seeds = pathlib.Path(args.seeds)
    scorer = load_scorer(seeds)
    gold = json.loads((seeds / "gold.json").read_text())
    quotes = {}
    for article in gold["articles"]:
        body = rough_body((seeds / article["file"]).read_text(), article)
        quotes[article["file"]] = find_quotes(body)
    found = attributed = 0
    for g in gold["quotes"]:
        cands = [q for q in quotes[g["file"]] if scorer.norm(g["starts"]) in scorer.norm(q.text)]
        ok = any(scorer.speaker_ok(speaker_dict(q), g["speaker"]) for q in cands)
        found += bool(cands)
        attributed += ok
        if args.verbose and not ok:
            got = [(q.kind, q.speaker.name, q.speaker.descriptor) for q in cands]
            print(f"MISS {g['file']} {g['starts'][:40]!r} want {g['speaker']!r} got {got}")
    n = len(gold["quotes"])
    print(json.dumps({"quotes_found": round(found / n, 3), "quotes_attributed": round(attributed / n, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
