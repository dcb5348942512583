"""Per-line feature vectors for the learned line model (storyline.clean.line_model).

Every feature describes a line's shape and its place on the page, never its words: lengths,
character mix, sentence ends, the prose score and the rules' own verdict and reason (one-hot), the
position relative to the headline copy, to the first and last long line and to the rules' body,
runs of long and of short lines, copies within the page, and the same few features of the two
lines above and below. The feature names (`FEATURES`) are stored with the weights so that a model
trained on another feature list is refused.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from storyline.clean.lines import Line, is_headline_shaped

# Reasons the rules give (rules/boilerplate.toml tables and the context rules of clean/text.py);
# any other reason counts as "other". "none" is a line no rule named (the region then decides).
REASONS = ("none", "comments", "related", "copyright", "social", "promo", "navigation", "repeated",
           "title", "byline", "dateline", "caption", "credit", "ad", "author_bio", "other")
_OWN = ("log_chars", "words", "stop_density", "density_ratio", "terminal", "starts_lower",
        "capital_share", "alpha_share", "digit_share", "punct_share", "quote", "prose",
        "headline_shaped", "kept", "inline", "entry", "copies", "separators", "link_cue")
_PLACE = ("rel_pos", "dist_head", "has_head", "dist_first_long", "dist_last_long", "between_long",
          "dist_kept", "long_run", "short_run", "kept_share_5", "prose_mean_5",
          "doc_lines", "doc_kept_share", "doc_density")
_NEIGHBOUR = ("log_chars", "prose", "terminal", "kept", "none")
_OFFSETS = (-2, -1, 1, 2)
FEATURES: tuple[str, ...] = (
    *_OWN, *(f"reason_{r}" for r in REASONS), *_PLACE,
    *(f"n{o:+d}_{f}" for o in _OFFSETS for f in _NEIGHBOUR))

# A long line: a sentence of 100+ characters (prose score >= 1, storyline.clean.region).
_LONG = 1.0
# Distances in lines are clipped here: past a screenful, how far no longer tells anything.
_FAR = 50
_SEPARATORS = frozenset("|•·›»/")


def line_matrix(lines: Sequence[Line], reasons: Sequence[str | None], prose: Sequence[float],
                head: int | None, density: float, rows: Sequence[int] | None = None) -> np.ndarray:
    """The (len(rows), len(FEATURES)) matrix of a page's lines `rows` (default: every line).
    `lines` carry the rules' final verdict (reason None = body); `reasons` are the reasons before
    the body region was chosen; `prose` the region's score of each line; `head` the index of the
    headline copy the region starts at."""
    n = len(lines)
    rows = range(n) if rows is None else rows
    if n == 0 or not rows:
        return np.zeros((0, len(FEATURES)))
    kept = [ln.reason is None for ln in lines]
    keys = [" ".join(ln.text.casefold().split()) for ln in lines]
    copies = Counter(keys)
    place = _Place(lines, kept, prose, head, density)
    out = []
    for i in rows:
        ln = lines[i]
        reason = reasons[i] or "none"
        onehot = [float(reason == r) for r in REASONS[:-1]] + [float(reason not in REASONS[:-1])]
        row = [*_own(ln, prose[i], kept[i], density), min(copies[keys[i]] - 1, 5), *_cues(ln.text),
               *onehot, *place.of(i)]
        for o in _OFFSETS:
            j = i + o
            row.extend(_neighbour(lines[j], prose[j], kept[j], reasons[j]) if 0 <= j < n else [-1.0] * len(_NEIGHBOUR))
        out.append(row)
    return np.asarray(out, dtype=np.float64)


def _own(ln: Line, prose: float, kept: bool, density: float) -> list[float]:
    s = ln.shape
    punct = sum(1 for c in ln.text if not c.isalnum() and not c.isspace()) / max(s.chars, 1)
    return [math.log1p(s.chars), float(min(s.words, 200)), s.stop_density, s.stop_density / max(density, 0.05),
            float(s.terminal), float(s.starts_lower), s.capital_share, s.alpha_share, s.digit_share, punct,
            float(s.quote), prose, float(is_headline_shaped(ln.text)), float(kept), float(ln.inline),
            float(ln.entry)]


def _cues(text: str) -> list[float]:
    low = text.casefold()
    return [float(min(sum(c in _SEPARATORS for c in text), 5)),
            float("@" in text or "http" in low or "www." in low)]


def _neighbour(ln: Line, prose: float, kept: bool, reason: str | None) -> list[float]:
    return [math.log1p(ln.shape.chars), prose, float(ln.shape.terminal), float(kept), float(reason is None)]


class _Place:
    """The page-wide anchors the place features of a line are measured from."""

    __slots__ = (
        "doc",
        "first_kept",
        "first_long",
        "head",
        "kept",
        "last_kept",
        "last_long",
        "long_run",
        "n",
        "prose",
        "short_run",
    )

    def __init__(self, lines: Sequence[Line], kept: list[bool], prose: Sequence[float], head: int | None,
                 density: float) -> None:
        n = len(lines)
        longs = [i for i in range(n) if prose[i] >= _LONG]
        body = [i for i in range(n) if kept[i]]
        self.n, self.kept, self.prose, self.head = n, kept, prose, head
        self.first_long: int | None = longs[0] if longs else None
        self.last_long: int | None = longs[-1] if longs else None
        self.first_kept: int | None = body[0] if body else None
        self.last_kept: int | None = body[-1] if body else None
        self.long_run = _runs([p > 0 for p in prose])
        self.short_run = _runs([ln.shape.words <= 6 or (not ln.shape.terminal and ln.shape.words < 10)
                                for ln in lines])
        self.doc = [math.log1p(n), len(body) / n, density]

    def of(self, i: int) -> list[float]:
        lo, hi = max(i - 5, 0), min(i + 6, self.n)
        first, last = self.first_long, self.last_long
        return [i / max(self.n - 1, 1), _dist(i, self.head), float(self.head is not None),
                _dist(i, first), _dist(i, last), float(first is not None and last is not None and first <= i <= last),
                _outside(i, self.first_kept, self.last_kept), float(min(self.long_run[i], _FAR)),
                float(min(self.short_run[i], _FAR)), sum(self.kept[lo:hi]) / (hi - lo),
                sum(self.prose[lo:hi]) / (hi - lo), *self.doc]


def _dist(i: int, anchor: int | None) -> float:
    """Signed distance in lines from `anchor` (clipped); far away when there is no anchor."""
    if anchor is None:
        return float(_FAR)
    return float(max(-_FAR, min(_FAR, i - anchor)))


def _outside(i: int, first: int | None, last: int | None) -> float:
    """0 inside the rules' body span, else the signed distance to it (negative above)."""
    if first is None or last is None:
        return float(_FAR)
    if i < first:
        return float(max(-_FAR, i - first))
    return float(min(_FAR, i - last)) if i > last else 0.0


def _runs(flags: list[bool]) -> list[int]:
    """For each position, the length of the run of true flags holding it (0 when false)."""
    out = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        for k in range(i, j):
            out[k] = j - i
        i = j
    return out
