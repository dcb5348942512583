"""Quote attribution benchmark on PolNeAR (BRAT Source/Cue/Content spans).

    python benchmarks/quotes.py DATASET_DIR [--split dev|test] [--parse selective|full] --out predictions.json

`--parse selective` (the default) parses as ingest does, so the figures are the product's.

DATASET_DIR holds `<split>/text/*.txt` and `<split>/attributions/<name>_<annotator>.ann` (or is
itself a split folder). Predictions follow shared/BENCHMARKS.md: per text file a list of
{"content": [s, e], "source": [s, e] | null, "cue": [s, e] | null, "speaker": str}.

Scoring (there is no official scorer; PolNeAR's README suggests overlap span P/R/F1 per role):
  * content, source, cue: one-to-one matching of spans that overlap (largest overlap first);
    identical source or cue spans are counted once per document on each side.
  * attribution: a content match whose matched gold also has its source overlapped by ours.
  * speaker accuracy: gold attributions whose content is in quote marks and has a source; right when
    the prediction covering that content has a source span overlapping the gold source. Misses count
    as wrong; the rate among found quotations is printed too.
Documents annotated twice are scored against each annotator with weight 1/2 (the average).

Quotes sharing one cue are merged into one prediction spanning them, because PolNeAR annotates
'“A,” he said. “B.”' (and a partial quote inside reported speech) as one attribution whose content
is discontinuous; an attribution nested in another's content is dropped, because PolNeAR annotates
only the outermost.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from storyline.extract.quotes import Quote, find_quotes

Span = tuple[int, int]
QUOTE_MARKS = "\"“”«»"


# -- gold -----------------------------------------------------------------------------------
def read_ann(path: Path) -> list[dict]:
    """Attributions of one .ann file: {"content": [spans], "source": [spans], "cue": [spans]}."""
    spans: dict[str, list[Span]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = [tuple(map(int, o.split())) for o in offsets.split(";")]
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    out = []
    for ev in events:
        roles = {role: spans.get(ev.get(role.capitalize()), []) for role in ("content", "source", "cue")}
        if roles["content"]:
            out.append(roles)
    return out


def in_marks(text: str, spans: list[Span]) -> bool:
    """The content is a quotation: it opens with a quote mark, or sits right after one."""
    s = spans[0][0]
    head = text[max(0, s - 2): s + 2]
    return any(c in QUOTE_MARKS for c in head) or "''" in head


# -- predictions ----------------------------------------------------------------------------
def predictions(text: str, quotes: list[Quote]) -> list[dict]:
    """One prediction per attribution as PolNeAR draws it: every attribution has one cue, so quotes
    sharing a cue become one prediction spanning them ('“A,” he said. “B.”', a partial quote inside
    reported speech, a quote continued in the next paragraph); and only the outermost attribution
    is annotated, so one whose cue lies inside another's content is dropped ('According to the
    paper, officials said …')."""
    groups: dict[object, list[Quote]] = {}
    for n, q in enumerate(sorted(quotes, key=lambda q: (q.start, -q.end))):
        key = (q.cue_start, q.cue_end) if q.cue_start is not None else n
        groups.setdefault(key, []).append(q)
    kept = [qs for qs in groups.values()
            if not any(_nested(qs, other) for other in groups.values() if other is not qs)]
    return sorted((_prediction(qs) for qs in kept), key=lambda p: p["content"])


def _nested(inner: list[Quote], outer: list[Quote]) -> bool:
    """`inner`'s cue and content lie inside one of `outer`'s quotes, and not the other way round
    (the words between '“A,” he said, adding …, “B.”' are no content of 'said')."""
    return _within(inner, outer) and not _within(outer, inner)


def _within(inner: list[Quote], outer: list[Quote]) -> bool:
    q = inner[0]
    if q.cue_start is None:
        return False
    lo, hi = min(x.start for x in inner), max(x.end for x in inner)
    return any(o.start <= min(lo, q.cue_start) and max(hi, q.cue_end) <= o.end for o in outer)


