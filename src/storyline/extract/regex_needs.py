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
