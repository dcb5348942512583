"""One sentence or one quotation read twice (moved out of link/contradictions.py to keep it under 600 lines):
a syndicated sentence, a sentence split and read twice, two consecutive sentences of one quotation. Any
difference between two such claims is in the reading, not in the texts."""
from __future__ import annotations

import re

from storyline.link.claim_ref import ClaimRef


def one_sentence(a: ClaimRef, b: ClaimRef) -> bool:
    """One sentence in two articles (whitespace aside), or one claim's sentence inside the other's: a
    report syndicated to two pages, or a sentence split and read twice. Its words cannot disagree with
    themselves; two dates or two polarities come from how each copy was read. Two clauses of one
    sentence in one article stay comparable: 'police said he pointed a gun; witnesses said he did not'
    reports a dispute."""
    x, y = " ".join(a.text.split()), " ".join(b.text.split())
    if x == y:
        return a.article_id != b.article_id
    if min(len(x), len(y)) >= 20 and (x in y or y in x):
        return True
    # the same words with other punctuation: a heading copied before a quotation ("Don't wanna add to
    # that number ." / "Don't wanna add to that number `` We also operate …")
    u, v = _WORDS.sub(" ", x).strip(), _WORDS.sub(" ", y).strip()
    return a.article_id != b.article_id and min(len(u), len(v)) >= 20 and (u in v or v in u)


_WORDS = re.compile(r"[\W_]+")
_OPENING = re.compile(r"``|“")
_CLOSING = re.compile(r"''|”")


def _quote_balance(text: str) -> int:
    """Opening less closing quotation marks ('``' and "''" in tokenised text, curly quotes; a straight
    '"' opens when the text starts with it and closes otherwise, if their count is odd)."""
    balance = len(_OPENING.findall(text)) - len(_CLOSING.findall(text))
    if text.count('"') % 2:
        balance += 1 if text.lstrip().startswith('"') else -1
    return balance


def one_quotation(a: ClaimRef, b: ClaimRef) -> bool:
    """Two consecutive sentences of one quotation (`` We will call it Mexico flu . We won't call it swine
    flu , '' the minister said): the first opens a quotation that the second closes, so both are the
    words of the source the second names — one attribution relation whose content spans sentences
    (PARC: Pareti 2016, 'PARC 3.0', LREC; Pareti et al. 2013 on multi-sentence quotations). Its two
    halves are one speaker's, not a dispute."""
    if a.article_id != b.article_id:
        return False
    x, y = sorted((a, b), key=lambda r: r.start)
    return 0 <= y.start - x.end <= 3 and _quote_balance(x.text) > 0 and _quote_balance(y.text) < 0
