"""Mention labels after the recognizer: which label each name of an article ends with.

The recognizer's label is corrected from what the article itself says: a person's surname tagged
otherwise is that person's ('Trump administration'), a place coordinated with a place stays a
place, a name after a vessel noun or with a class noun in apposition is a ship's or a town's, a
wire dateline's place is a place wherever it is written, a company is called by its first word,
and one name gets one label by a vote of its mentions. Apart from storyline.extract.entities
(finding mentions and linking them) because these corrections are one concern, pure functions
over an article's mentions and its body (rules/aliases.toml [vessel_nouns], [settlement_nouns],
[company_heads]).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from itertools import pairwise
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.descriptions import DESC, PERSON_NOUNS
from storyline.extract.names import (
    alias_key,
    alias_table_keys,
    canonical_alias,
    designator_stem,
    fold,
    looks_like_org,
    spelling_key,
    strip_titles,
    surname,
)
from storyline.extract.person_names import is_given_name
from storyline.extract.stated_ages import aged_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from storyline.extract.entities import ArticleEntity, Mention

# A place coordinated with another place ('shipments to Jordan and Lebanon', 'Egypt, Jordan and
# Syria'): conjuncts share a semantic type (Quirk et al. 1985 §13.7), so the recognizer's place label
# is kept though a person of the article bears the name. A preposition alone does not tell: 'tips to
# Woodward', 'tributes to Page', 'from Monroe' tagged GPE are people (ECB+ dev).
_PLACES = {"GPE", "LOC"}
_COURTESY = rules.words("honorifics", "courtesy_titles")
_AND = r"(?:\s*,\s*|\s+)(?:and|or)\s+|\s*,\s*"


def _coordinated_places(mentions: list[Mention], people: set[str], body: str | None) -> set[tuple[int, int]]:
    """The spans of one-word places the recognizer tagged next to another one-word place — no
    person's name of the article — by 'and', 'or' or a comma."""
    if body is None:
        return set()
    places = sorted((m for m in mentions if m.label in _PLACES), key=lambda m: m.start)
    found: set[tuple[int, int]] = set()
    for a, b in pairwise(places):
        if a.text == b.text or not re.fullmatch(_AND, body[a.end:b.start]):
            continue
        if " " in a.text.strip() or " " in b.text.strip():
            continue  # 'of Sterling Heights and Steinberg, 48,' (ECB+ dev): one-word places only
        for one, other in ((a, b), (b, a)):
            if fold(strip_titles(other.text)) not in people:
                found.add((one.start, one.end))
    return found


_VESSEL_NOUNS = rules.words("aliases", "vessel_nouns")
# 'the ferry Evelyn Strand', 'the city ferry …', 'a research vessel …': a determiner, up to two
# lower-case modifiers and a vessel noun right before the name
_VESSEL_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|its|their|his|her)\s+(?:[a-z][a-z-]*\s+){0,2}?([a-z]+)\s+$")


def _named_vessels(mentions: list[Mention], body: str | None) -> set[tuple[int, int]]:
    """The spans of names written right after a vessel noun ('the ferry Evelyn Strand'): a ship's
    name, not the person it is named for (rules/aliases.toml [vessel_nouns])."""
    if body is None:
        return set()
    found = set()
    for m in mentions:
        hit = _VESSEL_BEFORE.search(body, max(0, m.start - 48), m.start) if m.label in ("PERSON", "PERSON?") else None
        if hit and hit[1] in _VESSEL_NOUNS:
            found.add((m.start, m.end))
    return found


_BODY_CLASS_NOUNS = rules.words("aliases", "body_class_nouns")
# 'Australian firm Ironbark Cyber', 'the advocacy group Clean Air Now': a body class noun right before the
# name on its line, with no comma (a comma makes the name an apposition to the noun phrase)
_BODY_CLASS_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]*) $")


