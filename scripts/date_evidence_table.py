"""Which kinds of publication-date evidence are right and wrong how often, across the dev sets.

    PYTHONPATH=src python scripts/date_evidence_table.py ../shared/data/dates-dev ../shared/data/extraction-dev

Runs the cleaning stages on every dev page with a gold day (dates-dev's dev half, HTML and text,
split by site as benchmarks/dates.py splits it; extraction-dev's hand-dated pages, HTML and text;
the held-out half is never read) and prints, per evidence kind, right / wrong / unknown / total for
English and other pages, then the same per support pattern (which independent sources on the page
name the answer's day and which name a day more than one day away). Evidence kind is the source
that won (a markup field, htmldate's guess, a dateline, a labelled date, the URL...), read from the
answer's evidence text; support comes from scripts/date_abstention_study.candidate_days.
`--rows FILE` writes one JSON row per page (set, site, language, kind, support, outcome) for
further counting; the abstention rules the table suggests are tried on every answer (wrong days
saved, right days lost), and `--learned` fits a logistic regression over the same features (fixed
seed, GroupKFold by site). `--site-folds` estimates what an abstention policy does on sites
never seen: in each of 5 folds by site, the policy (none, one of the rules, the learned scorer's k
riskiest) whose cost (wrong days x W + right days lost) is lowest on the other four folds is applied to
the fold left out. No page text is printed.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# (evidence text pattern, kind), first match wins: the wording clean.pubdate gives each source.
KINDS: tuple[tuple[str, str], ...] = (
    (r"^the page's own rendering", "markup, rendered local day"),
    (r"^HTML metadata, the field whose day", "markup, another field printed"),
    (r"htmldate.*a dateline near the article prints", "htmldate guess + printed"),
    (r"^HTML metadata \(htmldate", "htmldate guess alone"),
    (r"^HTML metadata .*UTC time", "markup, UTC time"),
    (r"^HTML metadata \(json-ld", "markup, json-ld"),
    (r"^HTML metadata \(meta", "markup, meta field"),
    (r"^HTML metadata \(time", "markup, time element"),
    (r"^update dateline", "update dateline"),
    (r"^dateline.*\(markup said", "dateline over markup"),
    (r"^dateline.*copyright year", "weekday dateline + copyright year"),
    (r"^dateline", "dateline"),
    (r"^labelled date", "labelled date"),
    (r"^date in URL", "URL"),
)


def evidence_kind(evidence: str) -> str:
    for pattern, kind in KINDS:
        if re.search(pattern, evidence, re.S):
            return kind
    return "other"


def dateline_step(article: Any) -> str:
    """Which step of clean.pubdate._dateline found the page's dateline (the same order it tries them)."""
    from storyline.clean import pubdate as p
    from storyline.clean.dateline import dateline_candidates, find_dateline, lead_dateline
    from storyline.clean.slash_order import page_slash_order_of

    languages, order = [article.language or ""], page_slash_order_of(article)
    teasers = p.teaser_list_lines(article)
    lines = p._without(p.top_lines(article), teasers)
    text = article.kind == "text"
    block = find_dateline(p.below_headline(article, lines), languages, order)
    if block is None and text:
        block = find_dateline(p.below_headline(article, p._without(p.page_head(article), teasers), named=True),
                              languages, order)
    wider = find_dateline(lines, languages, order) if block is None or block.updated else None
    if block is not None and (wider is None or wider.updated):
        return "headline block"
    if wider is not None and text and p._over_headline(article, wider) and p._sole_labelled(article):
        return "labelled, over a day above the headline"
    if wider is not None:
        return "window"
    if text:
        head = p._without(p.page_head(article), teasers)
        if [d for d in dateline_candidates(head, languages, order) if not d.updated] or find_dateline(head, languages, order):
            return "page top, nearest"
        if find_dateline(p._without(p.set_aside_datelines(article), teasers), languages, order):
            return "set aside below"
    if lead_dateline(list(enumerate(article.paragraphs()[:p.TOP_BODY_LINES], start=1)), languages, order):
        return "wire lead"
    return "?"


def support(article: Any, answer: str) -> dict[str, list[str]]:
    """Sources naming the answer's day (agree), only days more than a day from it (conflict), and a
    day one off it but not its day (near: a time zone's or a late evening's other reading)."""
    from date_abstention_study import candidate_days

    found: dict[str, list[str]] = {"agree": [], "conflict": [], "near": []}
    for source, days in candidate_days(article).items():
        if source == "container" or not days:
            continue
        gaps = {abs((date.fromisoformat(answer) - date.fromisoformat(d)).days) for d in days}
        key = "agree" if 0 in gaps else "near" if 1 in gaps else "conflict"
        found[key].append(source)
    return found


