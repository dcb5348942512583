"""English spelling rules that the rule lemmatizer's candidate order ignores.

spaCy's rule lemmatizer strips each suffix rule in turn ('-ed' → 'e', then '-ed' → '') and puts the
LAST candidate that is a word of its index first. When both are words the bare stem wins, so 'fined'
became 'fin', 'hoped' 'hop', 'rated' 'rat', 'taped' 'tap', 'dined' 'din' (all five verbs are in its
WordNet index): a claim 'The city fined the firm' had the predicate 'fin' and met no 'fine' or 'penalize'
(claims16's 'Left' list).

Inflection spelling decides between the candidates with no word list (Quirk et al. 1985 Appendix I.5;
Huddleston & Pullum 2002 ch. 18 §2.2): a one-syllable stem ending in one vowel letter and one consonant
letter (other than w, x, y) doubles that consonant before '-ed' and '-ing' ('fin' → 'finned', 'hop' →
'hopped'), so a form with a single consonant there ('fined', 'hoping') cannot be that stem's; and '-es'
follows only a stem ending in a sibilant or 'o' ('boxes', 'echoes'), so 'fines' cannot be 'fin'. The
impossible candidate is moved behind the others; when no other candidate is a word the lemma is kept.
How often it fires on real text is in docs/models/claims.md (branch claims17).

A prefixed verb outside the index ('reconnected') has only out-of-index candidates, and spaCy keeps their rule
order, so the '-ed' -> 'e' rule won: 'reconnecte' (issue 11's unseen story). When no candidate is in the index,
the one that is a prefix (rules/claims.toml [verb_prefixes]) and an indexed word is put first ('reconnect':
're' + 'connect'); when none is, the order is kept."""
from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from storyline import rules

VERB_PREFIXES = rules.words("claims", "verb_prefixes")

# one syllable with a single vowel letter closed by one consonant that doubles (not w, x, y)
_DOUBLING_STEM = re.compile(r"[^aeiouy]*[aeiou][b-df-hj-np-tvz]")
_ES_STEM = re.compile(r".*(?:s|x|z|ch|sh|o)")


def impossible_stem(form: str, stem: str) -> bool:
    """True when spelling rules out `stem` as the base of the inflected `form` ('fined', 'fin')."""
    if form in (stem + "ed", stem + "ing"):
        return bool(_DOUBLING_STEM.fullmatch(stem))
    if form == stem + "es":
        return not _ES_STEM.fullmatch(stem)
    return False


def spelled_first(form: str, candidates: list[str]) -> list[str]:
    """The lemmatizer's candidates for the lower-cased `form` with any the spelling rules out moved
    behind the rest (the first is the lemma spaCy assigns)."""
    if len(candidates) < 2 or not impossible_stem(form, candidates[0]):
        return candidates
    possible = [c for c in candidates if not impossible_stem(form, c)]
    return possible + [c for c in candidates if c not in possible] if possible else candidates


def prefixed_first(candidates: list[str], index: Collection[str]) -> list[str]:
    """When no candidate is an indexed word, the one that is a verb prefix and an indexed word first
    ('reconnecte', 'reconnect' -> 'reconnect', 'reconnecte'); else the candidates unchanged."""
    if len(candidates) < 2 or any(c in index for c in candidates):
        return candidates
    prefixed = [c for c in candidates
                if any(c.startswith(p) and c[len(p):] in index for p in VERB_PREFIXES if len(c) > len(p) + 2)]
    return prefixed + [c for c in candidates if c not in prefixed] if prefixed else candidates


def install(nlp: Any) -> None:
    """Make the pipeline's rule lemmatizer (spaCy's own component and extract/tagging.py's lookups,
    which both call its `lemmatize`) put the spelled candidate first."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "_spelled", False):
        return
    rule = lemmatizer.lemmatize
    table = lemmatizer.lookups.get_table("lemma_index", {}) if hasattr(lemmatizer, "lookups") else {}
    indexes: dict[str, frozenset[str]] = {}  # the table's lists, as sets, by part of speech

    def lemmatize(token: Any) -> list[str]:
        candidates = spelled_first(token.lower_, rule(token))
        pos = token.pos_.lower()
        if pos not in indexes:
            indexes[pos] = frozenset(table.get(pos, ()))
        return prefixed_first(candidates, indexes[pos])

    lemmatizer.lemmatize = lemmatize
    lemmatizer._spelled = True
