"""Compare two stance designs' out-of-fold predictions: a bootstrap over training stories.

    python scripts/compare_stance_cv.py BEFORE.csv AFTER.csv [--resamples 1000]

Each file is written by `scripts/train_stance.py DATA --cv --cv-seeds 0,1,2 --oof-out FILE` (one row
per pair and fold seed: seed, pair, story, gold, predicted); both must hold the same seeds and pairs.
Prints each design's macro-F1 and class F1s (mean over the fold seeds), and for AFTER − BEFORE the
95 % interval of the difference in macro-F1 and in disagree F1 when the training stories are drawn
with replacement (every seed's predictions scored on the same draw, then averaged), and the share
of draws in which AFTER is ahead. Stories, not pairs, are drawn: a story's pairs share one body and
its wording, and disagreement sits in a few of them (docs/models/stance.md).
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

LABELS = ("agree", "disagree", "discuss", "unrelated")
SEED = 0


@dataclass(slots=True, frozen=True)
class OutOfFold:
    """One design's out-of-fold predictions: (seeds, pairs) labels, and each pair's gold and story."""

    gold: np.ndarray
    stories: np.ndarray
    predicted: np.ndarray


@dataclass(slots=True, frozen=True)
class Difference:
    """AFTER − BEFORE over story resamples: 2.5 and 97.5 percentiles, and the share above zero."""

    macro_low: float
    macro_high: float
    macro_ahead: float
    disagree_low: float
    disagree_high: float
    disagree_ahead: float


def read_oof(path: Path) -> OutOfFold:
    by_seed: dict[int, dict[int, str]] = defaultdict(dict)
    gold: dict[int, str] = {}
    story: dict[int, str] = {}
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            i = int(r["pair"])
            by_seed[int(r["seed"])][i] = r["predicted"]
            gold[i], story[i] = r["gold"], r["story"]
    pairs = sorted(gold)
    return OutOfFold(np.asarray([gold[i] for i in pairs], dtype=object), np.asarray([story[i] for i in pairs]),
                     np.asarray([[by_seed[s][i] for i in pairs] for s in sorted(by_seed)], dtype=object))


def class_f1(gold: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    """F1 of each label (LABELS order); a label never predicted right scores 0, as score_stance.py."""
    out = []
    for c in LABELS:
        tp = int(((gold == c) & (predicted == c)).sum())
        wrong = int(((gold != c) & (predicted == c)).sum()) + int(((gold == c) & (predicted != c)).sum())
        out.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return np.asarray(out)


def mean_f1(oof: OutOfFold, rows: np.ndarray | None = None) -> np.ndarray:
    """Class F1s averaged over the fold seeds (on `rows` only, when given)."""
    pick = np.arange(len(oof.gold)) if rows is None else rows
    return np.mean([class_f1(oof.gold[pick], p[pick]) for p in oof.predicted], axis=0)


def story_bootstrap(before: OutOfFold, after: OutOfFold, resamples: int = 1000, seed: int = SEED) -> Difference:
    """The difference AFTER − BEFORE in macro-F1 and disagree F1 over resamples of the stories."""
    if not (np.array_equal(before.gold, after.gold) and np.array_equal(before.stories, after.stories)):
        raise ValueError("the two files do not hold the same pairs")
    rng = np.random.RandomState(seed)
    stories = np.unique(before.stories)
    rows = {s: np.flatnonzero(before.stories == s) for s in stories}
    macro, disagree = [], []
    for _ in range(resamples):
        pick = np.concatenate([rows[s] for s in rng.choice(stories, len(stories))])
        diff = mean_f1(after, pick) - mean_f1(before, pick)
        macro.append(float(diff.mean()))   # the mean of the class differences is the macro difference
        disagree.append(float(diff[LABELS.index("disagree")]))
    m, d = np.asarray(macro), np.asarray(disagree)
    return Difference(float(np.percentile(m, 2.5)), float(np.percentile(m, 97.5)), float(np.mean(m > 0)),
                      float(np.percentile(d, 2.5)), float(np.percentile(d, 97.5)), float(np.mean(d > 0)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--resamples", type=int, default=1000)
    a = ap.parse_args()
    before, after = read_oof(a.before), read_oof(a.after)
    for name, oof in (("before", before), ("after", after)):
        f1 = mean_f1(oof)
        print(f"{name}: macro-F1 {f1.mean():.4f}; " + ", ".join(f"{c} {v:.3f}" for c, v in zip(LABELS, f1, strict=True))
              + f" (mean of {len(oof.predicted)} fold seeds)")
    d = story_bootstrap(before, after, a.resamples)
    print(f"after − before, {a.resamples} resamples of {len(np.unique(before.stories))} stories: "
          f"macro-F1 {d.macro_low:+.4f}…{d.macro_high:+.4f} (ahead in {d.macro_ahead:.0%}), "
          f"disagree F1 {d.disagree_low:+.4f}…{d.disagree_high:+.4f} (ahead in {d.disagree_ahead:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
