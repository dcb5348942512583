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
