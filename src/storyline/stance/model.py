"""The stance model's weights: gradient-boosted trees as plain arrays, predicted with numpy.

scripts/train_stance.py fits scikit-learn's GradientBoostingClassifier and exports every tree into
JSON (feature, threshold, leaf value, padded to a complete tree of the same depth), so the package
ships no pickle and prediction needs numpy only: identical across scikit-learn versions.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from storyline.errors import ConfigError
from storyline.shipped import read_shipped_json
from storyline.stance.text import Idf
from storyline.stance.topics import Topics, topics_from
from storyline.stance.vectors import WordVectors, load_vectors

LABELS = ("agree", "disagree", "discuss", "unrelated")
MODEL_FILE = "stance_model.json"
FORMAT = 3          # 2: latent topics (LSA) for stage one; 3: word-vector cosines for stage one


@dataclass(slots=True, frozen=True)
class Forest:
    """Boosted trees of one depth: raw score of class k = init[k] + rate · Σ leaves of k's trees."""

    classes: tuple[str, ...]
    init: np.ndarray        # (K,)
    rate: float
    depth: int
    features: np.ndarray    # (T, 2^depth - 1) feature tested at each inner node (breadth first)
    thresholds: np.ndarray  # (T, 2^depth - 1) go left when x <= threshold
    leaves: np.ndarray      # (T, 2^depth) leaf values
    owner: np.ndarray       # (T,) class index of each tree

    def raw(self, x: np.ndarray) -> np.ndarray:
        """Raw scores (n, K)."""
        n, trees = len(x), len(self.features)
        node = np.zeros((n, trees), dtype=np.int64)
        cols = np.arange(trees)
        for _ in range(self.depth):
            f = self.features[cols, node]
            right = x[np.arange(n)[:, None], f] > self.thresholds[cols, node]
            node = 2 * node + 1 + right
        values = self.leaves[cols, node - (2 ** self.depth - 1)]
        out = np.tile(self.init, (n, 1))
        for k in range(len(self.init)):
            out[:, k] += self.rate * values[:, self.owner == k].sum(axis=1)
        return out

    def predict(self, x: np.ndarray) -> list[str]:
        raw = self.raw(x)
        if len(self.init) == 1:  # binary: one score, positive → the second class
            return [self.classes[int(r > 0)] for r in raw[:, 0]]
        return [self.classes[i] for i in raw.argmax(axis=1)]

    def confidence(self, x: np.ndarray) -> np.ndarray:
        """Probability of the predicted class (logistic / softmax of the raw scores)."""
        raw = self.raw(x)
        if len(self.init) == 1:
            p = 1.0 / (1.0 + np.exp(-raw[:, 0]))
            return np.maximum(p, 1 - p)
        e = np.exp(raw - raw.max(axis=1, keepdims=True))
        return (e / e.sum(axis=1, keepdims=True)).max(axis=1)


@dataclass(slots=True, frozen=True)
class Linear:
    """Multinomial logistic regression over log1p(features), standardised: raw = z · coefᵀ + intercept."""

    classes: tuple[str, ...]
    mean: np.ndarray        # (F,)
    scale: np.ndarray       # (F,)
    coef: np.ndarray        # (K, F)
    intercept: np.ndarray   # (K,)

    def raw(self, x: np.ndarray) -> np.ndarray:
        z = (np.log1p(np.abs(x)) - self.mean) / self.scale
        return z @ self.coef.T + self.intercept


@dataclass(slots=True, frozen=True)
class Blend:
    """Stage two: the trees' and the linear model's raw scores averaged (weight on the linear one).
    The linear model carries disagreement across stories better, the trees agree/discuss (CV on
    fnc1-train, docs/models/stance.md)."""

    forest: Forest
    linear: Linear
    weight: float

    @property
    def classes(self) -> tuple[str, ...]:
        return self.forest.classes

    def raw(self, x: np.ndarray) -> np.ndarray:
        return self.weight * self.linear.raw(x) + (1 - self.weight) * self.forest.raw(x)

    def predict(self, x: np.ndarray) -> list[str]:
        return [self.classes[i] for i in self.raw(x).argmax(axis=1)]

    def confidence(self, x: np.ndarray) -> np.ndarray:
        raw = self.raw(x)
        e = np.exp(raw - raw.max(axis=1, keepdims=True))
        return (e / e.sum(axis=1, keepdims=True)).max(axis=1)


@dataclass(slots=True, frozen=True)
class StanceWeights:
    features: tuple[str, ...]               # stage two's (features.feature_names())
    idf: Idf
    relatedness: Forest                     # over features + topic + word-vector features (features.*_names())
    stance: Blend
    topics: Topics
    vectors: WordVectors                    # the word-vector table stage one was fitted with


