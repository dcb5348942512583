"""Dump every cleaned article and every extracted record of ≥ 500 real texts to one JSON file, so
that a speed change can be shown to change no output: the dump before and after must be
byte-identical (`cmp`).

    PYTHONPATH=src python scripts/dump_extraction.py --out dump.json [--shared ../shared]

The texts, in this order: PolNeAR dev (84 .txt), extraction-dev (90 HTML pages, cleaned from the
HTML) and every second non-empty file of timeline17-dev's input documents (sorted paths: 413 .txt;
`--every 1` takes all 826). 587 documents, 585 with a body, 76,302 spans; ~3 CPU-minutes.
Each document goes through what `storyline ingest` runs on it: the
cleaning stages (with line statistics counted over the whole set's text documents), then every
extraction stage with the outlets the set names (as the `outlets` batch stage gives them). One
line per document: its cleaned record (body, title, dates, dropped lines, metadata) and its spans
with their payloads. Nothing of the texts leaves the machine: the dump is written where --out says
(keep it outside the repository).
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any


def input_paths(shared: Path, every: int = 2) -> list[Path]:
    """The documents dumped: PolNeAR dev, extraction-dev's HTML, every `every`-th timeline17-dev input."""
    data = shared / "data"
    timeline = sorted(p for p in (data / "timeline17-dev").rglob("InputDocs/**/*.txt") if p.stat().st_size)
    return [*sorted((data / "polnear-dev" / "dev" / "text").glob("*.txt")),
            *sorted((data / "extraction-dev" / "html").glob("*.html.gz")),
            *timeline[::every]]


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def clean_all(paths: list[Path], shared: Path) -> list[Any]:
    """Each path's cleaned Article (None where cleaning left nothing), as the ingest cleans them."""
    from storyline.clean.stages import cleaning_stages
    from storyline.clean.text import count_lines
    from storyline.ingest.files import load_file
    from storyline.model import Article
    from storyline.pipeline import run_stages

    docs = [load_file(p, source=str(p.relative_to(shared))) for p in paths]
    stages = cleaning_stages(count_lines(d.content for d in docs if d.kind == "text"))
    return [run_stages(Article.from_raw(d), stages, "record").article for d in docs]


def record(article: Any) -> dict[str, Any]:
    """One document's line: the cleaned article's fields and every span with its payload."""
    fields = {f.name: _jsonable(getattr(article, f.name)) for f in dataclasses.fields(article)
              if f.name not in ("raw", "packed", "spans")}
    fields["spans"] = [{"start": s.start, "end": s.end, "label": s.label, "stage": s.stage, "text": s.text,
                        "payload_type": type(s.payload).__name__, "payload": _jsonable(s.payload)}
                       for s in article.spans]
    return fields


def dump(shared: Path, out: Path, every: int) -> dict[str, Any]:
    from storyline.extract.nlp import load_nlp
    from storyline.extract.stages import extract_articles

    load_nlp()
    paths = input_paths(shared, every)
    started = time.perf_counter()
    cleaned = clean_all(paths, shared)
    clean_s = time.perf_counter() - started
    articles = [a for a in cleaned if a is not None]
    outlets = sorted({a.outlet for a in articles if a.outlet})
    started = time.perf_counter()
    extracted = list(extract_articles(articles, outlets))
    extract_s = time.perf_counter() - started
    lines = [json.dumps(record(a), sort_keys=True, ensure_ascii=False) for a in extracted]
    lines += [json.dumps({"source": str(p.relative_to(shared)), "cleaned": False}, sort_keys=True)
              for p, a in zip(paths, cleaned, strict=True) if a is None]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"documents": len(paths), "extracted": len(extracted), "spans": sum(len(a.spans) for a in extracted),
            "clean_s": round(clean_s, 1), "extract_s": round(extract_s, 1),
            "sha256": hashlib.sha256(out.read_bytes()).hexdigest()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--every", type=int, default=2, help="Take every N-th timeline17-dev input (1: all 843).")
    args = ap.parse_args()
    print(json.dumps(dump(args.shared.resolve(), args.out, args.every)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
