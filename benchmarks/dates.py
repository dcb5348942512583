"""Publication day, outlet and byline on a labelled folder, per half (dev / held-out) and language.

    python benchmarks/dates.py ../shared/data/dates-dev --kind html --out /tmp/dates_html.json
    python benchmarks/dates.py ../shared/data/dates-dev --kind text --out /tmp/dates_text.json
    python benchmarks/dates.py ../shared/data/polnear-dev --kind polnear --out /tmp/dates_polnear.json
    python benchmarks/dates.py ../shared/data/timeline17-dev --kind timeline17 --out /tmp/dates_t17.json
    python benchmarks/dates.py ../shared/data/extraction-dev --kind unseen --out /tmp/dates_unseen.json

Runs storyline's cleaning stages (body, metadata, language, date: what `storyline ingest` runs before
extraction) on every labelled file, writes the predictions in the export shape that
`../shared/tools/score_dates.py` reads to `--out`, and prints (and writes to `--out`'s `.summary.json`)
exact / wrong / unknown dates, outlet and byline per half and per language group.

Halves: dates-dev is split by site (its registered domain) so that no site is in both halves; a site
whose SHA-256 is even is `dev` (looked at while building), odd is `held-out` (scored only at the end).
polnear-dev is split the same way by file name (its seven publishers are too few to split by; its
texts are bodies without page furniture, so it mostly tests that nothing wrong is read from them).
timeline17-dev's article texts (BBC, Guardian, Reuters; the folder a text sits in is its publication
day) are read under neutral names, so that the folder's date is no "date in the path"; split by
topic as benchmarks/timeline17.py splits it (haiti, the one odd topic, is held out). Mostly bodies
with a few datelines, comment threads and blog archives: a check of wrong dates read from prose.
`--kind unseen` reads extraction-dev's pages of sites not in dates-dev with the publication days
labelled by hand in benchmarks/data/dates_unseen (its README says how); all of it is `dev` now.

Folds inside dev: `--half dev-a` / `--half dev-b` score the dev half's sites split again by the parity
of their BLAKE2b (dates-dev HTML: 157 sites, 199 pages / 143 sites, 169 pages): change a rule while
looking at one fold, then check it on the other before keeping it. Not SHA-1: every site of the
shared dev set has an even SHA-1 (the set's own dev / test split, it seems), so its parity splits nothing.
Each dev case carries its `fold`; the printed groups add dev-a and dev-b whenever dev cases are run.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import re
import time
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

# ../shared beside the checkout (a git worktree sits one level deeper: ../../shared)
DEFAULT_SCORER = next((p / "shared" / "tools" / "score_dates.py" for p in Path(__file__).resolve().parents[1:4]
                       if (p / "shared" / "tools" / "score_dates.py").exists()), Path("score_dates.py"))
HALVES = ("dev", "held-out")
FOLDS = ("dev-a", "dev-b")


def half_of(key: str) -> str:
    """'dev' or 'held-out' for a site (or file name): a fixed hash, so the split never moves."""
    return HALVES[int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 2]


def fold_of(key: str) -> str:
    """'dev-a' or 'dev-b' for a dev site: the parity of its BLAKE2b, a hash other than `half_of`'s SHA-256
    and the shared set's own split's (all its dev sites have an even SHA-1)."""
    return FOLDS[int(hashlib.blake2b(key.encode("utf-8")).hexdigest(), 16) % 2]


def load_cases(folder: Path, kind: str) -> list[dict[str, Any]]:
    """The gold cases of a folder, each with `path` (the file to read), `half` and, for dev cases, `fold`."""
    cases = _cases(folder, kind)
    for case in cases:
        if case["half"] == "dev":
            case["fold"] = fold_of(case["site"])
    return cases


def in_half(case: dict[str, Any], half: str) -> bool:
    """Whether a case belongs to `half`: 'all', a half ('dev', 'held-out') or a dev fold ('dev-a', 'dev-b')."""
    return half == "all" or case["half"] == half or case.get("fold") == half


def _cases(folder: Path, kind: str) -> list[dict[str, Any]]:
    if kind == "polnear":
        return _polnear_cases(folder)
    if kind == "timeline17":
        return _timeline17_cases(folder)
    if kind == "unseen":
        return _unseen_cases(folder)
    if kind == "unseen-text":
        return _unseen_text_cases(folder)
    html_gold = json.loads((folder / "gold_html.json").read_text(encoding="utf-8"))["cases"]
    site_of = {c["id"]: c.get("site") or c["file"] for c in html_gold}
    cases = html_gold
    if kind == "text":
        cases = json.loads((folder / "gold_text.json").read_text(encoding="utf-8"))["cases"]
    for case in cases:
        case["site"] = site_of.get(case.get("html_id") or case["id"], case["file"])
        case["half"] = half_of(case["site"])
        case["path"] = str(folder / kind / case["file"])
    return cases


# UTF-8 read as Latin-1 or Windows-1252 ('KÃ¶lner' for 'Kölner'): a few of dates-dev's gold names
# (5 dev outlets, 2 dev bylines, 1 held-out outlet) carry it, so no right answer can match them.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def repair_mojibake(text: str) -> str:
    """`text` decoded again when it is UTF-8 misread as Latin-1 / Windows-1252 (ftfy's most common
    case), else unchanged: a string that does not round-trip to valid UTF-8 is left as it is."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("latin-1", "cp1252"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


