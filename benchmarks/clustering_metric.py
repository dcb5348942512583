"""BCubed precision, recall and F1 of a clustering against gold classes (Bagga & Baldwin 1998,
as Amigó et al. 2009 define it for clustering).

For each item: precision = share of its predicted cluster that shares its gold class, recall =
share of its gold class that shares its predicted cluster; both averaged over items (every item
of the gold counts; an item the prediction leaves out is a singleton). F1 = 2PR / (P + R).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class BCubed:
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> BCubed:
    """Score `predicted` (item → cluster id) against `gold` (item → class), over the gold's items."""
    if not gold:
        return BCubed(0.0, 0.0, 0.0)
    pred = {item: predicted.get(item, f"\0{item}") for item in gold}
    pairs = Counter((pred[i], gold[i]) for i in gold)
    cluster_size, class_size = Counter(pred.values()), Counter(gold.values())
    p = sum(pairs[pred[i], gold[i]] / cluster_size[pred[i]] for i in gold) / len(gold)
    r = sum(pairs[pred[i], gold[i]] / class_size[gold[i]] for i in gold) / len(gold)
    return BCubed(p, r, 2 * p * r / (p + r) if p + r else 0.0)
