"""What two processes give on this machine: the physical limit behind issue 16's 1-vs-2-worker goal.

    python benchmarks/cores_scaling.py DATASET_DIR --out result.json [--rounds 3] [--texts 90]

Each round, alternating, times two equal pure-Python CPU jobs run one after the other (one
process) and side by side (two processes), and spaCy's full pipeline over the same texts with
`nlp.pipe(n_process=1)` and `n_process=2`. The ratios (one process's seconds over two's) are what
two cores give plain Python and what they give spaCy's own multiprocessing, which ships every
parsed Doc back to the parent. DATASET_DIR is anything `benchmarks/extraction.py` reads (its
`ground-truth.json` article bodies are the texts), e.g. ../shared/data/extraction-dev.
Scores: the median ratio with min and max of the rounds, and the load average before each round.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from multiprocessing import get_context
from pathlib import Path

BURN = 30_000_000


def burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def _two_jobs(processes: int) -> float:
    started = time.perf_counter()
    with get_context("spawn").Pool(processes) as pool:
        pool.map(burn, [BURN, BURN])
    return time.perf_counter() - started


def _texts(dataset: Path, limit: int) -> list[str]:
    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = [(v.get("articleBody") if isinstance(v, dict) else v) or "" for v in truth.values()]
    return [b for b in bodies if b][:limit]


def _spacy(nlp, texts: list[str], processes: int) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
        pass
    return time.perf_counter() - started


def _summary(ones: list[float], twos: list[float]) -> dict:
    ratios = [round(a / b, 2) for a, b in zip(ones, twos, strict=True)]
    return {"median": round(statistics.median(ratios), 2), "min": min(ratios), "max": max(ratios), "rounds": ratios}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--texts", type=int, default=90)
    args = ap.parse_args()
    from storyline.extract.nlp import load_nlp

    nlp, texts = load_nlp(), _texts(args.dataset, args.texts)
    seconds: dict[str, list[float]] = {"python_1": [], "python_2": [], "spacy_1": [], "spacy_2": []}
    loads = []
    for n in range(args.rounds):
        loads.append(round(os.getloadavg()[0], 2))
        for k in (1, 2):
            seconds[f"python_{k}"].append(_two_jobs(k))
            seconds[f"spacy_{k}"].append(_spacy(nlp, texts, k))
        print(f"round {n + 1} (load {loads[-1]}): " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in seconds.items()), flush=True)
    scores = {"python_two_vs_one": _summary(seconds["python_1"], seconds["python_2"]),
              "spacy_two_vs_one": _summary(seconds["spacy_1"], seconds["spacy_2"]),
              "words": sum(len(t.split()) for t in texts), "load_before_rounds": loads, "cores": os.cpu_count()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"predictions": {}, "scores": scores, "seconds": seconds}, indent=1))
    for name in ("python_two_vs_one", "spacy_two_vs_one"):
        s = scores[name]
        print(f"{name}: median {s['median']}× ({s['min']}–{s['max']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
