"""Figures a claim gives, to compare two values of one quantity (link/contradictions.py).

A figure is a percentage ('52%'), an amount of money ('$4.2 million' -> '4.2e+06:$') or a count of a
noun ('more than 40 residents' -> '>40:resident'): value, the bound its modifier gives ('>' at least,
'<' at most, none for a point or an approximation) and its unit (the currency, the counted noun's
lemma). Counts of time ('three days') and of rank are left out (rules/claims.toml).
"""
from __future__ import annotations

from collections.abc import Sequence

from storyline import rules

NUMBER_WORDS = rules.mapping("claims", "number_words")
SCALES = rules.mapping("claims", "number_scales")
CURRENCY = rules.mapping("claims", "currency_words")
LOWER = rules.words("claims", "figure_lower_bounds")
UPPER = rules.words("claims", "figure_upper_bounds")
NOT_COUNTS = rules.words("claims", "count_excluded_nouns")


def figures(tokens: Sequence, rejected_of) -> tuple[tuple[str, bool], ...]:
    """(figure, rejected) for every figure among `tokens`; `rejected_of(token)` says whether the clause
    negates the value hanging on that token."""
    kept = {t.i for t in tokens}
    out: list[tuple[str, bool]] = []
    done: set[int] = set()
    for t in tokens:
        if not t.like_num or t.i in done:
            continue
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.text in ("%", "percent"):
            out.append((f"{t.text}%", rejected_of(nxt)))
            continue
        found = _amount(t, kept) or _count(t)
        if found is not None:
            text, run, anchor = found
            done.update(x.i for x in run)
            out.append((text, rejected_of(anchor)))
    return tuple(out)


def _amount(t, kept: set[int]):
    """'$4.2 million', '12 million dollars': the MONEY entity's numerals and its currency."""
    if t.ent_type_ != "MONEY":
        return None
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    if ent is None:
        return None
    run = [x for x in ent if x.like_num and x.i in kept]
    unit = next((CURRENCY[x.lower_] for x in ent if x.lower_ in CURRENCY), None) \
        or next((CURRENCY[x.lemma_.lower()] for x in ent if x.lemma_.lower() in CURRENCY), None)
    value = _value(run)
    if unit is None or value is None:
        return None
    return f"{_bound(t.doc, ent.start)}{value:g}:{unit}", run, run[-1]


def _count(t):
    """'more than 40 residents', 'three hospitals': a numeral modifying a noun that is no time unit."""
    head = t
    while head.like_num and head.dep_ in ("compound", "quantmod", "nummod") and head.head is not head \
            and head.head.like_num:
        head = head.head  # '1.2' -> 'million' in '1.2 million people'
    noun = head.head
    if head.dep_ != "nummod" or noun.pos_ != "NOUN" or t.ent_type_ in ("DATE", "TIME", "ORDINAL", "MONEY") \
            or noun.lemma_.lower() in NOT_COUNTS:
        return None
    run = sorted([x for x in head.subtree if x.like_num and x.i < noun.i], key=lambda x: x.i)
    value = _value(run)
    if value is None:
        return None
    return f"{_bound(t.doc, run[0].i)}{value:g}:{noun.lemma_.lower()}", run, noun


def _value(run: Sequence) -> float | None:
    total = 0.0
    for x in run:
        word = x.lower_.replace(",", "")
        if word in SCALES:
            total = (total or 1.0) * SCALES[word]
        elif word in NUMBER_WORDS:
            total += NUMBER_WORDS[word]
        else:
            try:
                total += float(word)
            except ValueError:
                return None
    return total or None


def _bound(doc, start: int) -> str:
    """'>' after a lower-bound modifier ('more than', 'at least'), '<' after an upper one."""
    for width in (3, 2, 1):
        if start - width < 0:
            continue
        words = " ".join(x.lower_ for x in doc[start - width:start])
        if words in LOWER:
            return ">"
        if words in UPPER:
            return "<"
    return ""
