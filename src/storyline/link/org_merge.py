"""The organisation side of the corpus merge (storyline.link.entity_merge): a corpus outlet's or a
company's name whatever the recognizer tagged it, and the short names of organisations — a name
without its home place or its generic tail, an acronym, a paper's last word."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.entities import ArticleEntity, org_key
from storyline.extract.long_forms import mixed_acronym
from storyline.extract.mention_labels import PLACE_OR_THING_LABELS
from storyline.extract.names import (
    TITLE_WORDS,
    acronym_spellings,
    alias_key,
    canonical_alias,
    designator_stem,
    fold,
    is_acronym,
    place_leads,
    strip_titles,
    word_acronym,
)
from storyline.extract.org_spans import TRADE_HEADS, UNION_DESIGNATORS
from storyline.extract.person_names import is_given_name
from storyline.link.merge_index import BlockKind, MergeIndex

if TYPE_CHECKING:  # the merge's entity type: entity_merge imports this module
    from storyline.link.entity_merge import Entity


def org_canonical_key(label: str, name: str) -> str:
    """A non-person name's merge key: a listed alias names one body whatever the tagger called it
    ('U.N.' GPE, 'United Nations' ORG)."""
    listed = canonical_alias(name)
    return f"ALIAS:{alias_key(listed)}" if listed else f"{label}:{closed_key(name)}"


def _entity(name: str, type: str) -> Entity:
    from storyline.link.entity_merge import Entity

    return Entity(id="", name=name, type=type)


def as_outlet(e: ArticleEntity, outlets: set[str]) -> ArticleEntity:
    """A corpus outlet's name ('The Harrow Courier', 'Lakeshore Public Radio') is that organisation
    whatever the recognizer tagged it: the small model takes a two-word masthead for a person."""
    if e.label == "ORG" or len(e.name.split()) < 2 or org_key(e.name) not in outlets:
        return e
    return ArticleEntity("ORG", e.name, [replace(m, label="ORG") for m in e.mentions])


def as_registered_outlet(e: ArticleEntity) -> ArticleEntity:
    """An organisation named by a name of an outlet the registry lists (rules/outlets*.toml) is that outlet,
    under the registry's name: a broadcaster cited by its former name in one article and its initials in
    another ('told Channel NewsAsia' / 'CNA visits the site'), a paper by its masthead in capitals and its short
    name ('PREMIUM HERALD', 'the Herald') are one body (branch probe40: CNA and Channel NewsAsia two entities).
    Only names the registry reads (an everyday word only with 'The': clean.outlet.registry_outlet)."""
    from storyline.clean.outlet import registry_outlet

    if e.label != "ORG" or (len(e.name.split()) < 2 and not (e.name.isupper() and len(e.name) > 2)):
        return e  # a paper's last word alone ('the Times') is any '… Times' of the corpus (outlet_named)
    if (known := registry_outlet(e.name)) is None or known.name == e.name:
        return e
    return ArticleEntity(e.label, known.name, e.mentions)


# a company's legal designator or trade head ('… LLC', '… Bancorp'): rules/aliases.toml
_DESIGNATORS = rules.words("aliases", "legal_designators") | rules.words("aliases", "company_heads")


def company_stems(articles: Mapping[str, list[ArticleEntity]]) -> dict[tuple[str, ...], str]:
    """Every organisation named with a legal designator, by its words without the designator
    ('Orvane Hydroelectric Company' by ('orvane', 'hydroelectric'))."""
    stems: dict[tuple[str, ...], str] = {}
    for _, entities in sorted(articles.items()):
        for e in entities:
            words = fold(e.name).replace(".", "").split()
            if e.label == "ORG" and len(words) > 2 and words[-1] in _DESIGNATORS:
                # 'Tessellate Print (Pty) Ltd': a designator's qualifier goes with it (names.designator_stem)
                stems.setdefault(tuple(designator_stem(words) or words[:-1]), e.name)
    return stems


def as_company(e: ArticleEntity, stems: Mapping[tuple[str, ...], str]) -> ArticleEntity:
    """A company's name without its designator, or with its last word clipped ('Keystone Pathways',
    'Orvane Hydro' beside 'Keystone Pathways LLC', 'Orvane Hydroelectric Company'), is the company
    though the recognizer took it for a person's: no given name opens it (entities8's stories). So
    is its name without the designator and the trade word before it, when one company's is
    ('Halloran Cyber' / 'Halloran Cyber Solutions LLC', 'Tidewater Aero' / 'Tidewater Aero Maintenance
    LLC'; entities9's stories). A name tagged a place or a thing is the company only when it is the
    company's name exactly less its designator ('Halvergate Asia-Pacific' GPE beside '… Inc.' in another
    article; probe24; AP Stylebook 'company names': later references drop the designator): a place can
    open a company's longer name ('New Zealand' of 'New Zealand Post Ltd')."""
    words = fold(e.name).split()
    if len(words) < 2 or is_given_name(e.name.split()[0]):
        return e
    if e.label == "ORG" and (same := _other_designator(words, stems)) and same != e.name:
        return ArticleEntity("ORG", same, list(e.mentions))
    if e.label in PLACE_OR_THING_LABELS:
        exact = stems.get(tuple(words))
        return e if exact is None else ArticleEntity("ORG", exact, [replace(m, label="ORG") for m in e.mentions])
    if e.label not in ("PERSON", "ORG"):
        return e
    full = [name for stem, name in sorted(stems.items()) if len(stem) == len(words) and stem[:-1] == tuple(words[:-1])
            and (stem[-1] == words[-1] or (e.label == "PERSON" and stem[-1].startswith(words[-1]) and len(words[-1]) > 3))]
    if not full:
        full = sorted({name for stem, name in stems.items() if len(stem) == len(words) + 1 and stem[:-1] == tuple(words)})
        full = full if len(full) == 1 else []
    if not full:
        return e
    return ArticleEntity("ORG", full[0], [replace(m, label="ORG") for m in e.mentions])


