"""Whether a clause's verb is negated: 'has not offered', 'never released', 'offered no exemption', 'No well has
tested above …' — and not by a 'not … until' that dates the event instead. Moved out of extract.claims, which reads
a clause's polarity from it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.claim_conjuncts import NEGATORS

if TYPE_CHECKING:
    from spacy.tokens import Token


def negated_verb(verb: Token) -> bool:
    """'has not offered', 'never released', 'offered no exemption', 'No well has tested above'."""
    if _not_until(verb):
        return False
    if any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in verb.children if c.dep_ in ("neg", "advmod", "det")):
        return True
    if any(s.lower_ in ("nobody", "nothing", "none") for s in [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]):
        return True
    if any(_determiner_no(c) for c in [c for c in verb.children if c.dep_ == "intj"] if c.i < verb.i):
        return True
    return any(d.lower_ == "no" and d.dep_ == "det"
               for arg in [c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubj", "nsubjpass")] for d in arg.children)


def _not_until(verb: Token) -> bool:
    """'did not announce the release until Sunday morning', 'Not until Sunday did it announce …': a negated
    event verb with 'until' asserts the event at that time and denies it only before (Huddleston & Pullum
    2002 ch. 8 §7.2: 'until' with a negated punctual verb; Quirk et al. 1985 §8.62), so it is no denial
    of the event (lead29: the late announcement read as a denial that one was made)."""
    untils = [c for c in verb.children if c.lower_ in ("until", "till") and c.dep_ in ("prep", "mark", "advmod")]
    return (any(c.dep_ == "neg" for c in verb.children) and bool(untils)) or any(
        any(n.dep_ == "neg" for n in u.children) for u in untils)


def _determiner_no(token: Token) -> bool:
    """'No public well has tested above …': the small parser tags a sentence-initial 'No' before a
    noun phrase as an interjection; an answer 'No, …' is followed by punctuation, a determiner is not."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ == "no" and following is not None and not following.is_punct