def _named_bodies(mentions: list[Mention], body: str | None) -> set[tuple[int, int]]:
    """The spans of names tagged a person written right after a body class noun ('Australian firm Ironbark
    Cyber', 'social network Path'; rules/aliases.toml [body_class_nouns]): the noun says what the name is.
    Not a name opening with a census given name ('the company Jane Doe founded' reads 'Jane Doe')."""
    if body is None:
        return set()
    found = set()
    for m in mentions:
        hit = _BODY_CLASS_BEFORE.search(body, max(0, m.start - 24), m.start) if m.label == "PERSON" else None
        if hit and hit[1] in _BODY_CLASS_NOUNS and not is_given_name(m.text.split()[0]):
            found.add((m.start, m.end))
    return found


_SETTLEMENT_NOUNS = rules.words("aliases", "settlement_nouns")
_CLASS_LABEL = {**{n: "GPE" for n in _SETTLEMENT_NOUNS}, **{n: "FAC" for n in _VESSEL_NOUNS}}
_CLASS = "|".join(sorted(_CLASS_LABEL, key=len, reverse=True))
# 'Hollis Key, a barrier island of 900 residents', 'the Elena Marchetti, a container ship operated
# by …': an indefinite apposition right after the name whose head (its last noun, before a comma,
# a preposition or a participle) is a class noun
# or a distance, its conversion in brackets, before the bearing ('Yallingup, a coastal town 250 kilometres south of
# Perth'; dates-dev prints 'Duqm, a former fishing village 165 kilometers (100 miles) from Etlaq'; branch ents37)
_CLASS_AFTER = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}?(" + _CLASS + r")(?=\s*[,.;:)]|\s+(?:of|in|on|near|off|"
                          r"east|west|north|south|with|where|that|which|operated|owned|carrying|bound|about)\b"
                          r"|\s+(?:some\s+|about\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi)\s+(?:\([^)]*\)\s+)?(?:\w+\s+)?"
                          r"(?:of|from)\b)")
# 'A cargo ship, the Marguerite Vance, …': the class noun phrase first, the name set off after it
# (a vessel only, introduced indefinitely, the name closed by a comma: '…of the harbor, the Coast
# Guard said' is a clause boundary)
_CLASS_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?(" + "|".join(sorted(_VESSEL_NOUNS, key=len, reverse=True))
                           + r"),\s+(?:the\s+)?$")


def apposed_classes(mentions: list[Mention], body: str | None) -> dict[tuple[int, int], str]:
    """The label a class noun in apposition gives a name ('Winslow, a suburb east of
    Marlow' a place, 'the Elena Marchetti, a container ship' a vessel): rules/aliases.toml
    [settlement_nouns], [vessel_nouns]. Apposition states what the name is (Quirk et al. 1985 §17.65)."""
    if body is None:
        return {}
    found = {}
    for m in mentions:
        if m.label == DESC:
            continue
        hit = _CLASS_AFTER.match(body, m.end) or (_CLASS_BEFORE.search(body, max(0, m.start - 60), m.start)
                                                   if body[m.end:m.end + 1] == "," else None)
        if hit is not None:
            found[(m.start, m.end)] = _CLASS_LABEL[hit[1]]
    return found


# ', the county emergency director,' right after a one-word name: a person's role in apposition
_ROLE_AFTER = re.compile(r",\s+the\s+(?:[\w'’-]+\s+){0,4}?(\w+)\s*,")


def _role_apposed(m: Mention, body: str | None) -> bool:
    """'Renner, the county emergency director, said' (the recognizer tags a rare surname ORG): a
    one-word name with a definite person noun in apposition is a person's (as the speaker
    resolver reads it: `speaker_words.person_role`)."""
    hit = _ROLE_AFTER.match(body, m.end) if body is not None else None
    return hit is not None and hit[1].lower() in PERSON_NOUNS


# ', director of Delta Components', ', a spokeswoman for the port,': a role in apposition after a
# name, with or without its article, up to the preposition that opens its organisation (AP Stylebook
# 'titles': a long title goes after the name, set off by commas)
_ROLE_OF_AFTER = re.compile(r",\s+(?:(?:the|an?)\s+)?(?:[\w'’-]+\s+){0,3}?([a-z]+)(?:\s*,|\s+(?:of|at|for)\b)")
# labels no person's role is apposed to: an organisation's can be ('Acme, the owner of the site'), a place's
# or a thing's cannot
_THING_OR_PLACE = frozenset({"FAC", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})


