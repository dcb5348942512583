"""Attributions carried by a noun or an adjective instead of a verb.

"his claim that …", "Clinton's plan to …", "criticism of the deal", "His concern is that …",
"X is a staunch opponent of …", "X has been critical of …", "X is afraid that …". The content is the
clause or prepositional object the word governs; the source is its possessor, or the subject of the
verb that holds it ("X made the claim that …", "X is an opponent of …", "X is critical of …").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.cues import NOMINAL_PREPS, VERBAL
from storyline.extract.marks import MarkIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

CLAUSE_CHILDREN = frozenset({"acl", "ccomp", "xcomp", "relcl"})
# The verbs that hold a nominal cue without adding an attribution of their own.
HOLDERS = frozenset({"dobj", "attr", "acomp", "oprd"})


def nominal_content(cue: Token) -> list[Token] | None:
    """The tokens a noun or adjective cue attributes: its that-/to-clause, the object of its
    preposition, or (as the subject of 'is') the clause after the copula."""
    for child in cue.children:
        if child.dep_ in CLAUSE_CHILDREN and child.pos_ in VERBAL and _complement_clause(child):
            return list(child.subtree)
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in NOMINAL_PREPS:
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                return [t for o in objs for t in o.subtree]
    if cue.dep_ == "nsubj" and cue.head.lemma_ == "be":  # "His concern is that …"
        rest = [c for c in cue.head.children if c.dep_ in ("ccomp", "attr") and c.i > cue.i]
        return list(rest[0].subtree) if rest else None
    return None


def _complement_clause(verb: Token) -> bool:
    """'the claim that X did Y' or 'a plan to do Y', not a relative clause ('the claim he made')."""
    if verb.dep_ == "xcomp" or (verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children)):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in verb.children)


def nominal_source(cue: Token, marks: MarkIndex) -> Token | None:
    """The possessor ('his claim'), else the subject of the holding verb ('X made the claim',
    'X is critical of')."""
    poss = next((c for c in cue.children if c.dep_ == "poss"), None)
    if poss is None and cue.dep_ in HOLDERS and cue.head.pos_ in VERBAL:
        poss = next((c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if poss is None or marks.covers(poss.idx) or poss.lower_ in ("it", "there", "this", "that"):
        return None
    return poss