def _other_designator(words: list[str], stems: Mapping[tuple[str, ...], str]) -> str | None:
    """The company's first-listed name when this one is it with another designator ('… Networks Berhad' /
    '… Networks Bhd', '… Holdings Limited' / '… Holdings Ltd': a register's full form and the abbreviation
    the press prints; AP Stylebook 'company names' abbreviates 'Limited' and 'Corporation' after a name)."""
    stem = designator_stem([w.replace(".", "") for w in words])
    return stems.get(tuple(stem)) if stem else None


def person_surnames(articles: Mapping[str, list[ArticleEntity]]) -> frozenset[str]:
    """The last words of the corpus's full personal names ('nordholm' of 'Eva Nordholm')."""
    return frozenset(fold(e.name).split()[-1] for entities in articles.values() for e in entities
                     if e.label == "PERSON" and len(e.name.split()) > 1)


def as_company_word(e: ArticleEntity, stems: Mapping[tuple[str, ...], str], surnames: frozenset[str]) -> ArticleEntity:
    """A one-word name tagged a person that opens the one company named with a designator or trade head
    ("Nordholm's cranes" beside 'Nordholm Lift AB': the small model takes a company's bare name before
    a possessive for a surname) is that company, unless a given name, a title or a pronoun's gender
    calls it a person or a full personal name in the corpus ends in it (branch probe19). So is one tagged a people
    that is no nationality ('Ridgeline president Curtis Vang' NORP beside 'Ridgeline Constructors Inc.' in another
    article; branch probe30), as extract.mention_labels.leading_org_words reads it inside one article (lead17)."""
    words = fold(e.name).split()
    coined_people = e.label == "NORP" and len(words) == 1 and words[0] not in DEMONYMS | _REGIONAL
    if (e.label != "PERSON" and not coined_people) or len(words) != 1 or words[0] in surnames or is_given_name(e.name) or e.gender \
            or any(fold(m.text).split()[0].strip(".") in TITLE_WORDS for m in e.mentions if m.text.strip()):
        return e
    full = {name for stem, name in stems.items() if stem[0] == words[0]}
    if len(full) != 1:
        return e
    return ArticleEntity("ORG", full.pop(), [replace(m, label="ORG") for m in e.mentions])


