"""Peak memory of `storyline ingest` as the input grows: generated articles, 1k against 10k.

    python benchmarks/ingest_memory.py --out memory.json [--sizes 1000,10000] [--workers 1] [--extract]

The articles are generated here (clustering_scale.generate: stories with their own words, names
and days; no dataset, no shared text), written as plain-text files (headline, date line, body) to
a temporary folder, and ingested by the real command in a child process into a new SQLite store.
The child's memory is sampled every 50 ms (psutil): `peak_mb` is the ingest process's peak RSS,
`tree_peak_mb` the peak of it plus its worker processes; `documents_peak_mb` is the peak before the
corpus refresh starts (the streamed part), `refresh_peak_mb` the peak during it (the corpus stages
read every stored article's body and spans: not streamed yet, issue 16). Issue 9 asks that 10k stays within 1.3×
of 1k (`ratio`). Extraction is off by default (`--extract` turns it on): at ~3 documents per
CPU-second, 10k extracted articles take about an hour here; cleaning, reprint detection, storing and
the corpus refresh (stories) all run either way.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def write_corpus(folder: Path, size: int, seed: int = 7) -> int:
    """`size` generated articles as text files under `folder`; returns the bytes written."""
    from clustering_scale import generate

    articles, _gold = generate(size, seed)
    written = 0
    for article in articles:
        day = article.published.value
        text = f"{article.title}\n\n{day}\n\n" + _paragraphs(article.body) + "\n"
        path = folder / f"{article.id[-3:]}" / f"{article.id}.txt"  # 1,000 files per folder at most
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
    return written


def _paragraphs(body: str, sentences: int = 4) -> str:
    parts = [s.strip() + "." for s in body.split(".") if s.strip()]
    return "\n\n".join(" ".join(parts[i:i + sentences]) for i in range(0, len(parts), sentences))


def _tree_rss(process: Any) -> tuple[int, int]:
    import psutil

    try:
        own = process.memory_info().rss
        children = sum(c.memory_info().rss for c in process.children(recursive=True))
    except psutil.Error:
        return 0, 0
    return own, own + children


def measure(size: int, workers: int, extract: bool, seed: int) -> dict[str, Any]:
    import psutil

    with tempfile.TemporaryDirectory(prefix="storyline-mem-") as tmp:
        folder = Path(tmp) / "in"
        corpus_bytes = write_corpus(folder, size, seed)
        env = {**os.environ, "STORYLINE_WORKERS": str(workers),
               "STORYLINE_EXTRACT_ON_INGEST": "true" if extract else "false"}
        command = [sys.executable, "-m", "storyline.cli.main", "ingest", str(folder),
                   "--store", f"sqlite:///{tmp}/bench.db"]
        started = time.perf_counter()
        child = subprocess.Popen([*command[:3], "-v", *command[3:]], env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(child.stderr or []), daemon=True)
        reader.start()
        watched = psutil.Process(child.pid)
        peak = tree_peak = before_refresh = 0
        while child.poll() is None:
            own, tree = _tree_rss(watched)
            peak, tree_peak = max(peak, own), max(tree_peak, tree)
            if not any("corpus: starting" in line for line in lines):
                before_refresh = peak
            time.sleep(0.05)
        out = child.stdout.read() if child.stdout else ""
        reader.join(timeout=10)
        err = "".join(lines)
        seconds = time.perf_counter() - started
        store_bytes = (Path(tmp) / "bench.db").stat().st_size
    return {"size": size, "workers": workers, "extract": extract, "exit_code": child.returncode,
            "seconds": round(seconds, 1), "peak_mb": round(peak / 2**20, 1),
            "tree_peak_mb": round(tree_peak / 2**20, 1), "documents_peak_mb": round(before_refresh / 2**20, 1),
            "refresh_peak_mb": round(peak / 2**20, 1) if peak > before_refresh else None,
            "corpus_mb": round(corpus_bytes / 1e6, 1),
            "store_mb": round(store_bytes / 1e6, 1), "summary": out.strip().splitlines()[-1:] or err[-300:]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--extract", action="store_true")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        rows.append(measure(size, args.workers, args.extract, args.seed))
        print(json.dumps(rows[-1]), flush=True)
    scores: dict[str, Any] = {"runs": rows}
    if len(rows) > 1:
        scores["ratio"] = round(rows[-1]["peak_mb"] / rows[0]["peak_mb"], 3)
        scores["tree_ratio"] = round(rows[-1]["tree_peak_mb"] / rows[0]["tree_peak_mb"], 3)
        scores["documents_ratio"] = round(rows[-1]["documents_peak_mb"] / rows[0]["documents_peak_mb"], 3)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"predictions": {}, "scores": scores}, indent=1))
    print({k: v for k, v in scores.items() if k != "runs"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
