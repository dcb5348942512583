"""The article-extraction benchmark's metric (re-implemented from its SOURCE.txt description).

Per document: tokens are regex \\w+ matches; 4-gram shingles as multisets of truth vs prediction
give tp/fp/fn, normalised so tp+fp+fn = 1; precision and recall are means over documents (a
document with tp+fp = 0 is skipped for precision, tp+fn = 0 for recall; fp = fn = 0 scores 1.0);
F1 is 2PR/(P+R) of the means; accuracy is the share of exact token-list matches.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(toks: list[str], n: int = 4) -> Counter:
    return Counter(tuple(toks[i:i + n]) for i in range(max(len(toks) - n + 1, 1)))


@dataclass(slots=True, frozen=True)
class DocCounts:
    tp: float
    fp: float
    fn: float
    exact: bool


def count_document(truth: str, prediction: str) -> DocCounts:
    t, p = tokens(truth), tokens(prediction)
    st, sp = shingles(t), shingles(p)
    tp = sum((st & sp).values())
    fp = sum((sp - st).values())
    fn = sum((st - sp).values())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    return DocCounts(tp, fp, fn, t == p)


def _means(docs: list[DocCounts]) -> dict[str, float]:
    precisions = [1.0 if d.fp == d.fn == 0 else d.tp / (d.tp + d.fp) for d in docs if d.tp + d.fp > 0 or d.fp == d.fn == 0]
    recalls = [1.0 if d.fp == d.fn == 0 else d.tp / (d.tp + d.fn) for d in docs if d.tp + d.fn > 0 or d.fp == d.fn == 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "accuracy": sum(d.exact for d in docs) / max(len(docs), 1)}


def score(truth: dict[str, str], predictions: dict[str, str], bootstrap: int = 1000) -> dict[str, float]:
    """Scores of predictions against truth over the truth's ids; missing predictions count as empty."""
    docs = [count_document(truth[k], predictions.get(k, "")) for k in sorted(truth)]
    result = _means(docs)
    rng = random.Random(0)
    f1s = [_means([rng.choice(docs) for _ in docs])["f1"] for _ in range(bootstrap)] if docs and bootstrap else [result["f1"]]
    mean = sum(f1s) / len(f1s)
    result["f1_std"] = (sum((x - mean) ** 2 for x in f1s) / len(f1s)) ** 0.5
    return result