def closed_key(name: str) -> str:
    """An organisation's key with the spaces between its words left out: an open and a closed
    compound are one name: writers differ on compounds ('Portland Trailblazers' / 'Portland Trail
    Blazers', ECB+ dev), and a name's letters, not its spaces, tell it apart."""
    return org_key(name).replace(" ", "")


def absorb_entity(canon: dict[str, Entity], keys: MergeIndex, k: str, into: str) -> None:
    """Entity `k`'s mentions and aliases join `into`'s; `k` leaves the canon and the merge index learns `into`."""
    source, holder = canon.pop(k), canon[into]
    holder.mentions.extend(source.mentions)
    holder.aliases |= source.aliases
    keys.note(into, holder)


# the generic words a name's later mentions drop ('Medical Center', 'Ltd.'): rules/aliases.toml
_INSTITUTION_TAILS = rules.words("aliases", "leading_name_tails")
# a firm's trade ('Drummond & Sons' for '… Excavating'; rules/org_names.toml [trade_heads]) too
_DROPPED_TAILS = _INSTITUTION_TAILS | rules.words("aliases", "org_heads") | TRADE_HEADS
# and a company head ('Harlan Agri' for '… Products'; rules/aliases.toml [company_heads]; lead33), only when no
# other longer name begins with the same words ('Halloran Cyber' beside '… Solutions LLC' and '… Defense Inc.')
_COMPANY_TAILS = _DROPPED_TAILS | rules.words("aliases", "company_heads")


def _tail_dropped(words: list[str], longer: list[str], tails: frozenset[str]) -> bool:
    """`longer` is `words` and a tail a name may drop: generic words, or for one word a company's or station's form."""
    return all(w in tails for w in longer[len(words):]) or (len(words) == 1 and (_company_named(longer) or _station_brand(longer)))


def _company_named(words: list[str]) -> bool:
    """A company's name ends in a company head or designator ('Brightmoor Water Testing Services', 'Harwick
    Brands'): such a company is called by its first word alone (rules/aliases.toml [company_heads]),
    whatever trade words stand between."""
    return len(words) >= 2 and words[-1].rstrip(".") in _DESIGNATORS


# a US broadcaster's call sign (FCC 47 CFR 73.3550: K or W and three letters) and the words a station's brand
# adds to it: its channel number, 'News', 'TV' ('KVRO 7', 'WESH 2 News'; extract.outlet_names)
_CALL_SIGN = re.compile(r"[kw][a-z]{3}")
_BRAND_WORDS = frozenset({"news", "tv"})


def _station_brand(words: list[str]) -> bool:
    """A station's brand, its call sign and a channel number or 'News' ('kvro 7'): the station is called by
    its call sign alone, as a wire dateline credits it ('(KVRO) —'; probe18)."""
    return len(words) >= 2 and bool(_CALL_SIGN.fullmatch(words[0])) and \
        all(w.isdigit() or w in _BRAND_WORDS for w in words[1:]) and any(w.isdigit() for w in words[1:])


def _plain_words(name: str) -> list[str]:
    """A name's alias-key words without a possessive ending: "St. Brigid's" and 'St. Brigid' open
    "St. Brigid's Regional Medical Center" alike."""
    return [w.removesuffix("'s").removesuffix("’s") for w in alias_key(name).split()]


