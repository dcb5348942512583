"""How often two differently worded event mentions that the news thesaurus relates are one event.

    python benchmarks/related_events_ecbplus.py ../shared/data/ecbplus-dev [--table rules/related_events.toml]

ECB+ annotates event mentions (ACTION_* markables) and which of them, across the documents of a
topic, refer to one real-world event (CROSS_DOC_COREF). Each topic holds two events of one kind
(two earthquakes, two arrests), so a pair of mentions in one topic may be one event or a similar
one: the stringent case a contradiction pairing faces. For every pair of action mentions in
different documents of one topic whose head lemmas differ and are both event heads of the table,
the table's relatedness (storyline.link.related) is the score and one event (same instance) the
label. Printed per threshold: pairs at or above it, the share that are one event, and that share
among all pairs (the base rate). Topics are dev or held-out by the SHA-1 of their number (even
dev). The thesaurus is learned without ecbplus-dev (scripts/build_related_events.py), so no text
scored here was seen in training.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from itertools import combinations
from pathlib import Path

THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def split_of(topic: str) -> str:
    return "held-out" if int(hashlib.sha1(topic.encode()).hexdigest(), 16) % 2 else "dev"


def mentions(path: Path) -> list[tuple[str, str]]:
    """(anchor text, event instance or a singleton id) of the document's action mentions."""
    root = ET.parse(path).getroot()
    tokens = {t.get("t_id"): t.text or "" for t in root.iter("token")}
    instance = {}
    for rel in root.iter("CROSS_DOC_COREF"):
        for src in rel.iter("source"):
            instance[src.get("m_id")] = rel.get("note", "")
    out = []
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        anchors = [a.get("t_id") for a in m.iter("token_anchor")]
        if not m.tag.startswith("ACTION_") or not anchors:
            continue
        text = " ".join(tokens.get(a, "") for a in anchors)
        out.append((text, instance.get(m.get("m_id", "")) or f"{path.name}#{m.get('m_id')}"))
    return out


def lemmas(texts: list[str]) -> dict[str, list[str]]:
    from storyline.extract.nlp import load_nlp

    nlp = load_nlp()
    out = {}
    for text, doc in zip(texts, nlp.pipe(texts, disable=["parser", "ner"]), strict=True):
        out[text] = [t.lemma_.lower() for t in doc if t.is_alpha]
    return out


def scored_pairs(root: Path) -> list[tuple[str, float, bool, bool]]:
    """(split, relatedness, one event, WordNet equivalents) for every cross-document pair of
    differently worded heads."""
    from storyline.link.propositions import EQUIVALENTS
    from storyline.link.related import best_related, known

    by_topic: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for path in sorted(root.glob("*/*.xml")):
        for text, inst in mentions(path):
            by_topic[path.parent.name].append((path.name, text, inst))
    forms = lemmas(sorted({t for v in by_topic.values() for _, t, _ in v}))
    out = []
    for topic, items in by_topic.items():
        heads = [(doc, {w for w in forms[text] if known(w)}, inst) for doc, text, inst in items]
        for (d1, h1, i1), (d2, h2, i2) in combinations(heads, 2):
            if d1 == d2 or not h1 or not h2 or h1 & h2:
                continue
            best = best_related(h1, h2)
            equivalent = any(EQUIVALENTS.get(x, set()) & EQUIVALENTS.get(y, set()) for x in h1 for y in h2)
            out.append((split_of(topic), best[0] if best else 0.0, i1 == i2, equivalent))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ecbplus", type=Path)
    args = ap.parse_args(argv)
    pairs = scored_pairs(args.ecbplus)
    for split in ("dev", "held-out"):
        part = [p for p in pairs if p[0] == split]
        base = sum(p[2] for p in part) / max(1, len(part))
        print(f"{split}: {len(part)} pairs of differently worded event heads, {base:.3f} one event (base rate)")
        same = [p for p in part if p[3]]
        print(f"  WordNet equivalents (rules/equivalents.toml): {len(same)} pairs, "
              f"{sum(p[2] for p in same) / max(1, len(same)):.3f} one event")
        for t in THRESHOLDS:
            above = [p for p in part if p[1] >= t]
            share = sum(p[2] for p in above) / len(above) if above else 0.0
            print(f"  >= {t:.2f}: {len(above):6d} pairs, {share:.3f} one event, "
                  f"{sum(p[2] for p in above)} of {sum(p[2] for p in part)} one-event pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