def _forest(record: dict[str, Any]) -> Forest:
    return Forest(tuple(record["classes"]), np.asarray(record["init"], dtype=np.float64), float(record["rate"]),
                  int(record["depth"]), np.asarray(record["features"], dtype=np.int64),
                  np.asarray(record["thresholds"], dtype=np.float64), np.asarray(record["leaves"], dtype=np.float64),
                  np.asarray(record["owner"], dtype=np.int64))


@cache
def load_weights(path: str | None = None) -> StanceWeights:
    """The shipped weights (or a file written by scripts/train_stance.py)."""
    data = read_shipped_json("storyline.stance", MODEL_FILE, path, what="stance model",
                             fix="run scripts/train_stance.py ../shared/data/fnc1-dev")
    if data.get("format") != FORMAT:
        raise ConfigError(f"stance model format {data.get('format')!r}, expected {FORMAT}",
                          fix="re-train with scripts/train_stance.py")
    vectors = load_vectors()
    if data.get("vectors") != vectors.digest:
        raise ConfigError(f"stance model fitted with word vectors {data.get('vectors')!r}, the shipped table is "
                          f"{vectors.digest!r}", fix="re-train with scripts/train_stance.py")
    return StanceWeights(tuple(data["features"]), Idf(data["idf"], float(data["idf_unseen"])),
                         _forest(data["relatedness"]), _blend(data["stance"]), topics_from(data["topics"]), vectors)


def _blend(record: dict[str, Any]) -> Blend:
    lin = record["linear"]
    linear = Linear(tuple(lin["classes"]), np.asarray(lin["mean"]), np.asarray(lin["scale"]),
                    np.asarray(lin["coef"]), np.asarray(lin["intercept"]))
    if linear.classes != tuple(record["forest"]["classes"]):
        raise ConfigError("stance model's two stage-two parts order their classes differently",
                          fix="re-train with scripts/train_stance.py")
    return Blend(_forest(record["forest"]), linear, float(record["weight"]))


def export_linear(scaler: Any, model: Any) -> dict[str, Any]:
    return {"classes": [str(c) for c in model.classes_], "mean": scaler.mean_.tolist(),
            "scale": scaler.scale_.tolist(), "coef": model.coef_.tolist(), "intercept": model.intercept_.tolist()}


def save_model(model: dict[str, Any], path: Path) -> None:
    """Write deterministically (fixed key order, repr floats): same training → same bytes."""
    path.write_text(json.dumps({"format": FORMAT, **model}, separators=(",", ":")) + "\n", encoding="utf-8")


def export_trees(model: Any, x: np.ndarray, classes: Sequence[str]) -> dict[str, Any]:
    """A fitted GradientBoostingClassifier as a Forest record; checked against its own scores on x."""
    stages, per_class = model.estimators_.shape
    depth = max(int(model.estimators_[i, k].tree_.max_depth) for i in range(stages) for k in range(per_class))
    features, thresholds, leaves, owner = [], [], [], []
    for i in range(stages):
        for k in range(per_class):
            f, t, v = _complete(model.estimators_[i, k].tree_, depth)
            features.append(f)
            thresholds.append(t)
            leaves.append(v)
            owner.append(k)
    rate = float(model.learning_rate)
    record = {"classes": list(classes), "init": [0.0] * per_class, "rate": rate, "depth": depth,
              "features": features, "thresholds": thresholds, "leaves": leaves, "owner": owner}
    raw = np.asarray(model.decision_function(x), dtype=np.float64).reshape(len(x), per_class)
    record["init"] = [float(v) for v in raw[0] - _forest(record).raw(x[:1])[0]]
    if not np.allclose(_forest(record).raw(x), raw, atol=1e-9):
        raise AssertionError("exported trees disagree with scikit-learn's scores")
    return record


def _complete(tree: Any, depth: int) -> tuple[list[int], list[float], list[float]]:
    """A tree padded to a complete binary tree: a leaf above the bottom sends every row left."""
    inner, bottom = 2 ** depth - 1, 2 ** depth
    features, thresholds, leaves = [0] * inner, [float("inf")] * inner, [0.0] * bottom

    def walk(node: int, slot: int, level: int) -> None:
        if level == depth:
            leaves[slot - inner] = float(tree.value[node].ravel()[0])
        elif tree.children_left[node] == -1:
            walk(node, 2 * slot + 1, level + 1)  # threshold +inf: the row always goes left
        else:
            features[slot], thresholds[slot] = int(tree.feature[node]), float(tree.threshold[node])
            walk(int(tree.children_left[node]), 2 * slot + 1, level + 1)
            walk(int(tree.children_right[node]), 2 * slot + 2, level + 1)

    walk(0, 0, 0)
    return features, thresholds, leaves
