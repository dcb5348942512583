"""Ingest + clean throughput: documents/s and MB/s of `storyline.ingest.batch.ingest` into a fresh SQLite store.

    python benchmarks/ingest_throughput.py DATASET_DIR [DATASET_DIR …] --out result.json

Any ingestable folder works (e.g. ../shared/data/extraction-dev/html, ../shared/seeds). Each run
uses a new temporary store, so every document is really cleaned and written. Two runs: ingest and
clean alone (`extract_on_ingest = false`), then the default ingest with extraction (NLP) and the
corpus stages (entities, citations, stories).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path


def _size(paths: list[Path]) -> int:
    return sum(f.stat().st_size for p in paths for f in (p.rglob("*") if p.is_dir() else [p]) if f.is_file())


def _warm(extract: bool) -> None:
    """Import the heavy libraries (and load the model) before the clock starts: a one-time cost of
    ~2 s (datasketch pulls in scipy) that would otherwise be charged to 90 documents."""
    import datasketch  # noqa: F401
    import trafilatura  # noqa: F401

    if extract:
        from storyline.extract.nlp import load_nlp

        load_nlp()


def measure(paths: list[Path], extract: bool) -> dict[str, float]:
    from storyline.ingest.batch import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    _warm(extract)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.db")
        started = time.perf_counter()
        report = ingest([str(p) for p in paths], store, load_settings(Path(tmp) / "none.toml", extract_on_ingest=extract))
        seconds = time.perf_counter() - started
        store.close()
    documents = len(report.added) + len(report.failures)
    return {"documents": documents, "added": len(report.added), "failures": len(report.failures),
            "seconds": round(seconds, 2), "docs_per_s": round(documents / seconds, 1),
            "mb_per_s": round(_size(paths) / 1e6 / seconds, 2), "cores": os.cpu_count() or 1}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path, nargs="+")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    scores = {"ingest_clean": measure(args.dataset, extract=False),
              "ingest_clean_extract": measure(args.dataset, extract=True)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"predictions": {}, "scores": scores}, indent=1))
    for name, result in scores.items():
        print(f"{name:<22}", " ".join(f"{k}={v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
