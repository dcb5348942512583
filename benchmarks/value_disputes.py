"""Two values of one quantity on real news: hand-labelled sentence pairs of ../shared, dev and held-out halves.

    python benchmarks/value_disputes.py benchmarks/data/value_disputes --half dev --out F.json [--stages]
    python benchmarks/value_disputes.py benchmarks/data/value_disputes --half held-out --out F.json

Each pair of `pairs.jsonl` names two sentences of two real articles (a document of ../shared/data, a
sentence index as `value_texts.py` reads it, the SHA-1 of its text) and a hand label: `dispute` (two
values of the same quantity of the same thing at the same time), `not` (a look-alike) or `unclear` (not
scored); the rules are in the data folder's README. Each article is read whole from ../shared (its text is
never stored in the repository), dated with its publication day when the collection gives one, and run
through the pipeline's extraction (storyline.extract.stages.extract_article) and claim reading
(link/claim_ref.claim_refs); each claim covering side A is paired with each covering side B and put to the
contradiction check (`link/contradictions.flag_pair`). A pair is *flagged* when any of those claim pairs is.

Prints found / disputes and false / look-alikes. `--stages` names, for each expected dispute, the first
stage that loses it (no_claim_a / no_claim_b, not_paired, rejected:<check>, found; the same trace as
dispute_stages.py) and prints the counts. On the held-out half only the counts are printed and written
(no pair, text or flag). Skips with a message (exit 0) when ../shared is absent.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from value_texts import Document, read_document, sha1

# ../shared beside the repository (a worktree may sit one level deeper: the nearest ancestor with shared/data)
SHARED = next((p / "shared" for p in Path(__file__).resolve().parents if (p / "shared" / "data").is_dir()),
              Path(__file__).resolve().parents[2] / "shared")


def pair_half(pair_id: str) -> str:
    return "held-out" if int(hashlib.sha1(pair_id.encode()).hexdigest()[-1], 16) % 2 else "dev"


class Articles:
    """Each document read once, extracted once and read as claims once (many pairs share articles)."""

    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self.docs: dict[str, Document] = {}
        self.articles: dict[str, Any] = {}
        self.refs: dict[str, list[Any]] = {}

    def doc(self, name: str) -> Document:
        if name not in self.docs:
            self.docs[name] = read_document(self.shared, name)
        return self.docs[name]

    def claims(self, name: str) -> tuple[Any, list[Any]]:
        if name not in self.refs:
            from storyline.extract.nlp import parse_selectively
            from storyline.extract.stages import extract_article
            from storyline.link.claim_ref import claim_refs
            from storyline.model import Article, PublishedDate, RawDocument

            doc = self.doc(name)
            article = Article.from_raw(RawDocument(source=name, kind="text", content=doc.text))
            article.id = hashlib.sha1(name.encode()).hexdigest()[:16]
            article.body = doc.text
            # timeline17's collections name their outlet (H1N1_reuters): the pipeline reads it from the page
            outlet = name.split("/")[1].split("_")[-1] if name.startswith("timeline17-dev/") else None
            article.outlet = {"bbc": "BBC", "guardian": "The Guardian", "reuters": "Reuters"}.get(outlet or "")
            if doc.published:
                article.published = PublishedDate(doc.published.isoformat(), "day", "collection")
            parsed = next(iter(parse_selectively([doc.text])))
            article = extract_article(article, parsed)
            self.articles[name] = article
            self.refs[name] = claim_refs(article)
        return self.articles[name], self.refs[name]


def side_claims(articles: Articles, side: dict) -> list[Any] | None:
    """The claims of the side's sentence (None when the sentence's text changed)."""
    doc = articles.doc(side["doc"])
    if side["sentence"] >= len(doc.sentences) or sha1(doc.sentences[side["sentence"]]) != side["sha1"]:
        return None
    start, end = doc.offsets(side["sentence"])
    _article, refs = articles.claims(side["doc"])
    return [r for r in refs if r.start < end and r.end > start]


def score_pair(articles: Articles, pair: dict, stages: bool) -> dict:
    from dispute_stages import pair_stage
    from storyline.link.contradictions import flag_pair
    from storyline.link.name_kinds import name_kinds
    from storyline.link.propositions import story_topic

    a, b = side_claims(articles, pair["a"]), side_claims(articles, pair["b"])
    if a is None or b is None:
        return {"id": pair["id"], "label": pair["label"], "stage": "changed", "flagged": False}
    both = articles.claims(pair["a"]["doc"])[1] + articles.claims(pair["b"]["doc"])[1]
    topic = story_topic(both)
    kinds = name_kinds([articles.articles[pair["a"]["doc"]].body, articles.articles[pair["b"]["doc"]].body])
    groups = {r.article_id: r.article_id for r in both}
    verdicts = [(x, y, flag_pair(x, y, groups, topic, kinds)) for x in a for y in b]
    hits = [v for v in verdicts if v[2] is not None]
    stage = "found" if hits else ("no_claim_a" if not a else "no_claim_b" if not b else "")
    if stages and not stage:
        stage = max(pair_stage(x, y, groups, topic, kinds) for x in a for y in b)[1]
    return {"id": pair["id"], "label": pair["label"], "stage": stage, "flagged": bool(hits),
            "kinds": sorted({v[2].kind for v in hits}),
            "texts": [[x.text, y.text] for x, y, _v in hits][:2]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--half", choices=("dev", "held-out"), required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--stages", action="store_true", help="name the stage that loses each expected dispute")
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args()
    if not (args.shared / "data").is_dir():
        print(f"skipped: {args.shared}/data is absent (the pairs point into it; no article text is stored here)")
        return 0
    pairs = [json.loads(line) for line in (args.dataset / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if line]
    pairs = [p for p in pairs if pair_half(p["id"]) == args.half and p["label"] in ("dispute", "not")]
    articles = Articles(args.shared)
    results = [score_pair(articles, p, args.stages) for p in pairs]
    c: Counter[str] = Counter()
    for r in results:
        c[r["label"]] += 1
        c["found" if r["label"] == "dispute" else "false"] += int(r["flagged"])
        c["changed"] += int(r["stage"] == "changed")
    table = Counter(r["stage"] for r in results if r["label"] == "dispute")
    summary = {"half": args.half, "found": c["found"], "disputes": c["dispute"], "false": c["false"],
               "lookalikes": c["not"], "changed": c["changed"], "stages": dict(sorted(table.items())) if args.stages else {}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    out = summary if args.half == "held-out" else summary | {"pairs": results}
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1))
    print(f"found {c['found']}/{c['dispute']}  false {c['false']}/{c['not']}" + (f"  changed {c['changed']}" if c["changed"] else ""))
    if args.stages:
        print("stages: " + "  ".join(f"{s} {n}" for s, n in sorted(table.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
