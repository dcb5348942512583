"""Coordinated verb phrases that share one subject, each a claim of its own.

'The fire killed two people, burned 41,200 acres and destroyed 312 homes' makes three assertions about
one subject; read as one claim its predicate was 'kill' and its object 'two people', so another outlet's
'destroyed 212 homes' met no count of homes. In verb-phrase coordination every conjunct is a predicate of
the shared subject (Huddleston & Pullum 2002 ch. 15 §4.3; Quirk et al. 1985 §13.49): a conjunct verb with
a counted object of its own ('312 homes', '$4 million') and no subject of its own is its own claim, with the
first conjunct's subject: a value another report can give otherwise. Other conjuncts stay in the first claim
(on the real-story dev stories they added mostly look-alike flags, docs/models/claims.md).

What else the conjuncts share depends on where the coordination starts. When the conjuncts are
non-finite forms after one auxiliary ('did not kill anyone or destroy any homes', 'will close the road and
reroute buses', 'had never inspected the line or trimmed the trees') the auxiliary and the negation or
modal with it scope over every conjunct; a finite conjunct ('killed no one but destroyed 40 homes') carries
its own tense and shares nothing but the subject. A negative subject ('Nobody called or warned us') denies
every conjunct. Clauses with their own subject are extract/claims.py's `_coordinates` (branch claims17)."""
from __future__ import annotations

from typing import Any

from storyline import rules

NEGATORS = rules.words("claims", "negators")
REPORTING = rules.words("claims", "reporting_verbs") | rules.words("claims", "finding_verbs")
_SUBJECTS = ("nsubj", "nsubjpass", "expl")
_NON_FINITE = frozenset({"VB", "VBN", "VBG"})
_NEGATIVE_SUBJECTS = frozenset({"nobody", "nothing", "none", "neither"})


def _children(token: Any, *deps: str) -> list:
    return [c for c in token.children if c.dep_ in deps]


def is_verb_conjunct(token: Any) -> bool:
    """A conjoined verb phrase: a verb joined by 'conj' to a verb, with a counted object and no subject of its
    own, and not a verb of saying (whose reported clause is a frame of its own)."""
    return token.dep_ == "conj" and token.pos_ == "VERB" and token.head.pos_ in ("VERB", "AUX") \
        and not _children(token, *_SUBJECTS) and any(_counted(o) for o in _children(token, "dobj")) \
        and token.lemma_.lower() not in REPORTING


def _counted(noun: Any) -> bool:
    """The object carries a number of its own ('312 homes', '$4 million', 'four of the bridges'): a value another
    claim can give otherwise. Conjuncts with other objects stay in the first claim: split on the real-story dev
    stories, they added 11 flags of which 9 were look-alikes ('carry on conversations' / 'never carried out';
    'needed surgery' earlier / 'does not need surgery this time'), as clause coordination did (claims.md)."""
    return noun.like_num or noun.tag_ == "CD" or any(c.dep_ == "nummod" for c in noun.children)


def verb_conjuncts(verb: Any) -> list:
    """The verb phrases coordinated with `verb`'s that take its subject, in the order of the sentence
    ('burned 41,200 acres', 'destroyed 312 homes' of 'killed two people')."""
    found, stack = [], [verb]
    while stack:
        head = stack.pop()
        joined = [c for c in _children(head, "conj") if is_verb_conjunct(c)]
        found.extend(joined)
        stack.extend(joined)
    return sorted(found, key=lambda t: t.i)


def shares_auxiliaries(conjunct: Any, first: Any) -> bool:
    """True when `conjunct` is a non-finite form of the same kind as `first` with no auxiliary of its own:
    the auxiliaries before `first` (and their negation or modal) scope over it too."""
    return conjunct.tag_ == first.tag_ and first.tag_ in _NON_FINITE \
        and not _children(conjunct, "aux", "auxpass", "neg") and bool(_children(first, "aux", "auxpass"))


def shared_negation(conjunct: Any, first: Any) -> bool:
    """Whether a negation of the shared subject or the shared auxiliaries denies `conjunct` too."""
    subjects = _children(first, "nsubj", "nsubjpass")
    if any(s.lower_ in _NEGATIVE_SUBJECTS or any(d.lower_ == "no" and d.dep_ == "det" for d in s.children)
           for s in subjects):
        return True
    return shares_auxiliaries(conjunct, first) and any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATORS and c.i < first.i) for c in first.children)
