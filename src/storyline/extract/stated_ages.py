"""A name given an age is a person's: 'Vishwanand Subryan, 23, of …' / 'the 63-year-old Anwen Tal'.

News style gives a person's age as an apposition right after the name or as a compound adjective right
before it (AP Stylebook 'ages': 'the 5-year-old boy', 'Zurana Horton, 34,'). The small recognizer tags a
full name whose given name it does not know an organisation ('Vishwanand Subryan' ORG in six of the
seven ECB+ dev articles that name him, each with his age), so the person's later surname ('Subryan'
PERSON) and the full name made two entities. On ecbplus-dev (dev topics) and polnear-dev, the 111
names of two or three capitalised words followed by ', N,' are all people (45 distinct names, none a body
or place); after 'N-year-old' stand people and, as modifiers, places and nationalities ('a 23-year-old
Brooklyn man', 'Englishman'), so a place or people label is left as it is and a person noun right after
the name ('… Bedford man') makes it a modifier. A name an organisation word ends or opens
(`names.looks_like_org`) or a building's or place's head word ends ('the 100-year-old Wasilla Bible Church',
rules/aliases.toml [dedication_heads] [structure_heads] [place_heads] [settlement_nouns]) is never aged into a person.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.names import canonical_alias, looks_like_org

if TYPE_CHECKING:
    from storyline.extract.entities import Mention

# the labels a name given an age is taken from: not a place's or a people's (their 'N-year-old' is a
# modifier of the noun after them), not a person's (already one)
_RELABELLED = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
# ', 23,' / ', 23.' / ' (23)' right after the name (ECB+ tokenisation spaces hyphens: '23 - year - old')
_AGE_AFTER = re.compile(r"(?:\s*,\s*\d{1,3}\s*[,.;]|\s+\(\d{1,3}\))")
_AGE_BEFORE = re.compile(r"\b\d{1,3}\s?-\s?year\s?-\s?old\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_PERSON_NOUNS = rules.words("speakers", "person_nouns")
# the last words of buildings' and places' names ('… Bible Church', '… Falls', '… Bridge'): their age is a building's
_THING_HEADS = (rules.words("aliases", "dedication_heads") | rules.words("aliases", "structure_heads")
                | rules.words("aliases", "place_heads") | rules.words("aliases", "settlement_nouns"))
# a name's word: capitalised, not in capitals ('LaCalamita', "O'Brien", 'Velasquez-Hart'; not 'NYPD')
_NAME_WORD = re.compile(r"[A-Z]['’]?[A-Za-z]*[a-z](?:-[A-Z][a-z]+)?")


def aged_person(m: Mention, body: str | None) -> bool:
    """Is this name of two or three capitalised words, tagged a body or a thing, given an age?"""
    words = m.text.split()
    if body is None or m.label not in _RELABELLED or not 2 <= len(words) <= 3:
        return False
    if not all(_NAME_WORD.fullmatch(w) for w in words) or looks_like_org(m.text) or canonical_alias(m.text):
        return False
    if words[-1].lower() in _THING_HEADS:
        return False
    if _AGE_AFTER.match(body, m.end):
        return True
    if not _AGE_BEFORE.search(body, max(0, m.start - 24), m.start):
        return False
    after = _NEXT_WORD.match(body, m.end)
    return after is None or after[1] not in _PERSON_NOUNS
