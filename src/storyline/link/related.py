"""Graded relatedness of event words: which two event heads may name one event told in other words.

WordNet's equivalents (rules/equivalents.toml) join words of one frequent sense ("negotiate",
"negotiation", "talks"); a report and a denial of one event often use two words WordNet keeps apart
("there has been contact" / "we are not negotiating", "in touch at a high level" / "high-level
talks did not happen"). rules/related_events.toml is a distributional thesaurus of event heads
learned from real news (scripts/build_related_events.py; data card docs/models/related_events.md):
each head with its nearest heads by the cosine of their context vectors. The relatedness of two
words is the larger of the two cosines the table lists (a word's neighbours are its top few, so
one of the two may not list the other), 0 when neither does.
"""
from __future__ import annotations

from functools import lru_cache

from storyline import rules


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for entry in rules.entries("related_events", "related_events"):
        for other, score in entry["near"].items():
            for x, y in ((entry["word"], other), (other, entry["word"])):
                row = out.setdefault(x, {})
                row[y] = max(row.get(y, 0.0), float(score))
    return out


def relatedness(a: str, b: str) -> float:
    """The cosine of two event heads in the news thesaurus (1 for one word; 0 when unlisted)."""
    if a == b:
        return 1.0
    return _table().get(a, {}).get(b, 0.0)


def best_related(mine: set[str], theirs: set[str]) -> tuple[float, str, str] | None:
    """The most related pair (score, my word, their word) of two different words of two sets of event
    heads, or None (one word on both sides is a match of its own, not a relatedness)."""
    scored = [(relatedness(x, y), x, y) for x in sorted(mine) for y in sorted(theirs) if x != y]
    scored = [s for s in scored if s[0] > 0]
    return max(scored) if scored else None


def known(word: str) -> bool:
    """The word is an event head the table describes."""
    return word in _table()
