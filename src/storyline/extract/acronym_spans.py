"""Acronyms the recognizer left untagged or mislabelled: the initials of one organisation the article
names, an agency's initials after its place or before a title, an acronym defined in brackets after
its name. Split from extract/mention_spans.py (which fixes the other wrong spans) when it passed 600
lines; the entity stage calls each beside the other span repairs.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.extract.names import (
    TITLE_WORDS,
    acronym_spellings,
    alias_key,
    fold,
    initials,
    place_leads,
)
from storyline.extract.span_overlap import overlaps_any
from storyline.extract.speaker_words import PERSON_NOUNS

if TYPE_CHECKING:
    from storyline.extract.entities import Mention


ACRONYM = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,6}|[A-Z]{2,6}(?![\w.]))")


def untagged_acronyms(mentions: list[Mention], body: str) -> list[Mention]:
    """An acronym the model left untagged ('AMPAS') that is the initials of one organisation the
    article names ('Academy of Motion Picture Arts and Sciences'): acronym formation as a rule
    (names.initials), not a list."""
    orgs: dict[str, set[str]] = {}
    template = None
    for m in mentions:
        if m.label == "ORG" and (letters := initials(m.name)) and len(letters) >= 2:
            for spelling in acronym_spellings(m.name):
                orgs.setdefault(spelling, set()).add(fold(m.name))
            template = m
    if template is None:
        return []
    out = []
    for hit in ACRONYM.finditer(body):
        key = alias_key(hit[0])
        if len(orgs.get(key, ())) == 1 and not overlaps_any(mentions, hit.start(), hit.end()):
            out.append(replace(template, start=hit.start(), end=hit.end(), text=hit[0]))
    # the same initials written as a word ('Defra', UK style: names.word_acronym), not where a sentence opens
    for hit in _WORD_ACRONYM.finditer(body):
        key = alias_key(hit[0])
        if len(orgs.get(key, ())) == 1 and not overlaps_any(mentions + out, hit.start(), hit.end()) \
                and not re.search(r"(?:^|[.!?\n][\"'“”‘’]?)\s*$", body[:hit.start()]):
            out.append(replace(template, start=hit.start(), end=hit.end(), text=hit[0]))
    return out


_WORD_ACRONYM = re.compile(r"(?<![\w.'’-])[A-Z][a-z]{3,5}(?![\w'’-])")


_TITLE_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_PLACE_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")


def placed_acronyms(mentions: list[Mention], body: str) -> list[Mention]:
    """An untagged acronym of three letters or more right after a place ('the Montana DEQ said') or
    right before a capitalised title ('DEQ Director Silas Akerman'): a body's initials, as a state's
    agencies are written (AP Stylebook 'abbreviations and acronyms'); the corpus merge joins it to
    the one organisation it spells, its home place left out (`names.acronym_spellings`)."""
    from storyline.extract.entities import Mention

    places = {m.end for m in mentions if m.label == "GPE"}
    out = []
    for hit in ACRONYM.finditer(body):
        if len(hit[0].replace(".", "")) < 3 or overlaps_any(mentions, hit.start(), hit.end()):
            continue
        title = _TITLE_AFTER.match(body, hit.end())
        before = _PLACE_WORD_BEFORE.search(body, max(0, hit.start() - 30), hit.start())
        placed = hit.start() - 1 in places or (before is not None and alias_key(before[1]) in place_leads())
        if placed or (title is not None and (fold(title[1]) in TITLE_WORDS or fold(title[1]) in PERSON_NOUNS)):
            out.append(Mention(hit.start(), hit.end(), hit[0], "ORG"))
    return out


def defined_acronyms(mentions: list[Mention], body: str) -> list[Mention]:
    """An acronym in brackets right after a name it spells ('the Calder Valley Water Authority
    (CVWA)') is defined there as that name's short form (Schwartz & Hearst 2003, 'A simple algorithm
    for identifying abbreviation definitions'): it takes the name's label, whatever the model
    tagged it ('CVWA' PERSON), so that the article links it and the corpus merge finds it."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out = []
    for i, m in enumerate(ordered):
        before = ordered[i - 1] if i else None
        if (before is not None and before.label not in ("PERSON", m.label) and ACRONYM.fullmatch(m.text)
                and body[before.end:m.start].strip() == "(" and body[m.end:m.end + 1] == ")"
                and initials(before.name) == alias_key(m.text)):
            m = replace(m, label=before.label)
        out.append(m)
    return out
