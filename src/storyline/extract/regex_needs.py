"""Strings a regex cannot match without: a substring test that skips a text before the regex scans it.

`required_strings(pattern)` reads the compiled pattern's syntax tree (Python's own parser) and returns
lower-case ASCII strings one of which every match of the pattern contains, or () when it finds none.
Where a pattern has to be tried at every position (a lookbehind or a class first, so `re` has no
literal prefix to search for), `needed(...)` — a few `in` tests on the lower-cased text — is far
cheaper than the scan: `find_citations` over extraction-dev's 90 bodies, 0.83 → 0.64 s of CPU
(issue 16; the same citations). The analysis is sound, never complete: it takes a run of literals, a group, an
alternation whose every branch gives strings, or the body of a repetition of at least one; anything
else (classes, lookarounds, back-references, conditionals) gives nothing and cuts the run.

`lower()` keeps an ASCII run of the text an ASCII run, so a literal the text holds as written, or in
either case under IGNORECASE, is in the lower-cased text, except for the few non-ASCII letters that
`re` takes for an ASCII one under IGNORECASE (`ASCII_TWINS`; tests check the list against every code
point): a text holding one of them is never skipped.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's op codes (CPython's re)
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: non-ASCII letters `re` matches to an ASCII letter under IGNORECASE: İ ı (i), ſ (s), the Kelvin sign (k)
ASCII_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_strings(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Lower-case ASCII strings one of which every match of `pattern` contains; () for none known."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    found = _sequence(list(tree.data))
    return tuple(sorted(found)) if found else ()


def needed(strings: tuple[str, ...], text: str, lower: str) -> bool:
    """False only when no match of the pattern `strings` came from can be in `text` (`lower` is
    `text.lower()`)."""
    return not strings or any(s in lower for s in strings) or ASCII_TWINS.search(text) is not None


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best set of strings one of which every match of this sequence holds, or None. A literal is
    taken lower-cased whatever the flags (a match holds it in some case; see the module's note)."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        found = _element(op, av)
        if found:
            options.append(found)
    if run:
        options.append(frozenset(["".join(run)]))
    # any one option is sound; the longest shortest string skips most, then the fewest strings cost least
    return max(options, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _element(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3].data))
    if op is sre.BRANCH:
        branches = [_sequence(list(branch.data)) for branch in av[1]]
        return None if any(not b for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS:
        low, _high, inner = av
        return _sequence(list(inner.data)) if low >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av.data))
    return None


@dataclass(slots=True, frozen=True)
class NearScan:
    """`pattern.finditer` run only near the strings a match needs, with the same matches.

    A match holds one of `strings` (required_strings) and spans at most `width` characters (the
    pattern's longest match), so it starts at most `width` before that string's end and ends at most
    `width` after its start; the pattern's lookaheads read at most `ahead` characters past where they
    stand. Each occurrence gets the window [end - width, start + width + ahead + 1); overlapping
    windows are merged. A window is scanned by `finditer(text, start, end)`: a lookbehind still
    reads the text before it, and an attempt from any position up to its last occurrence reads
    nothing past its end, so what it finds there is what the whole text has there; a match starting
    later would need an occurrence that no window holds. Windows are disjoint and hold every match,
    so the matches are those of the whole text, in order. A pattern with no strings, an unbounded
    width or lookahead, or a text holding a twin letter, is scanned whole. The time-expression rules
    over extraction-dev's 90 bodies: 0.45 → 0.31 s of CPU, the same matches (issue 16)."""

    pattern: re.Pattern[str]
    strings: tuple[str, ...]
    width: int | None
    ahead: int | None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> NearScan:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        width = tree.getwidth()[1]
        ahead = _lookahead(list(tree.data))
        found = _sequence(list(tree.data))
        return cls(pattern, tuple(sorted(found)) if found else (), width if width < sre.MAXREPEAT else None,
                   ahead if ahead is not None and ahead < sre.MAXREPEAT else None)

    def finditer(self, text: str, lower: str) -> Iterator[re.Match[str]]:
        if not self.strings or self.width is None or self.ahead is None or len(lower) != len(text) \
                or ASCII_TWINS.search(text) is not None:
            yield from self.pattern.finditer(text)
            return
        for start, end in self._windows(lower):
            yield from self.pattern.finditer(text, start, end)

    def _windows(self, lower: str) -> list[tuple[int, int]]:
        """(start, end) of each window, in order, disjoint."""
        assert self.width is not None and self.ahead is not None
        spans = sorted((at, at + len(s)) for s in self.strings for at in _occurrences(lower, s))
        windows: list[tuple[int, int]] = []
        for at, stop in spans:
            start, end = max(0, stop - self.width), min(len(lower), at + self.width + self.ahead + 1)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], end))
            else:
                windows.append((start, end))
        return windows


def _occurrences(text: str, string: str) -> Iterator[int]:
    at = text.find(string)
    while at >= 0:
        yield at
        at = text.find(string, at + 1)


def _lookahead(items: list[tuple[Any, Any]]) -> int | None:
    """The most characters any lookahead of the sequence reads past where it stands (0 for none);
    None where a conditional or reference makes it unknown."""
    most = 0
    for op, av in items:
        inner: list[Any] = []
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, body = av
            reach = _lookahead(list(body.data))  # a lookahead inside reads on from the body's end
            if reach is None:
                return None
            if direction == 1:
                most = max(most, body.getwidth()[1] + reach)
            inner = [body]
        elif op is sre.SUBPATTERN:
            inner = [av[3]]
        elif op is sre.BRANCH:
            inner = list(av[1])
        elif op in _REPEATS:
            inner = [av[2]]
        elif op is sre.ATOMIC_GROUP:
            inner = [av]
        elif op in (sre.GROUPREF_EXISTS, sre.GROUPREF):
            return None
        for body in inner:
            found = _lookahead(list(body.data))
            if found is None:
                return None
            most = max(most, found)
    return most
