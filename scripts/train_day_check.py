"""Train the check on a chosen publication day (clean.day_check) from the candidate rows of the dev sets.

    PYTHONPATH=src python scripts/day_check_data.py ../shared/data/dates-dev --kind text --out text.jsonl   # etc.
    PYTHONPATH=src python scripts/train_day_check.py text.jsonl html.jsonl unseen.jsonl unseen-text.jsonl \
        [--threshold-text 0.02 --threshold-html 0.075 --write src/storyline/clean/day_check.json]

A logistic regression (scikit-learn, standardised features, C = 1, fixed seed) says how likely a
candidate day is the page's true day from how the page shows it (clean.day_evidence). The check's
quantity is the chosen day's share of the page's candidates' odds with the markup's days a day off it (its
probability among the days the page offers, so a day a stronger one competes with scores low). Cross-validated with GroupKFold over
SITES (5 folds, pages of one site never on both sides); for every threshold it prints, per set and
pooled, day exact / wrong / unknown of the finders' choice after the check, and how often the page's
most true-looking wrong day would pass it ('hard wrong pass': what the check lets through when the
finders err, as they do on sites never seen). The held-out half is never read.
"""
from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

SEED = 0
FOLDS = 5
THRESHOLDS = (0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)


def load(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def fit(pages: list[dict[str, Any]], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    x = np.array([cand["x"] for p in pages for cand in p["candidates"]], dtype=float)
    y = np.array([cand["true"] for p in pages for cand in p["candidates"]], dtype=int)
    model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=5000, random_state=SEED))
    model.fit(x, y)
    return model


def shares(model: Any, page: dict[str, Any]) -> dict[str, float]:
    """Each candidate's share of the page's odds."""
    if not page["candidates"]:
        return {}
    p = model.predict_proba(np.array([c["x"] for c in page["candidates"]], dtype=float))[:, 1]
    from storyline.clean.day_check import moment_support

    odds = {date.fromisoformat(c["day"]): float(o) for c, o in zip(page["candidates"], p / np.clip(1 - p, 1e-9, None), strict=True)}
    at = page["features"].index("in_markup")
    markup = {date.fromisoformat(c["day"]) for c in page["candidates"] if c["x"][at] > 0}
    # the check's quantity (clean.day_check.moment_support): the share of the page's odds held by the day and
    # the markup's days a day off it, no more than their likeliest's probability
    return {d.isoformat(): moment_support(odds, d, markup) for d in odds}


def out_of_fold(pages: list[dict[str, Any]], c: float, bare: bool = True) -> list[dict[str, Any]]:
    from sklearn.model_selection import GroupKFold

    sites = [p["site"] for p in pages]
    scored = []
    for train, test in GroupKFold(n_splits=FOLDS).split(pages, groups=sites):
        model = fit([pages[i] for i in train if bare or BARE not in pages[i]["set"]], c)
        for i in test:
            page = pages[i]
            s = shares(model, page)
            wrong = [v for day, v in s.items() if day != page["gold"]]
            scored.append({"set": page["set"], "gold": page["gold"], "chosen": page["chosen"],
                           "score": s.get(page["chosen"], 0.0) if page["chosen"] else None,
                           "hard_wrong": max(wrong, default=None)})
    return scored


BARE = " without its day"


def curve(scored: list[dict[str, Any]]) -> None:
    """Per threshold and set: day exact / wrong / unknown of the finders' choice after the check, and the hard
    wrong pass; a set of pages without their day has no choice to score, only its hard wrong pass."""
    groups = [*sorted({s["set"] for s in scored}), "pooled"]
    print(f"{'threshold':>9} " + " ".join(f"{g[:30]:>36}" for g in groups))
    print(" " * 10 + "day exact / wrong / unknown % [hard wrong pass: % of pages with a wrong candidate]")
    for t in THRESHOLDS:
        cells = []
        for g in groups:
            chosen = [s for s in scored if (g == "pooled" and BARE not in s["set"]) or s["set"] == g]
            hard = [s["hard_wrong"] for s in chosen if s["hard_wrong"] is not None]
            passed = 100 * sum(1 for h in hard if h >= t) / max(len(hard), 1)
            if BARE in g:
                cells.append(f"[{passed:5.1f} % of {len(hard)}]")
                continue
            exact = sum(1 for s in chosen if s["chosen"] == s["gold"] and s["score"] >= t)
            wrong = sum(1 for s in chosen if s["chosen"] and s["chosen"] != s["gold"] and s["score"] >= t)
            n = len(chosen)
            cells.append(f"{100 * exact / n:5.1f} / {100 * wrong / n:3.1f} / {100 * (n - exact - wrong) / n:4.1f} "
                         f"[{passed:5.1f} % of {len(hard)}]")
        print(f"{t:9.3f} " + " ".join(f"{c:>36}" for c in cells))


def export(model: Any, features: list[str], thresholds: dict[str, float]) -> dict[str, Any]:
    scaler, logistic = model.steps[0][1], model.steps[1][1]
    return {"kind": "logistic regression over clean.day_evidence.FEATURES, standardised",
            "trained_by": "scripts/train_day_check.py", "seed": SEED, "features": features,
            "mean": [round(float(v), 6) for v in scaler.mean_], "scale": [round(float(v), 6) for v in scaler.scale_],
            "coef": [round(float(v), 6) for v in logistic.coef_[0]], "intercept": round(float(logistic.intercept_[0]), 6),
            "threshold": thresholds}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rows", type=Path, nargs="+")
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--threshold-text", type=float, default=0.0)
    ap.add_argument("--threshold-html", type=float, default=0.0)
    ap.add_argument("--write", type=Path)
    ap.add_argument("--no-bare", action="store_true", help="train without the pages stripped of their own day")
    a = ap.parse_args()
    pages = load(a.rows)
    curve(out_of_fold(pages, a.c, not a.no_bare))
    if a.write:
        model = fit([p for p in pages if not a.no_bare or BARE not in p["set"]], a.c)
        a.write.write_text(json.dumps(export(model, pages[0]["features"], {"text": a.threshold_text, "html": a.threshold_html}), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {a.write}")


if __name__ == "__main__":
    main()
