"""Grouped-CV study of structure over the line model's decisions (branch clean10; nothing shipped).

    python scripts/line_structure_study.py ../shared/data/dates-dev ../shared/data/extraction-dev \\
        [--cache /tmp/silver.json]

Issue 10 asks whether a learned choice of the body region, or a sequence smoothing of the line
model's probabilities, beats the shipped combination (the rules' region, then region-dropped
sentences restored at P > 0.4; docs/models/lines.md). Same data as scripts/train_line_model.py:
the DEV halves only (silver dates-dev dev sites, extraction-dev dev pages), 5-fold GroupKFold by
site / page, out-of-fold line probabilities; every variant is scored end to end with the
benchmarks' metric, with a 90 % paired page-bootstrap interval against the shipped combination.

1. **Viterbi smoothing**: two states (in / out of the article) over the lines no rule named
   inside the region's bounds; emission = the model's log-odds (scaled, shifted), a cost per
   switch; a line is kept when its state is `in`.
2. **Learned region choice**: candidates are spans from the start of one run of positive-scoring
   lines to the end of a later one (at most 12 runs apart, inside the region's bounds) plus the
   rules' own span; a boosted regressor predicts each span's F1 from block features (its region
   score and the best one, overlap with the rules' span, length, share of the page's prose and long
   sentences, rule-named furniture inside, place, with or without the line model's probabilities)
   and the best span replaces the rules' when it is predicted better by a margin. The training
   target is a token-count proxy of the page F1 from the line labels (fast; scored for real after).
3. **Stacked smoothing**: a second boosted model over each line's out-of-fold probability and
   those of its three neighbours on each side (with a few of its own shape features), used in
   place of the first for the restore, or to drop kept lines.

The held-out halves are never read. Seeds fixed; BLAS on one thread.
"""
from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
from extraction_metric import score  # noqa: E402
from storyline.clean.line_vector import FEATURES  # noqa: E402
from storyline.clean.text import _rejoin  # noqa: E402
from train_line_model import (  # noqa: E402
    FOLDS,
    KEEP_ABOVE,
    SEED,
    Page,
    extraction_pages,
    fit,
    paired_interval,
    silver_pages,
)

Keep = list[bool]
Chooser = Callable[[int, Page, np.ndarray], Keep]
_FURNITURE = ("related", "caption", "credit", "ad", "promo", "social", "navigation", "repeated", "title",
              "byline", "dateline")
_MAX_BLOCKS = 12


@dataclass(slots=True)
class Study:
    pages: list[Page]
    oof: list[np.ndarray]
    base: dict[str, dict[str, str]]


def out_of_fold(pages: list[Page]) -> list[np.ndarray]:
    """Each page's line probabilities from a model trained on the other folds (grouped by site)."""
    from sklearn.model_selection import GroupKFold

    oof: list[np.ndarray] = [np.zeros(0)] * len(pages)
    for train, test in GroupKFold(n_splits=FOLDS).split(pages, groups=[p.group for p in pages]):
        model = fit([pages[i] for i in train])
        for i in test:
            oof[i] = model.predict_proba(pages[i].x)[:, 1] if len(pages[i].x) else np.zeros(0)
    return oof


def rules_keep(page: Page) -> Keep:
    return [ln.reason is None for ln in page.lines]


def restorable(page: Page, i: int, keep: Keep) -> bool:
    """The shipped restore's candidates: no rule named it, dropped, a sentence, inside the bounds."""
    r = page.region
    return page.reasons[i] is None and not keep[i] and r.top <= i < r.bottom and r.scores[i] >= 1.0


def shipped_keep(page: Page, prob: np.ndarray, keep: Keep | None = None) -> Keep:
    keep = rules_keep(page) if keep is None else keep
    return [k or (restorable(page, i, keep) and prob[i] > KEEP_ABOVE) for i, k in enumerate(keep)]


def bodies(study: Study, source: str, choose: Chooser) -> dict[str, str]:
    return {p.id: "\n\n".join(_rejoin([ln.text for ln, k in zip(p.lines, choose(i, p, study.oof[i])) if k]))
            for i, p in enumerate(study.pages) if p.source == source}


def report(study: Study, label: str, choose: Chooser) -> None:
    cells = []
    for source in ("silver", "extraction"):
        truth = {p.id: p.truth for p in study.pages if p.source == source}
        pred = bodies(study, source, choose)
        f1 = score(truth, pred, bootstrap=0)["f1"]
        low, high = paired_interval(truth, study.base[source], pred)
        changed = sum(pred[k] != study.base[source][k] for k in pred)
        cells.append(f"{source} {f1:.4f} [{low:+.4f}, {high:+.4f}] {changed:3d} pages")
    print(f"{label:44} " + "  ".join(cells), flush=True)


# 1. Viterbi smoothing -----------------------------------------------------------------------------

