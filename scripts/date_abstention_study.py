"""Can a learned decision tell storyline's wrong publication days from its right ones? (a study, no model shipped)

    PYTHONPATH=src python scripts/date_abstention_study.py ../shared/data/dates-dev

Runs the cleaning stages on the dev half of dates-dev (HTML and text, split by site as
benchmarks/dates.py splits it; the held-out half is never read), describes each dated answer by
the support and the conflict the page offers (which source won; whether the markup, the printed
datelines near the article, the headline block, the page head, the lines set aside as datelines,
the URL and a labelled date name the same day, a day apart or further; how many distinct days
the page gives; whether the answer is its latest or earliest), and fits a logistic regression
(balanced classes, fixed seed) that predicts a wrong answer, scored out of fold with GroupKFold by
site. It prints the out-of-fold AUC per regularisation strength and, for abstaining on the k
riskiest answers, how many wrong days that saves and how many right ones it costs.

Sixth pass (docs/metadata.md), on its final state: 587 answers, 15 wrong; AUC 0.39-0.53 by
regularisation; abstaining on the 50 riskiest answers saves 2-3 wrong days and costs 47-48 right
ones, so no abstention model is shipped.
"""
from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

SEED = 0
FOLDS = 5
SOURCES = ("dateline", "update dateline", "labelled", "htmldate", "json-ld", "meta article", "meta date",
           "time datePublished", "meta datePublished", "field whose day", "url")
RISKIEST = (5, 10, 20, 30, 50)


def candidate_days(article: Any) -> dict[str, set[str]]:
    """Every day each kind of evidence on the page names (as pubdate reads them)."""
    from storyline.clean import pubdate as p
    from storyline.clean.dateline import dateline_candidates
    from storyline.clean.slash_order import page_slash_order_of

    languages, order = [article.language or ""], page_slash_order_of(article)
    lines = p.top_lines(article)

    def days(found: list[Any]) -> set[str]:
        return {d.value.isoformat() for d in found}

    labelled, url = p._labelled(article), p._from_url(article)
    text = article.kind == "text"
    return {
        "markup": set(article.metadata.get("markup_days", "").split()),
        "container": {article.metadata["published"][:10]} if article.metadata.get("published") else set(),
        "printed": days(dateline_candidates(lines, languages, order)),
        "block": days(dateline_candidates(p.below_headline(article, lines), languages, order)),
        "head": days(dateline_candidates(p.page_head(article), languages, order)) if text else set(),
        "set_aside": days(dateline_candidates(p.set_aside_datelines(article), languages, order)) if text else set(),
        "url": {url.value} if url and url.value else set(),
        "labelled": {labelled.value.isoformat()} if labelled else set(),
    }


def features(article: Any, answer: str, evidence: str) -> list[float]:
    """The answer's support and conflict on its page (see the module docstring)."""
    found = candidate_days(article)
    every = set().union(*found.values()) | {answer}
    apart = {kind: {abs((date.fromisoformat(answer) - date.fromisoformat(d)).days) for d in days}
             for kind, days in found.items()}
    head = evidence.casefold()[:80]
    row = [article.kind == "html", article.language == "en", "utc" in head, "own offset" in head]
    row += [source.casefold() in head for source in SOURCES]
    row += [0 in gaps for gaps in apart.values()]
    row += [1 in gaps for gaps in apart.values()]
    row += [any(g > 1 for g in gaps) for gaps in apart.values()]
    row += [len(every), sum(0 in gaps for gaps in apart.values()), answer == max(every), answer == min(every)]
    return [float(x) for x in row]


def dev_rows(folder: Path) -> tuple[list[list[float]], list[int], list[str]]:
    """Features, wrong (1) or right (0), and site of every dated answer on the dev half."""
    import dates as bench
    from storyline.clean.stages import cleaning_stages
    from storyline.clean.text import count_lines
    from storyline.ingest.files import load_file
    from storyline.model import Article
    from storyline.pipeline import run_stages

    x: list[list[float]] = []
    y: list[int] = []
    sites: list[str] = []
    for kind in ("html", "text"):
        cases = [c for c in bench.load_cases(folder, kind) if c["half"] == "dev" and c.get("date")]
        docs = [load_file(c["path"]) for c in cases]
        stages = cleaning_stages(count_lines(d.content for d in docs if d.kind == "text"))
        for case, doc in zip(cases, docs):
            article = run_stages(Article.from_raw(doc), stages).article
            found = article.published if article else None
            if article is None or found is None or found.value is None:
                continue
            x.append(features(article, found.value, re.sub(r"\s+", " ", found.evidence)))
            y.append(int(found.value != case["date"]))
            sites.append(case["site"])
    return x, y, sites


def study(x: list[list[float]], y: list[int], sites: list[str]) -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    features_, labels, groups = np.array(x), np.array(y), np.array(sites)
    print(f"{len(labels)} dated dev answers, {int(labels.sum())} wrong")
    for c in (0.03, 0.1, 0.3, 1.0):
        risk = np.zeros(len(labels))
        for train, test in GroupKFold(n_splits=FOLDS).split(features_, labels, groups):
            model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, random_state=SEED)
            risk[test] = model.fit(features_[train], labels[train]).predict_proba(features_[test])[:, 1]
        order = np.argsort(-risk)
        trade = [(k, int(labels[order[:k]].sum()), k - int(labels[order[:k]].sum())) for k in RISKIEST]
        print(f"C={c}: out-of-fold AUC {roc_auc_score(labels, risk):.3f}; abstain on k riskiest "
              f"-> (k, wrong saved, right lost): {trade}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, help="dates-dev")
    study(*dev_rows(ap.parse_args().folder))


if __name__ == "__main__":
    main()
