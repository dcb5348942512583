"""Two indefinite descriptions are two referents. An indefinite noun phrase ('a small airline', 'an
old bridge') introduces a new discourse referent each time it is used (Karttunen 1976; Heim 1982), so
two claims whose only common ground is an indefinite theme on each side ('… stretched a small airline
too thin' / '"I'm never flying with a small airline again"') are not about one thing. Under one
predicate the act itself is shared ('issued a recall' / 'did not issue a recall') and this does not
apply; under two predicates nothing but the description links them (lead39)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.link.claim_ref import ClaimRef
    from storyline.link.propositions import Proposition

_INDEFINITE = re.compile(r"(?:a|an|another|some)\s", re.I)


def indefinite_only(a: ClaimRef, b: ClaimRef, found: Proposition) -> bool:
    """Both themes are indefinite descriptions and every word the proposition shares lies in both."""
    if a.predicate == b.predicate or "be" in (a.predicate, b.predicate):
        return False  # an existential ('there is an X' / 'there isn't an X') asserts or denies its indefinite
    themes = [" ".join((x.theme or "").split()) for x in (a, b)]
    if not all(_INDEFINITE.match(t) for t in themes):
        return False
    words = [re.findall(r"[^\W\d_]+", t.lower()) for t in themes]
    shared = {w for w in found.words if not w.startswith("name:")}
    return bool(shared) and len(shared) == len(found.words) and all(
        any(token.startswith(w) for token in tokens) for w in shared for tokens in words)
