"""Timeline17 benchmark: storyline's timelines scored with tilse, as news-tls evaluates DATEWISE.

    python benchmarks/timeline17.py DIR --out predictions.json [--span gold|all] [--rouge reimpl|original]

Collections sharing a topic prefix (H1N1_bbc, H1N1_guardian, …) form one topic; each gold timeline
(`<collection>/timelines/*.txt`, read with tilse) gets a timeline built from all articles of its
topic (dated by their folder), cut to the gold's number of dates and its average sentences per date
(rounded, as news-tls does), with the topic's keywords.json as query. Scores: alignment-based
ROUGE-1/2 (tilse `align_date_content_costs_many_to_one`, "AR-1/AR-2") and date F1, per timeline and
averaged the news-tls way (mean precision and mean recall, then F1).

`--span gold` keeps only dates inside the gold timeline's first..last date, as news-tls does before
ranking dates (experiments/evaluate.py, time_span_extension=0): the published anchors were
obtained that way. `--span all` (default) uses no knowledge of the gold beyond its length.
`--rouge original` needs the ROUGE-1.5.5 Perl script tilse bundles (and Perl's XML::Parser, Debian
libxml-parser-perl); it is what news-tls used (tilse's default) for the anchors. `reimpl` is
tilse's Python approximation: on timeline17-dev it reads AR-1 0.165 where original reads 0.172.
For parameter sweeps, benchmarks/timeline17_sweep.py indexes each topic once.

`--per-topic` adds each topic's averages and the dev topics' average beside the held-out topic's.
The held-out topic (HELD_OUT_TOPIC, "haiti") is the one topic of timeline17-dev whose name's SHA-256
is odd (the rule benchmarks/dates.py splits sites by), so it was not picked for its score. From
this split on it is kept out of any tuning; the timeline code before it (8178c99, the sweep of
ec6131d) was built looking at all three topics, so its held-out figure is not yet a clean one.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

# Gholipour Ghalandari & Ifrim (ACL 2020), Table: DATEWISE on all of Timeline17.
ANCHORS = {"DATEWISE": {"AR-1": 0.120, "AR-2": 0.035, "date F1": 0.544}}
# Kept out of any tuning (see the module docstring): the only topic whose SHA-256 is odd.
HELD_OUT_TOPIC = "haiti"


def topic_of(timeline_name: str) -> str:
    """'H1N1_bbc/timelines/x.txt' -> 'H1N1' (collections sharing a prefix form one topic)."""
    return timeline_name.split("/")[0].split("_")[0]


def topic_averages(per_timeline: dict[str, dict], held_out: str) -> dict[str, dict]:
    """Averages per topic, then over the dev topics' timelines and the held-out topic's."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for name, result in per_timeline.items():
        groups[topic_of(name)].append(result)
        groups["held-out topic" if topic_of(name) == held_out else "dev topics"].append(result)
    return {group: {"n": len(results), **average(results)} for group, results in groups.items()}


def read_topics(root: Path) -> dict[str, list[Path]]:
    """Topic name -> its collection folders (those with InputDocs)."""
    topics: dict[str, list[Path]] = defaultdict(list)
    for coll in sorted(p for p in root.iterdir() if (p / "InputDocs").is_dir()):
        topics[coll.name.split("_")[0]].append(coll)
    return dict(topics)