def join_leading_words(canon: dict[str, Entity], keys: MergeIndex) -> dict[str, str]:
    """An organisation named by the first words of the one longer organisation name they begin,
    when the rest are generic words ("St. Aldric's" / 'St. Aldric Medical Center', 'Vancouver
    Police' / '… Department'): the name without its generic tail, as a hospital or school is called. Two longer names ('Calloway Holdings', 'Calloway Sports Media')
    leave it open. The joined keys leave `canon`; the returned map sends each to its new key."""
    starts: dict[str, list[str]] = {}
    for k, v in canon.items():
        if v.type == "ORG" and len(words := _plain_words(v.name)) > 1:
            starts.setdefault(words[0], []).append(k)
    moved: dict[str, str] = {}
    for k, v in list(canon.items()):
        words = _plain_words(v.name)
        # one word too, tagged an organisation ('Carrowmore' / 'Carrowmore University'; entities8)
        if v.type != "ORG" or not 1 <= len(words) <= 3 or canonical_alias(v.name):
            continue
        # one word only before an institution's tail ('Carrowmore' / '… University'), never a paper's
        # ('Harbour' the town / 'Harbour Times')
        tails = _INSTITUTION_TAILS if len(words) == 1 else _DROPPED_TAILS
        begun = [o for o in starts.get(words[0], []) if o != k and o in canon
                 and (ow := _plain_words(canon[o].name))[:len(words)] == words and len(ow) > len(words)]
        longer = [o for o in begun if _tail_dropped(words, _plain_words(canon[o].name), tails)]
        if not longer and len(words) > 1 and len(begun) == 1 \
                and all(w in _COMPANY_TAILS for w in _plain_words(canon[begun[0]].name)[len(words):]):
            longer = begun
        if len(longer) != 1:
            continue
        absorb_entity(canon, keys, k, longer[0])
        moved[k] = longer[0]
    return moved

PLACE_LABELS = {"GPE", "LOC", "FAC"}


def join_station_names(canon: dict[str, Entity], keys: MergeIndex) -> dict[str, str]:
    """A broadcaster's names that share its call sign ('WKRN-TV', 'WKRN 2 News', 'WKRN'): a citation, a dateline
    and the station's own masthead each print another form (extract.outlet_names.station_key; FCC 47 CFR 73.3550),
    so organisations whose names key to one call sign are one station; the most-mentioned name holds them (branch
    probe34: 'told WKRN-TV' beside the station's own 'WKRN 2 News' pages)."""
    from storyline.extract.outlet_names import station_key

    by_sign: dict[str, list[str]] = {}
    for k, v in canon.items():
        if v.type == "ORG" and v.name.split() and v.name.split()[0][:4].isupper() \
                and (sign := station_key(" ".join(v.name.casefold().split()))):
            by_sign.setdefault(sign, []).append(k)
    return _joined_under_most_mentioned(canon, keys, by_sign.values())


_BRAND_HEADS = frozenset(w.casefold() for w in rules.words("aliases", "newsroom_brand_heads"))


def join_newsroom_initials(canon: dict[str, Entity], keys: MergeIndex) -> dict[str, str]:
    """A newsroom's brand of its initials and a head word ('CPR News', rules/aliases.toml [newsroom_brand_heads])
    and the one organisation of three words or more those initials spell ('Colorado Public Radio'): one body.
    Two such organisations ('ABC News' beside an American and an Australian broadcaster) leave it alone."""
    brands = {k: v.name.split()[0].replace(".", "").casefold() for k, v in canon.items()
              if v.type == "ORG" and len(words := v.name.split()) == 2 and words[1].casefold() in _BRAND_HEADS
              and is_acronym(words[0]) and len(words[0].replace(".", "")) >= 3}
    if not brands:
        return {}
    spelled: dict[str, list[str]] = {}
    for k, v in canon.items():
        if v.type == "ORG" and len(v.name.split()) > 2:
            for sign in acronym_spellings(v.name) & set(brands.values()):
                spelled.setdefault(sign, []).append(k)
    groups: dict[str, list[str]] = {}
    for k, sign in brands.items():
        if len(homes := spelled.get(sign, [])) == 1:
            groups.setdefault(homes[0], [homes[0]]).append(k)
    return _joined_under_most_mentioned(canon, keys, groups.values())


def _joined_under_most_mentioned(canon: dict[str, Entity], keys: MergeIndex,
                                 groups: Iterable[list[str]]) -> dict[str, str]:
    """Each group of keys absorbed into its most-mentioned (then longest-named) entity: moved key -> home."""
    moved: dict[str, str] = {}
    for group in groups:
        home = max(group, key=lambda k: (len(canon[k].mentions), len(canon[k].name)))
        for k in group:
            if k != home:
                absorb_entity(canon, keys, k, home)
                moved[k] = home
    return moved


