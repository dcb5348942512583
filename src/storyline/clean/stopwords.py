"""Function words per language, and a guess of which list fits a document.

Prose is dense in function words ("the", "of", "that"); menus and related-story lists are
not (jusText's observation, its threshold ~30 %). The lists are the top words of jusText's
stoplists, rebuilt by scripts/build_stopwords.py into stopwords.json (data, no jusText import
at run time). A page's language is the list covering most of its words: on extraction-dev this
picks the right list for the Korean, Russian, German, Portuguese and Italian pages.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("stopwords.json")
DEFAULT_LANGUAGE = "English"


@cache
def stoplists() -> dict[str, frozenset[str]]:
    """Every language's function words, case-folded."""
    data = json.loads(_DATA.read_text(encoding="utf-8"))["languages"]
    return {language: frozenset(words.split()) for language, words in data.items()}


def guess_language(words: Iterable[str]) -> str:
    """The language whose list covers the most word tokens (English on ties or no words)."""
    counts = Counter(w.casefold() for w in words)
    if not counts:
        return DEFAULT_LANGUAGE
    lists = stoplists()
    scores = _coverages(counts)
    english = scores[DEFAULT_LANGUAGE]
    best, score = max(((lang, scores[lang]) for lang in lists), key=lambda x: x[1])
    # English wins unless another list is clearly better: short related-link lists made
    # Finnish the top guess for an English page on extraction-dev (5f03fc17).
    return best if score > 1.3 * english else DEFAULT_LANGUAGE


def stopwords_for(words: Iterable[str]) -> frozenset[str]:
    """The function-word list for a document made of `words`."""
    return stoplists()[guess_language(words)]


def _coverages(counts: Counter[str]) -> dict[str, int]:
    """Each list's coverage of the counted words: per distinct word, the lists holding it (one
    look-up per word instead of one per word and list: 1.2 ms of a generated article's ingest)."""
    scores = dict.fromkeys(stoplists(), 0)
    holders = _lists_of_word()
    for word, n in counts.items():
        for language in holders.get(word, ()):
            scores[language] += n
    return scores


@cache
def _lists_of_word() -> dict[str, tuple[str, ...]]:
    holders: dict[str, list[str]] = {}
    for language, stopwords in stoplists().items():
        for word in stopwords:
            holders.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in holders.items()}