def witness(html: str | None, url: str | None, answer: str) -> str:
    """How htmldate's own answer for the page (run on its own, original date, extensive search: an
    independent reader) relates to storyline's day: same, one day off, further, none; text pages n/a."""
    if html is None:
        return "n/a"
    from htmldate import find_date

    guess = find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
    if not guess:
        return "none"
    gap = abs((date.fromisoformat(answer) - date.fromisoformat(guess)).days)
    return "same" if gap == 0 else "one off" if gap == 1 else "far"


SETS = ("dates-dev html", "dates-dev text", "unseen unseen", "unseen unseen-text")


def dev_cases(dates_dev: Path, extraction_dev: Path, sets: tuple[str, ...] = SETS) -> list[tuple[str, dict[str, Any]]]:
    import dates as bench

    out = [(f"dates-dev {k}", c) for k in ("html", "text") if f"dates-dev {k}" in sets
           for c in bench.load_cases(dates_dev, k) if c["half"] == "dev" and c.get("date")]
    out += [(f"unseen {k}", c) for k in ("unseen", "unseen-text") if f"unseen {k}" in sets
            for c in bench.load_cases(extraction_dev, k) if c.get("date")]
    return out


def rows(dates_dev: Path, extraction_dev: Path, sets: tuple[str, ...] = SETS) -> list[dict[str, Any]]:
    from storyline.clean.stages import cleaning_stages
    from storyline.clean.text import count_lines
    from storyline.ingest.files import load_file
    from storyline.model import Article, RawDocument
    from storyline.pipeline import run_stages

    cases = dev_cases(dates_dev, extraction_dev, sets)
    out = []
    for name in dict.fromkeys(n for n, _ in cases):
        chosen = [c for n, c in cases if n == name]
        docs = [RawDocument(source=c["file"], kind="text", content=c["content"]) if "content" in c
                else replace(load_file(c["path"]), source=c["file"]) for c in chosen]
        stages = cleaning_stages(count_lines(d.content for d in docs if d.kind == "text"))
        for case, doc in zip(chosen, docs):
            article = run_stages(Article.from_raw(doc), stages).article
            found = article.published if article else None
            # the hand-dated pages carry no language label: the detected one stands in
            lang = case.get("lang") or (article.language if article else None)
            row = {"set": name, "site": case["site"], "file": case["file"], "en": lang == "en"}
            if article is None or found is None or found.value is None or found.precision != "day":
                out.append({**row, "kind": "unknown", "agree": [], "conflict": [], "near": [], "witness": "n/a",
                            "outcome": "unknown"})
                continue
            sources = support(article, found.value)
            kind = evidence_kind(found.evidence)
            if "dateline" in kind and "markup" not in kind:
                kind = f"{kind}, {dateline_step(article)}"
            html = doc.content if doc.kind == "html" else None
            out.append({**row, "kind": kind, **sources, "witness": witness(html, case.get("url"), found.value),
                        "outcome": "right" if found.value == case["date"] else "wrong"})
    return out


def table(found: list[dict[str, Any]], key: str) -> None:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for r in found:
        if r["outcome"] == "unknown":
            continue
        value = r[key] if isinstance(r[key], str) else "+".join(r[key]) or "-"
        lang = "en" if r["en"] else "other"
        counts[value][f"{lang} {r['outcome']}"] += 1
    print(f"\n| {key} | en right | en wrong | other right | other wrong | total | wrong % |\n|---|---|---|---|---|---|---|")
    for value, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        total = sum(c.values())
        wrong = c["en wrong"] + c["other wrong"]
        print(f"| {value} | {c['en right']} | {c['en wrong']} | {c['other right']} | {c['other wrong']} "
              f"| {total} | {100 * wrong / total:.1f} |")