def join_registry_outlets(canon: dict[str, Entity], keys: MergeIndex) -> dict[str, str]:
    """An outlet's names that the outlet registry gives to one outlet ('RTÉ' / 'RTÉ News', 'POLITICO' /
    'Politico Europe', 'DW' / 'Deutsche Welle'; rules/outlets*.toml `short`): a citation, a byline's credit and
    the outlet's own masthead each print another form, and papers name their broadcast or regional edition
    beside the brand (probe39). The organisations so keyed are one; the most-mentioned name holds them."""
    from storyline.clean.outlet import registry_outlet

    by_outlet: dict[str, list[str]] = {}
    for k, v in canon.items():
        if v.type == "ORG" and (outlet := registry_outlet(v.name)) is not None:
            by_outlet.setdefault(outlet.name, []).append(k)
    return _joined_under_most_mentioned(canon, keys, by_outlet.values())


def is_short_org(e: ArticleEntity) -> bool:
    return (is_acronym(e.name) or len(e.name.split()) == 1) and not canonical_alias(e.name)


def outlet_named(canon: dict[str, Entity], e: ArticleEntity, outlets: Iterable[str]) -> str | None:
    """'the Sentinel' where no article writes any '… Sentinel' but the corpus holds articles of 'The
    Marlow Sentinel': that outlet, named in full (the store knows its outlets from the articles'
    mastheads, which the bodies need not repeat; a paper's short name is its name's last word, AP
    Stylebook 'newspaper names'). Only when one outlet ends in it, and whatever the recognizer tagged
    it but a person or a place ('The Dispatch reported' NORP). So are an outlet's initials, of three
    letters or more, whatever the tag ('told GLPR' PERSON for Great Lakes Public Radio; entities9)."""
    word = alias_key(e.name)
    if e.label == "GPE" or (e.label == "LOC" and not _outlet_head(e.name)) or not word:
        return None
    if is_acronym(e.name):
        named = {o for o in outlets if len(word) >= 3 and word in acronym_spellings(o)}
    elif e.label == "PERSON":
        return None
    else:
        named = {o for o in outlets if len(alias_key(o).split()) > 1 and alias_key(o).split()[-1] == word}
    if len(named) != 1:
        return None
    outlet = named.pop()
    key = org_canonical_key("ORG", outlet)
    canon.setdefault(key, _entity(name=strip_titles(outlet, person=False), type="ORG"))
    return key


def _outlet_head(name: str) -> bool:
    """'Statesman', 'Sentinel': a word newspaper names end in (rules/citations.toml [outlet_heads]), which the
    small recognizer tags LOC when a sentence writes it alone ('According to the Statesman, …'; branch probe30)
    but which names no place; a place's name is no such head ('Boise', 'Asia'), and is left out as before."""
    return name.split()[-1] in rules.words("citations", "outlet_heads") if name.split() else False


def inner_lower_acronym(name: str) -> bool:
    """'BoG', 'DoJ', 'DfE': an acronym keeping a lower-case letter inside it (long_forms.mixed_acronym), not after
    it ('MPs', 'USd': a plural or a unit)."""
    return mixed_acronym(name) and name[-1].isupper()