def _role_after(m: Mention, body: str | None) -> bool:
    """A person's role set off after the name (', director of …')."""
    hit = _ROLE_OF_AFTER.match(body, m.end) if body is not None else None
    return hit is not None and hit[1] in PERSON_NOUNS


def _named_with_role_after(m: Mention, body: str | None) -> bool:
    """'said Pieter van Dam, director of Delta Components' with the name tagged FAC (lead40): a name of
    two or more capitalised words, tagged a place or a thing, with a person's role in apposition is a
    person's; one-word names are `_role_apposed`'s. Tagged ORG, only by a role no body holds
    (rules/speakers.toml [roles_bodies_hold]: 'Acme, the owner of the site' stays a company)."""
    words = m.text.split()
    if len(words) < 2 or not words[-1][:1].isupper() or m.label not in _THING_OR_PLACE | {"ORG"}:
        return False
    hit = _ROLE_OF_AFTER.match(body, m.end) if body is not None else None
    role = hit[1] if hit is not None and hit[1] in PERSON_NOUNS else None
    return role is not None and (m.label != "ORG" or role not in _ROLES_BODIES_HOLD)


_ROLES_BODIES_HOLD = rules.words("speakers", "roles_bodies_hold")


# 'Director Velasquez-Hart said': a person noun capitalised right before a name is its title (AP
# Stylebook 'titles'), whatever the recognizer made of the name
_ROLE_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s+$")


def _role_before(m: Mention, body: str | None) -> bool:
    """A one-word name right after a capitalised person noun ('Director Velasquez-Hart', tagged ORG)."""
    hit = _ROLE_BEFORE.search(body, max(0, m.start - 20), m.start) if body is not None else None
    return hit is not None and hit[1].lower() in PERSON_NOUNS


# 'chief executive Adrian Holt told analysts' (tagged ORG): a person noun before a name, in any case
# (a given name borne by both sexes, 'Adrian', 'Jordan', is a given name here too: rules/given_names.toml)
_BOTH_SEXES = rules.words("given_names", "both_sexes_given_names")
_ROLE_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Za-z]+)\s+$")


def _named_in_role(m: Mention, key: str, body: str | None) -> bool:
    """A given name and one more word right after a person noun ('chief executive Adrian Holt', 'spokesperson
    Paul Deschamps') is a person's name, whatever the recognizer made of it: an occupational description
    before a name is the AP Stylebook's 'titles' form, and a body's name opens with no given name."""
    words = key.split()
    # a given name outside the census lists ('organiser Aroha Ngata said', Māori) is one when the article has the
    # surname alone say something ('"…," Ngata said'): no body is called by its last word before a verb of saying
    if body is None or len(words) != 2 or not (is_given_name(words[0]) or words[0] in _BOTH_SEXES
                                                or _surname_speaks(m.text.split()[-1], body)):
        return False
    hit = _ROLE_WORD_BEFORE.search(body, max(0, m.start - 20), m.start)
    return hit is not None and hit[1].lower() in PERSON_NOUNS


def _surname_speaks(word: str, body: str) -> bool:
    return word[:1].isupper() and re.search(rf"(?<![\w'’-]){re.escape(word)}{_SPEAKS.pattern}", body) is not None


# The recognizer's labels for things, not speakers: a law, a work, a product, an event, a language
_THING_LABELS = frozenset({"LAW", "WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE"})
# a name right before a verb of saying is who said it ('"…," Delaney said'): the commonest attribution
# cues of PolNeAR's dev sources (say, tell, add, ask, write), past and present
_SPEAKS = re.compile(r"\s+(?:said|says|told|tells|added|adds|asked|asks|wrote|writes)\b")


def _speaks_as_thing(m: Mention, body: str | None) -> bool:
    """'"This is the beginning," Delaney said' with 'Delaney' tagged LAW (branch probe14): a one-word
    name the recognizer took for a thing, right before a verb of saying, is a person's surname; a law
    or a product says nothing."""
    return body is not None and m.label in _THING_LABELS and " " not in m.text.strip() \
        and _SPEAKS.match(body, m.end) is not None


