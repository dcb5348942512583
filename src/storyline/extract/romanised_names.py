"""Chinese and Korean names written family name first ('Xi Jinping', 'Park Min-jun', 'Kim Jong Un').

English-language news keeps their order and uses the family name on second reference ('Mr. Xi',
'Park'), so the family name is the name's first word, not its last. A name is read so only when its
first word is a listed family name and every other word is a romanised given name: one or two
syllables of Hanyu Pinyin or of the Revised Romanization of Korean, hyphenated ('Min-jun'), one
syllable a word ('Jong Un') or a pinyin run ('Jinping'); 'Lee Anderson', 'Kim Davis', 'Song Ashley'
stay given name first. Tables: rules/east_asian_names.toml.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from storyline import rules


def _pinyin() -> frozenset[str]:
    return rules.words("east_asian_names", "pinyin_syllables")


@cache
def _korean() -> frozenset[str]:
    """Every spelling initial + vowel + final composes (Korean syllables are free combinations of the three)."""
    return frozenset(s for i in rules.words("east_asian_names", "korean_initials")
                     for v in rules.words("east_asian_names", "korean_vowels")
                     for f in rules.words("east_asian_names", "korean_finals") if (s := i + v + f))


# a Wade-Giles syllable's shape, the romanisation Taiwan's and Hong Kong's names keep ('Wen-hsiung', 'Ying-jeou',
# 'Teng-hui'): an initial, one to three vowels, and -n, -ng or -h; checked only in a hyphenated given name, a form
# English given names after a Chinese family name do not take
_WADE_GILES = re.compile(r"(?:ch|ts|tz|hs|sh|[bpmfdtnlgkhjqxzcsrwy])?[aeiou]{1,3}(?:ng|n|h)?")


def _syllable(part: str) -> bool:
    return part in _pinyin() or part in _korean()


@lru_cache(maxsize=4096)
def _pinyin_run(word: str, most: int = 2) -> bool:
    """'jinping' (jin + ping): a Chinese given name run together, one or two pinyin syllables."""
    if not word:
        return True
    return most > 0 and any(word[:k] in _pinyin() and _pinyin_run(word[k:], most - 1)
                            for k in range(len(word), 0, -1))


def family_name_first(words: list[str]) -> bool:
    """Whether a folded name's words ('park', 'min-jun') are a Chinese or Korean name, family name first:
    a hyphenated given name ('min-jun', 'ing-wen'), two one-syllable words ('Kim Jong Un'), or a pinyin
    run ('jinping', 'keqiang'). A Korean given name is two syllables, so one Korean syllable alone is no
    proof ('Lee Young'); nor is a pinyin run that is a listed English surname ('Lee Duncan', 'Kim
    Hansen' split into syllables)."""
    if not 2 <= len(words) <= 3 or words[0] not in rules.words("east_asian_names", "family_names"):
        return False
    given = words[1:]
    if len(given) == 2:
        return all("-" not in w and _syllable(w) for w in given)
    parts = given[0].split("-")
    if len(parts) == 2:
        return all(_syllable(p) or _WADE_GILES.fullmatch(p) is not None for p in parts)
    family = rules.words("east_asian_names", "family_names")
    english = given[0] in rules.words("east_asian_names", "english_surnames") and given[0] not in family
    return not english and _pinyin_run(given[0])


def given_name_first(words: list[str]) -> bool:
    """Whether folded words ('chae-rin', 'yoon') are a Korean or Chinese name in the English order, given name
    first, as Hong Kong and Singapore papers print their own reporters ('Chae-rin Yoon', 'Ka-wai Chan'): a
    hyphenated given name of two syllables, then a listed family name."""
    if len(words) != 2 or words[1] not in rules.words("east_asian_names", "family_names"):
        return False
    parts = words[0].split("-")
    return len(parts) == 2 and all(_syllable(p) or _WADE_GILES.fullmatch(p) is not None for p in parts)
