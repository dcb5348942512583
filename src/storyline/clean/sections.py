"""Sub-headings and marked list items between article paragraphs (branch clean37, docs/cleaning.md
"Thirteenth pass").

The body run (storyline.clean.region) is the best-scoring stretch of lines, and a short line with no
sentence end scores as a menu line. Inside an article two such shapes are the article's own:

* a **sub-heading** between two paragraphs: a listicle's item name ('3. Peñalba', 'Il fiume alle spalle,
  di NAME', Chinese '一、云溪湿地公园'), a section heading of a column, an interview's short question. At a
  menu line's score each one cost more than the short paragraph after it, and the article ended at the
  first (clean37's invented it, zh, es, ko pages; clean33 left 'structured reviews' for the same cause);
* a **marked list**: items opened by a bullet or numbered on (1, 2, 3 …) with the article's prose above and
  below (a council's list of measures, '10 ways to …'). Without a colon lead-in the items scored as menu
  lines (clean9 found unmarked lists without a lead-in too risky; the marks are what tells these apart).

Both change the scores the run is chosen on only; the learned line model reads the scores as trained.
"""

from __future__ import annotations

import re
from functools import cache

from storyline.clean.lines import Line
from storyline.rules import pattern, words

# A sub-heading is short: 1-6 words (as region._SUBHEADING_WORDS, clean33). Longer lines with no sentence
# end are other stories' headlines as often as headings (teaser rows under an article: 6-15 words).
_HEADING_WORDS = 6
# Items of a marked list: at least 2 bullets, or 3 numbers counting on, with at most this many other
# lines (an item's own sentence) between two items.
_BULLETS = 2
_NUMBERED = 3
_BETWEEN_ITEMS = 2
# The article stands this close above a list (its lead-in line between: 'Het geld gaat naar:' with or
# without the colon) and right after it.
_LEAD_IN = 2
# Ad labels stand between paragraphs and headings without ending the article (region._heads_list).
_PASSED = frozenset({"ad"})


@cache
def _bullet() -> re.Pattern[str]:
    marks = "".join(re.escape(m) for m in sorted(words("list_markers", "bullets")))
    return re.compile(rf"^[{marks}]\s+\S")


def _ordinals() -> re.Pattern[str]:
    return pattern("list_markers", "ordinals")


def lift_sections(lines: list[Line], scores: list[float], short_prose: float) -> None:
    """Marked list items between article prose score `short_prose`; sub-headings between two article
    lines score 0 (neither prose nor menu)."""
    for first, last in _marked_lists(lines):
        if _article_above(lines, scores, first, short_prose) and _article_below(lines, scores, last, short_prose):
            for k in range(_lead_in_start(lines, scores, first, short_prose), last + 1):
                if lines[k].reason is None and not lines[k].entry:
                    scores[k] = max(scores[k], short_prose)
    for i in range(1, len(lines) - 1):
        if scores[i] < 0 and _heading_shaped(lines[i]) and _between_paragraphs(lines, scores, i, short_prose):
            scores[i] = 0.0


def item_number(text: str) -> int | None:
    """The number a numbered item opens with ('3. …' → 3, '三、…' → 3, '③ …' → 3), or None."""
    match = _ordinals().match(text)
    if match is None:
        return None
    if match.group("arabic"):
        return int(match.group("arabic"))
    if match.group("han"):
        return _han_number(match.group("han"))
    return ord(match.group("circled")) - 0x2460 + 1


def _han_number(numeral: str) -> int | None:
    digits = "一二三四五六七八九"
    if numeral == "十":
        return 10
    if len(numeral) == 1:
        return digits.index(numeral) + 1
    if numeral.startswith("十") and len(numeral) == 2 and numeral[1] in digits:
        return 10 + digits.index(numeral[1]) + 1
    return None


def _marked_lists(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, last) index of each run of bulleted or numbered items."""
    runs: list[tuple[int, int]] = []
    bullets = [i for i, ln in enumerate(lines) if ln.reason is None and _bullet().match(ln.text)]
    runs += [(r[0], r[-1]) for r in _consecutive(bullets) if len(r) >= _BULLETS]
    numbered = [(i, n) for i, ln in enumerate(lines) if ln.reason is None and (n := item_number(ln.text)) is not None]
    chain: list[tuple[int, int]] = []
    for i, n in numbered:
        if chain and n == chain[-1][1] + 1 and i - chain[-1][0] <= _BETWEEN_ITEMS + 1:
            chain.append((i, n))
            continue
        if len(chain) >= _NUMBERED:
            runs.append((chain[0][0], chain[-1][0]))
        chain = [(i, n)]
    if len(chain) >= _NUMBERED:
        runs.append((chain[0][0], chain[-1][0]))
    return runs


def _consecutive(positions: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for p in positions:
        if out and p == out[-1][-1] + 1:
            out[-1].append(p)
        else:
            out.append([p])
    return out


def _article(ln: Line, score: float, short_prose: float) -> bool:
    return ln.reason is None and not ln.entry and ln.shape.terminal and score >= short_prose


def _article_above(lines: list[Line], scores: list[float], first: int, short_prose: float) -> bool:
    return _lead_in_start(lines, scores, first, short_prose) < first or (
        first > 0 and _article(lines[first - 1], scores[first - 1], short_prose)
    )


def _lead_in_start(lines: list[Line], scores: list[float], first: int, short_prose: float) -> int:
    """The list's lead-in line (unlabelled, under an article line), or `first` when there is none."""
    for k in range(first - 1, max(first - 1 - _LEAD_IN, -1), -1):
        if lines[k].reason is not None or lines[k].entry:
            return first
        if _article(lines[k], scores[k], short_prose):
            return k + 1 if k + 1 < first else first
    return first


def _article_below(lines: list[Line], scores: list[float], last: int, short_prose: float) -> bool:
    k = last + 1
    while k < len(lines) and lines[k].reason in _PASSED:
        k += 1
    return k < len(lines) and _article(lines[k], scores[k], short_prose)


def _heading_shaped(ln: Line) -> bool:
    """A short line that is not a sentence: 1-6 words, no full stop (a question mark is allowed: an
    interview's question heads its answer), not opening in lower case, no figures but an item number."""
    s = ln.shape
    text = ln.text.rstrip()
    if ln.reason is not None or ln.entry or not 1 <= s.words <= _HEADING_WORDS or s.starts_lower:
        return False
    if text.endswith((",", ";", ":")) or (s.terminal and not text.endswith(("?", "？", "؟"))):
        return False
    unnumbered = _ordinals().sub("", text, count=1) if item_number(text) is not None else text
    return not any(c.isdigit() for c in unnumbered)


def _between_paragraphs(lines: list[Line], scores: list[float], i: int, short_prose: float) -> bool:
    """An article line right above (past in-body furniture: 'Read also' links, ad labels) and right below."""
    k = i - 1
    while k >= 0 and (lines[k].inline or lines[k].reason in _PASSED):
        k -= 1
    return k >= 0 and _article(lines[k], scores[k], short_prose) and _article(lines[i + 1], scores[i + 1], short_prose)
