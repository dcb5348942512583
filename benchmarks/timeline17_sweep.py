"""Sweep timeline parameters on Timeline17, indexing each topic once.

    python benchmarks/timeline17_sweep.py DIR --cache /tmp/t17.pkl --grid '[{}, {"w": {"unmentioned": 1}}, {"p": {"group": 0.5}}]'

The expensive step (time expressions, TF-IDF: most of the 30 s of a full run) runs once per topic and
is pickled to --cache (delete the file after a change to how sentences are dated); each grid point,
overrides of `DateWeights` ("w") and `SelectParams` ("p"), is then scored in a few seconds, span all
and span gold, with the same cut and averaging as benchmarks/timeline17.py. Use the full benchmark
for the figure you report.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import timeline17 as t17


def indexed_topics(root: Path, cache: Path | None) -> dict:
    """Topic -> (index, query, gold timelines), from the cache when it exists."""
    from storyline.link.timelines import index_articles

    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    topics = {}
    for topic, collections in t17.read_topics(root).items():
        golds = [g for coll in collections for g in t17.gold_timelines(coll)]
        topics[topic] = (index_articles(t17.read_articles(collections)), t17.keywords(collections), golds)
    if cache:
        cache.write_bytes(pickle.dumps(topics))
    return topics


def evaluate(topics: dict, evaluator, weights, params, span: str) -> tuple[float, float, float]:
    """(AR-1, AR-2, date F1) averaged the news-tls way over every gold timeline."""
    from storyline.link.timelines import timeline_from_index

    results = []
    for index, query, golds in topics.values():
        for _name, gold in golds:
            dates = sorted(gold.get_dates())
            k = round(sum(len(gold[d]) for d in dates) / len(dates))
            bounds = (dates[0].isoformat(), dates[-1].isoformat()) if span == "gold" else None
            entries = timeline_from_index(index, max_dates=len(dates), sentences_per_date=k, query=query,
                                          span=bounds, precisions=("day",), weights=weights, params=params)
            by_date: dict[str, list[str]] = defaultdict(list)
            for e in entries:
                by_date[e.date].append(e.summary)
            results.append(t17.score(sorted(by_date.items()), gold, evaluator))
    avg = t17.average(results)
    return tuple(round(avg[m]["f_score"], 4) for m in ("AR-1", "AR-2", "date"))


def main() -> int:
    from tilse.evaluation.rouge import TimelineRougeEvaluator

    from storyline.link.timeline_dates import DateWeights
    from storyline.link.timeline_select import SelectParams

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--grid", default="[{}]", help="JSON list of {\"w\": {...}, \"p\": {...}} overrides")
    args = ap.parse_args()
    topics = indexed_topics(args.dataset, args.cache)
    evaluator = TimelineRougeEvaluator(measures={"rouge_1", "rouge_2"}, rouge_computation="reimpl")
    for point in json.loads(args.grid):
        weights = replace(DateWeights(), **point.get("w", {}))
        params = replace(SelectParams(), **point.get("p", {}))
        scores = {span: evaluate(topics, evaluator, weights, params, span) for span in ("all", "gold")}
        print(json.dumps(point), "AR-1/AR-2/dateF1 span all", scores["all"], "span gold", scores["gold"], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
