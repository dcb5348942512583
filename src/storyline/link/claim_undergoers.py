"""An act done to one kind of participant, denied of another: 'Police arrested two teachers' / 'the commander
denied that any candidate had been arrested'.

Under one predicate, a report and a denial meet only on the same undergoer (what the act is done to: a
passive's subject with no by-phrase, else the object's first noun phrase; Huddleston & Pullum 2002 ch. 16
§10). When both name people by a role noun (rules/speakers.toml [person_nouns], the people groups of
[count_noun_synonyms]) and the two nouns name two sets ('teacher' / 'candidate'), the denial says nothing of
what the report says: a denial of something else. Two nouns of one set meet
([count_noun_synonyms]: 'pupil' / 'candidate', 'staff' / 'worker'; WordNet equivalents), and a general
noun ('people', 'anyone': Halliday & Hasan 1976 §6.4, rules/disputes.toml [general_undergoers]) meets every
noun, as does a name (other checks compare names). Branch probe26: the pair above was flagged 'opposite'.
"""
from __future__ import annotations

import re

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_counts import COUNT_NOUN_SYNONYMS, PERSON_NOUNS
from storyline.link.claim_doer import passive
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import DETERMINERS, EQUIVALENTS, PHRASE_END, singular

_GENERAL = rules.words("disputes", "general_undergoers")
# 'the company', 'the firm', 'the airline': a body taken up by its kind (rules/aliases.toml [body_class_nouns])
_BODY_KINDS = rules.words("aliases", "body_class_nouns")
# only people by role are compared: things are named by related nouns a head does not tell apart ('the fever was
# confirmed' / 'no cases confirmed', 'paid a ransom' / 'no payment'), people of two roles are two sets
_PEOPLE = PERSON_NOUNS | {noun for noun, group in COUNT_NOUN_SYNONYMS.items()
                          if group in ("student", "passenger", "worker", "inhabitant", "spectator")}
# quantifiers and numerals before the head ('any candidate', 'no two teachers', 'all 40 staff')
_QUANTIFIERS = frozenset({"any", "no", "all", "some", "each", "every", "both", "several", "many", "few", "more",
                          "most", "other", "such"})
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d,.]*")
_NONE: frozenset[str] = frozenset()


def other_undergoers(a: ClaimRef, b: ClaimRef) -> bool:
    """Both claims (one predicate, the caller's check) name their undergoer by a common noun, and the two
    nouns name two sets; or one side's 'the company' is its speaker's own body, which the other never names
    (_speakers_body_apart)."""
    if _speakers_body_apart(a, b) or _speakers_body_apart(b, a):
        return True
    x, y = undergoer_head(a), undergoer_head(b)
    if x is None or y is None or x == y or not ({x, y} <= _PEOPLE):
        return False
    if x in COUNT_NOUN_SYNONYMS and COUNT_NOUN_SYNONYMS[x] == COUNT_NOUN_SYNONYMS.get(y):
        return False
    return not (EQUIVALENTS.get(x, _NONE) & (EQUIVALENTS.get(y, _NONE) | {y}) or x in EQUIVALENTS.get(y, _NONE))


def undergoer_head(claim: ClaimRef) -> str | None:
    """The head noun (singular) of what the act is done to, when a common noun names it; None for a name,
    a pronoun, a general noun or no undergoer."""
    phrase = claim.agent if passive(claim) and not _by_phrase(claim) else claim.theme
    # the noun phrase ends at a comma, dash or bracket ('a ransom, period': the rest is no part of it)
    phrase = re.split(r"\s*[,;:()\[\]–—]|\s+-\s+", phrase or "")[0]
    words: list[str] = []
    for word in _WORD.findall(phrase):
        low = fold(word)
        if low in PHRASE_END or (words and low.endswith(("ed", "ing"))):
            break  # 'two teachers suspected of …', 'workers living in …': the head came before
        if low in DETERMINERS or low in _QUANTIFIERS or word[0].isdigit():
            continue
        words.append(word)
    if not words or not words[-1].isalpha() or not words[-1].islower():
        return None  # a name ('the Harlow Bridge'), or nothing read
    head = singular(fold(words[-1]))
    return None if head in _GENERAL else head


def _by_phrase(claim: ClaimRef) -> bool:
    agent = " ".join((claim.agent or "").split()[:2])
    return bool(agent) and re.search(r"(?i)\bby\s+" + re.escape(agent), " ".join(claim.text.split())) is not None


def _speakers_body_apart(x: ClaimRef, y: ClaimRef) -> bool:
    """`x` is said by a body's spokesperson named by the body ('A Navtara spokesperson denied that the company
    had been summoned …') and its undergoer is a bare 'the company': a definite description that takes up the body
    the sentence has just named, the speaker's own (Poesio & Vieira 1998, same-head and bridging anaphora). `y`,
    which never names that body, speaks of another company's act (probe36: the regulator 'summoned the company's
    executives', the platform's, against its vendor's denial)."""
    words = x.speaker.split()
    if len(words) < 2 or not words[-1].islower() or not all(w[:1].isupper() for w in words[:-1]):
        return False
    undergoer = fold(x.agent if passive(x) and not _by_phrase(x) else x.theme or "").split()
    if len(undergoer) != 2 or undergoer[0] != "the" or undergoer[1] not in _BODY_KINDS:
        return False
    body = fold(" ".join(words[:-1]))
    return body not in fold(y.text) and not any(body in name for name in y.bodies)
