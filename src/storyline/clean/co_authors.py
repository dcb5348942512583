"""Co-authors a browser's text of a page prints below the byline, one block a line: 'By' / 'Ana Ruiz' / 'and' /
'Tom Lee', or 'By Ana Ruiz' / 'Senior Reporter, Vellin Herald' / 'and' / 'Tom Lee' / 'Reporter, Vellin Herald'.

A byline whose authors are each a link (and each a role line) is rendered as separate blocks, the joiner
between them a block of its own; the byline reader sees the first line only. On dates-dev's dev-a text half
2 sites print their co-authors so (both gold bylines name the second author); made on dev-a, checked on dev-b
(branch meta25).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from storyline.clean.bare_byline import role_line
from storyline.clean.byline import Byline, _bare_names, _display
from storyline.rules import words

# a role line's words before its outlet ('Senior Politics Reporter, Vellin Herald')
ROLE_LINE_WORDS = 8
# a co-author's name: two to four words ('Ana Ruiz', 'Ana María Ruiz Soto')
NAME_WORDS = 4


def co_authors_below(found: Byline, line: str, lines: list[str]) -> Byline:
    """`found` with the co-authors printed below its `line` in `lines` (page order), each after a line
    that is only a joiner ('and', 'und', 'et': rules/bylines.toml [joiners]) and past an author's role line."""
    # every copy of the line: the lines cleaning set aside as bylines come first, then the page's in order
    for at in (i for i, text in enumerate(lines) if text == line):
        more = _joined_below(lines, at + 1, found.names)
        if more:
            return Byline(found.names + more, found.outlet, found.line)
    return found


def _joined_below(lines: list[str], k: int, names: tuple[str, ...]) -> tuple[str, ...]:
    found: list[str] = []
    k = _past_role(lines, k)
    bare, _separator = _bare_names()
    while k + 1 < len(lines) and _joiner_alone(lines[k]):
        name = " ".join(lines[k + 1].split())
        if len(name.split()) > NAME_WORDS or not bare.fullmatch(name) or _is_role(name) or name in (*names, *found):
            break
        found.append(_display(name))
        k = _past_role(lines, k + 2)
    return tuple(found)


def _joiner_alone(text: str) -> bool:
    return text.strip().casefold() in words("bylines", "joiners")


def _is_role(text: str) -> bool:
    """'Senior Politics Reporter', 'Politics Reporter, Vellin Herald': a role, perhaps with its outlet after a comma."""
    head = re.split(r"\s*[,|·]\s*", " ".join(text.split()), maxsplit=1)[0]
    return len(text.split()) <= ROLE_LINE_WORDS and role_line().fullmatch(head) is not None


def _past_role(lines: list[str], k: int) -> int:
    return k + 1 if k < len(lines) and _is_role(lines[k]) else k


def filed_place_end(text: str, end: int) -> int:
    """Where the city a reporter filed from ends, when `text` prints one after the name ending at `end` and
    before the next reporter ('Reporting by Ana Ruiz in Lima and Tom Lee in Quito'): one to three capitalised
    words after rules/bylines.toml [filed_in], then a joiner and a capitalised word; else `end`."""
    m = _filed_in().match(text, end)
    return m.end() if m else end


@cache
def _filed_in() -> re.Pattern[str]:
    from storyline.clean.byline import _NAME_WORD

    preps = "|".join(re.escape(w) for w in words("bylines", "filed_in"))
    joiners = "|".join(re.escape(w) for w in words("bylines", "joiners") if len(w) > 1)
    return re.compile(rf"\s+(?:{preps})\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?=\s*(?:,|\s(?:{joiners})\s)\s*[A-ZÀ-Þ])")


def less_filed_places(names: tuple[str, ...], languages: Iterable[str]) -> tuple[str, ...]:
    """The names less the places a byline of a page known to be English says the reporters filed from
    (_filed_from); other languages' desk words take that slot ('Michael Rädel, Redaktion': dates-dev's
    gold keeps it), and a page of unknown language is not known to be English."""
    if not any(lang.startswith("en") for lang in languages if lang):
        return names
    return tuple(n for i, n in enumerate(names) if not (i and _filed_from(n, names[i - 1])))


def _filed_from(part: str, before: str) -> bool:
    """'By Chinedu Eze, Abuja': one title-case word after a full name is where the reporter filed from
    (AP style's byline-and-place lines), not a co-author — a person is named in two words or more. An
    agency's credit in the same slot ('Max Muster, dpa', 'Ana Ruiz, AFP', 'Ana Ruiz, Reuters') is no
    ordinary word: lower case or capitals, or an outlet the registry knows; dates-dev's gold keeps those
    (lead28)."""
    from storyline.clean.outlet import registry_outlet

    return (" " not in part and " " in before and part[:1].isupper() and part[1:].islower()
            and registry_outlet(part) is None)
