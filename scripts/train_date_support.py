"""Train the publication-date support model on dates-dev's dev half and write its weights into the package.

    python scripts/train_date_support.py ../shared/data/dates-dev [--out src/storyline/clean/date_support.json]
        [--cache /tmp/date_support_rows.json]

Only the dev half is read (the sites whose SHA-256 is even, benchmarks/dates.py's split); the
held-out half is never opened here. Every dev page (HTML, and the plain-text scrapes of the same
pages) is cleaned by storyline's stages; the day the rules pick (`pubdate.rule_date`) is described by
`date_support.support_features` and labelled right or wrong against the gold day. A logistic
regression (scikit-learn, liblinear, fixed seed) learns P(right); the threshold below which the day
is given as unknown is chosen on out-of-fold scores of 5-fold GroupKFold over SITES (a site's pages
never straddle a fold): the lowest threshold keeping the out-of-fold wrong rate at or under
--max-wrong (2 %) of all dev pages, at the least cost in right days. The final model is refitted on
every dev page. Plain arrays go to JSON (no pickle). See docs/models/date_support.md.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.clean.date_support import FEATURES, support_features  # noqa: E402

SEED = 20260101
FOLDS = 5
C = 1.0


def _benchmark() -> Any:
    spec = importlib.util.spec_from_file_location("dates_benchmark", ROOT / "benchmarks" / "dates.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def collect(folder: Path) -> list[dict[str, Any]]:
    """One row per dev page the rules date at day precision: site, kind, features, right or wrong."""
    from storyline.clean.pubdate import rule_date
    from storyline.clean.stages import cleaning_stages
    from storyline.clean.text import count_lines
    from storyline.ingest.files import load_file
    from storyline.model import Article
    from storyline.pipeline import run_stages

    bench = _benchmark()
    rows: list[dict[str, Any]] = []
    for kind in ("html", "text"):
        cases = [c for c in bench.load_cases(folder, kind) if c["half"] == "dev" and c.get("date")]
        docs = [load_file(c["path"]) for c in cases]
        stages = cleaning_stages(count_lines(d.content for d in docs if d.kind == "text"))
        for case, doc in zip(cases, docs, strict=True):
            article = run_stages(Article.from_raw(doc), stages).article
            if article is None:
                continue
            found = rule_date(article)
            if found.precision != "day" or found.value is None or "the document's own" in found.evidence:
                continue
            rows.append({"site": case["site"], "kind": kind, "file": case["file"],
                         "features": support_features(article, found), "right": found.value == case["date"]})
        print(f"{kind}: {sum(r['kind'] == kind for r in rows)} dated pages", file=sys.stderr)
    return rows


def _fit(x: np.ndarray, y: np.ndarray) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, solver="liblinear", random_state=SEED).fit(x, y)


def choose_threshold(rows: list[dict[str, Any]], n_pages: int, max_wrong: float) -> tuple[float, dict[str, Any]]:
    """The threshold from out-of-fold scores (GroupKFold by site) and what it costs on them."""
    from sklearn.model_selection import GroupKFold

    x = np.array([[r["features"][f] for f in FEATURES] for r in rows])
    y = np.array([int(r["right"]) for r in rows])
    groups = np.array([r["site"] for r in rows])
    scores = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        scores[test] = _fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    table = []
    for t in sorted({0.0, *np.round(scores, 4)}):
        kept = scores >= t
        table.append({"threshold": float(t), "right": int((kept & (y == 1)).sum()),
                      "wrong": int((kept & (y == 0)).sum())})
    allowed = max_wrong * n_pages
    ok = [row for row in table if row["wrong"] <= allowed]
    best = ok[0]  # the lowest threshold that meets the bound keeps the most right days
    base = table[0]
    return best["threshold"], {"pages": n_pages, "dated": len(rows), "rules_right": base["right"],
                               "rules_wrong": base["wrong"], "kept_right": best["right"],
                               "kept_wrong": best["wrong"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "storyline" / "clean" / "date_support.json")
    ap.add_argument("--cache", type=Path, help="reuse (or write) the collected rows here")
    ap.add_argument("--max-wrong", type=float, default=0.02)
    a = ap.parse_args()
    if a.cache and a.cache.exists():
        data = json.loads(a.cache.read_text())
    else:
        bench = _benchmark()
        n_pages = sum(1 for kind in ("html", "text") for c in bench.load_cases(a.folder, kind)
                      if c["half"] == "dev" and c.get("date"))
        data = {"pages": n_pages, "rows": collect(a.folder)}
        if a.cache:
            a.cache.write_text(json.dumps(data))
    rows = data["rows"]
    threshold, cv = choose_threshold(rows, data["pages"], a.max_wrong)
    x = np.array([[r["features"][f] for f in FEATURES] for r in rows])
    y = np.array([int(r["right"]) for r in rows])
    model = _fit(x, y)
    out = {"features": list(FEATURES), "coef": [round(float(c), 6) for c in model.coef_[0]],
           "intercept": round(float(model.intercept_[0]), 6), "threshold": round(threshold, 4),
           "trained_on": "dates-dev dev half (sites with even SHA-256), HTML and text pages",
           "cross_validation": {"folds": FOLDS, "groups": "site", "max_wrong": a.max_wrong, **cv}}
    a.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