# Abstention rules the table suggests, each tried on every dev answer: (name, test on a row).
POLICIES: tuple[tuple[str, Any], ...] = (
    ("htmldate's guess alone", lambda r: r["kind"] == "htmldate guess alone"),
    ("a printed day one off the markup's wins", lambda r: r["kind"] == "dateline over markup"),
    ("another source names a day > 1 day away", lambda r: bool(r["conflict"])),
    ("no other source names the day", lambda r: len([a for a in r["agree"] if a != "markup"]) == 0),
    ("one source names the day, or none", lambda r: len(r["agree"]) <= 1),
    ("a source names a day one off, none the day", lambda r: bool(r["near"]) and not r["agree"]),
    ("a source names a day one off", lambda r: bool(r["near"])),
    ("htmldate on its own names another day", lambda r: r["witness"] in ("one off", "far")),
    ("htmldate on its own names a day > 1 day away", lambda r: r["witness"] == "far"),
    ("htmldate disagrees and one source or none names the day",
     lambda r: r["witness"] in ("one off", "far") and len(r["agree"]) <= 1),
)
WRONG_COSTS = (2, 3, 5)
SEED = 0
FOLDS = 5
WITNESS = ("same", "one off", "far", "none", "n/a")
RISKIEST = (5, 10, 20, 40)


def policies(found: list[dict[str, Any]]) -> None:
    """What each abstention rule would save (wrong days) and cost (right days) on the dev answers."""
    answered = [r for r in found if r["outcome"] != "unknown"]
    print("\n| abstain when | answers | wrong saved | right lost |\n|---|---|---|---|")
    for name, test in POLICIES:
        hit = [r for r in answered if test(r)]
        print(f"| {name} | {len(hit)} | {sum(r['outcome'] == 'wrong' for r in hit)} "
              f"| {sum(r['outcome'] == 'right' for r in hit)} |")


def _features(answered: list[dict[str, Any]]) -> Any:
    """Evidence kind, agreeing / conflicting / one-off sources, htmldate's relation, page kind (no words)."""
    import numpy as np

    kinds = sorted({r["kind"] for r in answered})
    sources = sorted({s for r in answered for s in r["agree"] + r["conflict"] + r["near"]})
    return np.array([[r["kind"] == k for k in kinds] + [s in r["agree"] for s in sources]
                     + [s in r["conflict"] for s in sources] + [s in r["near"] for s in sources]
                     + [r["witness"] == w for w in WITNESS]
                     + [len(r["agree"]), bool(r["conflict"]), r["en"], "text" in r["set"]] for r in answered], float)


def _out_of_fold_risk(x: Any, y: Any, groups: Any, c: float) -> Any:
    """Each answer's risk of being wrong from a model fitted on the other sites' folds."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    risk = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        if y[train].sum() == 0:
            continue
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, random_state=SEED)
        risk[test] = model.fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    return risk


def learned(found: list[dict[str, Any]]) -> None:
    """A logistic regression over the evidence features, scored out of fold with GroupKFold by site:
    AUC, and wrong saved / right lost abstaining on the k riskiest answers."""
    import numpy as np
    from sklearn.metrics import roc_auc_score

    answered = [r for r in found if r["outcome"] != "unknown"]
    x, y = _features(answered), np.array([r["outcome"] == "wrong" for r in answered], int)
    groups = np.array([r["site"] for r in answered])
    print(f"\nlearned abstention: {len(y)} answers, {int(y.sum())} wrong, {len(set(groups))} sites")
    for c in (0.03, 0.1, 0.3, 1.0, 3.0):
        risk = _out_of_fold_risk(x, y, groups, c)
        order = np.argsort(-risk)
        trade = [(k, int(y[order[:k]].sum()), k - int(y[order[:k]].sum())) for k in RISKIEST]
        print(f"  C={c}: out-of-fold AUC {roc_auc_score(y, risk):.3f}; (k riskiest, wrong saved, right lost) {trade}")


def _policy_masks(answered: list[dict[str, Any]], train: Any, test: Any) -> dict[str, Any]:
    """Every candidate policy as the answers it abstains on; the learned ones are fitted on `train`
    only (their cost on `train` out of fold by site, their abstentions on `test` from the fit)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    masks = {"none": np.zeros(len(answered), bool)}
    masks.update({name: np.array([bool(test_(r)) for r in answered]) for name, test_ in POLICIES})
    x, y = _features(answered), np.array([r["outcome"] == "wrong" for r in answered], int)
    groups = np.array([r["site"] for r in answered])
    if y[train].sum() == 0:  # no wrong answer to learn from: the learned policies abstain on nothing
        return masks
    risk = np.zeros(len(y))
    risk[train] = _out_of_fold_risk(x[train], y[train], groups[train], 0.1)
    risk[test] = LogisticRegression(C=0.1, class_weight="balanced", max_iter=3000, random_state=SEED) \
        .fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    for share in (0.01, 0.02, 0.05):
        cut = np.quantile(risk[train], 1 - share)
        masks[f"learned, riskiest {share:.0%}"] = risk >= cut
    return masks


