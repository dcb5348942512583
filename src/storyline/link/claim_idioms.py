"""Verb phrases of making known that the parse splits: 'went public with its plan to sell the park on Tuesday'
(the verb 'go', 'public' as its object) and 'made the decision public on Thursday' ('make', 'the decision' as its
object). Read as the act of [disclosure_events] ('disclose') with what is made known as the object, they meet
another account of the same announcement ('first disclosed the plan on 14 August'; rules/claims.toml
[disclosure_idioms])."""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline import rules
from storyline.extract.names import fold

IDIOMS: dict[str, list[str]] = rules.mapping("claims", "disclosure_idioms")
_FORMS = {"go": r"(?:go|goes|went|gone|going)", "make": r"(?:make|makes|made|making)"}
# where the made-known thing ends: a time or place adjunct, a clause, punctuation
_THING_END = re.compile(r"\s+(?:on|in|at|last|this|after|before|when|while|during|since|by|to\s+(?:staff|the\s+press))\b|[,.;:\"“”]")


@dataclass(slots=True, frozen=True)
class MadeKnown:
    theme: str | None   # what is made known, when the sentence names it
    subject_made_known: bool = False   # a passive with no by-phrase: its subject is the thing, its doer unnamed


def made_known(predicate: str, theme: str | None, text: str) -> MadeKnown | None:
    """The idiom's object when the claim is 'go public (with X)' or 'make X public / known'; None otherwise."""
    words = IDIOMS.get(predicate)
    if not words or predicate not in _FORMS:
        return None
    adjective = "|".join(re.escape(w) for w in words)
    if predicate == "go":
        if not fold(theme or "").startswith(tuple(words)):
            return None
        found = re.search(rf"(?i)\b{_FORMS['go']}\s+(?:{adjective})\s+(?:with|about)\s+(.+)", text)
        return MadeKnown(_thing(found.group(1)) if found else None)
    if theme and re.search(rf"(?i)\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?made\s+(?:{adjective})\b", text):
        if fold(theme).split()[0] in words:
            # 'The plan … was made public on 2 May': the parse's subject is what was made known and its
            # object the adjective; no one is named as the doer (a passive without its by-phrase)
            return MadeKnown(None, subject_made_known=True)
        return MadeKnown(theme)  # the passive: 'The breach was first made public by …', its subject the thing
    found = re.search(rf"(?i)\b{_FORMS['make']}\s+(.{{1,80}}?)\s+(?:{adjective})\b", text)
    if found is None or not theme or fold(found.group(1)).split()[:1] != fold(theme).split()[:1]:
        return None  # 'made a profit', 'made the case that …': no making known
    return MadeKnown(found.group(1).strip())


def _thing(rest: str) -> str | None:
    cut = _THING_END.search(rest)
    thing = (rest[:cut.start()] if cut else rest).strip()
    return thing or None
