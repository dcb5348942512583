"""Extraction throughput: words/s of storyline's whole extraction next to spaCy's full pipeline alone.

    python benchmarks/throughput.py DIR --out result.json [--repeat N]

DIR is any folder of .txt files (e.g. ../shared/data/polnear-dev/dev/text, ../shared/seeds). Both
runs see the same texts in the same process run, each in its own child process so that peak memory
(max RSS) is measured separately; the model load is excluded from the timed part of both.
The two runs alternate for `--rounds` rounds; the figure is the median of the rounds' ratios with
their spread (min–max), wall and CPU (issue 16: medians, not best rounds). On this shared 2-core
machine one run's time varies by up to 30% between minutes, and a round's two runs share its
minute, so the ratio of a round is steadier than either time. The fastest round of each side is
kept beside it for the words/s and memory columns.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import statistics
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
    started, cpu_started = time.perf_counter(), time.process_time()
    (_spacy_full if name == "spacy" else _storyline)(texts)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    words = sum(len(t.split()) for t in texts)
    queue.put({"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "words": words,
               "words_per_s": round(words / seconds),
               "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)})


def measure(name: str, folder: Path, repeat: int) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_run, args=(name, str(folder), repeat, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def _ratio(ours: dict, spacy_alone: dict) -> float:
    return round(ours["words_per_s"] / spacy_alone["words_per_s"], 2)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=1, help="Feed the texts this many times (longer, steadier runs).")
    ap.add_argument("--rounds", type=int, default=5, help="Alternate the two runs this many times (median ratio, min–max).")
    args = ap.parse_args()
    rounds = []
    for _ in range(args.rounds):
        rounds.append({"spacy": measure("spacy", args.dataset, args.repeat),
                       "storyline": measure("storyline", args.dataset, args.repeat)})
        print(f"round {len(rounds)}: ratio {_ratio(rounds[-1]['storyline'], rounds[-1]['spacy'])}", flush=True)
    spacy_alone = min((r["spacy"] for r in rounds), key=lambda r: r["seconds"])
    ours = min((r["storyline"] for r in rounds), key=lambda r: r["seconds"])
    wall = [_ratio(r["storyline"], r["spacy"]) for r in rounds]
    cpu = [round(r["spacy"]["cpu_seconds"] / r["storyline"]["cpu_seconds"], 2) for r in rounds]
    scores = {"storyline": ours, "spacy_full_pipeline": spacy_alone,
              "ratio": round(statistics.median(wall), 2), "ratio_min": min(wall), "ratio_max": max(wall),
              "ratio_cpu": round(statistics.median(cpu), 2), "ratio_cpu_min": min(cpu), "ratio_cpu_max": max(cpu),
              "fastest_round_ratio": _ratio(ours, spacy_alone), "rounds": wall, "rounds_cpu": cpu}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"predictions": {}, "scores": scores}, indent=1))
    print(f"{'run (fastest round)':<22}{'words/s':>10}{'seconds':>10}{'CPU s':>10}{'peak MB':>10}")
    for name, r in (("storyline extraction", ours), ("spaCy full pipeline", spacy_alone)):
        print(f"{name:<22}{r['words_per_s']:>10}{r['seconds']:>10}{r['cpu_seconds']:>10}{r['peak_rss_mb']:>10}")
    print(f"ratio (storyline / spaCy), median of {len(rounds)} rounds = {scores['ratio']} wall "
          f"({min(wall)}–{max(wall)}), {scores['ratio_cpu']} CPU ({min(cpu)}–{max(cpu)})  (goal ≥ 1.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