def repair_gold(cases: list[dict[str, Any]]) -> int:
    """Repair mojibake in the cases' outlet and byline golds in place; how many values changed."""
    changed = 0
    for case in cases:
        if isinstance(case.get("outlet"), str):
            fixed = repair_mojibake(case["outlet"])
            changed += fixed != case["outlet"]
            case["outlet"] = fixed
        if isinstance(case.get("byline"), list):
            fixed_names = [repair_mojibake(n) if isinstance(n, str) else n for n in case["byline"]]
            changed += fixed_names != case["byline"]
            case["byline"] = fixed_names
    return changed


def _polnear_cases(folder: Path) -> list[dict[str, Any]]:
    """polnear-dev's dev texts as plain-text scrapes, gold from metadata.tsv (publisher, date, author)."""
    texts = folder / "dev" / "text"
    with (folder / "metadata.tsv").open(encoding="utf-8") as handle:
        rows = {r["filename"]: r for r in csv.DictReader(handle, delimiter="\t")}
    cases = []
    for path in sorted(texts.glob("*.txt")):
        row = rows.get(path.stem)
        if row is None:
            continue
        author = row.get("author") or ""
        cases.append({"id": path.stem, "file": path.name, "path": str(path), "lang": "en",
                      "date": row["publication_date"], "outlet": row["publisher"],
                      "byline": [a.strip() for a in author.split("|") if a.strip() and a != "None"] or None,
                      "half": half_of(path.name), "site": row["publisher"]})
    return cases


UNSEEN_GOLD = Path(__file__).resolve().parent / "data" / "dates_unseen" / "gold.json"


def _unseen_cases(folder: Path) -> list[dict[str, Any]]:
    """extraction-dev's hand-dated pages (benchmarks/data/dates_unseen): scored once unseen, then read."""
    cases = json.loads(UNSEEN_GOLD.read_text(encoding="utf-8"))["cases"]
    for case in cases:
        case["path"], case["half"] = str(folder / "html" / case["file"]), "dev"
        case["site"] = re.sub(r"^www\.", "", case["url"].split("/")[2])
    return cases


def _unseen_text_cases(folder: Path) -> list[dict[str, Any]]:
    """The same pages as plain text (extraction-dev's html-text output: every visible block, one a
    line, as dates-dev's text versions), each kept only where its labelled day is printed in it (as
    dates-dev keeps its text pages), read from the JSON as it stands (`content`)."""
    from storyline.clean.dateline import find_dates

    data = json.loads((folder / "output" / "html-text.json").read_text(encoding="utf-8"))
    texts = data.get("output", data)
    cases = []
    for case in _unseen_cases(folder):
        key = case["file"].split(".")[0]
        value = texts.get(key)
        content = value.get("articleBody") if isinstance(value, dict) else value
        if not case["date"] or not isinstance(content, str):
            continue
        if any(m.value.isoformat() == case["date"] for m in find_dates(content, any_year=True)):
            cases.append({**case, "file": f"{key}.txt", "content": content})
    return cases


def _timeline17_cases(folder: Path) -> list[dict[str, Any]]:
    """timeline17-dev's non-empty article texts, gold day from their folder, each to be read under a
    neutral name (`file`) instead of its path."""
    cases = []
    for path in sorted(folder.glob("*/InputDocs/*/*.htm.txt")):
        collection, day = path.parts[-4], path.parent.name
        if path.stat().st_size == 0:
            continue
        case_id = f"{collection}-{day}-{path.name.split('.')[0]}"
        cases.append({"id": case_id, "file": f"{hashlib.sha256(case_id.encode()).hexdigest()[:16]}.txt",
                      "path": str(path), "lang": "en", "date": day, "site": collection,
                      "half": half_of(collection.split("_")[0]), "neutral_name": True})
    return cases