def abbreviated(canon: dict[str, Entity], e: ArticleEntity, outlets: Iterable[str], keys: MergeIndex) -> str | None:
    """'FBI' → the one 'Federal Bureau of Investigation'; 'Times' → the one '… Times' (a corpus
    outlet when several organisations end in it)."""
    word = alias_key(e.name)
    if not word:  # no letters to abbreviate anything with ('The'): every name without 'of' has that head
        return None
    if not is_acronym(e.name) and e.label == "NORP" and len(e.name.split()) == 1 and word not in DEMONYMS:
        return _team_name(canon, word, keys)
    # 'BoG' (Bank of Ghana), 'DoJ' spell their bodies as capitals do (probe36: 'BoG' stayed apart); a last lower-case
    # letter is a plural or unit ('MPs', 'USd': 92 of 103 such words on polnear, ECB+, timeline17 dev; inner_lower_acronym)
    acronym = is_acronym(e.name) or inner_lower_acronym(e.name)
    if not acronym and e.label in OWN_NAMED:
        return None
    if not acronym and word_acronym(e.name) and (spoken := _spoken_acronym(canon, e, word, keys)):
        return spoken
    kinds: tuple[BlockKind, ...] = ("initials",) if acronym else ("last", "head")
    blocked = sorted({k for kind in kinds for k in keys.candidates(canon, kind, e.label, word)})
    same = [(k, keys.keys_of(v.name)) for k in blocked if (v := canon[k]).type == e.label and len(v.name.split()) > 1]
    if acronym:
        found = [k for k, of in same if word in of.spellings] or _spelled_organisation(canon, e, word, keys)
    else:  # its last word, or the head before 'of' ('the Academy' for 'Academy of Motion Picture Arts …')
        found = [k for k, of in same if word in (of.last, of.head)]
        if len(found) > 1:
            corpus = {alias_key(o) for o in outlets}
            found = [k for k in found if alias_key(canon[k].name) in corpus]
    return found[0] if len(found) == 1 else None


# nationalities and peoples ('American', 'Kurds'): a one-word NORP that is one of them is a people's name
DEMONYMS = frozenset(rules.words("honorifics", "demonyms"))
# a region's adjective is a people's word too ('Caribbean doctors'), never a company's coined short name
_REGIONAL = frozenset(rules.words("honorifics", "regional_demonyms"))


def _spoken_acronym(canon: dict[str, Entity], e: ArticleEntity, word: str, keys: MergeIndex) -> str | None:
    """Initials written as a word ('Sebi said' for the 'Securities and Exchange Board of India', 'Defra': names.word_acronym,
    Guardian style): the one organisation of three words or more they spell, else None and the word is read as a name's
    last word ('the Times'). Branch ents37's invented stories."""
    found = [k for k in keys.candidates(canon, "initials", e.label, word)
             if (v := canon[k]).type == e.label and len(v.name.split()) > 2 and word in keys.keys_of(v.name).spellings]
    return found[0] if len(found) == 1 else None


def _team_name(canon: dict[str, Entity], word: str, keys: MergeIndex) -> str | None:
    """'the Railcats' (NORP, no people's name) where one organisation or venue of the corpus is
    '… Railcats': a team or company called by the last word of its name on second reference (AP
    Stylebook 'sports': 'the Yankees'), which the small model tags as a people. The full name is tagged
    an organisation or a venue ('Bramley Railcats' FAC), never a people: 'Republicans' is not the one
    'House Republicans' (NORP); only one may end in the word (lead19)."""
    found = {k for label in ("ORG", "FAC") for k in keys.candidates(canon, "last", label, word)
             if (v := canon[k]).type == label and len(v.name.split()) > 1 and keys.keys_of(v.name).last == word}
    return found.pop() if len(found) == 1 else None


def _spelled_organisation(canon: dict[str, Entity], e: ArticleEntity, word: str, keys: MergeIndex) -> list[str]:
    """An acronym the model tagged a place, people or person ('P.C.B.L.' GPE, 'LCHA' GPE) that
    spells no name of its own label: the organisations it spells. Capitals spelling a name of
    several words name a body, not a place (a place's acronym spells a place: 'DRC' and 'UAE' find
    theirs under their own label first)."""
    if e.label == "ORG":
        return []
    return [k for k in keys.candidates(canon, "initials", "ORG", word)
            if (v := canon[k]).type == "ORG" and len(v.name.split()) > 1 and word in keys.keys_of(v.name).spellings]


