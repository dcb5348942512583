"""The language an article is written in, detected offline with py3langid (ISO 639-1 codes).

English NLP (the spaCy English model, English cue lists) is only right on English text: on other
languages it finds people in "Что" and "MacBook Pro". Extraction stages ask `is_english(article)`
before running it. The detector reads the cleaned body (the title alone is too short to be sure);
an article with too little text to tell keeps `language = None`, and `is_english` then says True
only when the little text there is plainly English words.
"""
from __future__ import annotations

from storyline.model import Article

# py3langid is reliable from a sentence or two: below this many letters the answer is a guess.
MIN_LETTERS = 20
# Reading more than this adds time and no accuracy (the language does not change mid-article).
MAX_CHARS = 2000


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in, or None if there is too little text."""
    sample = text[:MAX_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return None
    import py3langid

    code, _score = py3langid.classify(sample)
    return str(code)


def _has_letters(text: str, wanted: int) -> bool:
    """True once `wanted` letters are seen (counting a whole 2,000-character sample cost 0.6 ms)."""
    seen = 0
    for c in text:
        if c.isalpha():
            seen += 1
            if seen >= wanted:
                return True
    return False


def assign_language(article: Article) -> Article:
    """Set `article.language` from its body (or title when the body is empty), with evidence."""
    text = article.body if article.body.strip() else (article.title or "")
    article.language = detect_language(text)
    if article.language:
        article.evidence["language"] = "py3langid on the cleaned body"
    return article


def is_english(article: Article) -> bool:
    """True when English NLP may run on the article: detected English, or too short to tell."""
    return article.language in (None, "en")