def viterbi(log_odds: np.ndarray, switch: float) -> list[int]:
    """The best in(1)/out(0) path: emission ±log_odds/2, `switch` per change of state."""
    m = len(log_odds)
    best = np.array([-log_odds[0] / 2, log_odds[0] / 2])
    back = np.zeros((m, 2), dtype=np.int64)
    for k in range(1, m):
        stay_or_move = np.array([[best[0], best[1] - switch], [best[0] - switch, best[1]]])
        back[k] = stay_or_move.argmax(axis=1)
        best = stay_or_move.max(axis=1) + np.array([-log_odds[k] / 2, log_odds[k] / 2])
    path = [int(best.argmax())]
    for k in range(m - 1, 0, -1):
        path.append(int(back[k, path[-1]]))
    return path[::-1]


def smoothed_keep(page: Page, prob: np.ndarray, scale: float, shift: float, switch: float) -> Keep:
    keep = rules_keep(page)
    r = page.region
    idx = [i for i in range(len(page.lines)) if page.reasons[i] is None and r.top <= i < r.bottom]
    if idx:
        p = np.clip(prob[idx], 1e-4, 1 - 1e-4)
        for i, state in zip(idx, viterbi(scale * np.log(p / (1 - p)) + shift, switch)):
            keep[i] = bool(state)
    return keep


# 2. Learned region choice --------------------------------------------------------------------------

def rules_span(page: Page) -> tuple[int, int] | None:
    kept = [i for i, ln in enumerate(page.lines) if ln.reason is None and page.reasons[i] is None]
    return (kept[0], kept[-1] + 1) if kept else None


def blocks_of(page: Page) -> list[tuple[int, int]]:
    """Runs of positive-scoring lines inside the region's bounds."""
    r, out, i = page.region, [], page.region.top
    while i < r.bottom:
        if r.scores[i] > 0 and page.reasons[i] is None:
            j = i
            while j < r.bottom and r.scores[j] > 0:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def spans_of(page: Page) -> list[tuple[int, int]]:
    runs = blocks_of(page)
    spans = {(runs[a][0], runs[b][1]) for a in range(len(runs)) for b in range(a, min(len(runs), a + _MAX_BLOCKS))}
    own = rules_span(page)
    return sorted(spans | ({own} if own else set()))


def span_keep(page: Page, span: tuple[int, int]) -> Keep:
    return [page.reasons[i] is None and span[0] <= i < span[1] for i in range(len(page.lines))]


def proxy_f1(page: Page, keep: Keep) -> float:
    """Page F1 from the line labels, counted in tokens (the training target; fast)."""
    w = np.asarray([len(ln.text.split()) for ln in page.lines], dtype=np.float64)
    kept = np.asarray(keep, dtype=bool)
    tp = float((w * kept * page.y).sum())
    fp = float((w * kept * (1 - page.y)).sum())
    fn = max(len(page.truth.split()) - tp, 0.0)
    return 2 * tp / (2 * tp + fp + fn) if tp > 0 else 0.0


def span_features(page: Page, span: tuple[int, int], prob: np.ndarray, with_model: bool) -> list[float]:
    s, e = span
    n = len(page.lines)
    sc = np.asarray(page.region.scores)
    own = rules_span(page) or (0, 0)
    none = np.asarray([r is None for r in page.reasons])
    inside = np.zeros(n, dtype=bool)
    inside[s:e] = True
    chars = np.asarray([len(ln.text) for ln in page.lines], dtype=np.float64)
    total, best = sc[s:e].sum(), sc[own[0]:own[1]].sum()
    inter = max(min(e, own[1]) - max(s, own[0]), 0)
    longs = sc >= 1.0
    head = page.region.head
    row = [total, total - best, total / (best + 1e-9), float(span == own),
           inter / max((e - s) + (own[1] - own[0]) - inter, 1), math.log1p(e - s),
           math.log1p(chars[inside & none].sum()), chars[inside & none].sum() / (chars[none].sum() + 1e-9),
           sc[s:e][sc[s:e] > 0].sum() / (sc[sc > 0].sum() + 1e-9), -sc[s:e][sc[s:e] <= 0].sum(),
           longs[inside].sum() / max(longs.sum(), 1), float(longs.sum()), s / n, e / n,
           float(s - head) if head is not None else 99.0, float(head is not None), float(s - own[0]),
           float(e - own[1]), sc[s], sc[e - 1], math.log1p(n),
           *(float(sum(page.reasons[i] == f for i in range(s, e))) for f in _FURNITURE)]
    if with_model:
        words = np.asarray([max(ln.shape.words, 1) for ln in page.lines], dtype=np.float64)
        p_in = prob[inside & none]
        row += [p_in.mean() if len(p_in) else 0.0, p_in.min() if len(p_in) else 0.0,
                float((prob[none & ~inside] > 0.5).sum()), float((prob[none & inside] < 0.5).sum()),
                (prob * words)[none & inside].sum() / (words[none].sum() + 1e-9)]
    return row