def site_folds(found: list[dict[str, Any]]) -> None:
    """Leave-site-out choice of an abstention policy: chosen on four folds of sites by cost (wrong x W
    + right lost), scored on the fifth; summed over the five folds left out."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    answered = [r for r in found if r["outcome"] != "unknown"]
    wrong = np.array([r["outcome"] == "wrong" for r in answered])
    groups = np.array([r["site"] for r in answered])
    print("\n| wrong costs | policy chosen per fold | wrong saved out of fold | right lost out of fold |\n|---|---|---|---|")
    for cost in WRONG_COSTS:
        chosen, saved, lost = [], 0, 0
        for train, test in GroupKFold(n_splits=FOLDS).split(answered, wrong, groups):
            masks = _policy_masks(answered, train, test)

            def price(name: str, idx: Any = train, m: dict[str, Any] = masks, w: int = cost) -> float:
                hit = m[name][idx]
                return float(w * (wrong[idx].sum() - wrong[idx][hit].sum()) + (~wrong[idx][hit]).sum())

            best = min(masks, key=price)
            chosen.append(best)
            hit = masks[best][test]
            saved += int(wrong[test][hit].sum())
            lost += int((~wrong[test][hit]).sum())
        print(f"| {cost} | {'; '.join(chosen)} | {saved} of {int(wrong.sum())} | {lost} |")


BOOTSTRAP_ROUNDS = 2000


def site_intervals(found: list[dict[str, Any]]) -> dict[str, dict[str, tuple[float, float]]]:
    """95 % intervals of each set's exact and wrong rates when its sites are drawn again with
    replacement (pages of one site stay together: a site's template decides them alike): how far a
    half of other sites may fall from these figures by the draw of sites alone."""
    import random

    rng = random.Random(SEED)
    out = {}
    for name in dict.fromkeys(r["set"] for r in found):
        by_site: dict[str, list[str]] = defaultdict(list)
        for r in found:
            if r["set"] == name:
                by_site[r["site"]].append(r["outcome"])
        sites, rates = list(by_site), {"right": [], "wrong": []}
        for _ in range(BOOTSTRAP_ROUNDS):
            drawn = [o for site in rng.choices(sites, k=len(sites)) for o in by_site[site]]
            for outcome, values in rates.items():
                values.append(100 * drawn.count(outcome) / len(drawn))
        low, high = int(0.025 * BOOTSTRAP_ROUNDS), int(0.975 * BOOTSTRAP_ROUNDS) - 1
        out[name] = {k: (sorted(v)[low], sorted(v)[high]) for k, v in rates.items()}
        print(f"{name}: exact 95 % [{out[name]['right'][0]:.1f}, {out[name]['right'][1]:.1f}], "
              f"wrong [{out[name]['wrong'][0]:.1f}, {out[name]['wrong'][1]:.1f}] ({len(sites)} sites drawn again)")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dates_dev", type=Path)
    ap.add_argument("extraction_dev", type=Path)
    ap.add_argument("--rows", type=Path, help="write the per-page rows here (JSON)")
    ap.add_argument("--sets", nargs="+", choices=SETS, default=SETS)
    ap.add_argument("--learned", action="store_true", help="also fit and score the learned abstention (scikit-learn)")
    ap.add_argument("--site-folds", action="store_true", help="choose a policy on 4 folds of sites, score the 5th")
    ap.add_argument("--site-intervals", action="store_true", help="exact / wrong intervals, sites drawn again")
    a = ap.parse_args()
    found = rows(a.dates_dev, a.extraction_dev, tuple(a.sets))
    if a.rows:
        a.rows.write_text(json.dumps(found, indent=0), encoding="utf-8")
    print(f"{len(found)} dev pages: " + ", ".join(f"{k} {v}" for k, v in Counter(r['outcome'] for r in found).items()))
    for r in found:
        r["n_agree"] = str(len(r["agree"]))
        r["conflicts"] = "conflict" if r["conflict"] else "no conflict"
    for key in ("kind", "n_agree", "conflicts", "agree", "near", "witness"):
        table(found, key)
    policies(found)
    if a.learned:
        learned(found)
    if a.site_folds:
        site_folds(found)
    if a.site_intervals:
        site_intervals(found)


if __name__ == "__main__":
    main()
