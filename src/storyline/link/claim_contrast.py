"""Two things of one kind named apart by a contrasting modifier: 'The north tower lost power on March 3' /
'The south tower lost power on June 18' are two towers, so their two dates are two events, not two dates
of one (claim_dates.same_event). The modifiers are of one closed set whose members exclude each other
(rules/claim_frames.toml [contrast_modifiers]: compass points, upper/lower, ordinals …), on one head noun."""
from __future__ import annotations

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import DETERMINERS, PHRASE_END, singular

CONTRASTS: dict[str, str] = rules.mapping("claim_frames", "contrast_modifiers")


def _head_and_sets(phrase: str | None) -> tuple[str, dict[str, str]] | None:
    """The phrase's head noun (before its first preposition) and its contrast modifiers by set."""
    words = []
    for w in fold(phrase or "").replace("'s", " ").split():
        if w in PHRASE_END:
            break
        if w.isalpha() and w not in DETERMINERS:
            words.append(w)
    if len(words) < 2:
        return None
    return singular(words[-1]), {CONTRASTS[w]: w for w in words[:-1] if w in CONTRASTS}


def named_apart(a: ClaimRef, b: ClaimRef) -> bool:
    """The two subjects, or the two objects, have one head and two members of one contrast set."""
    for x, y in ((a.agent, b.agent), (a.theme, b.theme)):
        p, q = _head_and_sets(x), _head_and_sets(y)
        if p and q and p[0] == q[0] and any(q[1].get(s, w) != w for s, w in p[1].items()):
            return True
    return False
