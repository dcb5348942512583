"""The company 'the company' refers back to when no company has spoken yet: the one firm the text named before
with a legal designator ('Pune-based Varanasi Wire Ltd supplied …', then '…, the company said'). A designator
marks a company whatever its name (rules/aliases.toml [legal_designators]); two such firms named before leave
the reference open (Poesio & Vieira 1998: a definite description's antecedent is the unique one that fits)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from storyline.extract.names import designator_stem, fold


def body_name(text: str) -> str:
    """A body's name as a speaker: without an opening 'The' or a closing possessive ("The X's board" → "X's
    board" → X)."""
    return re.sub(r"^[Tt]he |['’]s$", "", text)


def one_company_before(ents: Iterable[Any], pos: int, window: int) -> tuple[int, str] | None:
    """(start, name) of the one designated company named in the `window` characters before `pos`."""
    firms = [(e.start_char, body_name(e.text)) for e in ents
             if e.label_ == "ORG" and 0 < pos - e.start_char <= window and designator_stem(fold(e.text).split())]
    return firms[-1] if firms and len({fold(name) for _, name in firms}) == 1 else None


def one_body_before(ents: Iterable[Any], pos: int, window: int, not_firms: frozenset[str]) -> tuple[int, str] | None:
    """(start, name) of the one organisation named in the `window` characters before `pos` that can be a firm:
    no word of its name is a noun of another kind of body (`not_firms`: 'authority', 'ministry', 'police') and it
    is no news outlet ('the Financial Times', cited, is not 'the company'). 'A statement from the venue's
    operator, Velocity Venues, …: "…," the company said' — the unique body that fits (Poesio & Vieira 1998). It
    must be the last name before `pos` too: a name the recognizer tagged a person may be another firm."""
    from storyline.extract.outlet_names import is_listed_outlet

    named = [e for e in ents if e.label_ in ("ORG", "PERSON") and 0 < pos - e.start_char <= window
             and not is_listed_outlet(e.text)]
    firms = [e for e in named if e.label_ == "ORG" and not e.text.isupper()
             and not {fold(w) for w in e.text.split()} & not_firms]
    if not firms or firms[-1] is not named[-1] or len({fold(body_name(e.text)) for e in firms}) != 1:
        return None
    return firms[-1].start_char, body_name(firms[-1].text)
