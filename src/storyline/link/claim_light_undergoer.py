"""A light verb whose subject undergoes the act its object noun names: 'Ridgeline has never paid a federal safety
fine' / 'The Federal Railroad Administration fined Ridgeline Rail $310,000 in 2022'.

The denial's predicate ('pay') is not the report's ('fine'), so the denial check asks that both claims have one
doer; but the payer of a fine is the one fined, the object of the report's verb, not its doer. When the denial's
predicate is a light verb of undergoing (rules/claim_acts.toml [undergoer_light_verbs]: pay, receive, face, incur)
and the head of its object is the report's verb as a noun (the zero-derived noun 'fine' of 'fine', Quirk et al.
1985 App. I.24), its subject must be a word of the report's object instead (branch claims17)."""
from __future__ import annotations

import re

from storyline import rules
from storyline.link.claim_frame_acts import head_noun
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import DETERMINERS, PRONOUNS, fold, singular

LIGHT = rules.words("claim_acts", "undergoer_light_verbs")


def light_undergoer(x: ClaimRef, y: ClaimRef) -> bool:
    """`x`'s light verb takes `y`'s act as its object noun, and `x`'s subject is what `y`'s act is done to."""
    if x.predicate not in LIGHT or not y.theme or not x.agent or head_noun(x.theme) != y.predicate:
        return False
    subject = {singular(fold(w)) for w in re.findall(r"[^\W\d_]+", x.agent)} - DETERMINERS - PRONOUNS
    undergoer = {singular(fold(w)) for w in re.findall(r"[^\W\d_]+", y.theme)} - DETERMINERS
    return bool(subject & undergoer)