_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he $")
# the words a paper's or a body's short name is ('the Ledger', 'the Tribune', 'the Commission'):
# the heads of outlets' and organisations' names (rules/citations.toml [outlet_heads], credits.toml
# [masthead_heads], aliases.toml [org_heads], [company_heads]); any other word after 'the' tagged a
# person may be a nickname ('The Donald', ECB+ dev) and keeps its tag
_SHORT_NAME_HEADS = frozenset(fold(w) for w in rules.words("citations", "outlet_heads") | rules.words("credits", "masthead_heads")
                              | rules.words("aliases", "org_heads") | rules.words("aliases", "company_heads"))


def _article_before(m: Mention, body: str | None, full_surnames: set[str]) -> bool:
    """'Payroll records reviewed by the Ledger show …' with 'Ledger' tagged a person (branch probe15): an
    English personal name takes no article (CGEL 5.8, proper names), so one capitalised word right
    after 'the' is a body's short name, a paper's ('the Ledger'), when it is the head word of such names
    and not the surname of a person the article names in full ('the Beaumont family' is left to the
    other rules; 'The Donald', a nickname, keeps its tag)."""
    return body is not None and m.label == "PERSON" and " " not in m.text.strip() \
        and fold(m.text) in _SHORT_NAME_HEADS and fold(m.text) not in full_surnames \
        and _THE_BEFORE.search(body, 0, m.start) is not None


def _org_openers(mentions: list[Mention]) -> set[str]:
    """The first words of the article's organisation names of two words or more ('carrow' of 'the Carrow
    Museum of Art')."""
    return {words[0] for m in mentions if m.label == "ORG" and len(words := fold(m.text).removeprefix("the ").split()) > 1}


def _opens_an_org(m: Mention, body: str | None, openers: set[str], full_surnames: set[str]) -> bool:
    """'known around town as the Carrow', "the Carrow's spokeswoman" beside 'the Carrow Museum of Art': one
    capitalised word after 'the', tagged a place or a person, that opens an organisation's name the
    article gives is that body's short name (a museum, hotel or theatre called by its first word: 'the
    Getty', 'the Savoy'); a personal name or a city's takes no article (CGEL 5.8), and a surname of a
    person the article names in full is left to the other rules (branch probe20)."""
    word = fold(m.text).removesuffix(" s").removesuffix("'s")
    return body is not None and m.label in ("GPE", "LOC", "PERSON") and " " not in word and word in openers \
        and word not in full_surnames and _THE_BEFORE.search(body, 0, m.start) is not None


def _particle_surnames(names: list[str]) -> set[str]:
    """'de wit' of 'Joris de Wit', 'van der berg' of 'Anna van der Berg': a surname opened by a
    lower-case particle inside a capitalised name (Dutch, German, French, Spanish, Portuguese,
    Italian naming: 'van', 'von', 'de', 'da', 'del', 'di', 'le') is that name's surname, written
    alone with its particle capitalised ('De Wit said'); `names.surname` keeps the last word only."""
    found = set()
    for name in names:
        words = name.split()
        for i in range(1, len(words) - 1):
            if words[i].isalpha() and words[i].islower() and words[i - 1][:1].isupper():
                found.add(fold(" ".join(words[i:])))
                break
    return found