def predict(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Clean every case's file with storyline's cleaning stages; one export record per article."""
    from storyline.clean.stages import cleaning_stages
    from storyline.clean.text import count_lines
    from storyline.export import article_record
    from storyline.ingest.files import load_file
    from storyline.model import Article, RawDocument
    from storyline.pipeline import run_stages

    docs = [RawDocument(source=c["file"], kind="text", content=c["content"]) if "content" in c
            else replace(load_file(c["path"]), source=c["file"]) if c.get("neutral_name") else load_file(c["path"])
            for c in cases]
    stats = count_lines(d.content for d in docs if d.kind == "text")
    stages = cleaning_stages(stats)
    records = []
    for doc in docs:
        result = run_stages(Article.from_raw(doc), stages)
        if result.article is not None:
            record = article_record(result.article)
            record.pop("dropped", None)
            record["body"] = record["body"][:200]
            records.append(record)
    return records


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_dates", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def summarise(scorer: ModuleType, records: list[dict[str, Any]], cases: list[dict[str, Any]]) -> dict[str, Any]:
    """The scorer's summary for each half x language group (all / en / non-en)."""
    export = {Path(r["source"]).name: r for r in records}
    out: dict[str, Any] = {}
    for half in (*HALVES, *FOLDS, "all"):
        for lang in ("all", "en", "non-en"):
            chosen = [c for c in cases if in_half(c, half)
                      and (lang == "all" or (c.get("lang") == "en") == (lang == "en"))]
            if chosen:
                out[f"{half}/{lang}"] = scorer.summary(scorer.score(export, chosen))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--kind", choices=("html", "text", "polnear", "timeline17", "unseen", "unseen-text"), default="html")
    ap.add_argument("--out", type=Path, required=True, help="export-shape predictions (JSON)")
    ap.add_argument("--half", choices=(*HALVES, *FOLDS, "all"), default="all",
                    help="score only this half, or one fold of the dev half's sites")
    ap.add_argument("--limit", type=int, default=0, help="first N cases only (quick runs)")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--failures", type=int, default=0, help="print N wrong/unknown dates of the dev half")
    ap.add_argument("--repair-mojibake", action="store_true",
                    help="repair UTF-8-read-as-Latin-1 gold outlet and byline names before scoring")
    a = ap.parse_args()
    cases = [c for c in load_cases(a.folder, a.kind) if in_half(c, a.half)]
    if a.repair_mojibake:
        print(f"repaired mojibake in {repair_gold(cases)} gold values")
    cases = cases[: a.limit] if a.limit else cases
    scorer = load_scorer(a.scorer)
    started = time.perf_counter()
    records = predict(cases)
    seconds = time.perf_counter() - started
    a.out.write_text(json.dumps({"articles": records}, ensure_ascii=False, indent=1), encoding="utf-8")
    summary = {"kind": a.kind, "cases": len(cases), "seconds": round(seconds, 1),
               "groups": summarise(scorer, records, cases)}
    a.out.with_suffix(".summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(f"{a.kind}: {len(cases)} cases in {seconds:.0f} s")
    for group, s in summary["groups"].items():
        print(f"  {group:16} n={s['n']:<4} exact={s['exact']:>5} wrong={s['wrong']:>5} unknown={s['unknown']:>5} "
              f"outlet={s.get('outlet_strict', '-')}/{s.get('outlet_lenient', '-')} "
              f"byline={s.get('byline_all', '-')}/{s.get('byline_any', '-')}")
    if a.failures:
        _print_failures(scorer, records, [c for c in cases if c["half"] == "dev"], a.failures)


def _print_failures(scorer: ModuleType, records: list[dict[str, Any]], cases: list[dict[str, Any]], n: int) -> None:
    export = {Path(r["source"]).name: r for r in records}
    rows = scorer.score(export, cases)["rows"]
    for r in [r for r in rows if r.get("outcome") in ("wrong", "unknown")][:n]:
        print(f"  {r['outcome']:7} {r['file']} gold={r['gold']} pred={r.get('pred')} {str(r.get('evidence'))[:90]}")
    for key in ("outlet", "byline"):
        bad = [r for r in rows if r.get(key) in ("wrong", "missing")][:n]
        for r in bad:
            print(f"  {key:7} {r[key]:7} {r['file']} gold={r.get(key + '_gold')} pred={r.get(key + '_pred')}")


if __name__ == "__main__":
    main()