def _prediction(qs: list[Quote]) -> dict:
    first = next((q for q in qs if q.speaker.start is not None), qs[0])
    src = [first.speaker.start, first.speaker.end] if first.speaker.start is not None else None
    cue = [first.cue_start, first.cue_end] if first.cue_start is not None else None
    return {"content": [min(q.start for q in qs), max(q.end for q in qs)], "source": src,
            "cue": cue, "speaker": first.speaker.label}


# -- scoring --------------------------------------------------------------------------------
def overlap(a: list[Span], b: list[Span]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def match(gold: list[list[Span]], pred: list[list[Span]]) -> dict[int, int]:
    """One-to-one gold→pred matching of overlapping spans, largest overlap first."""
    pairs = sorted(((overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                   reverse=True)
    used_g, used_p, out = set(), set(), {}
    for ov, i, j in pairs:
        if ov > 0 and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out[i] = j
    return out


def unique(spans: list[list[Span]]) -> list[list[Span]]:
    return [list(s) for s in dict.fromkeys(tuple(s) for s in spans if s)]


def score_doc(text: str, gold: list[dict], pred: list[dict]) -> dict[str, float]:
    c: dict[str, float] = defaultdict(float)
    p_content = [[tuple(p["content"])] for p in pred]
    m = match([g["content"] for g in gold], p_content)
    c["content_tp"], c["content_gold"], c["content_pred"] = len(m), len(gold), len(pred)
    for role in ("source", "cue"):
        g_sp = unique([g[role] for g in gold])
        p_sp = unique([[tuple(p[role])] for p in pred if p[role]])
        c[f"{role}_tp"], c[f"{role}_gold"], c[f"{role}_pred"] = len(match(g_sp, p_sp)), len(g_sp), len(p_sp)
    for i, j in m.items():
        src = pred[j]["source"]
        c["attr_tp"] += bool(gold[i]["source"] and src and overlap(gold[i]["source"], [tuple(src)]))
    for i, g in enumerate(gold):
        if g["source"] and in_marks(text, g["content"]):
            c["quoted"] += 1
            if i in m:
                c["quoted_found"] += 1
                src = pred[m[i]]["source"]
                c["quoted_right"] += bool(src and overlap(g["source"], [tuple(src)]))
    return c


def prf(tp: float, n_gold: float, n_pred: float) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def summarise(c: dict[str, float]) -> dict[str, object]:
    out: dict[str, object] = {role: prf(c[f"{role}_tp"], c[f"{role}_gold"], c[f"{role}_pred"])
                              for role in ("content", "source", "cue")}
    out["attribution"] = prf(c["attr_tp"], c["content_gold"], c["content_pred"])
    out["speaker_accuracy_quoted"] = round(c["quoted_right"] / c["quoted"], 3) if c["quoted"] else 0.0
    out["speaker_accuracy_quoted_found"] = (round(c["quoted_right"] / c["quoted_found"], 3)
                                            if c["quoted_found"] else 0.0)
    out["quoted_gold"] = c["quoted"]
    return out


# -- run ------------------------------------------------------------------------------------
def split_dir(dataset: Path, split: str) -> Path:
    return dataset if (dataset / "text").is_dir() else dataset / split


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--split", default="dev", choices=("dev", "test"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--parse", default="selective", choices=("selective", "full"),
                    help="selective: what ingest does (a parse only where nlp.NEEDS_PARSE matches); "
                         "full: spaCy's whole pipeline on every sentence")
    args = ap.parse_args()
    from storyline.extract.nlp import parse, parse_selectively

    root = split_dir(args.dataset, args.split)
    files = sorted((root / "text").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    preds: dict[str, list[dict]] = {}
    totals: dict[str, float] = defaultdict(float)
    docs = parse_selectively(texts) if args.parse == "selective" else parse(texts)
    for f, text, doc in zip(files, texts, docs):
        preds[f.name] = predictions(text, find_quotes(text, doc))
        anns = sorted((root / "attributions").glob(f"{f.stem}_*.ann"))
        for ann in anns:  # two annotators: each counts half, i.e. the average of both
            for k, v in score_doc(text, read_ann(ann), preds[f.name]).items():
                totals[k] += v / len(anns)
    scores = summarise(totals)
    args.out.write_text(json.dumps({"predictions": preds, "scores": scores}, ensure_ascii=False))
    print(json.dumps(scores, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