# a one-word place or people's name is a name of its own, not the short form of the one longer name
# ending in it, as 'the Times' is of an organisation's: 'York' / 'New York', 'Korea' / 'South Korea',
# 'London' / 'North London', 'American' / 'South American' (seen on timeline17-dev's MJ_bbc: the
# city's 29 mentions went to 'North London'); their acronyms ('DRC') still abbreviate. A building
# is often named short ('the Capitol'), so FAC is not among them
OWN_NAMED = frozenset({"GPE", "LOC", "NORP"})


@dataclass(slots=True)
class ShortNames:
    """The one-word names the corpus's own text gives its organisations: 'Kittredge said in a statement'
    beside 'Kittredge Aviation Group' in one article makes 'Kittredge' that company's short name
    (extract.mention_labels.leading_org_words), and the same word alone in another article, however
    the recognizer tagged it there ('the contractor Kittredge used' PERSON, 'the Kittredge hangar'
    LOC; entities9's stories), is that company too — unless a person the corpus names in full bears
    the word, a title or honorific calls it a person, or a place name begins with it."""

    by_word: dict[str, set[str]] = field(default_factory=dict)
    person_words: set[str] = field(default_factory=set)
    place_words: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, canon: Mapping[str, Entity]) -> ShortNames:
        found = cls()
        for k, v in canon.items():
            words = fold(v.name).split()
            if len(words) < 2:
                continue
            if v.type == "PERSON":
                found.person_words.update(words)
            elif v.type in PLACE_LABELS:
                found.place_words.add(words[0])
            elif v.type == "ORG":
                for _, m in v.mentions:
                    if len(short := fold(m.name).split()) == 1 and not is_acronym(m.name) and short[0] == words[0]:
                        found.by_word.setdefault(short[0], set()).add(k)
        return found

    def home(self, e: ArticleEntity, moved: Mapping[str, str]) -> str | None:
        """The one organisation this one-word name is the short name of, or None."""
        word = fold(e.name)
        if " " in word or is_acronym(e.name) or canonical_alias(e.name) or e.gender or word in self.person_words \
                or (e.label in PLACE_LABELS and word in self.place_words):
            return None
        homes = {moved.get(k, k) for k in self.by_word.get(word, ())}
        return homes.pop() if len(homes) == 1 else None


