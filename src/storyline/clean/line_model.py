"""The learned line model: sentences the body region left out that boosted trees hold for body come back.

The rules (storyline.clean.lines, .text, .region) name boilerplate and choose the body region; four
rounds of rules raised the dev halves far more than the held-out ones (docs/cleaning.md). This model
gives a line a probability of being article body from its shape and place on the page
(storyline.clean.line_vector: no word of any article) and overrules only the region, only one
way: a sentence the region dropped (no rule named it) comes back into the body when the model
holds it for body. A line a rule named (byline, dateline, copyright: the metadata readers use
those reasons) keeps its reason, and the model drops nothing: in grouped CV every threshold for
dropping region-kept lines lowered silver F1 and left extraction-dev's unchanged
(docs/models/lines.md), so there is no drop reason of the model's own.
Trained by scripts/train_line_model.py (scikit-learn
GradientBoostingClassifier, exported as plain arrays into line_model.json, predicted with numpy);
model card: docs/models/lines.md.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from storyline.clean.line_vector import FEATURES, line_matrix
from storyline.clean.lines import Line
from storyline.clean.region import Region
from storyline.errors import ConfigError
from storyline.shipped import read_shipped_json

MODEL_FILE = "line_model.json"
FORMAT = 1
# A line the model may bring back scores this as prose: a sentence of 100+ characters.
_SENTENCE = 1.0


@dataclass(slots=True, frozen=True)
class Trees:
    """Binary boosted trees of one depth, complete (padded): raw = init + rate · Σ leaves."""

    init: float
    rate: float
    depth: int
    features: np.ndarray    # (T, 2^depth - 1) feature tested at each inner node, breadth first
    thresholds: np.ndarray  # (T, 2^depth - 1) go left when x <= threshold
    leaves: np.ndarray      # (T, 2^depth)

    def probability(self, x: np.ndarray) -> np.ndarray:
        """P(body) of each row of x."""
        n, trees = len(x), len(self.features)
        node = np.zeros((n, trees), dtype=np.int64)
        cols = np.arange(trees)
        rows = np.arange(n)[:, None]
        for _ in range(self.depth):
            right = x[rows, self.features[cols, node]] > self.thresholds[cols, node]
            node = 2 * node + 1 + right
        raw = self.init + self.rate * self.leaves[cols, node - (2 ** self.depth - 1)].sum(axis=1)
        return 1.0 / (1.0 + np.exp(-raw))


@dataclass(slots=True, frozen=True)
class LineModel:
    trees: Trees
    keep_above: float    # a region-dropped sentence with P(body) above this comes back


def trees_from(record: dict[str, Any]) -> Trees:
    return Trees(float(record["init"]), float(record["rate"]), int(record["depth"]),
                 np.asarray(record["features"], dtype=np.int64),
                 np.asarray(record["thresholds"], dtype=np.float64),
                 np.asarray(record["leaves"], dtype=np.float64))


@cache
def load_model(path: str | None = None) -> LineModel:
    """The shipped weights (or a file written by scripts/train_line_model.py)."""
    data = read_shipped_json("storyline.clean", MODEL_FILE, path, what="line model",
                             fix="run scripts/train_line_model.py")
    if data.get("format") != FORMAT or tuple(data.get("feature_names", ())) != FEATURES:
        raise ConfigError(f"line model format {data.get('format')!r} or its features differ from this version's",
                          fix="re-train with scripts/train_line_model.py")
    return LineModel(trees_from(data["trees"]), float(data["keep_above"]))


def overrule(lines: Sequence[Line], rows: Sequence[int], probabilities: np.ndarray, region: Region,
             model: LineModel) -> None:
    """Bring back the lines among `rows` (their probabilities in order) that the region dropped
    and the model holds for body, when they may come back (`candidates`)."""
    for i, p in zip(rows, probabilities):
        if p > model.keep_above and lines[i].reason == "boilerplate" and _may_return(i, region):
            lines[i].reason = None


def candidates(lines: Sequence[Line], reasons: Sequence[str | None], region: Region) -> list[int]:
    """The lines the model may bring back: dropped by the region (no rule named them), sentences
    of 100+ characters (region score >= 1), between the headline copy and the comment section.
    Restored menus, captions and link lists scattered the body, and a page's article does not
    start above its headline nor run into its comments (5-fold CV over dev sites,
    docs/models/lines.md). Only these lines' features are computed: a few per page."""
    return [i for i, ln in enumerate(lines)
            if reasons[i] is None and ln.reason == "boilerplate" and _may_return(i, region)]


def _may_return(i: int, region: Region) -> bool:
    return region.top <= i < region.bottom and region.scores[i] >= _SENTENCE


def apply_line_model(lines: Sequence[Line], reasons: Sequence[str | None], region: Region,
                     model: LineModel | None = None) -> None:
    """Score the lines the model may bring back and restore those it holds for body."""
    rows = candidates(lines, reasons, region)
    if rows:
        model = model or load_model()
        x = line_matrix(lines, reasons, region.scores, region.head, region.density, rows)
        overrule(lines, rows, model.trees.probability(x), region, model)