def read_articles(collections: list[Path]) -> list:
    from storyline.model import Article, PublishedDate

    articles = []
    for coll in collections:
        for path in sorted(coll.glob("InputDocs/*/*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            day = path.parent.name
            articles.append(Article(id=f"{coll.name}/{day}/{path.name}", source=str(path), kind="text", raw="",
                                    body=text, published=PublishedDate(day, "day", "folder")))
    return articles


def keywords(collections: list[Path]) -> str:
    words: list[str] = []
    for coll in collections:
        path = coll / "keywords.json"
        words += json.loads(path.read_text()) if path.exists() else []
    return " ".join(dict.fromkeys(words))


def gold_timelines(coll: Path) -> list[tuple[str, object]]:
    from tilse.data.timelines import Timeline

    out = []
    for path in sorted((coll / "timelines").glob("*.txt")):
        with path.open(encoding="utf-8", errors="replace") as f:
            gold = Timeline.from_file(f)
        # MJ_bbc's gold has a malformed date line "2011-04-0"; tilse files its entry under None.
        gold.dates_to_summaries.pop(None, None)
        out.append((f"{coll.name}/{path.name}", gold))
    return out


def predict(index, gold, query: str, span: str) -> list[tuple[str, list[str]]]:
    """One predicted timeline for one gold timeline, as [(date, [sentences])] sorted by date."""
    from storyline.link.timelines import timeline_from_index

    dates = sorted(gold.get_dates())
    k = round(sum(len(gold[d]) for d in dates) / len(dates))
    bounds = (dates[0].isoformat(), dates[-1].isoformat()) if span == "gold" else None
    entries = timeline_from_index(index, max_dates=len(dates), sentences_per_date=k, query=query,
                                  span=bounds, precisions=("day",))
    by_date: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        by_date[e.date].append(e.summary)
    return sorted(by_date.items())


def score(pred: list[tuple[str, list[str]]], gold, evaluator) -> dict:
    import datetime as dt

    from tilse.data.timelines import GroundTruth, Timeline
    from tilse.evaluation.dates import evaluate_dates

    timeline = Timeline({dt.date.fromisoformat(d): s for d, s in pred})
    truth = GroundTruth([gold])
    rouge = evaluator.evaluate_align_date_content_costs_many_to_one(timeline, truth)
    return {"AR-1": rouge["rouge_1"], "AR-2": rouge["rouge_2"], "date": evaluate_dates(timeline, truth)}


def average(results: list[dict]) -> dict:
    """news-tls's average: mean precision and mean recall over timelines, then their F1."""
    out = {}
    for metric in ("AR-1", "AR-2", "date"):
        p = sum(r[metric]["precision"] for r in results) / len(results)
        r_ = sum(r[metric]["recall"] for r in results) / len(results)
        out[metric] = {"precision": p, "recall": r_, "f_score": 2 * p * r_ / (p + r_) if p + r_ else 0.0}
    return out


def run(root: Path, span: str, rouge: str) -> tuple[dict, dict]:
    from tilse.evaluation.rouge import TimelineRougeEvaluator

    from storyline.link.timelines import index_articles

    evaluator = TimelineRougeEvaluator(measures={"rouge_1", "rouge_2"}, rouge_computation=rouge)
    predictions, per_timeline, seconds = {}, {}, {}
    for topic, collections in read_topics(root).items():
        started = time.perf_counter()
        index = index_articles(read_articles(collections))
        query = keywords(collections)
        for coll in collections:
            for name, gold in gold_timelines(coll):
                predictions[name] = predict(index, gold, query, span)
                per_timeline[name] = score(predictions[name], gold, evaluator)
        seconds[topic] = round(time.perf_counter() - started, 1)
    return predictions, {"timelines": per_timeline, "average": average(list(per_timeline.values())),
                         "seconds": seconds, "span": span, "rouge": rouge}


def report_topics(scores: dict, held_out: str) -> None:
    f = lambda m: f"{m['f_score']:.3f}"  # noqa: E731
    print(f"\nper topic (held out of tuning: {held_out}; goal on unseen topics AR-1 >= 0.13, date F1 >= 0.60)")
    print(f"{'topic':48s} {'n':>3s} {'AR-1':>6s} {'AR-2':>6s} {'dateF1':>6s}")
    for group, s in scores["topics"].items():
        label = f"{group} ({held_out})" if group == "held-out topic" else group
        print(f"{label:48s} {s['n']:3d} {f(s['AR-1']):>6s} {f(s['AR-2']):>6s} {f(s['date']):>6s}")


def report(scores: dict) -> None:
    f = lambda m: f"{m['f_score']:.3f}"  # noqa: E731
    print(f"{'timeline':48s} {'AR-1':>6s} {'AR-2':>6s} {'dateF1':>6s}")
    for name, s in scores["timelines"].items():
        print(f"{name:48s} {f(s['AR-1']):>6s} {f(s['AR-2']):>6s} {f(s['date']):>6s}")
    a = scores["average"]
    print(f"{'storyline average (span ' + scores['span'] + ', rouge ' + scores['rouge'] + ')':48s} "
          f"{f(a['AR-1']):>6s} {f(a['AR-2']):>6s} {f(a['date']):>6s}")
    for name, anchor in ANCHORS.items():
        print(f"{name + ' (published, all of T17, span gold)':48s} {anchor['AR-1']:6.3f} {anchor['AR-2']:6.3f} "
              f"{anchor['date F1']:6.3f}")
    print(f"seconds per topic {scores['seconds']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--span", choices=("all", "gold"), default="all")
    ap.add_argument("--rouge", choices=("reimpl", "original"), default="reimpl")
    ap.add_argument("--per-topic", action="store_true", help="averages per topic, dev topics vs the held-out one")
    ap.add_argument("--held-out-topic", default=HELD_OUT_TOPIC, help="the topic kept out of tuning")
    args = ap.parse_args()
    started = time.perf_counter()
    predictions, scores = run(args.dataset, args.span, args.rouge)
    scores["seconds_total"] = round(time.perf_counter() - started, 1)
    scores["held_out_topic"] = args.held_out_topic
    scores["topics"] = topic_averages(scores["timelines"], args.held_out_topic)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"predictions": predictions, "scores": scores}, ensure_ascii=False, indent=1))
    report(scores)
    if args.per_topic:
        report_topics(scores, args.held_out_topic)
    print(f"total {scores['seconds_total']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