def _facility_namesakes(mentions: list[Mention], body: str | None) -> set[tuple[int, int]]:
    """'operating out of Grantley Adams' beside 'Grantley Adams International Airport' (lead39): an
    airport, stadium or bridge named for a person is called by that person's name, and the recognizer
    tags it a person. A name of two words or more, tagged a person, that opens a facility's name of the
    article, is the facility, unless the article treats it as a person somewhere: a title before it
    ('Sir Grantley Adams'), a verb of saying after it, or a role in apposition. Eponymous airports are
    called so in running text ('flights out of O'Hare', 'at LaGuardia'; Wikipedia, 'List of airports named
    after people'); dev corpora have no such pair tagged a person (1,957 documents of polnear-, extraction-,
    timeline17- and ecbplus-dev: 8 facility names also written without their head, none a person's name)."""
    openers = set()
    for m in mentions:
        if m.label == "FAC":
            words = fold(m.name).removeprefix("the ").split()
            openers |= {" ".join(words[:i]) for i in range(2, len(words))}
    if not openers or body is None:
        return set()
    candidates = [m for m in mentions if m.label == "PERSON" and len(m.name.split()) >= 2 and fold(m.name) in openers]
    personal = {fold(strip_titles(m.text)) for m in candidates
                if strip_titles(m.text) != m.text.strip() or _SPEAKS.match(body, m.end) or _role_apposed(m, body)
                or _role_after(m, body)}
    return {(m.start, m.end) for m in candidates if fold(strip_titles(m.text)) not in personal}


def _renamed_place(m: Mention) -> bool:
    """'founded in Bangalore in 1998' tagged a person (probe23): a place's current or former name
    (rules/aliases.toml [renamed_places]) written alone is that place, whatever the model tagged it."""
    return m.label != "GPE" and spelling_key(alias_key(m.text.removeprefix("the "))) in alias_table_keys("renamed_places")


def correct_labels(mentions: list[Mention], body: str | None = None) -> list[Mention]:
    """A person's surname or name tagged otherwise ('Trump' in 'Trump administration', 'the Bachelet
    report', "Cabello's cousin") is a mention of that person; a modifier naming nobody is dropped.
    A place coordinated with another place ('to Jordan and Lebanon' beside 'Ms. Jordan') stays a place."""
    from storyline.extract.entities import Mention

    # a name the article gives a person's role ('NAME, director of …') names that person wherever it is written
    # a paper's short name after 'the' tagged a person ('seen by the Ledger') names no one: its other
    # mentions, tagged a body ('told the Ledger' ORG), are not a person's by it (branch probe25)
    # and so does a given name and surname after a person noun ('spokesperson Grace Wambui' tagged ORG): its
    # surname alone ('Wambui said', tagged GPE) is the person's too (branch probe28); so is a name given an age
    # ('Vishwanand Subryan, 23,' tagged ORG: extract/stated_ages.py, branch ents35)
    named = [strip_titles(m.text) for m in mentions
             if (m.label == "PERSON" and not _article_before(m, body, set())) or _named_with_role_after(m, body)
             or (m.label != "PERSON" and _named_in_role(m, fold(strip_titles(m.text)), body)) or aged_person(m, body)]
    people = {fold(n) for n in named} | _particle_surnames(named)
    alone = {p for p in people if " " not in p}
    # 'Ms. Ravensworth': a surname a courtesy title calls a person makes 'Anjali Ravensworth' one
    # whatever the tag, though the given name is in no list (entities8)
    honoured = {p for m in mentions if (m.label == "PERSON" or _courtesy_called(m, body))
                and " " not in (p := fold(strip_titles(m.text))) and fold(m.text.split()[0]).strip(".") in _COURTESY}
    # a given name alone is the person too ('Kathina' tagged GPE beside 'Kathina Thomas')
    people |= {surname(p) for p in people} | {p.split()[0] for p in people if " " in p}
    placed = _coordinated_places(mentions, people, body)
    vessels = _named_vessels(mentions, body)
    placed |= vessels
    classed = apposed_classes(mentions, body) | dict.fromkeys(_named_bodies(mentions, body), "ORG")
    # the apposition (or the class noun before it) says what the name is wherever the article writes it;
    # no vote undoes it
    named_class = {fold(m.name): classed[(m.start, m.end)] for m in mentions if (m.start, m.end) in classed}
    classed |= {(m.start, m.end): named_class[fold(m.name)] for m in mentions
                if fold(m.name) in named_class}
    placed |= set(classed)
    full_surnames = {surname(p) for p in people if " " in p}
    openers = _org_openers(mentions)
    facilities = _facility_namesakes(mentions, body)
    out = []
    for m in mentions:
        if _renamed_place(m):
            out.append(Mention(m.start, m.end, m.text, "GPE"))
            continue
        if (m.start, m.end) in facilities:
            out.append(Mention(m.start, m.end, m.text, "FAC"))
            continue
        if _article_before(m, body, full_surnames) or _opens_an_org(m, body, openers, full_surnames):
            out.append(Mention(m.start, m.end, m.text, "ORG"))
            continue
        if (m.start, m.end) in vessels:  # a ship named for a person is a thing of its own
            out.append(Mention(m.start, m.end, m.text, "FAC"))
            continue
        if (m.start, m.end) in classed:  # voted with the name's other mentions (`vote_labels`)
            out.append(Mention(m.start, m.end, m.text, classed[(m.start, m.end)]))
            continue
        key = fold(strip_titles(m.text))
        is_person = not looks_like_org(m.text) and not canonical_alias(m.text) and (m.start, m.end) not in placed and (
            key in people or (" " in key and surname(key) in alone and is_given_name(key.split()[0]))
            or (len(key.split()) == 2 and surname(key) in honoured and m.text.split()[0][:1].isupper())
            or _titled_with_surname_alone(m, key, alone)
            or _named_in_role(m, key, body) or _named_with_role_after(m, body) or aged_person(m, body)
            or (" " not in key and (_role_apposed(m, body) or _role_before(m, body) or _speaks_as_thing(m, body)))
            or _office_titled(m) or _courtesy_called(m, body))
        if m.label == "PERSON?" and not is_person:
            continue
        out.append(Mention(m.start, m.end, m.text, "PERSON") if is_person else m)
    return vote_labels(out, placed)


