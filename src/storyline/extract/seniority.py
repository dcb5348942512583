"""'The elder Okafor', 'the younger Okafor': which of an article's namesakes a seniority word picks.

News tells a father and son of one surname apart in later references by 'the elder X' and 'the
younger X' (AP Stylebook 'junior, senior'). The adjective picks one of the people the article names
in full with that surname, by what the article itself says of their ages: a generational suffix
('Sr.', 'Jr.'), an age set off after the name ('Lionel Okafor, 79,'), or a kinship noun joining two
of them ("Lionel Okafor's son, Julian Okafor"). Without such evidence nobody is picked (the caller
keeps its ordinary surname rule): which namesake the sentence before names is no evidence — 'Julian
Okafor sided with his father. The elder Okafor said …' is the other one.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from storyline import rules

ELDER_WORDS = rules.words("honorifics", "elder_words")
YOUNGER_WORDS = rules.words("honorifics", "younger_words")
_PARENTS = rules.words("honorifics", "parent_nouns")
_CHILDREN = rules.words("honorifics", "child_nouns")
_SON_SUFFIXES = rules.words("honorifics", "son_suffixes")
_SENIOR_SUFFIXES = frozenset({"sr", "snr", "senior"})  # 'snr': rules/honorifics.toml [other_suffixes]
# the words that mark a generation after a name ('Jr', 'II', 'Sr')
GENERATION_SUFFIXES = _SON_SUFFIXES | _SENIOR_SUFFIXES

# 'the elder ' right before a surname (capitalised 'The' opening a sentence too)
_BEFORE = re.compile(r"\b[Tt]he\s+(\w+)\s+$")
# an age set off after a name: 'Okafor, 79,' / 'Okafor, the 79-year-old' / 'Okafor (79)'
_AGE_AFTER = re.compile(r"\s*(?:,\s*(\d{1,3})\s*[,.;]|,\s*(?:the\s+|an?\s+)?(\d{1,3})-year-old|\s*\((\d{1,3})\))")


def seniority_word(body: str, start: int) -> tuple[int, int]:
    """(+1, where 'the' starts) for 'the elder|older ' right before `start`, (-1, …) for 'the
    younger ', else (0, start)."""
    found = _BEFORE.search(body, max(0, start - 24), start)
    word = found[1].lower() if found else ""
    sign = 1 if word in ELDER_WORDS else -1 if word in YOUNGER_WORDS else 0
    return (sign, found.start()) if found and sign else (0, start)


@dataclass(slots=True, frozen=True)
class Named:
    """One way the article writes a namesake in full: where, and the text."""

    start: int
    end: int
    text: str


def pick(body: str, sign: int, namesakes: Mapping[str, Sequence[Named]]) -> str | None:
    """The namesake (a key of `namesakes`) the seniority word of sign `sign` (+1 elder, -1 younger)
    picks: the one the article shows older (younger) than another and younger (older) than none."""
    if sign == 0 or len(namesakes) < 2:
        return None
    older = _older_pairs(body, namesakes)
    if sign < 0:
        older = {(b, a) for a, b in older}
    fits = [n for n in namesakes if any(a == n for a, _ in older) and not any(b == n for _, b in older)]
    return fits[0] if len(fits) == 1 else None


def _older_pairs(body: str, namesakes: Mapping[str, Sequence[Named]]) -> set[tuple[str, str]]:
    """(a, b) for each namesake a the article shows older than namesake b."""
    pairs: set[tuple[str, str]] = set()
    names = list(namesakes)
    ages = {n: age for n in names if (age := _age(body, namesakes[n])) is not None}
    gen = {n: _generation(namesakes[n]) for n in names}
    for a in names:
        for b in names:
            if a == b:
                continue
            if a in ages and b in ages and ages[a] > ages[b]:
                pairs.add((a, b))
            if gen[a] > gen[b]:
                pairs.add((a, b))
    pairs |= _kin_pairs(body, namesakes)
    # contradicting evidence tells nothing
    return {(a, b) for a, b in pairs if (b, a) not in pairs}


def _age(body: str, forms: Sequence[Named]) -> int | None:
    for f in forms:
        found = _AGE_AFTER.match(body, f.end)
        if found:
            return int(next(g for g in found.groups() if g))
    return None


def _generation(forms: Sequence[Named]) -> int:
    """+1 for a name written with 'Sr.', -1 with 'Jr.'/'II', else 0."""
    for f in forms:
        last = f.text.replace(",", " ").split()[-1].lower().strip(".")
        if last in _SENIOR_SUFFIXES:
            return 1
        if last in _SON_SUFFIXES:
            return -1
    return 0


def _kin_pairs(body: str, namesakes: Mapping[str, Sequence[Named]]) -> set[tuple[str, str]]:
    """"A's son, B" / "A's father, B" (B right after A's kinship noun) and "B, A's son"."""
    pairs: set[tuple[str, str]] = set()
    spans = sorted((f.start, f.end, n) for n, forms in namesakes.items() for f in forms)
    for (_s1, e1, x), (s2, e2, y) in pairwise(spans):
        if x == y or s2 - e1 > 24:
            continue
        kin = _KIN_BETWEEN.fullmatch(body, e1, s2)
        if kin is not None and _possessive(body, e1, kin[1]):  # "X's son, Y": Y is X's son
            rank = _rank(kin[2])
            if rank:
                pairs.add((x, y) if rank > 0 else (y, x))
        elif re.fullmatch(r"\s*,\s*", body[e1:s2]):  # "X, Y's son": X is Y's son
            after = _KIN_AFTER.match(body, e2)
            if after is not None and _possessive(body, e2, after[1]) and (rank := _rank(after[2])):
                pairs.add((y, x) if rank > 0 else (x, y))
    return pairs


# "'s son, " between two names (the possessive inside the first name's span or after it)
_KIN_BETWEEN = re.compile(r"(['’]s)?\s+(\w+)\s*,\s*")
_KIN_AFTER = re.compile(r"(['’]s)?\s+(\w+)")


def _possessive(body: str, end: int, written: str | None) -> bool:
    """A possessive ends the name's span or follows it."""
    return bool(written) or body[max(0, end - 2):end] in ("'s", "’s")


def _rank(noun: str) -> int:
    """+1 when the kinship noun names a child of the possessor (so the possessor is older), -1 a parent."""
    noun = noun.lower()
    return 1 if noun in _CHILDREN else -1 if noun in _PARENTS else 0
