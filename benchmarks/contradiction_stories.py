"""Contradictions flagged on real multi-article news stories, to measure precision beyond the seeds.

    python benchmarks/contradiction_stories.py extract ../shared --out ARTICLES.pkl
    python benchmarks/contradiction_stories.py flags ARTICLES.pkl --out FLAGS.jsonl [--split dev] [--stories REGEX]
    python benchmarks/contradiction_stories.py diff BEFORE.jsonl AFTER.jsonl [--split dev|held-out] [--text]
    python benchmarks/contradiction_stories.py new ARTICLES.pkl [--split dev] [--threshold 0.6] [--text]
    python benchmarks/contradiction_stories.py recheck ARTICLES.pkl BEFORE.jsonl --out AFTER.jsonl [--split dev]

Stories (no gold story is needed beyond the corpus's own grouping):
- ecbplus-dev: each half of a topic (one real-world event told by several outlets), ECB+ tokens
  detokenised and cleaned as benchmarks/clustering_ecbplus.py does;
- timeline17-dev: each collection's input documents of one day (the folder date is the
  publication day; a week of haiti_bbc is 123 documents and 3,119 claims, too many pairs to
  compare), as benchmarks/timeline17.py reads them.
Articles go through storyline's extraction (claims, time expressions, …) once (`extract`); `flags`
runs `find_contradictions` per story with whatever code is on PYTHONPATH, so the same articles
are compared before and after a change. `new` lists only what the graded event match would add at a threshold (link/related.py,
docs/models/related_events.md; off as shipped), fast: it can only add flags (a proposition the
other rules find is found as before), and only to a pair of opposite polarity whose event heads are
related at the threshold; each such pair is compared with the match on and off. `recheck` asks the
code on PYTHONPATH about the pairs of an earlier `flags` file only (minutes instead of a quarter
hour): it equals `flags` for a change that can only remove flags, and shows what it removes. Each story is dev or held-out by the SHA-1 of its id (even
last digit dev, odd held-out). Flag lines name documents and offsets, and the SHA-1 of each side's
sentence: `--text` prints the sentences for judging, and nothing of them is stored in the repo
(benchmarks/data/claim_pairs/).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def split_of(story: str) -> str:
    return "held-out" if int(hashlib.sha1(story.encode()).hexdigest(), 16) % 2 else "dev"


def sha1(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode()).hexdigest()


def ecbplus_stories(root: Path) -> dict[str, list]:
    from clustering_ecbplus import read_documents, to_articles

    docs = read_documents(root)
    articles = to_articles(docs)
    stories: dict[str, list] = defaultdict(list)
    for doc, article in zip(docs, articles, strict=True):
        article.id = "ecbplus:" + doc.name
        stories["ecbplus:" + doc.gold_story].append(article)
    return stories


def timeline17_stories(root: Path) -> dict[str, list]:
    from clustering_ecbplus import _extracted
    from storyline.model import Article, PublishedDate

    stories: dict[str, list] = defaultdict(list)
    for coll in sorted(p for p in root.iterdir() if (p / "InputDocs").is_dir()):
        for path in sorted(coll.glob("InputDocs/*/*.txt")):
            day = path.parent.name
            article = Article(id=f"timeline17:{coll.name}/{day}/{path.name}", source=str(path), kind="text", raw="",
                              body=path.read_text(encoding="utf-8", errors="replace"),
                              published=PublishedDate(day, "day", "folder"))
            stories[f"timeline17:{coll.name}/{day}"].append(article)
    stories = {k: v for k, v in stories.items() if len(v) > 1}
    done = iter(_extracted([a for v in stories.values() for a in v]))
    return {k: [next(done) for _ in v] for k, v in stories.items()}


def flags(stories: dict[str, list], split: str | None = None, only: str | None = None) -> list[dict]:
    """Every flag on the stories of `split`, or of those whose id matches the regular expression
    `only` (a quick subset while iterating: all dev stories take a quarter hour of CPU)."""
    from storyline.link.contradictions import find_contradictions

    out = []
    for story, articles in sorted(stories.items()):
        if (split and split_of(story) != split) or (only and not re.search(only, story)):
            continue
        for c in find_contradictions(articles):
            out.append(_record(story, c.a, c.b, c.kind, c.family, c.explanation))
    return out


def recheck(stories: dict[str, list], before: list[dict], split: str | None) -> list[dict]:
    """The flags of `before` that the current code still raises (see the module docstring)."""
    from storyline.link.claim_ref import claim_refs
    from storyline.link.contradictions import _explain, flag_pair
    from storyline.link.propositions import story_topic
    from storyline.link.time_anchors import event_anchors

    by_story: dict[str, list[dict]] = defaultdict(list)
    for f in before:
        if not split or f["split"] == split:
            by_story[f["story"]].append(f)
    out = []
    for story, found in sorted(by_story.items()):
        articles = stories[story]
        groups = {a.id: a.duplicate_of or a.id for a in articles}
        anchors = event_anchors(articles)
        at: dict[tuple, list] = defaultdict(list)
        refs = [r for a in articles for r in claim_refs(a, anchors)]
        for r in refs:
            at[(r.article_id, r.start)].append(r)
        topic = story_topic(refs)
        for f in found:
            x, y = (at.get(k, []) for k in key(f))
            verdicts = [(a, b, v) for a in x for b in y if a is not b and (v := flag_pair(a, b, groups, topic))]
            if verdicts:
                a, b, v = verdicts[0]
                out.append(_record(story, a, b, v.kind, v.proposition.name, _explain(v, a, b)))
    return out


def new_flags(stories: dict[str, list], split: str | None, threshold: float) -> list[dict]:
    """The flags the graded event match adds at `threshold` (see the module docstring)."""
    from storyline.link import contradictions as c
    from storyline.link import propositions as p
    from storyline.link.claim_ref import claim_refs
    from storyline.link.claim_time import scopes_overlap
    from storyline.link.related import relatedness
    from storyline.link.time_anchors import event_anchors

    out = []
    for story, articles in sorted(stories.items()):
        if split and split_of(story) != split:
            continue
        groups = {a.id: a.duplicate_of or a.id for a in articles}
        anchors = event_anchors(articles)
        refs = [r for a in articles for r in claim_refs(a, anchors)]
        heads = [p.event_heads(r) for r in refs]
        for i, j in combinations(range(len(refs)), 2):
            a, b = refs[i], refs[j]
            if a.polarity == b.polarity or not any(relatedness(x, y) >= threshold for x in heads[i] for y in heads[j]):
                continue
            verdict = _with_threshold(c, p, threshold, a, b)
            if not verdict or _with_threshold(c, p, None, a, b):
                continue
            if verdict.kind == "dates" or verdict.corrects or scopes_overlap(a, b, groups):
                out.append(_record(story, a, b, verdict.kind, verdict.proposition.name, c._explain(verdict, a, b)))
    return out


def _with_threshold(c, p, threshold: float | None, a, b):  # type: ignore[no-untyped-def]
    """`_compare(a, b)` with RELATED_EVENTS (in link/propositions.py) set to `threshold` (None: off)."""
    saved = p.RELATED_EVENTS
    p.RELATED_EVENTS = threshold
    try:
        return c._compare(a, b)
    finally:
        p.RELATED_EVENTS = saved


def _record(story: str, a, b, kind: str, family: str, explanation: str) -> dict:  # type: ignore[no-untyped-def]
    sides = sorted([a, b], key=lambda r: (r.article_id, r.start))
    return {"story": story, "split": split_of(story), "kind": kind, "family": family,
            "sides": [{"doc": r.article_id, "start": r.start, "sentence_sha1": sha1(r.text),
                       "speaker": r.speaker, "polarity": r.polarity, "text": r.text} for r in sides],
            "explanation": explanation}


def key(flag: dict) -> tuple:
    return tuple((s["doc"], s["start"]) for s in flag["sides"])


def diff(before: list[dict], after: list[dict], split: str | None, text: bool) -> None:
    old, new = {key(f): f for f in before}, {key(f): f for f in after}
    for name, part in (("new", [f for k, f in new.items() if k not in old]),
                       ("lost", [f for k, f in old.items() if k not in new])):
        shown = [f for f in part if split is None or f["split"] == split]
        print(f"{name}: {len(shown)} flags ({len(part)} in all splits)")
        for f in shown:
            print(f"  [{f['split']}] {f['story']} {f['kind']} {f['family']}")
            for s in f["sides"]:
                print(f"     {s['doc']}@{s['start']} {s['sentence_sha1'][:12]} {s['speaker']} ({s['polarity']})"
                      + (f": {' '.join(s['text'].split())[:300]}" if text else ""))
            if text:
                print(f"     why: {f['explanation'][:300]}")
    for split_name in ("dev", "held-out"):
        print(f"{split_name}: {sum(f['split'] == split_name for f in before)} flags before, "
              f"{sum(f['split'] == split_name for f in after)} after")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract")
    ex.add_argument("shared", type=Path)
    ex.add_argument("--out", type=Path, required=True)
    fl = sub.add_parser("flags")
    fl.add_argument("articles", type=Path)
    fl.add_argument("--out", type=Path, required=True)
    fl.add_argument("--split", choices=["dev", "held-out"], help="only the stories of this part")
    fl.add_argument("--stories", help="only the stories whose id matches this regular expression")
    nw = sub.add_parser("new")
    nw.add_argument("articles", type=Path)
    nw.add_argument("--split", choices=["dev", "held-out"])
    nw.add_argument("--threshold", type=float, default=0.60,
                    help="RELATED_EVENTS to try (0.60: chosen on ecbplus-dev; off as shipped)")
    nw.add_argument("--out", type=Path)
    rc = sub.add_parser("recheck")
    rc.add_argument("articles", type=Path)
    rc.add_argument("before", type=Path)
    rc.add_argument("--out", type=Path, required=True)
    rc.add_argument("--split", choices=["dev", "held-out"])
    df = sub.add_parser("diff")
    df.add_argument("before", type=Path)
    df.add_argument("after", type=Path)
    df.add_argument("--split", choices=["dev", "held-out"])
    df.add_argument("--text", action="store_true", help="print the sentences (for judging; never stored)")
    args = ap.parse_args(argv)
    if args.cmd == "extract":
        data = args.shared / "data"
        stories = ecbplus_stories(data / "ecbplus-dev") | timeline17_stories(data / "timeline17-dev")
        args.out.write_bytes(pickle.dumps(stories))
        print(f"{len(stories)} stories, {sum(map(len, stories.values()))} articles -> {args.out}")
    elif args.cmd == "flags":
        found = flags(pickle.loads(args.articles.read_bytes()), args.split, args.stories)
        args.out.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in found), encoding="utf-8")
        print(f"{len(found)} flags -> {args.out}")
    elif args.cmd == "recheck":
        before = [json.loads(x) for x in args.before.read_text(encoding="utf-8").splitlines()]
        found = recheck(pickle.loads(args.articles.read_bytes()), before, args.split)
        args.out.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in found), encoding="utf-8")
        print(f"{len(found)} of {len(before)} flags kept -> {args.out}")
    elif args.cmd == "new":
        found = new_flags(pickle.loads(args.articles.read_bytes()), args.split, args.threshold)
        if args.out:
            args.out.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in found), encoding="utf-8")
        diff([], found, None, True)
    else:
        read = [[json.loads(x) for x in p.read_text(encoding="utf-8").splitlines()] for p in (args.before, args.after)]
        diff(read[0], read[1], args.split, args.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