# an office title before a name ('Sheriff Boyle', 'Councillor Moran'): a person, whatever the model
# tagged it among the labels no such name takes (probe16: 'Sheriff Boyle said' tagged WORK_OF_ART, a
# second entity beside the sheriff's full name); rules/honorifics.toml [person_office_titles]
_OFFICES = rules.words("honorifics", "person_office_titles")
_THING_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "NORP"})


def _titled_with_surname_alone(m: Mention, key: str, alone: set[str]) -> bool:
    """'Education MEC Lerato Dube' tagged ORG, then 'Dube said': an office title before two name words
    whose surname the article calls a person on its own is that person, though the given name is in no
    list (lead35: a South African minister became a company)."""
    words = m.text.split()
    return (len(key.split()) == 2 and surname(key) in alone and len(words) == 3
            and fold(words[0]).strip(".") in _OFFICES and all(w[:1].isupper() for w in words[1:]))


def _office_titled(m: Mention) -> bool:
    words = m.text.split()
    return (m.label in _THING_LABELS and 2 <= len(words) <= 3 and fold(words[0]).strip(".") in _OFFICES
            and all(w[:1].isupper() and w[1:2].islower() for w in words[1:]))


# 'In Bellhaven, Ore., a city of 60,000': a name, a comma, a U.S. state and a stop (rules/aliases.toml
# [state_after_place]).
_STATES = sorted(rules.words("aliases", "state_after_place"), key=len, reverse=True)
_STATE_AFTER = re.compile(r",\s(?:" + "|".join(re.escape(s) for s in _STATES if not s.endswith("."))
                          + r")(?=[,;:)—–]|\.(?:\s|$)|$)|,\s(?:"
                          + "|".join(re.escape(s) for s in _STATES if s.endswith(".")) + r")(?=[,;:)—–]|\s|$)")


def dateline_places(mentions: list[Mention], body: str) -> list[Mention]:
    """'DUNMORE, Ohio — …' then 'the plant in Dunmore': the place a wire dateline names is a place
    wherever the article writes it, though the recognizer took the town's name for a person's
    (towns are named for people); unless the article names a person of that surname in full. So is
    a name the article follows with its U.S. state ('in Bellhaven, Ore., a city …'), the AP style
    for a city in running text."""
    from storyline.extract.entities import Mention

    places = _dateline_names(body) | {fold(m.name) for m in mentions if _STATE_AFTER.match(body, m.end)
                                      and (m.label != "PERSON" or " " not in m.name.strip())}
    if not places:
        return mentions
    people = {surname(m.name) for m in mentions if m.label == "PERSON" and len(m.name.split()) > 1}
    return [Mention(m.start, m.end, m.text, "GPE", m.refers_to)
            if m.label == "PERSON" and fold(m.name) in places and fold(m.name) not in people else m
            for m in mentions]


