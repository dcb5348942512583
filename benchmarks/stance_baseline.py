"""The official FNC-1 baseline, re-trained on our training part of fnc1-dev, predicting the held-out part.

    python benchmarks/stance_baseline.py ../shared/data/fnc1-dev --out PRED.csv [--gold-out GOLD.csv]

Re-implements FakeNewsChallenge/fnc-1-baseline (feature_engineering.py, fnc_kfold.py): word-overlap
Jaccard, refuting-word indicators of the headline, refuting-word polarity of headline and body, and
the hand features (headline tokens and char/word n-grams found in the body, its first 255 and 100
characters), one GradientBoostingClassifier(n_estimators=200, random_state=14128) over the four
classes. One difference: the baseline lemmatises with NLTK's WordNet, which is not installed here;
tokens are lower-cased words instead. The split is scripts/train_stance.py's (stories by hash).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

REFUTING = ["fake", "fraud", "hoax", "false", "deny", "denies", "not", "despite", "nope", "doubt", "doubts",
            "bogus", "debunk", "pranks", "retract"]


def clean(s: str) -> str:
    return " ".join(re.findall(r"\w+", s, flags=re.UNICODE)).lower()


def ngrams(text: str, n: int) -> list[str]:
    words = text.split(" ")
    return [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]


def chargrams(text: str, n: int) -> list[str]:
    return [" ".join(text[i:i + n]) for i in range(len(text) - n + 1)]  # the baseline's own join


def features(headline: str, body: str, stop: frozenset[str]) -> list[float]:
    h, b = clean(headline), clean(body)
    ht, bt = h.split(), b.split()
    out: list[float] = [len(set(ht) & set(bt)) / max(1, len(set(ht) | set(bt)))]
    out += [float(w in ht) for w in REFUTING]
    out += [sum(t in REFUTING for t in ht) % 2, sum(t in REFUTING for t in bt) % 2]
    for tokens in (ht, [t for t in ht if t not in stop]):
        out += [sum(t in b for t in tokens), sum(t in b[:255] for t in tokens)]
    joined = " ".join(t for t in ht if t not in stop)
    for size in (2, 8, 4, 16):
        grams = chargrams(joined, size)
        out += [sum(g in b for g in grams), sum(g in b[:255] for g in grams), sum(g in b[:100] for g in grams)]
    for size in (2, 3, 4, 5, 6):
        grams = ngrams(h, size)
        out += [sum(g in b for g in grams), sum(g in b[:255] for g in grams)]
    return out


def main() -> int:
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    import train_stance as T

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    pairs, bodies = T.read(a.data)
    story = T.stories(pairs)
    stop = frozenset(ENGLISH_STOP_WORDS)
    train = [p for p in pairs if not T.held_out(story[p["Body ID"]])]
    test = [p for p in pairs if T.held_out(story[p["Body ID"]])]
    x = np.asarray([features(p["Headline"], bodies[p["Body ID"]], stop) for p in train])
    model = GradientBoostingClassifier(n_estimators=200, random_state=14128).fit(x, [p["Stance"] for p in train])
    predicted = model.predict(np.asarray([features(p["Headline"], bodies[p["Body ID"]], stop) for p in test]))
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Headline", "Body ID", "Stance"])
        w.writerows((p["Headline"], p["Body ID"], s) for p, s in zip(test, predicted, strict=True))
    print(f"trained on {len(train)} pairs, predicted {len(test)} held-out pairs into {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
