"""Cardinal numbers written in words: 'two hundred and forty', 'one thousand two hundred', 'three and a half
million', 'half a million'.

A count or an amount spelled out was read one word at a time: 'Two hundred and forty workers' was 200,
'one thousand two hundred families' 1,000, 'three and a half million dollars' 3, and 'Half a million euro'
no value at all, so two accounts of one quantity told in words and in digits were never compared (issue 11's
unseen stories; dispute37's invented cases). The grammar is the complex cardinal numeral of Huddleston &
Pullum 2002 ch. 5 §7.2 and Quirk et al. 1985 Appendix III.41: a group below a thousand (units, a teen, a
tens word with or without its hyphenated unit, optionally times 'hundred' and followed by 'and' and the rest
in British, Irish, Indian and Commonwealth usage), times a scale word ('thousand', 'million', 'lakh', 'crore'),
groups added from the largest scale down; 'and a half' before a scale adds half a unit, 'half a' before a
scale is half of it. Python's standard library and the project's dependencies have no such parser (spaCy's
`like_num` says only that a token is a number).
"""
from __future__ import annotations

from storyline import rules

# 'one' .. 'ninety', 'a dozen' (rules/timex.toml [small_numbers]); the articles and fractions are kept apart
_SMALL = {w: float(v) for w, v in rules.mapping("timex", "small_numbers").items() if " " not in w
          and w not in ("a", "an", "half", "hundred", "thousand", "dozen")}
# scale words multiply the group before them (Huddleston & Pullum 2002 ch. 5 §7.2; 'lakh' and 'crore' are the
# Indian numbering system's, Oxford English Dictionary); 'dozen' multiplies as 'hundred' does within a group
SCALES = {"thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9, "trillion": 1e12}
_ARTICLES = frozenset({"a", "an"})


def word_value(word: str) -> float | None:
    """A single number word's value: 'forty' 40, 'sixty-one' 61; None for any other word."""
    if word in _SMALL:
        return _SMALL[word]
    parts = word.split("-")
    if len(parts) == 2 and all(p in _SMALL for p in parts) and _SMALL[parts[0]] % 10 == 0 \
            and _SMALL[parts[0]] >= 20 and _SMALL[parts[1]] < 10:
        return _SMALL[parts[0]] + _SMALL[parts[1]]
    return None


def _scaled(word: str) -> bool:
    return word in SCALES or word in ("hundred", "dozen")


def _and_continues(words: list[str], j: int, group: float) -> bool:
    """'and' at words[j] joins the numeral: after 'hundred' or a scale ('two hundred and forty') when a
    number below a hundred follows, or before 'a half' and a scale ('three and a half million')."""
    nxt = words[j + 1:j + 4]
    if len(nxt) >= 3 and nxt[0] in _ARTICLES and nxt[1] == "half" and nxt[2] in SCALES:
        return group > 0
    value = word_value(nxt[0]) if nxt else None
    return value is not None and value < 100 and group % 100 == 0


def spelled_number(words: list[str], i: int) -> tuple[float | None, int]:
    """The cardinal spelled from words[i] (lower-cased tokens) and the index after it; (None, i) when no
    numeral starts there. A bare article or 'half' is a number only before a scale word ('a hundred',
    'half a million')."""
    total = group = 0.0
    j, last = i, ""  # last: 'unit', 'tens', 'hundred', 'scale', 'and'
    if j + 2 < len(words) and words[j] == "half" and words[j + 1] in _ARTICLES and words[j + 2] in SCALES:
        return 0.5 * SCALES[words[j + 2]], j + 3
    while j < len(words):
        w = words[j]
        value = word_value(w)
        if w in _ARTICLES and last in ("", "and") and j + 1 < len(words) and _scaled(words[j + 1]):
            value = 1.0
        if value is not None:
            joins_tens = last == "tens" and value < 10 and group % 10 == 0
            if last in ("unit", "tens") and not joins_tens:
                break
            group += value
            last = "tens" if value >= 20 and value % 10 == 0 and w not in _ARTICLES else "unit"
        elif w in ("hundred", "dozen") and last in ("unit", "tens", ""):
            group = (group or 1.0) * (100.0 if w == "hundred" else 12.0)
            last = "hundred"
        elif w in SCALES and last in ("unit", "tens", "hundred"):
            total, group, last = total + group * SCALES[w], 0.0, "scale"
        elif w == "and" and last in ("hundred", "scale", "unit", "tens") and _and_continues(words, j, group or total):
            if words[j + 1] in _ARTICLES and words[j + 2] == "half":
                total, group, last = total + (group + 0.5) * SCALES[words[j + 3]], 0.0, "scale"
                j += 4
                continue
            last = "and"
        else:
            break
        j += 1
    if last == "and":
        j -= 1
    value = total + group
    return (value, j) if j > i and value > 0 else (None, i)
