"""Candidate days of every dev page, with their features and whether each is the true day (JSON lines).

    PYTHONPATH=src python scripts/day_check_data.py ../shared/data/dates-dev --kind text --out rows.jsonl
    PYTHONPATH=src python scripts/day_check_data.py ../shared/data/extraction-dev --kind unseen --out rows.jsonl

Runs storyline's cleaning stages on the dev half only (benchmarks/dates.py's split by site; the
held-out half is never read) and writes one row per page: its set, site, language, gold day, the day
the date finders chose (before clean.day_check) and every candidate day the page offers
(clean.day_evidence) with its features and whether it is the gold day; then the same page as if it never
printed its own day (set '... without its day': every candidate false). No page text is written.
scripts/train_day_check.py reads the rows.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from storyline.clean.day_evidence import PageDays, PageLine

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


def main() -> None:
    from dates import load_cases  # benchmarks/dates.py
    from storyline.clean.day_evidence import FEATURES, candidate_days, day_features, page_days
    from storyline.clean.pubdate import date_publication
    from storyline.clean.stages import cleaning_stages
    from storyline.clean.text import count_lines
    from storyline.ingest.files import load_file
    from storyline.model import Article, RawDocument
    from storyline.pipeline import run_stages

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--kind", default="text")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    cases = [c for c in load_cases(a.folder, a.kind) if c["half"] == "dev" and c.get("date")]
    docs = [RawDocument(source=c["file"], kind="text", content=c["content"]) if "content" in c
            else load_file(c["path"]) for c in cases]
    stages = cleaning_stages(count_lines(d.content for d in docs if d.kind == "text"))
    with a.out.open("w", encoding="utf-8") as out:
        for case, doc in zip(cases, docs, strict=True):
            result = run_stages(Article.from_raw(replace(doc, source=case["file"])), stages)
            article = result.article
            if article is None:
                continue
            chosen = date_publication(article)
            page = page_days(article)
            day = date.fromisoformat(chosen.value) if chosen.precision == "day" and chosen.value else None
            languages = tuple(sorted({article.language or ""} - {""}))
            rows = [{"day": d.isoformat(), "x": [round(v, 4) for v in day_features(page, d, languages)],
                     "true": d.isoformat() == case["date"][:10]} for d in candidate_days(page, day)]
            record = {"set": f"{a.folder.name}/{a.kind}", "site": case["site"], "lang": case.get("lang"),
                      "gold": case["date"][:10], "chosen": day.isoformat() if day else None,
                      "evidence": chosen.evidence[:40], "features": FEATURES, "candidates": rows}
            out.write(json.dumps(record) + "\n")
            # The same page as if it never printed its own day: every day left on it is another thing's (what a
            # page of a site never seen may be; the text sets keep only pages that print their day)
            gold = date.fromisoformat(case["date"][:10])
            bare = without_day(page, gold)
            others = [{"day": d.isoformat(), "x": [round(v, 4) for v in day_features(bare, d, languages)], "true": False}
                      for d in candidate_days(bare, None)]
            if others:
                out.write(json.dumps({**record, "set": f"{record['set']} without its day", "chosen": None,
                                      "candidates": others}) + "\n")


def without_day(page: PageDays, day: date) -> PageDays:
    """`page` with every mention of `day` taken out (its lines kept, their other days too)."""
    lines = tuple(PageLine(line.text, tuple(d for d in line.days if d != day),
                           tuple(f for d, f in zip(line.days, line.forms, strict=True) if d != day)) for line in page.lines)
    return replace(page, lines=lines, labelled=page.labelled - {day}, markup=page.markup - {day},
                   url=page.url - {day}, body=page.body - {day})


if __name__ == "__main__":
    main()
