"""Dump every cleaned article of extraction-dev's HTML and of dates-dev (HTML and text) to one JSON
file, so that a speed change of the cleaning stages can be shown to change no output: the dump
before and after must be byte-identical (`cmp`), and prints the CPU seconds the cleaning took.

    PYTHONPATH=src python scripts/dump_cleaning.py --out /tmp/clean.json [--shared ../shared]

Each document goes through the cleaning stages as `storyline ingest` runs them (decode is a no-op on
these files; line statistics counted over the set's text documents): body, title, byline, outlet,
publication date with its evidence, dropped lines and every metadata field (page head, labelled and
credited lines …). One line per document. Nothing of the texts leaves the machine: the dump is
written where --out says (keep it outside the repository). `--diff OTHER` names the documents whose
line differs between two dumps, and only their names, so held-out pages are compared unread.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dump_extraction import _jsonable, clean_all


def input_paths(shared: Path) -> list[Path]:
    """extraction-dev's 90 pages, dates-dev's 773 pages and 588 visible-line texts (sorted)."""
    data = shared / "data"
    return [*sorted((data / "extraction-dev" / "html").glob("*.html.gz")),
            *sorted((data / "dates-dev" / "html").glob("*.html.gz")),
            *sorted((data / "dates-dev" / "text").glob("*.txt"))]


def dump(shared: Path, out: Path) -> dict[str, object]:
    import datasketch  # noqa: F401  (imported before the clock, as the ingest's workers have it)
    import trafilatura  # noqa: F401

    paths = input_paths(shared)
    started = time.process_time()
    cleaned = clean_all(paths, shared)
    cpu = time.process_time() - started
    lines = []
    for path, article in zip(paths, cleaned, strict=True):
        source = str(path.relative_to(shared))
        fields = {"source": source, "cleaned": False} if article is None else \
            {f: _jsonable(getattr(article, f)) for f in article.__dataclass_fields__ if f not in ("raw", "packed", "spans")}
        lines.append(json.dumps(fields, sort_keys=True, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"documents": len(paths), "cleaned": sum(a is not None for a in cleaned), "clean_cpu_s": round(cpu, 2),
            "sha256": hashlib.sha256(out.read_bytes()).hexdigest()}


def differing(one: Path, other: Path) -> list[str]:
    """The sources whose dumped line differs between two dumps."""
    a = one.read_text(encoding="utf-8").splitlines()
    b = other.read_text(encoding="utf-8").splitlines()
    if len(a) != len(b):
        return [f"line counts differ: {len(a)} vs {len(b)}"]
    return [json.loads(x)["source"] for x, y in zip(a, b, strict=True) if x != y]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--diff", type=Path, help="compare --out with this earlier dump instead of dumping")
    args = ap.parse_args()
    if args.diff:
        names = differing(args.out, args.diff)
        print(json.dumps({"differing": len(names), "sources": names}))
        return 1 if names else 0
    print(json.dumps(dump(args.shared.resolve(), args.out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
