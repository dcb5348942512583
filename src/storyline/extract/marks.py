"""Quoted stretches of text found from double quote marks alone (no parse needed).

Curly marks say which way they face; a straight mark is an opener after a space or a bracket and a
closer before a space or punctuation. Single quotes are left alone: at the top level they are mostly
apostrophes, and inside double quotes they are nested quotes that belong to the content.
A quote never runs past its paragraph: one left open at a paragraph's end stops there, and when the
next paragraph opens with a mark it is marked as continuing it (the newspaper convention for a quote
over several paragraphs).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

OPENERS = "“«"
CLOSERS = "”»"
# Two apostrophes stand for a straight double quote in some archives (polnear-dev's NYT texts:
# ''This isn't tax reform,'' said …).
MARKS = re.compile(r"``|''|[\"“”«»]")
# Every line break ends a paragraph: cleaned bodies hold one paragraph a line (broken paragraphs
# are rejoined by cleaning), and polnear-dev has texts whose paragraphs are single lines.
# The lookbehind starts a match only at the first blank of a run: without it a run of n blanks
# with no line break was tried from each of its n positions (n² steps: 0.49 s on 20,000 spaces).
PARA_BREAK = re.compile(r"(?<![ \t\u00a0])[ \t\u00a0]*\n\s*")


@dataclass(slots=True, frozen=True)
class Marked:
    """A stretch inside quote marks: content [start, end), the marks at open_at / close_at
    (close_at == end when the paragraph ended first), its paragraph and how it sits there."""

    start: int
    end: int
    open_at: int
    close_at: int
    para: int
    para_start: int
    para_end: int
    continues: bool = False
    opens_para: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph: the non-blank lines."""
    out, pos = [], 0
    for m in PARA_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _facing(text: str, i: int, j: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the mark text[i:j] within the paragraph [lo, hi)."""
    ch = text[i]
    if text[i:j] == "``":  # a Penn Treebank opening mark (timeline17 writes `` … '')
        return "open"
    before = text[i - 1] if i > lo else " "
    after = text[j] if j < hi else " "
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        # a closer opening its paragraph is a typo'd opener (polnear-dev vox pops: '”Mr. Trump…')
        return "open" if i == lo and not after.isspace() else "close"
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return "open"
    if after.isspace() or after in ".,;:!?)]—–-":
        return "close"
    return "either"


def _pairs(text: str, lo: int, hi: int) -> list[tuple[int, int, int | None]]:
    """(opening mark, its length, closing mark or None when the paragraph ends first)."""
    pairs: list[tuple[int, int, int | None]] = []
    opened: tuple[int, int] | None = None
    for m in MARKS.finditer(text, lo, hi):
        face = _facing(text, m.start(), m.end(), lo, hi)
        if opened is None and face != "close":
            opened = (m.start(), m.end() - m.start())
        elif opened is not None and face == "open" and text[m.start()] in OPENERS:
            opened = (m.start(), 1)  # an opener never closed: the new one starts the quote
        elif opened is not None:
            pairs.append((*opened, m.start()))
            opened = None
    if opened is not None:
        pairs.append((*opened, None))
    return pairs


def _content(text: str, open_at: int, width: int, close_at: int) -> tuple[int, int]:
    start, end = open_at + width, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_marked(text: str) -> list[Marked]:
    """Every quoted stretch of `text`, in order."""
    found: list[Marked] = []
    left_open = False
    for k, (lo, hi) in enumerate(paragraphs(text)):
        first = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        pairs = _pairs(text, lo, hi)
        for n, (open_at, width, close_at) in enumerate(pairs):
            start, end = _content(text, open_at, width, hi if close_at is None else close_at)
            if end <= start or not any(c.isalnum() for c in text[start:end]):
                continue
            found.append(Marked(start, end, open_at, end if close_at is None else close_at, k, lo, hi,
                                continues=left_open and n == 0 and open_at == first,
                                opens_para=open_at == first))
        left_open = bool(pairs) and pairs[-1][2] is None
    return found


class MarkIndex:
    """Which character positions lie inside quote marks (the marks included), by bisection."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, marked: list[Marked]) -> None:
        self._starts = [m.open_at for m in marked]
        self._ends = [m.close_at + 1 for m in marked]

    def inside(self, start: int, end: int) -> int:
        """How many characters of [start, end) lie inside quote marks (the marks included)."""
        k = max(0, bisect_right(self._starts, start) - 1)
        total = 0
        while k < len(self._starts) and self._starts[k] < end:
            total += max(0, min(end, self._ends[k]) - max(start, self._starts[k]))
            k += 1
        return total

    def covers(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def opening_of(self, pos: int) -> int | None:
        """Where the quote covering `pos` opens (its mark's position), or None outside quotes."""
        k = bisect_right(self._starts, pos) - 1
        return self._starts[k] if k >= 0 and pos < self._ends[k] else None
