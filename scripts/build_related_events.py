"""Rebuild src/storyline/rules/related_events.toml: a news distributional thesaurus of event words (data only).

    python scripts/build_related_events.py [--shared ../shared] [--cache LEMMAS.txt] [--check WORD ...]

Which event words name related events ("talks" / "negotiate" / "contact" / "meeting"), learned from
real news with no labels: the noun and verb lemmas of fnc1-dev bodies, polnear-dev texts and
timeline17-dev input documents, tempeval3-train newswire and the English pages of dates-dev in
../shared/data (never the seed articles; ecbplus-dev is kept out so that its event coreference can
judge the threshold, benchmarks/related_events_ecbplus.py), as
the shipped spaCy model lemmatises them (tagger and lemmatiser; no parse). Each lemma is described
by the content lemmas within WINDOW content words either side (a window over content words only,
so "held talks with the rebels" and "made contact with the rebels" give "talk" and "contact" the
contexts hold/make and rebel). Counts become positive pointwise mutual information with context
distribution smoothing (alpha = 0.75) and are reduced by a truncated SVD to DIM dimensions with the
singular values raised to 0.5 (Levy, Goldberg & Dagan 2015, 'Improving distributional similarity
with lessons learned from word embeddings', TACL 3). Every step is deterministic (fixed SVD start
vector).

The table keeps, for each event head of rules/equivalents.toml ([head_verbs], [head_nouns]) in the
vocabulary, its NEIGHBOURS nearest event heads by cosine, at or above FLOOR. The contradiction
pairing reads it as a graded relatedness (storyline.link.related), with its threshold chosen on
ecbplus-dev (docs/models/related_events.md).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

csv.field_size_limit(sys.maxsize)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "storyline" / "rules" / "related_events.toml"
WINDOW = 2          # content words either side
MIN_COUNT = 15      # a lemma is a target or a context when the corpus has it this often
DIM = 150           # SVD dimensions
ALPHA = 0.75        # context distribution smoothing
EIG = 0.5           # singular-value weighting
NEIGHBOURS = 15     # kept per head
FLOOR = 0.25        # cosines below this are not written (the threshold is chosen above it)
CONTENT = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
TARGET = frozenset({"NOUN", "VERB"})
MAX_CHARS = 20000   # as scripts/count_claim_patterns.py: the first 20,000 characters of a document


def documents(shared: Path) -> Iterator[str]:
    """The training texts: fnc1-dev bodies, polnear-dev texts, timeline17-dev input documents,
    tempeval3-train (TimeBank and AQUAINT newswire, tags stripped) and the
    English pages of dates-dev (visible text, boilerplate and all)."""
    with (shared / "data" / "fnc1-dev" / "bodies.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield row["articleBody"]
    for path in sorted((shared / "data" / "polnear-dev" / "dev" / "text").glob("*.txt")):
        yield path.read_text(encoding="utf-8", errors="replace")
    for path in sorted((shared / "data" / "timeline17-dev").glob("*/InputDocs/*/*")):
        yield path.read_text(encoding="utf-8", errors="replace")
    for path in sorted((shared / "data" / "tempeval3-train" / "TBAQ-cleaned").glob("*/*.tml")):
        yield re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8", errors="replace"))
    cases = json.loads((shared / "data" / "dates-dev" / "gold_text.json").read_text(encoding="utf-8"))["cases"]
    for case in sorted(cases, key=lambda c: c["file"]):
        if case.get("lang") == "en":
            yield (shared / "data" / "dates-dev" / "text" / case["file"]).read_text(encoding="utf-8", errors="replace")


def lemmatise(texts: Sequence[str]) -> Iterator[list[str]]:
    """Each text as its content lemmas, lower case; a target-eligible one (noun, verb) marked by a
    leading '+' ('+talk'). spaCy stop words and non-alphabetic tokens are left out."""
    from storyline.extract.nlp import load_nlp

    nlp = load_nlp()
    skip = [p for p in nlp.pipe_names if p not in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")]
    for doc in nlp.pipe((t[:MAX_CHARS] for t in texts), disable=skip, batch_size=32):
        out = []
        for tok in doc:
            if tok.pos_ in CONTENT and tok.is_alpha and not tok.is_stop and len(tok.text) > 1:
                lemma = tok.lemma_.lower()
                out.append(("+" if tok.pos_ in TARGET else "") + lemma)
        yield out


def cooccurrences(docs: Sequence[list[str]]) -> tuple[list[str], list[str], np.ndarray]:
    """(targets, contexts, counts): noun and verb lemmas against content lemmas in the window."""
    freq: Counter[str] = Counter()
    target_freq: Counter[str] = Counter()
    for doc in docs:
        freq.update(w.lstrip("+") for w in doc)
        target_freq.update(w[1:] for w in doc if w.startswith("+"))
    targets = sorted(w for w, c in target_freq.items() if c >= MIN_COUNT)
    contexts = sorted(w for w, c in freq.items() if c >= MIN_COUNT)
    t_index = {w: i for i, w in enumerate(targets)}
    c_index = {w: i for i, w in enumerate(contexts)}
    counts = np.zeros((len(targets), len(contexts)), dtype=np.float32)
    for doc in docs:
        words = [w.lstrip("+") for w in doc]
        for i, w in enumerate(doc):
            row = t_index.get(w[1:]) if w.startswith("+") else None
            if row is None:
                continue
            for j in range(max(0, i - WINDOW), min(len(words), i + WINDOW + 1)):
                col = c_index.get(words[j])
                if j != i and col is not None:
                    counts[row, col] += 1
    return targets, contexts, counts


def ppmi(counts: np.ndarray) -> np.ndarray:
    """Positive PMI with the context distribution raised to ALPHA."""
    total = counts.sum()
    row = counts.sum(axis=1, keepdims=True) / total
    ctx = counts.sum(axis=0) ** ALPHA
    ctx = (ctx / ctx.sum())[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((counts / total) / (row * ctx))
    pmi[~np.isfinite(pmi)] = 0.0
    return np.maximum(pmi, 0.0).astype(np.float32)


def embed(matrix: np.ndarray) -> np.ndarray:
    """Unit rows of U · S^EIG from a truncated SVD (scipy ARPACK, fixed start vector)."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.linalg import svds

    k = min(DIM, min(matrix.shape) - 1)
    v0 = np.random.default_rng(0).standard_normal(min(matrix.shape))
    u, s, _ = svds(csr_matrix(matrix), k=k, v0=v0)
    vectors = u * (s ** EIG)[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def neighbours(words: list[str], vectors: np.ndarray, heads: set[str]) -> dict[str, list[tuple[str, float]]]:
    """For each head in the vocabulary, its NEIGHBOURS nearest other heads at cosine >= FLOOR."""
    keep = [i for i, w in enumerate(words) if w in heads]
    sub = vectors[keep]
    sims = sub @ sub.T
    np.fill_diagonal(sims, -1.0)
    out = {}
    for row, i in enumerate(keep):
        order = np.argsort(-sims[row])[:NEIGHBOURS]
        near = [(words[keep[j]], round(float(sims[row, j]), 3)) for j in order if sims[row, j] >= FLOOR]
        if near:
            out[words[i]] = near
    return out


def head_lemmas() -> set[str]:
    from storyline import rules

    return set(rules.words("equivalents", "head_verbs")) | set(rules.words("equivalents", "head_nouns"))


def render(table: dict[str, list[tuple[str, float]]], n_docs: int, n_tokens: int, n_targets: int) -> str:
    lines = [
        "# GENERATED by scripts/build_related_events.py from a corpus count — do not edit.",
        f"# Corpus: {n_docs} news documents of ../shared/data (fnc1-dev bodies, polnear-dev texts, timeline17-dev",
        "# input documents, tempeval3-train newswire, dates-dev English pages; not ecbplus-dev, not the seeds),",
        f"# {n_tokens} content lemmas; {n_targets} noun and verb lemmas seen >= {MIN_COUNT} times.",
        f"# Parameters: WINDOW={WINDOW} MIN_COUNT={MIN_COUNT} DIM={DIM} ALPHA={ALPHA} EIG={EIG} "
        f"NEIGHBOURS={NEIGHBOURS} FLOOR={FLOOR}.",
        "# Each entry: an event head (rules/equivalents.toml) and its nearest event heads by cosine.",
        "",
        "[related_events]",
        'source = "PPMI (context smoothing 0.75) over a +-2 content-word window and a truncated SVD (Levy, Goldberg & '
        'Dagan 2015, TACL 3) of the noun and verb lemmas of real news text in ../shared/data (fnc1-dev, polnear-dev, '
        'timeline17-dev, tempeval3-train, dates-dev English pages; never the seed articles); generated by scripts/build_related_events.py, do not edit"',
        "entries = [",
    ]
    for word in sorted(table):
        near = ", ".join(f'"{w}" = {s}' for w, s in table[word])
        lines.append(f'  {{ word = "{word}", near = {{ {near} }} }},')
    lines.append("]")
    return "\n".join(lines) + "\n"


def load_or_lemmatise(shared: Path, cache: Path | None) -> list[list[str]]:
    if cache and cache.exists():
        return [line.split() for line in cache.read_text(encoding="utf-8").splitlines()]
    docs = list(lemmatise(list(documents(shared))))
    if cache:
        cache.write_text("".join(" ".join(d) + "\n" for d in docs), encoding="utf-8")
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cache", type=Path, help="lemmatised corpus: read if present, else written")
    parser.add_argument("--check", nargs="*", default=[], help="print these words' neighbours")
    parser.add_argument("--pair", nargs="*", default=[], help="print the cosine of these pairs (a,b)")
    args = parser.parse_args(argv)
    docs = load_or_lemmatise(args.shared, args.cache)
    targets, _, counts = cooccurrences(docs)
    vectors = embed(ppmi(counts))
    table = neighbours(targets, vectors, head_lemmas())
    args.out.write_text(render(table, len(docs), sum(map(len, docs)), len(targets)), encoding="utf-8")
    print(f"{args.out}: {len(table)} heads with neighbours; {len(targets)} targets from {len(docs)} documents")
    for word in args.check:
        print(f"  {word}: " + ", ".join(f"{w} {s:.2f}" for w, s in table.get(word, [])))
    index = {w: i for i, w in enumerate(targets)}
    for pair in args.pair:
        x, y = pair.split(",")
        cos = float(vectors[index[x]] @ vectors[index[y]]) if x in index and y in index else None
        print(f"  cos({x}, {y}) = {'not in the vocabulary' if cos is None else f'{cos:.3f}'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