def _dateline_names(body: str) -> set[str]:
    """The folded names of the places the article's wire datelines name ('DUNMORE, Ohio — …')."""
    from storyline.clean.wire_dateline import opening_dateline

    places = set()
    for line in re.finditer(r"^[^\n]{0,200}", body, re.M):
        found = opening_dateline(line[0])
        if found is not None:
            places.add(fold(line[0][found.place_start:found.place_end].split(",")[0]))
    return places


# Company designators (rules/aliases.toml [org_heads]'s company-name heads and legal forms): 'Wasilla
# Bible Church' beside the town 'Wasilla' (ECB+ dev) is no company called by its first word.
_COMPANY_HEADS = rules.words("aliases", "company_heads")
# a one-word NORP that is no nationality or people ('Summitline chief executive Troy Hadley' NORP beside
# 'Summitline Mountain Co.'; lead17) is a coined name the recognizer took for a group's: the company's
# short name like a PERSON- or ORG-tagged one; 'American' beside 'American Widget Co.' stays a people
_DEMONYMS = frozenset(fold(d) for d in rules.words("honorifics", "demonyms"))


def leading_org_words(mentions: list[Mention], body: str = "") -> list[Mention]:
    """'Harwick walks away' beside 'Harwick Brands': a one-word name tagged PERSON that is the first
    word of one organisation the article names, and no word of any person it names in full, is
    that organisation's short name (a company is called by its distinctive first word, as the
    leading-words rule of the corpus merge joins 'St. Aldric's' to '… Medical Center'). So is one
    tagged ORG ('Castell' beside 'Castell Publishing'), a place no list or dateline of the
    article makes one ('Pellham' GPE beside 'Pellham Minerals'; probe11), or a people that is no
    nationality ('Summitline' NORP beside 'Summitline Mountain Co.'; lead17)."""
    from storyline.extract.entities import Mention

    datelined = _dateline_names(body) if body else set()

    orgs: dict[str, list[Mention]] = {}
    for m in mentions:  # a company whose name holds a designator ('… Brands', '… Holdings', '… Savings Bank')
        if m.label == "ORG" and len(words := fold(m.name).split()) > 1 and _COMPANY_HEADS.intersection(words[1:]):
            orgs.setdefault(words[0], []).append(m)
    if not orgs:
        return mentions
    people = {w for m in mentions if m.label == "PERSON" and len(m.name.split()) > 1 for w in fold(m.name).split()}
    out = []
    for m in mentions:
        key = fold(m.name)
        shortened = m.label in ("PERSON", "ORG") or (m.label == "GPE" and key not in datelined
                                                      and not canonical_alias(m.name)) \
            or (m.label == "NORP" and key not in _DEMONYMS)
        named = orgs.get(key, []) if shortened and " " not in key and key not in people else []
        if named and len({fold(o.name) for o in named}) == 1:
            out.append(Mention(m.start, m.end, m.text, "ORG", named[0].start))
        else:
            out.append(m)
    return out


_LEGAL_DESIGNATORS = frozenset(rules.words("aliases", "legal_designators"))
# labels the recognizer gives a company's bare name once its designator is dropped (probe24: GPE, LOC);
# the corpus merge reads the same set across articles (link.org_merge.as_company)
PLACE_OR_THING_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def designator_dropped(mentions: list[Mention]) -> list[Mention]:
    """'Halvergate Asia-Pacific' tagged a place beside 'Halvergate Asia-Pacific Inc.' (probe24): a name of two
    words or more that is an organisation's name of the article less its legal designator
    (rules/aliases.toml [legal_designators]; AP Stylebook 'company names': the designator is dropped on
    later references) is that organisation, whatever the recognizer made of it."""
    from storyline.extract.entities import Mention

    bases: dict[str, Mention] = {}
    for m in mentions:
        words = fold(m.name).split()
        if m.label == "ORG" and len(words) > 2 and words[-1].strip(".") in _LEGAL_DESIGNATORS:
            bases.setdefault(" ".join(designator_stem(words) or words[:-1]), m)  # with 'Pty' of 'Pty Ltd'
    return [Mention(m.start, m.end, m.text, "ORG", bases[key].start)
            if (m.label in PLACE_OR_THING_LABELS or m.label == "PERSON") and len((key := fold(m.name)).split()) > 1
            and key in bases else m for m in mentions]


