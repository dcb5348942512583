"""An article's cleaned body as paragraphs of plain-text segments, each marked with the spans over it.

No markup is made here: a `Segment` holds text and class names, and the template escapes the text
(Jinja2 autoescaping) — the body is scraped from the open web and never rendered as HTML. Spans
overlap (an entity inside a quote, a date inside both), so the body is cut at every span boundary
and each piece carries the classes of every span that covers it.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.model import Span

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_LABEL_CLASS = re.compile(r"[^a-z0-9]+")


@dataclass(slots=True, frozen=True)
class Mark:
    """One span as shown: where, its CSS classes, a note for the tooltip, links."""

    start: int
    end: int
    classes: str
    note: str
    entity: str | None = None    # the canonical entity an entity mention links to
    anchor: str | None = None    # an id the page can link to (a quote's start)


@dataclass(slots=True, frozen=True)
class Segment:
    text: str
    classes: str
    note: str
    entity: str | None
    anchor: str | None


def marks_for(spans: Sequence[Span], entity_of: dict[tuple[int, int], str] | None = None) -> list[Mark]:
    """Marks for an article's quotes, time expressions and entity mentions."""
    entity_of = entity_of or {}
    marks = []
    for s in spans:
        if s.label == "QUOTE":
            who = (s.quote.speaker if s.quote else None) or "unattributed"
            marks.append(Mark(s.start, s.end, "hl-quote", f"quote · {who}", anchor=f"q-{s.start}"))
        elif s.label == "TIMEX":
            marks.append(Mark(s.start, s.end, "hl-timex", f"time · {(s.timex.value if s.timex else None) or '?'}"))
        elif s.stage == "entities":
            label = _LABEL_CLASS.sub("", s.label.lower())
            name = (s.mention.name if s.mention else None) or s.text
            marks.append(Mark(s.start, s.end, f"hl-entity hl-{label}", f"{s.label} · {name}",
                              entity=entity_of.get((s.start, s.end))))
    return marks


def paragraphs(body: str, marks: Sequence[Mark]) -> list[list[Segment]]:
    """The body's paragraphs, each a list of segments that together are the paragraph's text."""
    return [_segments(body, start, end, marks) for start, end in _paragraph_bounds(body)]


def _paragraph_bounds(body: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for gap in _PARAGRAPH_BREAK.finditer(body):
        bounds.append((start, gap.start()))
        start = gap.end()
    bounds.append((start, len(body)))
    return [(s, e) for s, e in bounds if body[s:e].strip()]


def _segments(body: str, start: int, end: int, marks: Sequence[Mark]) -> list[Segment]:
    inside = [m for m in marks if m.start < end and start < m.end and m.start < m.end]
    cuts = sorted({start, end, *(max(m.start, start) for m in inside), *(min(m.end, end) for m in inside)})
    segments: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        over = [m for m in inside if m.start < b and a < m.end]
        segments.append(_segment(body[a:b], over, a))
    return _merged(segments)


def _segment(text: str, over: list[Mark], at: int) -> Segment:
    classes = " ".join(sorted({c for m in over for c in m.classes.split()}))
    note = "; ".join(dict.fromkeys(m.note for m in over))
    entity = next((m.entity for m in over if m.entity), None)
    anchor = next((m.anchor for m in over if m.anchor and m.start == at), None)
    return Segment(text, classes, note, entity, anchor)


def _merged(segments: list[Segment]) -> list[Segment]:
    """Neighbours with the same marks become one segment (fewer elements on the page)."""
    out: list[Segment] = []
    for s in segments:
        prev = out[-1] if out else None
        if prev and (prev.classes, prev.note, prev.entity) == (s.classes, s.note, s.entity) and not s.anchor:
            out[-1] = Segment(prev.text + s.text, prev.classes, prev.note, prev.entity, prev.anchor)
        else:
            out.append(s)
    return out
