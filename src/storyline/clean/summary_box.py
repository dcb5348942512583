"""A summary box between a headline and its first paragraph: a heading ('Key Takeaways', 'In Brief',
'AI-generated summary'; rules/boilerplate_context.toml [summary_box]) over a few short lines that retell
the story, and sometimes a note on how an AI wrote them. Its lines are the page's, not the story's: the
body kept them as its first paragraphs, and each item's figure and verbs then read as claims of the
story's own (probe29: Forbes' 'Key Takeaways', a wire site's 'AI-generated summary' and 'In Brief')."""
from __future__ import annotations

from functools import cache

from storyline.clean.lines import BARE_TIME, Line
from storyline.rules import pattern, word_sequence

# A box lists two to five points (CNBC's 'Key Points' three or four, Forbes' 'Key Takeaways' three, CNN's
# 'Story Highlights' up to four); a lone short line under 'Summary' may be a report's own section.
_MIN_ITEMS, _MAX_ITEMS = 2, 5
# An item is one short sentence; the lead under the box is longer (the items of probe29's three boxes and of
# dates-dev's 'Das Wichtigste in Kürze' have 7-15 words, the leads under them 27-40).
_ITEM_WORDS = 22
_BULLETS = "•·▪►■◆–-*"


@cache
def _headings() -> frozenset[str]:
    return frozenset(w.casefold() for w in word_sequence("boilerplate_context", "summary_box"))


def _is_heading(ln: Line) -> bool:
    return ln.reason is None and ln.text.rstrip(" :").casefold() in _headings()


def _is_item(ln: Line) -> bool:
    # a time of day alone heads a live blog's first entry under its box ('L'essentiel' / two points / '11h48' /
    # the entry: branch clean37's invented French live blog lost its newest entry to the box)
    return ln.reason is None and not BARE_TIME.match(ln.text) and (ln.text[:1] in _BULLETS or ln.shape.words <= _ITEM_WORDS)


def _is_note(ln: Line) -> bool:
    return ln.reason is None and pattern("boilerplate_context", "summary_box_note").search(ln.text) is not None


def mark_summary_boxes(lines: list[Line]) -> None:
    """Give a summary box's heading, items and note the reason `summary` (in-body furniture to the
    region: the box stands between the headline and the lead)."""
    for i, ln in enumerate(lines):
        if not _is_heading(ln):
            continue
        # the note may stand under the heading, before the items ('AI-generated summary' / 'This summary was
        # written with the help of AI …' / three bullets: probe31), as well as under the items (probe29)
        noted = i + 1 < len(lines) and _is_note(lines[i + 1])
        start = i + 1 + noted
        j = start
        # bulleted items end at the first line without a bullet (a short lead under them is no item)
        bulleted = start < len(lines) and lines[start].text[:1] in _BULLETS
        while j < len(lines) and j - start < _MAX_ITEMS and _is_item(lines[j]) and not _is_note(lines[j]) \
                and (not bulleted or lines[j].text[:1] in _BULLETS):
            j += 1
        if j - start < _MIN_ITEMS:
            continue
        if j < len(lines) and _is_note(lines[j]):
            j += 1
        for k in range(i, j):
            lines[k].reason = "summary"


__all__ = ["mark_summary_boxes"]
