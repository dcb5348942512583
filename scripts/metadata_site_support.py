"""On how many distinct sites each publication-date, byline and outlet rule decides right, and on how many wrong.

    PYTHONPATH=src python scripts/metadata_site_support.py ../shared/data/dates-dev [--kind html text] [--rows F]

Runs the cleaning stages on dates-dev's dev half (HTML and text, split by site as benchmarks/dates.py
splits it; the held-out half is never read) and names, for every page, the rule that decided its day
(the evidence kind, scripts/date_evidence_table.evidence_kind, and for a dateline the step of
clean.pubdate that found it), its byline and its outlet (the evidence text up to its colon). Prints one
table per field and page kind: per rule, the distinct sites it was right on, wrong on (a day that is
not the gold's, a byline naming none of the gold's names, an outlet that is no form of the gold's),
and per dev fold (dev-a / dev-b, `benchmarks/dates.py --half dev-a|dev-b`). A rule right on one or two
sites and wrong elsewhere is a fitting suspect; a rule with a high wrong share across many sites is a
candidate for abstention. Unknown / missing answers are counted under 'none'. No page text is printed.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

FIELDS = ("date", "byline", "outlet")
# the scorer's outcomes read as right / wrong / none for each field
RIGHT = {"date": {"exact"}, "byline": {"all", "any"}, "outlet": {"strict", "lenient"}}
NONE = {"date": {"unknown", "coarse"}, "byline": {"missing"}, "outlet": {"missing"}}


def rule_of(evidence: str | None) -> str:
    """A byline's or outlet's rule: its evidence text up to the colon (or the bracket) that opens the quote."""
    if not evidence:
        return "none"
    return re.split(r"[:(]", evidence, maxsplit=1)[0].strip() or "none"


def date_rule(article: Any) -> str:
    import date_evidence_table as table

    found = article.published
    if found.value is None or found.precision != "day":
        return "none"
    kind = table.evidence_kind(found.evidence or "")
    if "dateline" in kind and "markup" not in kind:
        kind = f"{kind}, {table.dateline_step(article)}"
    return kind


def page_rows(folder: Path, kind: str) -> list[dict[str, Any]]:
    """One row per dev page with a gold value: site, fold, and each field's rule and outcome."""
    import dates as bench
    from storyline.clean.stages import cleaning_stages
    from storyline.clean.text import count_lines
    from storyline.ingest.files import load_file
    from storyline.model import Article
    from storyline.pipeline import run_stages

    scorer = bench.load_scorer(bench.DEFAULT_SCORER)
    cases = [c for c in bench.load_cases(folder, kind) if c["half"] == "dev"]
    docs = [replace(load_file(c["path"]), source=c["file"]) for c in cases]
    stages = cleaning_stages(count_lines(d.content for d in docs if d.kind == "text"))
    out = []
    for case, doc in zip(cases, docs):
        article = run_stages(Article.from_raw(doc), stages).article
        row: dict[str, Any] = {"set": kind, "site": case["site"], "fold": case["fold"], "file": case["file"]}
        if case.get("date"):
            outcome = scorer.date_outcome({"date": article.published.value, "precision": article.published.precision}
                                          if article else None, case["date"])[0]
            row["date"] = (date_rule(article) if article else "no article", outcome)
        if case.get("byline"):
            row["byline"] = (rule_of(article.evidence.get("byline")) if article and article.byline else "none",
                             scorer.byline_outcome(article.byline if article else None, case["byline"]))
        if case.get("outlet"):
            row["outlet"] = (rule_of(article.evidence.get("outlet")) if article and article.outlet else "none",
                             scorer.outlet_outcome(article.outlet if article else None, case["outlet"]))
        out.append(row)
    return out


def support_table(rows: list[dict[str, Any]], field: str) -> list[str]:
    """Markdown lines: per rule, pages, sites right / wrong (all dev, dev-a, dev-b), 'suspect' marks."""
    sites: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    pages: dict[str, int] = defaultdict(int)
    for r in rows:
        if field not in r:
            continue
        rule, outcome = r[field]
        verdict = "right" if outcome in RIGHT[field] else "none" if outcome in NONE[field] else "wrong"
        pages[rule] += 1
        for fold in ("dev", r["fold"]):
            sites[rule][f"{fold} {verdict}"].add(r["site"])
    lines = [f"| {field} rule | pages | sites right | sites wrong | wrong share | dev-a right / wrong | "
             "dev-b right / wrong | note |", "|---|---|---|---|---|---|---|---|"]
    for rule in sorted(pages, key=lambda k: -pages[k]):
        s = {k: len(v) for k, v in sites[rule].items()}
        right, wrong = s.get("dev right", 0), s.get("dev wrong", 0)
        share = f"{100 * wrong / (right + wrong):.0f} %" if right + wrong else "-"
        note = "suspect: right on <= 2 sites" if wrong and right <= 2 else ""
        lines.append(f"| {rule} | {pages[rule]} | {right} | {wrong} | {share} | {s.get('dev-a right', 0)} / "
                     f"{s.get('dev-a wrong', 0)} | {s.get('dev-b right', 0)} / {s.get('dev-b wrong', 0)} | {note} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dates_dev", type=Path)
    ap.add_argument("--kind", nargs="+", choices=("html", "text"), default=["html", "text"])
    ap.add_argument("--rows", type=Path, help="write the per-page rows (site, fold, rule, outcome) as JSON")
    a = ap.parse_args()
    rows = [r for kind in a.kind for r in page_rows(a.dates_dev, kind)]
    if a.rows:
        a.rows.write_text(json.dumps(rows, indent=0), encoding="utf-8")
    for kind in a.kind:
        for field in FIELDS:
            print(f"\ndates-dev {kind}, dev half\n")
            print("\n".join(support_table([r for r in rows if r["set"] == kind], field)))


if __name__ == "__main__":
    main()
