"""Letters after a person's name ('Helen Marsh KC', 'Peter Omondi SC', 'Emeka Nwosu SAN', 'Alasdair Reid MP').

The small model reads capitals after a name as an organisation's ('Peter Omondi SC' tagged ORG) or leaves the
whole name untagged ('Chief Emeka Nwosu SAN'). The letters are a rank or an office the person holds
(rules/honorifics.toml [post_nominals]), never a name: the mention is the person's, and ends before them, so
'Peter Omondi SC' and 'Mr Omondi' are one person and 'SC' no alias (branch ents38's invented Kenyan, South
African and Nigerian court stories; probe38 had 'Helen Marsh KC' only where the model tagged a person).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.names import POST_NOMINALS, TITLE_WORDS, fold, looks_like_org
from storyline.extract.person_names import is_given_name
from storyline.extract.span_overlap import overlaps_any

if TYPE_CHECKING:
    from storyline.extract.entities import Mention

# 'SC' also ends a sports club's name ('Orlando City SC', 'Al Ahly SC') and 'MS' a disease's: after these a name
# is a person's only with a title or a person noun before it, or its surname written with a courtesy title
_CLUB_LETTERS = frozenset({"SC", "MS"})
_PERSON_NOUNS = rules.words("speakers", "person_nouns")
_LETTERS = "|".join(sorted(map(re.escape, POST_NOMINALS), key=len, reverse=True))
_WORD = r"[A-Z][\w'’-]*[a-z][\w'’-]*"
# a capitalised title, then one to three name words, then the letters, which no other capital follows
_LETTERED = re.compile(rf"(?<![\w.])((?:[A-Z][a-z]+\.? )?)((?:{_WORD} ){{1,3}})(?:\(?)({_LETTERS})\)?(?![\w-]| [A-Z])")


def _person_shaped(words: list[str], titled: bool, body: str, letters: str = "") -> bool:
    """Name words before the letters that are a person's: no organisation's head word, and a census given name
    first, a title before them ('Advocate Mokoena SC', 'Chief Nwosu SAN'), or the last word written with a
    courtesy title elsewhere in the article ('Mr Omondi')."""
    if not words or looks_like_org(" ".join(words)) or any(fold(w) in TITLE_WORDS for w in words):
        return False
    if titled or (len(words) > 1 and is_given_name(words[0]) and letters not in _CLUB_LETTERS):
        return True
    return re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.? {re.escape(words[-1])}\b", body) is not None


def _title_before(body: str, start: int) -> bool:
    """A title or person noun right before the name ('Advocate', 'advocate', 'counsel', 'Chief')."""
    before = body[max(0, start - 24):start].split()
    return bool(before) and fold(before[-1]).strip(".,") in TITLE_WORDS | _PERSON_NOUNS


def lettered_people(mentions: list[Mention], body: str) -> list[Mention]:
    """A mention that ends in post-nominal letters after a person-shaped name ('Peter Omondi SC' ORG) is that
    person, cut before the letters (a person's own mention too: 'Advocate Mokoena SC'); such a name the model left untagged ('Chief Emeka
    Nwosu SAN') is added, with its title. An organisation's own capitals stay ('Harbour Holdings MP')."""
    from storyline.extract.entities import Mention

    out: list[Mention] = []
    for m in mentions:
        words = m.text.rstrip(",.;:").split()
        if len(words) > 1 and words[-1].strip("()") in POST_NOMINALS:
            name = words[:-1]
            if name and fold(name[0]).strip(".") in TITLE_WORDS:
                name = name[1:]
            titled = _title_before(body, m.start) or len(name) < len(words) - 1
            # a person's mention keeps no letters either ('Advocate Mokoena SC' tagged a person)
            if (m.label == "PERSON" and name) or _person_shaped(name, titled, body, words[-1].strip("()")):
                cut = m.text.rfind(words[-1])
                m = replace(m, end=m.start + len(m.text[:cut].rstrip(" ,(")), text=m.text[:cut].rstrip(" ,("),
                            label="PERSON")
        out.append(m)
    for hit in _LETTERED.finditer(body):
        name = hit[2].split()
        title = hit[1].strip()
        titled = bool(title) and fold(title).strip(".") in TITLE_WORDS
        if not titled and title:  # a capitalised word that is no title opens the name ('Peter Omondi SC')
            name = [title, *name]
        start = hit.start(1) if titled or title else hit.start(2)
        end = hit.end(2) - 1
        if not overlaps_any(out, start, end) and _person_shaped(name, titled or _title_before(body, start), body, hit[3]):
            out.append(Mention(start, end, body[start:end], "PERSON"))
    return sorted(out, key=lambda m: m.start)

