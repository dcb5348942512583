"""A team or club called by the last word of its name ('the Stallions' after 'Lahore Stallions').

AP Stylebook 'sports': a team is named in full once and by its plural nickname after ('the Yankees'); the small
model tags the full name and leaves the nickname alone untagged ('The Stallions finished fourth': no entity at
all in branch ents38's invented Pakistani franchise story; ECB+ dev topic 'Saints' after 'New Orleans Saints').
Across articles the nickname tagged a people already joins the one body ending in it (`org_merge._team_name`);
this finds it where nothing was tagged, inside the article that names the team in full.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.extract.names import NAME_HEADS, fold
from storyline.extract.span_overlap import overlaps_any

if TYPE_CHECKING:
    from storyline.extract.entities import Mention

_BODY_LABELS = frozenset({"ORG", "FAC", "NORP"})


def _nickname(m: Mention) -> str:
    """The last word of a full team name: capitalised, plural ('Stallions', 'Saints'), no organisation's or
    company's head word ('Holdings', 'Partners', 'Services' end firms, whose first word is their short name)."""
    words = m.text.removeprefix("the ").removeprefix("The ").split()
    if m.label not in _BODY_LABELS or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    last = words[-1].rstrip("'’")
    plural = last.isalpha() and last[:1].isupper() and last[1:].islower() and last.endswith("s") and not last.endswith("ss")
    return last if plural and fold(last) not in NAME_HEADS else ""


def team_nicknames(mentions: list[Mention], body: str) -> list[Mention]:
    """'the Stallions' / 'The Stallions'' in an article where exactly one body's name of two words or more ends in
    'Stallions': an ORG mention of that word where nothing was tagged, and the ORG label where the model called
    the word a people ('Comets' NORP), so the article links it to the team (`entities._short_org_target`)."""
    from storyline.extract.entities import Mention

    ends: dict[str, set[str]] = {}
    for m in mentions:
        if word := _nickname(m):
            ends.setdefault(word, set()).add(fold(m.text.removeprefix("the ").removeprefix("The ")))
    nicknames = {word for word, names in ends.items() if len(names) == 1}
    out = [replace(m, label="ORG") if m.label == "NORP" and m.text.removeprefix("the ").removeprefix("The ")
           .rstrip("'’") in nicknames else m for m in mentions]
    for word in sorted(nicknames):
        for hit in re.finditer(rf"(?<=\b[Tt]he ){re.escape(word)}(?![\w-]| [A-Z])", body):
            if not overlaps_any(out, hit.start(), hit.end()):
                out.append(Mention(hit.start(), hit.end(), hit[0], "ORG"))
    return sorted(out, key=lambda m: m.start)
