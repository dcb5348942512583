"""Bodies' names the recognizer cuts at their 'and' or commas, or leaves untagged around a place (branch ents44).

A department named for its portfolios ('Fisheries and Oceans Canada', 'Department of Energy, Mines and Resources',
'Environment Yukon') and a local district named from its place ('Elkhorn Springs Fire Protection District') came out
of the small model as a fragment ('Oceans Canada', 'Department of Energy'), two fragments, a bare place or nothing:
probe41 lost five of its bodies so, probe43 one. Pure functions over an article's mentions and its body, run after
the recognizer's spans are read (extract/entities.find_mentions); the words are data (rules/org_names.toml
[portfolio_words], [district_heads]).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.names import ORG_HEADS, fold
from storyline.extract.span_overlap import overlaps_any

if TYPE_CHECKING:
    from storyline.extract.entities import Mention

PORTFOLIO_WORDS = rules.words("org_names", "portfolio_words")
_DISTRICT_HEADS = rules.words("org_names", "district_heads")
_FUNCTION_WORDS = rules.words("aliases", "function_words")
_PLACE_LABELS = ("GPE", "LOC", "FAC")

_PORTFOLIO = "(?:" + "|".join(sorted((re.escape(w.capitalize()) for w in PORTFOLIO_WORDS), key=len, reverse=True)) + ")"
# one conjunct: a portfolio, or two ('Natural Resources'); a list of them joined by commas and 'and' / '&'
_CONJUNCT = rf"{_PORTFOLIO}(?: {_PORTFOLIO})?\b"
# the conjuncts before a name that opens with the last one ('Fisheries and ' + 'Oceans Canada')
_CHAIN_BEFORE = re.compile(rf"\b(?:{_CONJUNCT}, )*{_CONJUNCT},? (?:and|&) $")
# the conjuncts after a name that ends in the first one ('Department of Energy' + ', Mines and Resources')
_CHAIN_AFTER = re.compile(rf"(?:, {_CONJUNCT})*,? (?:and|&) {_CONJUNCT}")
# a whole chain ending right before a place ('Environment Yukon', 'Fisheries and Oceans Canada')
_CHAIN = re.compile(rf"\b(?:(?:{_CONJUNCT}, )*{_CONJUNCT},? (?:and|&) )?{_CONJUNCT} $")
_LOOKBACK = 120
_CAPITALISED = r"[A-Z][\w'’.-]*"
_DISTRICT = re.compile(rf"\b(?:{_CAPITALISED} ){{1,5}}(?:" + "|".join(w.capitalize() for w in sorted(_DISTRICT_HEADS)) + r")\b")


def _words(text: str) -> list[str]:
    words = fold(text).split()
    return words[1:] if words[:1] == ["the"] else words


def _inside_longer(body: str, start: int) -> bool:
    """A capitalised word (no function word: 'An', 'The') right before `start` on its line: the portfolios are the
    tail of a longer name ('Drug Free' + 'Sport New Zealand'), which they do not open."""
    before = body[max(0, start - 40):start]
    words = before.split(" ")
    word = words[-2] if len(words) > 1 and words[-1] == "" else ""
    return word[:1].isupper() and "\n" not in word and fold(word) not in _FUNCTION_WORDS


def _portfolio_led(m: Mention) -> bool:
    words = _words(m.text)
    return bool(words) and words[0] in PORTFOLIO_WORDS and m.text.lstrip()[:1].isupper()


def joined_portfolios(mentions: list[Mention], body: str) -> list[Mention]:
    """A name cut inside its list of portfolios is one ORG with the rest of the list: the conjuncts the
    recognizer left before a span that opens with a portfolio ('Fisheries and' + 'Oceans Canada'), after a
    span that ends in one ('Department of Energy' + ', Mines and Resources'), or a span ending in a portfolio
    word and another ending in a body's head word across 'and' ('Yukon Environmental' + 'and' + 'Socio-economic
    Assessment Board'). Only portfolio words join ('Investors and Ridgeback Minerals' stays apart), and a name
    already ending in its head word takes no second body ('the Kestrel Mining Company and the Velmont Water
    Board')."""
    out: list[Mention] = []
    joined: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if last is not None and _two_halves(last, m, body):
            out[-1] = replace(last, end=m.end, text=body[last.start:m.end], label="ORG")
            joined.append(out[-1])
            continue
        before = _CHAIN_BEFORE.search(body, max(0, m.start - _LOOKBACK), m.start) if _portfolio_led(m) else None
        if before is not None and not overlaps_any(out, before.start(), before.end()) \
                and not _inside_longer(body, before.start()):
            m = replace(m, start=before.start(), text=body[before.start():m.end], label="ORG")
        words = _words(m.text)
        after = _CHAIN_AFTER.match(body, m.end) if m.label == "ORG" and words and words[-1] in PORTFOLIO_WORDS else None
        if after is not None:
            m = replace(m, end=after.end(), text=body[m.start:after.end()])
        if before is not None or after is not None:
            joined.append(m)
        out.append(m)
    return _without_inside(out, joined)


def _two_halves(left: Mention, right: Mention, body: str) -> bool:
    """'Yukon Environmental' ORG, ' and ', 'Socio-economic Assessment Board': a left half of two words or
    more ending in a portfolio word, not in a head word, and a right half ending in a body's head word."""
    if left.label != "ORG" or body[left.end:right.start] != " and " or not right.text[:1].isupper():
        return False
    first, second = _words(left.text), _words(right.text)
    heads = ORG_HEADS | _DISTRICT_HEADS
    return len(first) >= 2 and first[-1] in PORTFOLIO_WORDS and first[-1] not in heads \
        and bool(second) and second[-1] in heads


def _without_inside(mentions: list[Mention], joined: list[Mention]) -> list[Mention]:
    """Mentions a joined name now covers give way to it; nested mentions the recognizer or an earlier pass made
    elsewhere stay ('State' inside 'Secretary of State Hillary Clinton')."""
    return [m for m in mentions if not any(o is not m and o.start <= m.start and m.end <= o.end
                                           and (o.start, o.end) != (m.start, m.end) for o in joined)]


def portfolio_places(mentions: list[Mention], body: str) -> list[Mention]:
    """'Environment Yukon', 'Fisheries and Oceans Canada' with the place alone tagged, or nothing tagged where the
    article tags the place elsewhere: a territory's or country's department is written as its portfolios and the
    place's name (Canada's applied titles; 'Health Canada', 'Sport New Zealand'), one ORG. Not on a title-case
    headline line, where every word is capitalised."""
    from storyline.extract.entities import Mention

    # a place the article tags GPE or LOC somewhere; beside a portfolio the model may call it NORP ('Yukon')
    places = sorted({m.text for m in mentions if m.label in ("GPE", "LOC") and m.text[:1].isupper()}, key=len, reverse=True)
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        place = m.label in ("GPE", "LOC") or (m.label == "NORP" and m.text in places)
        chain = _CHAIN.search(body, max(0, m.start - _LOOKBACK), m.start) if place else None
        if chain is not None and not overlaps_any([o for o in mentions if o is not m], chain.start(), chain.end() - 1) \
                and not _headline(body, m.start) and not _inside_longer(body, chain.start()):
            m = replace(m, start=chain.start(), text=body[chain.start():m.end], label="ORG")
        out.append(m)
    if not places:
        return out
    untagged = re.compile(rf"{_CHAIN.pattern.removesuffix(' $')} (?:{'|'.join(map(re.escape, places))})\b")
    for hit in untagged.finditer(body):
        if not overlaps_any(out, hit.start(), hit.end()) and not _headline(body, hit.start()) \
                and not _inside_longer(body, hit.start()):
            out.append(Mention(hit.start(), hit.end(), hit.group(), "ORG"))
    return sorted(out, key=lambda m: m.start)


def _headline(body: str, pos: int) -> bool:
    from storyline.extract.mention_spans import _title_case_line

    return _title_case_line(body, pos)


def district_bodies(mentions: list[Mention], body: str) -> list[Mention]:
    """'Elkhorn Springs Fire Protection District crews …': capitalised words ending in a local body's head word
    ([district_heads]) are one ORG, a place tagged inside them giving way ('Elkhorn Springs' GPE); not where
    another mention crosses them, before a longer name ('… District Court', '… Board of Education') or on a
    title-case headline line."""
    from storyline.extract.entities import Mention

    out = list(mentions)
    for hit in _DISTRICT.finditer(body):
        start = hit.start()
        while fold(body[start:hit.end()].split(" ", 1)[0]) in _FUNCTION_WORDS:
            start = body.index(" ", start) + 1
        if start >= hit.end() - len(hit.group().split()[-1]) - 1 or re.match(r" (?:[A-Z]|of\b)", body[hit.end():]):
            continue
        inside = [m for m in out if m.start < hit.end() and start < m.end]
        if _headline(body, start) or any(
                (m.label not in _PLACE_LABELS and not (m.label == "ORG" and m.start <= start and hit.end() <= m.end))
                or m.start < start or m.end > hit.end() for m in inside):
            continue
        if any(m.label == "ORG" for m in inside):  # already one body
            continue
        out = [m for m in out if m not in inside] + [Mention(start, hit.end(), body[start:hit.end()], "ORG")]
    return sorted(out, key=lambda m: m.start) if out != mentions else mentions
