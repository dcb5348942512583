"""Whether a stretch of a body is already claimed by a name found there.

Every finder of names the recognizer missed (`mention_spans.untagged_*`, `person_spans.untagged_*`)
keeps out of the stretches other mentions hold: the recognizer's own span, or an earlier finder's,
wins over a later pattern's reading of the same characters."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class Stretch(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def overlaps_any(spans: Iterable[Stretch], start: int, end: int) -> bool:
    """Whether [start, end) shares a character with any of `spans`."""
    return any(s.start < end and start < s.end for s in spans)
