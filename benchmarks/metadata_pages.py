"""Publication day, outlet and byline on hand-labelled pages of other sites, per half (dev / held-out).

    python benchmarks/metadata_pages.py ../shared/data/extraction-dev --out /tmp/meta_pages.json
    python benchmarks/metadata_pages.py ../shared/data/extraction-dev --mode text --out /tmp/meta_pages_text.json

Reads the pages listed in benchmarks/data/metadata_pages/gold.json (extraction-dev's pages, labels
made by hand before storyline read them; its README gives the rules) with storyline's cleaning stages
as benchmarks/dates.py runs them, and scores per half:
- day: exact / wrong / unknown (%), the scorer's rules (`../shared/tools/score_dates.py`); in text mode
  only over the pages whose labelled day the text prints, as dates.py keeps its text pages;
- outlet exact (%): the answer equals the label or one of the other names the page brands itself with
  (`outlet_also`), after the scorer's normalising (case, accents, punctuation, 'the', a web suffix);
- byline exact (%): the answer's name words are the labelled names' words, no more, no fewer (order,
  'and', 'by' aside); a page crediting no person is right with no byline or with the organisation or
  account it credits instead (`credit`); also the scorer's "all" (every labelled name is in the answer)
  over the pages that credit a person.
--mode text reads each page as its visible text (extraction-dev's `output/html-text.json`, every block
one a line: dates.py's `--kind unseen-text` input). Split: the page id's SHA-256 first byte, even = dev
(benchmarks/extraction.py's split). Writes the predictions to --out and the summary beside it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dates import DEFAULT_SCORER, load_scorer, predict

GOLD = Path(__file__).resolve().parent / "data" / "metadata_pages" / "gold.json"
HALVES = ("dev", "held-out")


def half_of(item_id: str) -> str:
    """extraction.py's split of a page id: its SHA-256's first byte, even = dev."""
    return HALVES[hashlib.sha256(item_id.encode()).digest()[0] % 2]


def load_cases(folder: Path, mode: str) -> list[dict[str, Any]]:
    """The labelled pages, each with `path` (HTML) or `content` (text mode) and `half`."""
    cases = json.loads(GOLD.read_text(encoding="utf-8"))["cases"]
    texts: dict[str, Any] = {}
    if mode == "text":
        data = json.loads((folder / "output" / "html-text.json").read_text(encoding="utf-8"))
        texts = data.get("output", data)
    for case in cases:
        item = case["file"].split(".")[0]
        case["half"] = half_of(item)
        case["path"] = str(folder / "html" / case["file"])
        if mode == "text":
            value = texts.get(item)
            content = value.get("articleBody") if isinstance(value, dict) else value
            case["file"], case["content"] = f"{item}.txt", content if isinstance(content, str) else ""
    return cases


def _day_printed(case: dict[str, Any]) -> bool:
    """Whether a text page prints its labelled day (dates.py keeps only such text pages for dates)."""
    from storyline.clean.dateline import find_dates

    return bool(case["date"]) and any(m.value.isoformat() == case["date"]
                                      for m in find_dates(case["content"], any_year=True))


def outlet_exact(scorer: Any, pred: str | None, case: dict[str, Any]) -> bool:
    forms = {scorer.norm_outlet(n) for n in [case["outlet"], *case.get("outlet_also", [])]}
    return bool(pred) and scorer.norm_outlet(pred) in forms


def byline_exact(scorer: Any, pred: str | list[str] | None, case: dict[str, Any]) -> bool:
    text = "; ".join(pred) if isinstance(pred, list) else (pred or "")
    words = sorted(scorer.name_tokens(text))
    if not case["byline"]:
        return not words or (bool(case.get("credit")) and words == sorted(scorer.name_tokens(case["credit"])))
    return words == sorted(t for name in case["byline"] for t in scorer.name_tokens(name))


def score(scorer: Any, records: list[dict[str, Any]], cases: list[dict[str, Any]], mode: str) -> dict[str, Any]:
    """Per half: day exact / wrong / unknown, outlet exact, byline exact and 'all'; and the rows."""
    export = {Path(r["source"]).name: r for r in records}
    rows, out = [], {}
    for case in cases:
        art = export.get(case["file"]) or {}
        dated = bool(case["date"]) and (mode == "html" or _day_printed(case))
        day = scorer.date_outcome(art.get("published"), case["date"])[0] if dated else None
        rows.append({"id": case["id"], "half": case["half"], "day": day, "gold_date": case["date"],
                     "pred_date": (art.get("published") or {}).get("date"),
                     "outlet": outlet_exact(scorer, art.get("outlet"), case), "gold_outlet": case["outlet"],
                     "pred_outlet": art.get("outlet"), "byline": byline_exact(scorer, art.get("byline"), case),
                     "byline_all": scorer.byline_outcome(art.get("byline"), case["byline"]) == "all" if case["byline"] else None,
                     "gold_byline": case["byline"], "credit": case.get("credit"), "pred_byline": art.get("byline")})
    for half in (*HALVES, "all"):
        chosen = [r for r in rows if half == "all" or r["half"] == half]
        out[half] = _summary(chosen)
    return {"scores": out, "rows": rows}


def _pct(a: int, n: int) -> float | None:
    return round(100 * a / n, 1) if n else None


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    dated = [r for r in rows if r["day"]]
    named = [r for r in rows if r["byline_all"] is not None]
    return {"n": len(rows), "n_dated": len(dated),
            **{k: _pct(sum(r["day"] == k for r in dated), len(dated)) for k in ("exact", "wrong", "unknown")},
            "outlet_exact": _pct(sum(r["outlet"] for r in rows), len(rows)),
            "byline_exact": _pct(sum(r["byline"] for r in rows), len(rows)),
            "n_named": len(named), "byline_all": _pct(sum(bool(r["byline_all"]) for r in named), len(named))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--mode", choices=("html", "text"), default="html")
    ap.add_argument("--out", type=Path, required=True, help="export-shape predictions (JSON)")
    ap.add_argument("--half", choices=(*HALVES, "all"), default="all", help="read only this half's pages")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--failures", action="store_true", help="print the dev half's misses")
    a = ap.parse_args()
    cases = [c for c in load_cases(a.folder, a.mode) if a.half == "all" or c["half"] == a.half]
    scorer = load_scorer(a.scorer)
    started = time.perf_counter()
    records = predict(cases)
    result = score(scorer, records, cases, a.mode)
    a.out.write_text(json.dumps({"articles": records}, ensure_ascii=False, indent=1), encoding="utf-8")
    summary = {"mode": a.mode, "cases": len(cases), "seconds": round(time.perf_counter() - started, 1),
               "scores": result["scores"]}
    a.out.with_suffix(".summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(f"{a.mode}: {len(cases)} pages in {summary['seconds']:.0f} s")
    for half, s in result["scores"].items():
        if s["n"]:
            print(f"  {half:9} n={s['n']:<3} day n={s['n_dated']:<3} exact={s['exact']} wrong={s['wrong']} "
                  f"unknown={s['unknown']}  outlet={s['outlet_exact']}  byline={s['byline_exact']} "
                  f"(all names {s['byline_all']} of {s['n_named']})")
    if a.failures:
        for r in result["rows"]:
            if r["half"] == "dev" and (r["day"] in ("wrong", "unknown") or not r["outlet"] or not r["byline"]):
                print(f"  {r['id']} day={r['day']} {r['gold_date']}/{r['pred_date']} outlet={r['outlet']} "
                      f"{r['gold_outlet']!r}/{r['pred_outlet']!r} byline={r['byline']} {r['gold_byline']}"
                      f"|{r['credit']}/{r['pred_byline']!r}")


if __name__ == "__main__":
    main()