def vote_labels(mentions: list[Mention], placed: AbstractSet[tuple[int, int]] = frozenset()) -> list[Mention]:
    """One name, one label within an article: the label most of its mentions got (ties: PERSON);
    a place coordinated with another (`placed`) keeps its label and has no vote."""
    from storyline.extract.entities import Mention

    votes: dict[str, Counter] = {}
    for m in mentions:
        if (m.start, m.end) not in placed:
            votes.setdefault(fold(m.name), Counter())[m.label] += 1
    out = []
    for m in mentions:
        counts = votes.get(fold(m.name))
        if counts is None or (m.start, m.end) in placed:
            out.append(m)
            continue
        best = max(counts, key=lambda label: (counts[label], label == "PERSON"))
        out.append(Mention(m.start, m.end, m.text, best))
    return out


# labels the small recognizer gives a bare surname after 'Mr'/'Mrs' ('Mrs Delaney' LAW; branch probe17): no
# law, work, event or product is called by a courtesy title (AP Stylebook 'courtesy titles')
_MISREAD_LABELS = frozenset({"LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})
# a bare surname the recognizer takes for a place ('Mr Dunstan said' GPE; branch probe21): only after the
# titles that are written before a surname alone and abbreviated ('Mr', 'Mrs', 'Ms': rules/honorifics.toml
# [courtesy_titles] and [abbreviated_titles]), never 'Lord', 'Lady', 'Don' or 'Miss', which open place and
# pageant names too ('Lord Howe Island', 'Miss America')
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
_SURNAME_COURTESY = _COURTESY & rules.words("honorifics", "abbreviated_titles")


def _courtesy_called(m: Mention, body: str | None) -> bool:
    """'Ms Kamau said' tagged ORG with its title inside the span (probe24): 'Mr', 'Mrs' or 'Ms' and one
    capitalised word before a verb of saying is a person called by surname (AP Stylebook 'courtesy
    titles'); the verb keeps out the shops and brands named so ('Mr Price', 'Mrs. Fields')."""
    words = m.text.split()
    return (body is not None and m.label != "PERSON" and len(words) == 2 and words[1][:1].isupper()
            and fold(words[0]).strip(".") in _SURNAME_COURTESY and _SPEAKS.match(body, m.end) is not None)


def courtesy_named(doc: Doc, ent: Span, text: str) -> bool:
    """A span of a misread label right after a capitalised 'Mr', 'Mrs.', 'Ms' (rules/honorifics.toml
    [courtesy_titles]), one or two words: a person's name."""
    before = doc[ent.start - 1].text if ent.start else ""
    title = fold(before).strip(".")
    return (len(text.split()) <= 2 and before[:1].isupper()
            and ((ent.label_ in _MISREAD_LABELS and title in _COURTESY)
                 or (ent.label_ in _PLACE_LABELS and title in _SURNAME_COURTESY)))


def facility_opened(m: Mention, entities: list[ArticleEntity]) -> ArticleEntity | None:
    """'Grantley Adams' after 'Grantley Adams International Airport': a facility's name of two words or
    more that opens the one longer facility's name seen before is that facility."""
    key = fold(m.name).removeprefix("the ")
    if m.label != "FAC" or len(key.split()) < 2:
        return None
    found = [e for e in entities if e.label == "FAC" and fold(e.name).removeprefix("the ").startswith(key + " ")]
    return found[0] if len(found) == 1 else None