def choose_spans(study: Study, with_model: bool, margins: tuple[float, ...],
                 seed: int) -> dict[float, dict[int, tuple[int, int]]]:
    """Out-of-fold: the span each page's regressor rates best, when it beats the rules' by a margin
    (one choice per margin)."""
    from sklearn.ensemble import GradientBoostingRegressor
    from sklearn.model_selection import GroupKFold

    rows, target, groups, owner, spans = [], [], [], [], []
    for k, page in enumerate(study.pages):
        for span in spans_of(page):
            rows.append(span_features(page, span, study.oof[k], with_model))
            target.append(proxy_f1(page, span_keep(page, span)))
            groups.append(page.group)
            owner.append(k)
            spans.append(span)
    x, y, who = np.asarray(rows), np.asarray(target), np.asarray(owner)
    pred = np.zeros(len(x))
    for train, test in GroupKFold(n_splits=FOLDS).split(x, groups=groups):
        model = GradientBoostingRegressor(n_estimators=200, max_depth=3, learning_rate=0.05, min_samples_leaf=20,
                                          subsample=0.8, random_state=seed)
        pred[test] = model.fit(x[train], y[train]).predict(x[test])
    chosen: dict[float, dict[int, tuple[int, int]]] = {m: {} for m in margins}
    for k in range(len(study.pages)):
        rows_k = np.flatnonzero(who == k)
        if not len(rows_k):
            continue
        top = rows_k[np.argmax(pred[rows_k])]
        own = rows_k[x[rows_k, 3] == 1]
        for margin in margins:
            if not len(own) or pred[top] - pred[own[0]] > margin:
                chosen[margin][k] = spans[top]
    return chosen


def chosen_keep(chosen: dict[int, tuple[int, int]]) -> Chooser:
    def keep(i: int, page: Page, prob: np.ndarray) -> Keep:
        span = chosen.get(i)
        return shipped_keep(page, prob, None if span is None else span_keep(page, span))
    return keep


# 3. Stacked smoothing ------------------------------------------------------------------------------

_OWN = ("log_chars", "words", "prose", "terminal", "kept", "stop_density", "density_ratio", "dist_kept",
        "between_long")


def stacked(study: Study) -> list[np.ndarray]:
    """Out-of-fold second-stage probabilities over each line's and its ±3 neighbours' probabilities."""
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.model_selection import GroupKFold

    cols = [FEATURES.index(f) for f in _OWN]
    rows, y, w, groups, where = [], [], [], [], []
    for k, page in enumerate(study.pages):
        pad = np.concatenate([np.full(3, -1.0), study.oof[k], np.full(3, -1.0)])
        for i in range(len(page.lines)):
            if page.reasons[i] is None:
                window = pad[i:i + 7]
                seen = window[window >= 0]
                rows.append([*window, seen.max(), seen.min(), seen.mean(), *page.x[i, cols]])
                y.append(page.y[i])
                w.append(max(page.lines[i].shape.words, 1) * (5.0 if page.source == "extraction" else 1.0))
                groups.append(page.group)
                where.append((k, i))
    x, yy, ww = np.asarray(rows), np.asarray(y), np.asarray(w)
    pred = np.zeros(len(x))
    for train, test in GroupKFold(n_splits=FOLDS).split(x, groups=groups):
        model = GradientBoostingClassifier(n_estimators=150, max_depth=3, learning_rate=0.1, min_samples_leaf=20,
                                           random_state=SEED)
        pred[test] = model.fit(x[train], yy[train], sample_weight=ww[train]).predict_proba(x[test])[:, 1]
    out = [np.zeros(len(p.lines)) for p in study.pages]
    for (k, i), q in zip(where, pred):
        out[k][i] = q
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("silver", type=Path, help="dates-dev folder")
    ap.add_argument("extraction", type=Path, help="extraction-dev folder")
    ap.add_argument("--cache", type=Path, help="silver bodies cache (outside the repository)")
    a = ap.parse_args()
    pages = silver_pages(a.silver, a.cache) + extraction_pages(a.extraction)
    oof = out_of_fold(pages)
    study = Study(pages, oof, {})
    study.base = {s: bodies(study, s, lambda i, p, o: shipped_keep(p, o)) for s in ("silver", "extraction")}
    report(study, "rules alone", lambda i, p, o: rules_keep(p))
    report(study, f"shipped (restore at P > {KEEP_ABOVE})", lambda i, p, o: shipped_keep(p, o))
    for scale, shift, switch in ((1.0, 0.0, 0.0), (1.0, 0.0, 2.0), (1.0, 1.0, 0.0), (1.0, 1.0, 2.0),
                                 (1.0, 1.0, 4.0), (0.5, 1.0, 2.0)):
        report(study, f"viterbi scale {scale} shift {shift} switch {switch}",
               lambda i, p, o, a=scale, b=shift, c=switch: smoothed_keep(p, o, a, b, c))
    for with_model in (False, True):
        for margin, chosen in choose_spans(study, with_model, (0.0, 0.02, 0.05, 0.1), SEED).items():
            report(study, f"region choice {'+model' if with_model else 'shape'} margin {margin} ({len(chosen)})",
                   chosen_keep(chosen))
    second = stacked(study)
    for keep in (0.3, 0.4, 0.5):
        report(study, f"stacked restore P2 > {keep}",
               lambda i, p, o, t=keep: shipped_keep(p, np.where(second[i] > t, 1.0, 0.0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
