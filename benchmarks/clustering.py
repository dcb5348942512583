"""Story clustering on ECB+: storyline's streaming clustering vs the TF-IDF average-linkage anchor.

    python benchmarks/clustering.py DIR --out predictions.json [--topics 1,2,3] [--articles CACHE]

DIR holds ECB+ topics (`<topic>/<topic>_<n>ecb.xml`, `…ecbplus.xml`). Each document becomes a
storyline article (detokenised, cleaned and extracted as `storyline ingest` would, see
clustering_ecbplus.py) and all of them are clustered together by
`storyline.link.stories.cluster_articles`. The gold story is the topic plus its half (ecb or
ecbplus): two real events of the same kind per topic. Scores: BCubed precision/recall/F1
(clustering_metric.py). The anchor is re-run on the same documents: TF-IDF of the document text
(sklearn, English stop words, sublinear tf) with average-linkage agglomerative clustering on cosine
distance, at the threshold that scores best on the split (an oracle choice, so an upper bound for
that method). Predictions: `{"<xml file name>": "<story id>"}`.

`--articles CACHE` keeps the extracted articles in a pickle (read if it exists, else written), so
parameter sweeps skip the NLP; without it every run extracts.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clustering_ecbplus import EXTRACTION_FAILURES, document_text, read_documents, to_articles
from clustering_metric import bcubed

# The figure for this split: TF-IDF + average linkage at its best threshold.
ANCHORS = {"TF-IDF + average linkage, best threshold (issue)": 0.885, "goal": 0.95}
THRESHOLDS = [round(0.50 + 0.01 * i, 2) for i in range(50)]


def baseline(texts: list[str], names: list[str], gold: dict[str, str]) -> dict:
    """The anchor: agglomerative average linkage over TF-IDF cosine distances (one dendrogram, cut
    at every threshold tried; the same clusters as sklearn's AgglomerativeClustering with that
    distance_threshold)."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts).toarray()
    tree = linkage(pdist(vectors, "cosine"), "average")
    best: dict = {"f1": -1.0}
    for threshold in THRESHOLDS:
        labels = fcluster(tree, threshold, "distance")
        score = bcubed({n: f"b{label}" for n, label in zip(names, labels)}, gold)
        if score.f1 > best["f1"]:
            best = {**score.as_dict(), "threshold": threshold, "stories": int(labels.max())}
    return best


def load_articles(root: Path, topics: set[str] | None, cache: Path | None) -> tuple[list, list, float]:
    """The ECB+ documents and their storyline articles (from the cache when given and present)."""
    docs = [d for d in read_documents(root) if topics is None or d.topic in topics]
    started = time.perf_counter()
    if cache and cache.exists():
        by_id = {a.id: a for a in pickle.loads(cache.read_bytes())}
        articles = [by_id[d.name] for d in docs]
    else:
        articles = to_articles(docs)
        if cache:
            cache.write_bytes(pickle.dumps(articles))
    return docs, articles, time.perf_counter() - started


def storyline_run(articles: list, gold: dict[str, str]) -> tuple[dict[str, str], dict]:
    from storyline.link.stories import cluster_articles

    started = time.perf_counter()
    records = cluster_articles(articles)
    seconds = time.perf_counter() - started
    predictions = {a: r.id for r in records for a in r.article_ids}
    return predictions, {**bcubed(predictions, gold).as_dict(), "stories": len(records),
                         "seconds": round(seconds, 2)}


def batched_run(articles: list, gold: dict[str, str], batches: int, full: bool) -> tuple[dict[str, str], dict]:
    """The corpus refresh's clustering: the articles stored in `batches` batches (cut in the order of
    their ids' SHA-1, so every batch mixes topics) into a new SQLite store, the corpus refreshed after
    each, touched-only (docs/corpus.md) or, with `full`, rebuilt from nothing each time."""
    import hashlib
    import tempfile

    from storyline.pipeline.corpus import refresh_corpus
    from storyline.store import open_store

    ordered = sorted(articles, key=lambda a: hashlib.sha1(a.id.encode()).hexdigest())
    per = -(-len(ordered) // batches)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="storyline-ecb-") as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'ecb.db'}")
        for n in range(batches):
            for article in ordered[n * per:(n + 1) * per]:
                store.save_article(article)
            refresh_corpus(store, full=full)
        records = store.list_stories()
        store.close()
    predictions = {a: r.id for r in records for a in r.article_ids}
    return predictions, {**bcubed(predictions, gold).as_dict(), "stories": len(records), "batches": batches,
                         "full": full, "seconds": round(time.perf_counter() - started, 2)}


def run(root: Path, topics: set[str] | None = None, cache: Path | None = None,
        batches: int = 0) -> tuple[dict, dict]:
    docs, articles, extract_seconds = load_articles(root, topics, cache)
    gold = {d.name: d.gold_story for d in docs}
    if batches:
        predictions, touched = batched_run(articles, gold, batches, full=False)
        _, rebuilt = batched_run(articles, gold, batches, full=True)
        return predictions, {"touched-only refresh": touched, "full rebuild each batch": rebuilt,
                             "documents": len(docs)}
    predictions, ours = storyline_run(articles, gold)
    anchor = baseline([document_text(d) for d in docs], [d.name for d in docs], gold)
    return predictions, {"storyline": ours, "baseline": anchor, "documents": len(docs),
                         "gold stories": len(set(gold.values())), "extraction seconds": round(extract_seconds, 1),
                         "extraction fallbacks": list(EXTRACTION_FAILURES)}


def report(scores: dict) -> None:
    print(f"{scores['documents']} documents, {scores['gold stories']} gold stories "
          f"(extraction {scores['extraction seconds']} s)")
    print(f"{'BCubed':52s} {'P':>6s} {'R':>6s} {'F1':>6s} {'stories':>8s}")
    s, b = scores["storyline"], scores["baseline"]
    print(f"{'storyline streaming clustering':52s} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
          f"{s['stories']:8d}   ({s['seconds']} s)")
    print(f"{'TF-IDF + average linkage (re-run, threshold ' + str(b['threshold']) + ')':52s} "
          f"{b['precision']:6.3f} {b['recall']:6.3f} {b['f1']:6.3f} {b['stories']:8d}")
    for name, value in ANCHORS.items():
        print(f"{name:52s} {'':6s} {'':6s} {value:6.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--topics", help="comma-separated topic numbers (default: every topic in DIR)")
    ap.add_argument("--articles", type=Path, help="pickle cache of the extracted articles")
    ap.add_argument("--batches", type=int, default=0,
                    help="store the articles in this many batches, refreshing the corpus after each "
                         "(touched-only and full rebuild), instead of clustering them at once")
    args = ap.parse_args()
    topics = set(args.topics.split(",")) if args.topics else None
    started = time.perf_counter()
    predictions, scores = run(args.dataset, topics, args.articles, args.batches)
    scores["seconds total"] = round(time.perf_counter() - started, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"predictions": predictions, "scores": scores}, indent=1))
    if args.batches:
        for name in ("touched-only refresh", "full rebuild each batch"):
            s = scores[name]
            print(f"{name:28s} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
                  f"stories {s['stories']} ({s['seconds']} s)")
    else:
        report(scores)
    print(f"total {scores['seconds total']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
