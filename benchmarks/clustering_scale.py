"""Story clustering cost as the corpus grows: generated articles, time and peak memory per size.

    python benchmarks/clustering_scale.py --out scale.json [--sizes 1000,10000,100000] [--seed 7]

The articles are generated here (no dataset): stories of a few "kinds" (a kind shares some
vocabulary, as two earthquakes or two elections do), each with its own words, named entities
(people, organisations, places, written as entity spans the way storyline's extraction leaves
them), figures and a run of publication days, some with a gap of months; story sizes are heavy
tailed (most stories a handful of articles, a few hundreds); articles mix story words, kind words
and general words; a tenth of the articles are noise, each about something of its own (a few words
and a name). Each size runs in its own process: generation is not timed; `cluster_articles`
(features + streaming + passes) is, and its peak memory is the process's peak RSS minus the RSS
before clustering. BCubed against the generator's stories is printed as a sanity check (generated
text is far easier than news).
Predictions: `{"<article id>": "<story id>"}` for the largest size.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import random
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clustering_metric import bcubed

_SYLLABLES = ["ka", "lo", "mi", "ru", "sen", "ta", "vor", "el", "dan", "pri", "mu", "gal", "tor", "ber", "sil", "na", "quo", "fen", "rav", "lis", "ost", "mer", "cal", "bu", "dre", "hin", "jo", "pel", "zar", "tum"]
GENERAL_WORDS, KIND_WORDS, STORY_WORDS = 3000, 40, 25
GLOBAL_ENTITIES = 30  # countries and institutions every kind of story names now and then


@dataclass(slots=True)
class _Story:
    key: str
    kind: int
    words: list[str]
    entities: list[tuple[str, str]]
    figures: list[str]
    days: list[dt.date]


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables))


def _name(rng: random.Random, label: str) -> str:
    if label == "PERSON":
        return f"{_word(rng, 2).title()} {_word(rng, 3).title()}"
    suffix = {"ORG": " Group", "GPE": "", "FAC": " Bridge"}[label]
    return _word(rng, 3).title() + suffix


def _story_days(rng: random.Random, size: int) -> list[dt.date]:
    start = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
    days, day = [], start
    for _ in range(size):
        days.append(day)
        day += dt.timedelta(days=rng.choice((0, 0, 1, 1, 2, 3, 7)) if rng.random() > 0.03 else rng.randrange(60, 400))
    return days


def _stories(rng: random.Random, n_articles: int, kinds: int) -> list[_Story]:
    stories, total = [], 0
    while total < 0.9 * n_articles:
        size = min(int(rng.paretovariate(1.3)) + 1, 400)
        kind = rng.randrange(kinds)
        entities = [(_name(rng, lb), lb) for lb in rng.choices(("PERSON", "ORG", "GPE", "FAC"), k=rng.randint(3, 6))]
        stories.append(_Story(f"g{len(stories)}", kind, [_word(rng, 3) for _ in range(STORY_WORDS)], entities,
                              [str(rng.randrange(10, 5000)) for _ in range(3)], _story_days(rng, size)))
        total += size
    return stories


def _noise(rng: random.Random, i: int, day: dt.date) -> _Story:
    """An article about nothing else in the corpus: a few words and a name of its own, no kind."""
    return _Story(f"noise{i}", -1, [_word(rng, 3) for _ in range(4)], [(_name(rng, "PERSON"), "PERSON")],
                  [str(rng.randrange(10, 5000))], [day])


def _article_text(rng: random.Random, story: _Story, kind_words: list[str], general: list[str],
                  global_entities: list[tuple[str, str]], length: int):
    """Title and body, and the entity spans over the body."""
    parts, spans, offset = [], [], 0
    for i in range(length):
        roll = rng.random()
        if roll < 0.25:
            token = rng.choice(story.words)
        elif story and kind_words and roll < 0.32:
            token = rng.choice(kind_words)
        elif roll < 0.36:
            name, label = rng.choice(story.entities if rng.random() < 0.8 else global_entities)
            spans.append((offset, offset + len(name), label, name))
            token = name
        elif roll < 0.38:
            token = rng.choice(story.figures)
        else:
            token = general[min(int(rng.paretovariate(1.1)), len(general)) - 1]
        end = "." if i % 12 == 11 else ""
        parts.append(token + end)
        offset += len(token) + len(end) + 1
    title_source = story.words
    return " ".join(rng.choice(title_source) for _ in range(6)).capitalize(), " ".join(parts), spans


def generate(n_articles: int, seed: int = 7) -> tuple[list, dict[str, str]]:
    """Articles (storyline `Article` records with entity spans and day-precise dates) and gold stories."""
    from storyline.model import Article, PublishedDate, Span

    rng = random.Random(seed)
    general = [_word(rng, rng.choice((2, 3))) for _ in range(GENERAL_WORDS)]
    global_entities = [(_name(rng, "GPE"), "GPE") for _ in range(GLOBAL_ENTITIES)]
    kinds = [[_word(rng, 3) for _ in range(KIND_WORDS)] for _ in range(max(5, n_articles // 2000))]
    stories = _stories(rng, n_articles, len(kinds))
    slots = [(s, day) for s in stories for day in s.days]
    slots += [(None, dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365)))
              for _ in range(n_articles - len(slots))]
    rng.shuffle(slots)
    articles, gold = [], {}
    for i, (story, day) in enumerate(slots[:n_articles]):
        kind_words = kinds[story.kind] if story else []
        own = story or _noise(rng, i, day)
        title, body, spans = _article_text(rng, own, kind_words, general, global_entities, rng.randint(120, 400))
        article = Article(id=f"a{i:06d}", source="generated", kind="text", raw="", body=body, title=title,
                          published=PublishedDate(day.isoformat(), "day", "generated"))
        article.spans = [Span(s, e, label, "entities", name, {"name": name}) for s, e, label, name in spans]
        articles.append(article)
        gold[article.id] = story.key if story else f"noise{i}"
    return articles, gold


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def measure(size: int, seed: int) -> dict:
    """One size, in the calling process: generate, then time and measure cluster_articles."""
    from storyline.link.stories import cluster_articles

    articles, gold = generate(size, seed)
    before = _rss_mb()
    started = time.perf_counter()
    records = cluster_articles(articles)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    predictions = {a: r.id for r in records for a in r.article_ids}
    score = bcubed(predictions, gold)
    return {"size": size, "seconds": round(seconds, 2), "ms_per_article": round(1000 * seconds / size, 3),
            "peak_mb": round(max(peak - before, 0.0), 1), "process_peak_mb": round(peak, 1),
            "stories": len(records), "gold_stories": len(set(gold.values())), **score.as_dict(),
            "predictions": predictions}


def _child(size: int, seed: int, queue) -> None:
    queue.put(measure(size, seed))


def run_isolated(size: int, seed: int) -> dict:
    """`measure` in a fresh process, so each size's peak memory is its own."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_child, args=(size, seed, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def report(rows: list[dict]) -> None:
    print(f"{'articles':>9s} {'seconds':>9s} {'ms/article':>11s} {'peak MB':>8s} {'stories':>8s} {'gold':>6s} "
          f"{'BCubed F1':>9s}")
    for r in rows:
        print(f"{r['size']:9d} {r['seconds']:9.2f} {r['ms_per_article']:11.3f} {r['peak_mb']:8.1f} "
              f"{r['stories']:8d} {r['gold_stories']:6d} {r['f1']:9.3f}")
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        print(f"cost per article ×{b['ms_per_article'] / a['ms_per_article']:.2f} for ×{b['size'] / a['size']:.0f} "
              f"articles (1.00 would be exactly linear)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rows = [run_isolated(int(s), args.seed) for s in args.sizes.split(",")]
    predictions = rows[-1].pop("predictions")
    for r in rows:
        r.pop("predictions", None)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"predictions": predictions, "scores": {"sizes": rows}}, indent=1))
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
