"""Dev check: the seed story's timeline as built, and as it would be if every seed were dated.

    python benchmarks/seeds_timeline.py [--seeds ../shared/seeds]

Ingests the seeds into a temporary store and scores the story timeline against gold.json's as
shared/tools/score_seeds.py section 5 does (an entry within a day of the gold date, citing one of
its articles). Then the what-if: the same articles with gold "published.best" as their publication
day (their time expressions re-resolved against it), which the product never does. The gap
between the two figures is what the missing publication dates cost; the rest is the timeline's.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def stored_articles(seeds: Path) -> list:
    from storyline.ingest.batch import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'seeds.db'}")
        ingest([str(seeds)], store, load_settings(Path(tmp) / "none.toml"))
        return store.list_articles(with_raw=False)


def dated_by_gold(articles: list, gold: dict) -> list:
    """Copies dated by the gold's best day, without their TIMEX spans (re-resolved against it)."""
    from storyline.model import PublishedDate

    best = {g["file"]: g["published"]["best"] for g in gold["articles"]}
    out = []
    for a in articles:
        day = best.get(Path(a.source).name)
        spans = [s for s in a.spans if s.label != "TIMEX"] if day else a.spans
        published = PublishedDate(day, "day", "gold.json (what-if)") if day else a.published
        out.append(replace(a, published=published, spans=spans))
    return out


def recall(entries: list, articles: list, gold: dict) -> tuple[int, int]:
    files = {a.id: Path(a.source).name for a in articles}
    hits = 0
    for g in gold["timeline"]:
        want = dt.date.fromisoformat(g["date"])
        hits += any(len(e.date) == 10 and abs((dt.date.fromisoformat(e.date) - want).days) <= 1
                    and {files.get(s.article_id) for s in e.sources} & set(g["sources"]) for e in entries)
    return hits, len(gold["timeline"])


def main() -> int:
    from storyline.link.story_view import story_timeline

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=DEFAULT)
    args = ap.parse_args()
    gold = json.loads((args.seeds / "gold.json").read_text(encoding="utf-8"))
    articles = stored_articles(args.seeds)
    for label, arts in (("as built", articles), ("gold publication days (what-if)", dated_by_gold(articles, gold))):
        entries = story_timeline(arts)
        hits, total = recall(entries, arts, gold)
        print(f"{label}: timeline recall {hits}/{total} = {hits / total:.3f}, {len(entries)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