def defined_acronyms(canon: Mapping[str, Entity]) -> dict[str, set[tuple[str, str]]]:
    """The acronyms the corpus's own text defines for its organisations, by the acronym's key: a long name
    with its acronym in brackets makes the acronym one of its mentions ('the Atlantic-Indian Ocean Express
    (AIX)'), though its letters are no initials of the name (a brand's or a product's acronym; branch probe28)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for k, v in canon.items():
        if v.type != "PERSON" and len(v.name.split()) > 1:
            for _, m in v.mentions:
                if is_acronym(m.text.strip()):
                    found.setdefault(alias_key(m.text), set()).add((k, v.type))
    return found


def defined_home(defined: Mapping[str, set[tuple[str, str]]], e: ArticleEntity, moved: Mapping[str, str]) -> str | None:
    """The one organisation whose own article defined this acronym ('AIX' alone in other articles), of the
    same label; None when none or several did."""
    if not is_acronym(e.name):
        return None
    homes = {moved.get(k, k) for k, label in defined.get(alias_key(e.name), ()) if label == e.label}
    return homes.pop() if len(homes) == 1 else None


def join_placed_acronyms(canon: dict[str, Entity], keys: MergeIndex) -> dict[str, str]:
    """'Ohio EPA' / 'Ohio Environmental Protection Agency': a home place and an acronym is the one
    organisation that opens with the same place and whose rest the acronym spells — a state's
    agency written as its state and initials (AP Stylebook 'abbreviations and acronyms'; the place
    left out, the acronym alone, is `names.acronym_spellings`' reading). The joined keys leave
    `canon`; the returned map sends each to its new key."""
    moved: dict[str, str] = {}
    for k, v in list(canon.items()):
        words = v.name.split()
        place = alias_key(" ".join(words[:-1]))
        if v.type != "ORG" or len(words) < 2 or not is_acronym(words[-1]) or place not in place_leads():
            continue
        acronym = alias_key(words[-1])
        homes = {o for o in keys.candidates(canon, "initials", "ORG", acronym) if o != k and o in canon
                 and alias_key(canon[o].name).startswith(place + " ") and not is_acronym(canon[o].name.split()[-1])
                 and acronym in keys.keys_of(canon[o].name).spellings}
        if len(homes) != 1:
            continue
        home = homes.pop()
        absorb_entity(canon, keys, k, home)
        moved[k] = home
    return moved


def join_numbered_locals(canon: dict[str, Entity], keys: MergeIndex) -> dict[str, str]:
    """'Local 237' / 'Healthcare Workers Union Local 237', 'IBEW Local 58' / 'International
    Brotherhood of Electrical Workers Local 58': a union's local body named by its designation and
    number alone, or after an acronym the union's name spells, is the one organisation so numbered
    (rules/org_names.toml [union_designators]). The joined keys leave `canon`; the returned map
    sends each to its new key."""
    numbered: dict[tuple[str, ...], list[str]] = {}
    for k, v in canon.items():
        words = alias_key(v.name).split()
        if v.type == "ORG" and len(words) > 2 and words[-2] in UNION_DESIGNATORS and words[-1].isdigit():
            numbered.setdefault(tuple(words[-2:]), []).append(k)
    moved: dict[str, str] = {}
    for k, v in list(canon.items()):
        words = alias_key(v.name).split()
        if v.type != "ORG" or len(words) not in (2, 3) or tuple(words[-2:]) not in numbered:
            continue
        homes = [o for o in numbered[tuple(words[-2:])] if o != k and o in canon
                 and (len(words) == 2 or words[0] in acronym_spellings(" ".join(canon[o].name.split()[:-2])))]
        if len(homes) != 1:
            continue
        absorb_entity(canon, keys, k, homes[0])
        moved[k] = homes[0]
    return moved


_COORDINATOR = re.compile(r"\s+(?:and|&)\s+")


def split_coordinated(listed: Mapping[str, list[ArticleEntity]]) -> dict[str, list[ArticleEntity]]:
    """'the Carrow Museum of Art and Pell & Son announced …': two bodies the recognizer tagged as one span
    are two mentions when each side is a name the corpus gives a body of its own (the one entity's name
    alone is no evidence: 'Procter & Gamble', 'Department of Health and Human Services' are one name
    each, and the corpus names neither side apart). Branch probe20."""
    known = {alias_key(e.name): e.label for es in listed.values() for e in es if e.label not in ("PERSON", "NORP")}
    return {a: [part for e in es for part in _split_one(e, known)] for a, es in listed.items()}


def _split_one(e: ArticleEntity, known: Mapping[str, str]) -> list[ArticleEntity]:
    key = alias_key(e.name)
    if e.label != "ORG" or " and " not in key:
        return [e]
    parts = key.split(" and ")
    for i in range(1, len(parts)):
        left, right = " and ".join(parts[:i]), " and ".join(parts[i:])
        if left in known and right in known:
            return _split_at(e, left, right, known)
    return [e]


def _split_at(e: ArticleEntity, left: str, right: str, known: Mapping[str, str]) -> list[ArticleEntity]:
    """The two bodies' entities, each mention cut at the coordinator whose sides are `left` and `right`."""
    from storyline.extract.entities import Mention

    lefts, rights = [], []
    for m in e.mentions:
        cut = next((c for c in _COORDINATOR.finditer(m.text) if alias_key(m.text[:c.start()]) == left
                    and alias_key(m.text[c.end():]) == right), None)
        if cut is None:
            return [e]
        lefts.append(Mention(m.start, m.start + cut.start(), m.text[:cut.start()], known[left]))
        rights.append(Mention(m.start + cut.end(), m.end, m.text[cut.end():], known[right]))
    cut = next((c for c in _COORDINATOR.finditer(e.name) if alias_key(e.name[:c.start()]) == left), None)
    if cut is None:
        return [e]
    return [ArticleEntity(known[left], e.name[:cut.start()], lefts), ArticleEntity(known[right], e.name[cut.end():], rights)]

