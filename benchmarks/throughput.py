"""Extraction throughput: words/s of storyline's whole extraction next to spaCy's full pipeline alone.

    python benchmarks/throughput.py DIR --out result.json [--repeat N]

DIR is any folder of .txt files (e.g. ../shared/data/polnear-dev/dev/text, ../shared/seeds). Both
runs see the same texts in the same process run, each in its own child process so that peak memory
(max RSS) is measured separately; the model load is excluded from the timed part of both.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path


def _texts(folder: Path, repeat: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace").replace("\xa0", " ")
             for p in sorted(folder.rglob("*.txt"))]
    return texts * repeat


def _spacy_full(texts: list[str]) -> None:
    from storyline.extract.nlp import load_nlp

    for _ in load_nlp().pipe(texts, batch_size=16):
        pass


def _storyline(texts: list[str]) -> None:
    from storyline.extract.stages import extract_articles
    from storyline.model import Article

    articles = [Article(id=f"t{i}", source=f"t{i}", kind="text", raw=t, body=t) for i, t in enumerate(texts)]
    for _ in extract_articles(articles):
        pass


def _run(name: str, folder: str, repeat: int, queue) -> None:
    from storyline.extract.nlp import load_nlp

    load_nlp()
    texts = _texts(Path(folder), repeat)
    started = time.perf_counter()
    (_spacy_full if name == "spacy" else _storyline)(texts)
    seconds = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    queue.put({"seconds": round(seconds, 2), "words": words, "words_per_s": round(words / seconds),
               "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)})


def measure(name: str, folder: Path, repeat: int) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_run, args=(name, str(folder), repeat, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=1, help="Feed the texts this many times (longer, steadier runs).")
    args = ap.parse_args()
    spacy_alone = measure("spacy", args.dataset, args.repeat)
    ours = measure("storyline", args.dataset, args.repeat)
    scores = {"storyline": ours, "spacy_full_pipeline": spacy_alone,
              "ratio": round(ours["words_per_s"] / spacy_alone["words_per_s"], 2)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"predictions": {}, "scores": scores}, indent=1))
    print(f"{'run':<22}{'words/s':>10}{'seconds':>10}{'peak MB':>10}")
    for name, r in (("storyline extraction", ours), ("spaCy full pipeline", spacy_alone)):
        print(f"{name:<22}{r['words_per_s']:>10}{r['seconds']:>10}{r['peak_rss_mb']:>10}")
    print(f"ratio (storyline / spaCy) = {scores['ratio']}  (goal ≥ 1.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
