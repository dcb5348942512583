"""Character-level normalisation of scraped text, before any line is judged.

Scrapes carry no-break spaces between words (four of the five seed files do), zero-width
characters from CMS markup, Markdown-escaped dollars ("\\$8") and Windows line ends. Each of
these breaks naive comparisons (a caption repeated with a U+00A0 in one copy is not "the same
line"), so they are folded here, once. Curly quotes and accents are kept: they are the
publisher's text, and quote attribution downstream reads the curly marks.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Every Unicode space separator except the plain space, plus tab and the odd control spaces
# (U+0085 NEL is a line break in some decoders; treat it as one).
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\u000b\u000c]")
# Zero-width space, word joiner, BOM, soft hyphen: invisible, only split words apart. The zero-width
# non-joiner and joiner (U+200C, U+200D) are spelling after a letter of the Arabic script or of an Indic
# script (The Unicode Standard, ch. 23.2 'Layout Controls': Persian 'می‌شود', 'بزرگ‌تر', Hindi and Malayalam
# conjunct forms); dropped there they merge two words of the publisher's text into one, and the Zyte
# metric's tokens with them (branch clean37's invented Persian page lost two body lines to it).
_JOINING_SCRIPTS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe\u0900-\u0dff"
_ZERO_WIDTH = re.compile(f"[\u200b\u2060\ufeff\u00ad]|(?<![{_JOINING_SCRIPTS}])[\u200c\u200d]")
_ESCAPED = re.compile(r"\\([$%&#_*])")
# the lookbehind starts a match only at a run's first space: without it a run of n spaces inside a
# line was tried from each of its n positions (n² steps: 105 s of ingest on 50,000 spaces)
_TRAILING = re.compile(r"(?<! )[ ]+$", re.MULTILINE)


@lru_cache(maxsize=8)
def normalised_scrape(raw: str) -> str:
    """normalise_text of a whole plain-text scrape, kept for the cleaning stages that each read it
    (the body's line classifier and labelled lines, the publication date's top lines and page
    head): one normalisation per document instead of four."""
    return normalise_text(raw)


def normalise_text(text: str) -> str:
    """Fold odd spaces, drop zero-width characters, unescape `\\$`, use LF, strip line ends.

    Pure and idempotent: normalise_text(normalise_text(t)) == normalise_text(t).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u0085", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _unescape(text)
    return _TRAILING.sub("", text)


def _unescape(text: str) -> str:
    # Repeat until stable so "\\\\$" style double escapes cannot make the function non-idempotent.
    while True:
        folded = _ESCAPED.sub(r"\1", text)
        if folded == text:
            return text
        text = folded
