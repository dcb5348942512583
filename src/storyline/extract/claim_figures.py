"""The figures a claim's clause carries ('52%', '4 per cent'), and the ones it negates: the values two claims
of one quantity are compared by (link/claim_verdict.figures_conflict)."""
from __future__ import annotations

from collections.abc import Sequence


def figures(tokens: Sequence, *, rejected: bool = False) -> tuple[str, ...]:
    """Numbers that carry a value claim: '52%', '65%' (bare counts are left out); with `rejected`,
    the ones the clause negates instead."""
    out = []
    for t in tokens:
        if t.like_num and t.i + 1 < len(t.doc) and (t.doc[t.i + 1].text in ("%", "percent") or _per_cent(t)) \
                and negated_value(t.doc[t.i + 1]) == rejected:
            out.append(f"{t.text}%")
    return tuple(out)


def _per_cent(number) -> bool:
    """'4 per cent': the British, Irish, Australian, New Zealand and Indian spelling of 'percent'
    (Guardian and Observer style guide, 'per cent'; The Economist Style Guide), two tokens."""
    doc = number.doc
    return number.i + 2 < len(doc) and doc[number.i + 1].lower_ == "per" and doc[number.i + 2].lower_ == "cent"


def negated_value(unit) -> bool:
    """A value the clause negates is the one it rejects, not the one it gives: '38% … and not
    “fewer than 5%”' gives 38%. The parser hangs that 'not' on the value's unit or on the phrase
    holding it ('not “under 10%”'), below the verb: a 'not' on the verb negates the clause instead."""
    token = unit
    while token.pos_ not in ("VERB", "AUX") and token.head is not token:
        if any(c.dep_ == "neg" for c in token.children):
            return True
        token = token.head
    return False
