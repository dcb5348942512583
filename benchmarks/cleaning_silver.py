"""Silver plain-text cleaning benchmark on dates-dev: visible text in, HTML-extracted body as truth.

    python benchmarks/cleaning_silver.py ../shared/data/dates-dev --out /tmp/silver.json
    python benchmarks/cleaning_silver.py ../shared/data/dates-dev --out /tmp/silver.json --half dev --errors 20

For every page of the folder's `text/` (a page's visible lines, one block per line) whose HTML is in
`html/`, the **silver body** is what storyline's HTML extraction keeps of that HTML
(`storyline.clean.html.extract_html`, trafilatura plus storyline's rules; 0.983 F1 on extraction-dev
`--mode html`). The plain text is cleaned by `storyline.clean.text.clean_texts` over the whole folder
(the cross-page repetition signal, as `benchmarks/extraction.py --mode text` does) and scored against
the silver body with the extraction benchmark's metric (`extraction_metric.score`).

Halves: by site, with `benchmarks/dates.py`'s `half_of` (SHA-256 of the registered domain), so no site
is in both halves. Only the dev half's errors are read; held-out is scored once at the end.
Labelling rules, known noise and the by-eye check: benchmarks/data/cleaning_silver/README.md.
No page text is stored: silver bodies are rebuilt from the HTML on every run (`--cache` keeps them
in a local file outside the repository); the manifest there lists ids, halves and silver hashes.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dates import half_of
from extraction_metric import count_document, score, tokens

MANIFEST = Path(__file__).resolve().parent / "data" / "cleaning_silver" / "manifest.json"
# A silver body this short is no article (a video page, a gallery, a paywall stub): such pages are
# left out of the set rather than scored against a near-empty truth (see the README).
MIN_SILVER_TOKENS = 50


def load_pages(folder: Path) -> list[dict[str, Any]]:
    """The text cases of `folder` with their HTML file, site, half and language."""
    html_cases = {c["id"]: c for c in json.loads((folder / "gold_html.json").read_text(encoding="utf-8"))["cases"]}
    pages = []
    for case in json.loads((folder / "gold_text.json").read_text(encoding="utf-8"))["cases"]:
        html = html_cases.get(case.get("html_id") or "")
        if html is None:
            continue
        site = html.get("site") or html["file"]
        pages.append({"id": case["id"], "text": str(folder / "text" / case["file"]),
                      "html": str(folder / "html" / html["file"]), "site": site, "half": half_of(site),
                      "lang": case.get("lang") or html.get("lang") or "?"})
    return pages


def silver_bodies(pages: list[dict[str, Any]], cache: Path | None) -> dict[str, str]:
    """Each page's silver body (storyline's HTML extraction), from `cache` when it has it."""
    from storyline.clean.html import extract_html

    known: dict[str, str] = json.loads(cache.read_text(encoding="utf-8")) if cache and cache.exists() else {}
    for page in pages:
        if page["id"] not in known:
            raw = gzip.decompress(Path(page["html"]).read_bytes()).decode("utf-8", "replace")
            known[page["id"]] = extract_html(raw).body
    if cache:
        cache.write_text(json.dumps(known, ensure_ascii=False), encoding="utf-8")
    return {p["id"]: known[p["id"]] for p in pages}


def predict(folder: Path, pages: list[dict[str, Any]]) -> dict[str, str]:
    """The text cleaner's body of every page; the repetition counts come from all of the folder's texts."""
    from storyline.clean.text import clean_text, count_lines

    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((folder / "text").glob("*.txt"))}
    stats = count_lines(texts.values())
    return {p["id"]: clean_text(texts[Path(p["text"]).name], repeated=stats).body for p in pages}


def figures(pages: list[dict[str, Any]], silver: dict[str, str], predicted: dict[str, str]) -> dict[str, Any]:
    """F1 / P / R per half, and per language within each half."""
    out: dict[str, Any] = {}
    for half in ("dev", "held-out"):
        chosen = [p for p in pages if p["half"] == half]
        if not chosen:
            continue
        out[half] = _part(chosen, silver, predicted)
        langs = sorted({p["lang"] for p in chosen})
        out[half]["by_lang"] = {lang: _part([p for p in chosen if p["lang"] == lang], silver, predicted)
                                for lang in langs}
    return out


def _part(pages: list[dict[str, Any]], silver: dict[str, str], predicted: dict[str, str]) -> dict[str, Any]:
    ids = [p["id"] for p in pages]
    s = score({i: silver[i] for i in ids}, {i: predicted[i] for i in ids}, bootstrap=0)
    return {"pages": len(ids), "f1": round(s["f1"], 3), "precision": round(s["precision"], 3),
            "recall": round(s["recall"], 3)}


def write_manifest(pages: list[dict[str, Any]], silver: dict[str, str], path: Path) -> None:
    """Ids, halves, languages and silver hashes (no text): a changed HTML extractor shows as a diff."""
    rows = [{"id": p["id"], "site": p["site"], "half": p["half"], "lang": p["lang"],
             "silver_tokens": len(tokens(silver[p["id"]])),
             "silver_sha256": hashlib.sha256(silver[p["id"]].encode("utf-8")).hexdigest()[:16]}
            for p in pages]
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    path.write_text(f'{{"min_silver_tokens": {MIN_SILVER_TOKENS}, "pages": [\n{body}\n]}}\n', encoding="utf-8")


def print_errors(pages: list[dict[str, Any]], silver: dict[str, str], predicted: dict[str, str], n: int) -> None:
    """The dev pages with the lowest F1 (dev half only: held-out errors are never read)."""
    rows = []
    for p in pages:
        if p["half"] != "dev":
            continue
        d = count_document(silver[p["id"]], predicted[p["id"]])
        prec = d.tp / (d.tp + d.fp) if d.tp + d.fp else 0.0
        rec = d.tp / (d.tp + d.fn) if d.tp + d.fn else 0.0
        rows.append((d.fp + d.fn, p["id"], p["lang"], p["site"], prec, rec))
    for loss, pid, lang, site, prec, rec in sorted(rows, reverse=True)[:n]:
        print(f"  {pid} {lang:3} {site:30} loss={loss:.2f} P={prec:.2f} R={rec:.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path, required=True, help="figures and predictions (JSON; keep outside the repo)")
    ap.add_argument("--half", choices=("dev", "held-out", "all"), default="dev")
    ap.add_argument("--cache", type=Path, help="file to keep silver bodies in between runs (outside the repo)")
    ap.add_argument("--manifest", action="store_true", help=f"rewrite {MANIFEST.relative_to(MANIFEST.parents[3])}")
    ap.add_argument("--errors", type=int, default=0, help="list the N worst dev pages")
    a = ap.parse_args()
    pages = [p for p in load_pages(a.folder) if a.half == "all" or p["half"] == a.half]
    silver = silver_bodies(pages, a.cache)
    if a.manifest:
        write_manifest(pages, silver, MANIFEST)
    pages = [p for p in pages if len(tokens(silver[p["id"]])) >= MIN_SILVER_TOKENS]
    started = time.perf_counter()
    predicted = predict(a.folder, pages)
    seconds = time.perf_counter() - started
    result = {"pages": len(pages), "seconds": round(seconds, 1), "halves": figures(pages, silver, predicted)}
    a.out.write_text(json.dumps({"scores": result, "predictions": predicted}, ensure_ascii=False), encoding="utf-8")
    for half, h in result["halves"].items():
        print(f"{half:9} pages={h['pages']:<4} F1 {h['f1']:.3f}  P {h['precision']:.3f}  R {h['recall']:.3f}")
        for lang, s in h["by_lang"].items():
            print(f"   {lang:4} {s['pages']:>4}  F1 {s['f1']:.3f}  P {s['precision']:.3f}  R {s['recall']:.3f}")
    if a.errors:
        print_errors(pages, silver, predicted, a.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
