"""An event a negated claim only presupposes: 'Malik has not lodged an appeal against his ban' denies the
appeal, not the ban. A definite or possessive noun phrase keeps its content under negation (presupposition
projects through 'not': Strawson 1950, Karttunen 1973; Huddleston & Pullum 2002 ch. 9 §9), so the event it
names is taken as given, not denied. Compared with another claim of that event under another predicate, the
negation is no denial of it ('was banned for five years'; lead37)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.link.claim_ref import ClaimRef
    from storyline.link.propositions import Proposition

# a definite or possessive determiner, up to three modifiers ('his five - year'), then the head noun; the
# phrase is inside a prepositional phrase of the negated clause ('an appeal against his ban', 'comment on
# the investigation')
_DEFINITE = r"\b(?:against|on|over|about|of|for|into|to|from|after|before)\s+(?:the|his|her|its|their|this|that|these|those)\s+(?:[\w'’-]+\s+){{0,4}}?{noun}s?\b"


def presupposed_event(a: ClaimRef, b: ClaimRef, found: Proposition) -> bool:
    """The negated claim of the two shares the proposition's event only through a definite phrase inside
    a prepositional phrase of its theme, under a predicate of its own."""
    negative, positive = (a, b) if a.polarity == "negative" else (b, a)
    if negative.polarity != "negative" or positive.polarity != "positive" or negative.predicate == positive.predicate:
        return False
    event = positive.predicate
    if event not in found.words or not negative.theme:
        return False
    theme = " ".join(negative.theme.split())
    return re.search(_DEFINITE.format(noun=re.escape(event)), theme, re.I) is not None
