"""Sentence spans of a body, without a parser: fast enough to run on every article.

Splits at ., ! or ? followed by space and an upper-case letter or an opening quote, except after
abbreviations news copy uses ("Mr.", "U.S.", "Jan.", "Gen."), and always at paragraph breaks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from storyline import rules

_ABBREVIATIONS = frozenset(["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "capt", "sgt", "adm", "gov", "sen", "rep", "rev", "maj", "cmdr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "d.c", "no", "vs", "etc", "inc", "corp", "ltd", "co", "a.m", "p.m", "approx", "dept", "est", "fig"]) \
    | rules.words("honorifics", "abbreviated_titles")  # titles abbreviated before a name ('Fr. Moran', 'Det. Ruiz'): branch probe20
# abbreviated words of names ('the Natl. Fisheries Service', 'Ft. Kessel', 'the Assn. of …'): never a
# sentence's last word (rules/aliases.toml, GPO Style Manual ch. 9 and USPS Pub. 28)
NAME_ABBREVIATIONS = frozenset(rules.rule_file("aliases")["org_head_abbreviations"]["map"]) | frozenset(
    rules.rule_file("aliases")["name_word_abbreviations"]["map"])
_BOUNDARY = re.compile(r"""([.!?]["”’')\]]*)(\s+)(?=["“‘'(\[]?[A-Z0-9])""")


@dataclass(slots=True, frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_abbreviation(text: str, end: int) -> bool:
    word = re.search(r"([\w.]+)\.$", text[max(0, end - 12):end])
    if not word:
        return False
    token = word.group(1).lower()
    return token in _ABBREVIATIONS or token in NAME_ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _split_paragraph(text: str, offset: int) -> list[Sentence]:
    sentences, start = [], 0
    for m in _BOUNDARY.finditer(text):
        cut = m.end(1)
        if text[m.start(1)] == "." and _is_abbreviation(text, m.start(1) + 1):
            continue
        if text[start:cut].strip():
            sentences.append(Sentence(offset + start, offset + cut, text[start:cut]))
        start = m.end()
    if text[start:].strip():
        sentences.append(Sentence(offset + start, offset + len(text.rstrip()), text[start:].rstrip()))
    return sentences


def split_sentences(body: str) -> list[Sentence]:
    """Every sentence of `body` with offsets into it; `body[s.start:s.end] == s.text`."""
    return list(_split_cached(body))


# Each body is split three times during its extraction (parse pieces, quotes, citations), the
# parse for a whole batch first: the last few bodies' sentences are kept (a body is immutable).
@lru_cache(maxsize=64)
def _split_cached(body: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for m in re.finditer(r"[^\n]+", body):
        stripped = m.group(0)
        lead = len(stripped) - len(stripped.lstrip())
        sentences.extend(_split_paragraph(stripped.lstrip(), m.start() + lead))
    return tuple(sentences)


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    return next((s for s in sentences if s.start <= offset < s.end), None)
