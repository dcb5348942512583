"""What kind of thing a story's names name, from the story's own appositions: 'The lift, known as the
Summit Express, stopped …' and 'the Summit Express, a fixed-grip chair built in 1987' make the Summit
Express a lift and a chair, so a later 'that lift' may be it (link/contradictions.py: a claim about a
named thing is not about 'another object' when the other claim uses a noun the story gives that name).

An apposition names one referent twice (Huddleston & Pullum 2002 ch. 15 §5, supplementary appositives;
Quirk et al. 1985 §17.65-17.80, 'known as', 'called' as appositive markers), and a definite description
later takes up the named referent by its head noun (Poesio & Vieira 1998)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from storyline.extract.names import fold
from storyline.link.claim_counts import noun_singular as singular

_NAME = r"((?:[A-Z][\w'’-]* ){0,4}[A-Z][\w'’-]*)"
# 'the lift, known as the Summit Express' / 'a chairlift called the Summit Express'
_NOUN_THEN_NAME = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][a-z-]{2,}),?\s+"
                             r"(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?" + _NAME)
# 'the Summit Express, a fixed-grip chair built in 1987,' — the appositive's head is its last word before
# a participle, relative word or preposition (the head of a noun phrase precedes its post-modifiers)
_NAME_THEN_NOUN = re.compile(_NAME + r",\s+(?:a|an)\s+((?:[a-z0-9][\w-]*\s+){0,4}?)([a-z][a-z-]{2,})"
                             r"(?=\s+(?:built|made|owned|operated|run|used|opened|that|which|who|in|of|with|from|on|at|for|near)\b|[,.;])")


def name_kinds(bodies: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each name a body sets in apposition with a common noun (folded), with those nouns (singular)."""
    found: dict[str, set[str]] = {}
    for body in bodies:
        for m in _NOUN_THEN_NAME.finditer(body):
            found.setdefault(_key(m.group(2)), set()).add(singular(m.group(1).lower()))
        for m in _NAME_THEN_NOUN.finditer(body):
            found.setdefault(_key(m.group(1)), set()).add(singular(m.group(3).lower()))
    return {name: frozenset(nouns) for name, nouns in found.items()}


def _key(name: str) -> str:
    return fold(name).removeprefix("the ")


def kind_named(words: Iterable[str], kinds: Mapping[str, frozenset[str]], text: str) -> set[str]:
    """The words of every name whose kind is among `words` ('lift' → {'summit', 'express'}), when the
    claim's text takes that kind up as a bare description ('that lift', 'the ferry', 'its chairlift'): a
    definite or demonstrative article, or a possessive pronoun, and at most one lower-case modifier. A
    noun heading another name's phrase ("California's Betty Ford Center rehab facility") describes that
    other referent (ecbplus-dev topic 1: it set 'Morningside Recovery, a … facility' against Betty Ford)."""
    nouns = {singular(fold(w)) for w in words}
    found = set()
    for name, of in kinds.items():
        for noun in of & nouns:
            if re.search(rf"\b{_TAKING_UP}\s+(?:[a-z][\w-]*\s+)?{re.escape(noun)}", text):
                found.update(name.split())
    return found


_TAKING_UP = "(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)"
