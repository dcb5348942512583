"""The company 'the company' refers back to when no company has spoken yet: the one firm the text named before
with a legal designator ('Pune-based Varanasi Wire Ltd supplied …', then '…, the company said'). A designator
marks a company whatever its name (rules/aliases.toml [legal_designators]); two such firms named before leave
the reference open (Poesio & Vieira 1998: a definite description's antecedent is the unique one that fits)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from storyline import rules
from storyline.extract.names import designator_stem, fold
from storyline.extract.speaker_referents import DESCRIBED_WINDOW

ORG_NOUNS = rules.words("speakers", "org_nouns")
# How far back (characters) a named body may be for 'the bank' to refer to it: a few paragraphs.
BODY_WINDOW = 1200
# Nouns any company falls under (WordNet: company.n.01's common synonyms), unlike 'bank', 'union',
# 'ministry', which pick a body by its name's head word.
ANY_BUSINESS = frozenset({"company", "firm", "corporation"})
# the bodies 'the company' cannot be: a name holding a noun of another kind of body ('… Water Authority', 'the
# Ministry of …', public services and institutions: WordNet institution.n.01, police.n.01, armed_forces.n.01);
# 'group' and 'bank' name firms too
NOT_FIRMS = (ORG_NOUNS - ANY_BUSINESS - {"group", "bank"}) | {
    "police", "hospital", "university", "college", "school", "service", "army", "navy", "force", "church",
    "parliament", "senate", "congress", "assembly"}


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


def described_body(ents: Sequence[Any], lemma: str, pos: int, quoted: Callable[[int], bool],
                   spoke: tuple[int, str] | None) -> tuple[int, str] | None:
    """'the bank said' after 'the Central Bank of Tarsenia …': a definite organisation noun refers back to the
    nearest body named before with that noun as a word (Poesio & Vieira 1998, the same-head case); 'the company'
    names any firm: the body that spoke last (`spoke`, when the last speaker was a body), unless it is an outlet
    the article cites, else the one designated firm, else the one body named just before that can be a firm."""
    from storyline.extract.outlet_names import is_listed_outlet

    for ent in reversed(ents):
        if ent.start_char >= pos or ent.label_ != "ORG" or quoted(ent.start_char):
            continue
        if pos - ent.start_char > BODY_WINDOW:
            break
        if lemma in {t.lemma_.lower() for t in ent} | {t.lower_ for t in ent}:
            return ent.start_char, body_name(ent.text)  # "The X's board …; the museum said": X
    if lemma not in ANY_BUSINESS:
        return None
    if spoke is not None and pos - spoke[0] <= DESCRIBED_WINDOW and not is_listed_outlet(spoke[1]):
        return spoke
    return one_company_before(ents, pos, BODY_WINDOW) or one_body_before(ents, pos, DESCRIBED_WINDOW, NOT_FIRMS)
