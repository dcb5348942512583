"""The leading words an organisation's later mentions drop (a part of the corpus merge, storyline.link.entity_merge):
its home place ('Trail Blazers' / 'Portland Trail Blazers'), its nationality, its '… of PLACE', a hyphenated
compound or 'Greater PLACE' ('Rail Partnership' / 'Cross-Border Rail Partnership'), and a council's designation
('Harrowfield Council' / 'Harrowfield Borough Council'); and the kind words a project's later mentions drop at its
end ('Tamor Cascade' / 'Tamor Cascade Hydropower Project')."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.entities import org_key
from storyline.extract.names import alias_key, canonical_alias, place_leads
from storyline.link.merge_index import MergeIndex
from storyline.link.org_merge import DEMONYMS, PLACE_LABELS, absorb_entity, closed_key

if TYPE_CHECKING:
    from storyline.link.entity_merge import Entity


def join_place_dropped(canon: dict[str, Entity], keys: MergeIndex, places: set[str]) -> dict[str, str]:
    """A name of two words or more that is the one longer organisation name of its type without
    the place it begins with ('Trail Blazers' / 'Portland Trail Blazers'): later references drop
    the home city, as the one-word 'the Saints' for 'New Orleans Saints' does (ECB+ dev), and a national body its
    nationality adjective ('Red Cross' / 'American Red Cross', rules/honorifics.toml [demonyms]; branch probe34). The place must be a place the corpus itself names
    (`places`: the org keys of its GPE, LOC and FAC names), and the short name must fit one longer
    name only. The joined keys leave `canon`; the returned map sends each to the key that now holds
    its mentions."""
    longer: dict[tuple[str, str], set[str]] = {}
    for k, v in canon.items():
        words = alias_key(v.name).split()
        if v.type == "PERSON" or v.type in PLACE_LABELS or len(words) < 3:
            continue
        for i in range(1, len(words) - 1):
            lead = " ".join(words[:i])
            if (
                org_key(lead) in places
                or _listed_country(lead)
                or (i == 1 and lead in DEMONYMS)
                or _scope_qualifier(words[:i], places)
                or (i == 1 and lead in _LEVELS and words[1] in _LEVEL_HEADS)
            ):
                longer.setdefault((v.type, closed_key(" ".join(words[i:]))), set()).add(k)
            elif i == 1 and lead in _LOWER_LEVELS and words[1] in _LEVEL_HEADS:
                # a state's ministry is another home no short name joins: with it named, 'the Ministry of
                # Health' may be either (a key outside `canon` is never joined)
                longer.setdefault((v.type, closed_key(" ".join(words[i:]))), set()).add("LOWER:" + k)
        if (short := _of_place_dropped(words, places)) is not None:
            longer.setdefault((v.type, closed_key(short)), set()).add(k)
        if (short := _designation_dropped(words)) is not None:
            longer.setdefault((v.type, closed_key(short)), set()).add(k)

    def homes_of(k: str, v: Entity) -> set[str]:
        # a listed national body ('Environmental Protection Agency') is never its state's namesake
        # ('Ohio Environmental Protection Agency'): states name their agencies after the federal ones
        if len(alias_key(v.name).split()) < 2 or k.startswith("ALIAS:"):
            return set()
        return longer.get((v.type, closed_key(v.name)), set()) - {k}

    return _join_one_home(canon, keys, homes_of)


def _join_one_home(canon: dict[str, Entity], keys: MergeIndex,
                   homes_of: Callable[[str, Entity], set[str]]) -> dict[str, str]:
    """Each entity whose `homes_of` is exactly one other key joins it (following earlier joins); the map
    from each joined key to the key that now holds its mentions."""
    moved: dict[str, str] = {}
    for k, v in list(canon.items()):
        homes = homes_of(k, v)
        if len(homes) != 1:
            continue
        home = next(iter(homes))
        home = moved.get(home, home)
        if home == k or home not in canon:
            continue
        absorb_entity(canon, keys, k, home)
        moved = {a: (home if b == k else b) for a, b in moved.items()} | {k: home}
    return moved


# a hyphenated compound of two words ('cross-border', 'tri-county', 'urban-brookings'), capitals or not
_COMPOUND = re.compile(r"[^\W\d_]+-[^\W\d_]+")


def _scope_qualifier(lead: list[str], places: set[str]) -> bool:
    """The leading words a body's later mentions drop besides a place: one hyphenated compound saying its scope or
    founders ('the Rail Partnership' for the 'Cross-Border Rail Partnership', 'the Tax Policy Center' for the
    'Urban-Brookings Tax Policy Center': written so 10 times in polnear- and timeline17-dev text, 'Haiti Fund' for
    the 'Bush-Clinton Haiti Fund' once, no tail of such a name for another body), or 'Greater' before a place the
    corpus names ('the Combined Authority' of 'Greater Harrowfield'; a metropolitan area is named 'Greater PLACE',
    Local Government Act 1972 sch. 1: 'Greater Manchester', 'Greater London'). Branch ents37."""
    if len(lead) == 1:
        return _COMPOUND.fullmatch(lead[0]) is not None
    return lead[0] == "greater" and org_key(" ".join(lead[1:])) in places


_DESIGNATIONS = rules.words("aliases", "council_designations")
# 'union ministry of power' / 'ministry of power': the federal level word a national ministry's second
# references drop (rules/aliases.toml [government_levels]; branch ents42)
_LEVELS, _LEVEL_HEADS = rules.words("aliases", "government_levels"), rules.words("aliases", "government_level_heads")
_LOWER_LEVELS = rules.words("aliases", "lower_government_levels")


def _designation_dropped(words: list[str]) -> str | None:
    """'harrowfield council' of 'harrowfield borough council': a local authority called by its place and 'Council'
    without its designation (rules/aliases.toml [council_designations]; 'Metropolitan Borough' and 'City and County'
    too). The caller joins it only where one longer name fits: a corpus naming Cork's city and county councils
    joins neither to 'Cork Council'."""
    if len(words) < 3 or words[-1] != "council":
        return None
    at = len(words) - 1
    while at > 1 and (words[at - 1] in _DESIGNATIONS or (words[at - 1] == "and" and words[at - 2] in _DESIGNATIONS)):
        at -= 1
    return " ".join([*words[:at], "council"]) if at < len(words) - 1 else None


def _of_place_dropped(words: list[str], places: set[str]) -> str | None:
    """'communications authority' of 'communications authority of kenya': a body named '… of PLACE' is called
    without its place once the place is known ('the Communications Authority', 'the Reserve Bank', 'the
    Police Service'), two words or more staying; the caller joins it only where one longer name fits, so a
    corpus naming two central banks joins neither (branch probe28)."""
    at = next((i for i in range(len(words) - 2, 1, -1) if words[i] == "of"), None)
    if at is None:
        return None
    place = " ".join(words[at + 1 :])
    return " ".join(words[:at]) if org_key(place) in places or _listed_country(place) else None


def _listed_country(words: str) -> bool:
    """'U.S.' opening 'U.S. Army Corps of Engineers': a country's listed name or abbreviation
    (rules/aliases.toml [countries_and_unions]) is a home place whether or not the corpus names it
    (national bodies drop it: 'the Army Corps of Engineers'; entities10)."""
    listed = canonical_alias(words)
    return listed is not None and alias_key(listed) in place_leads()


_KIND_HEADS = rules.words("org_names", "project_kind_heads")
_KIND_MODIFIERS = rules.words("org_names", "project_kind_modifiers")
# the labels the small model gives a project's short name: a body's, a building's, a title's or a product's
_THING_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT"})


def join_kind_dropped(canon: dict[str, Entity], keys: MergeIndex) -> dict[str, str]:
    """A name of two words or more that is the one project name of the corpus without its kind words ('Tamor
    Cascade' / 'Tamor Cascade Hydropower Project'; rules/org_names.toml [project_kind_heads]), whatever label
    the model gave the short name (a WORK_OF_ART in branch probe42's story). The joined keys leave `canon`; the
    returned map sends each to the key that now holds its mentions."""
    longer: dict[str, set[str]] = {}
    for k, v in canon.items():
        words = alias_key(v.name).split()
        if v.type in _THING_LABELS and (stem := _kind_stem(words)) is not None:
            longer.setdefault(closed_key(" ".join(stem)), set()).add(k)

    def homes_of(k: str, v: Entity) -> set[str]:
        if v.type not in _THING_LABELS or len(alias_key(v.name).split()) < 2:
            return set()
        return longer.get(closed_key(v.name), set()) - {k}

    return _join_one_home(canon, keys, homes_of)


def _kind_stem(words: list[str]) -> list[str] | None:
    """'tamor cascade' of 'tamor cascade hydropower project': the words before a kind head and its modifiers,
    two or more; None when no kind head ends the name."""
    if len(words) < 3 or words[-1] not in _KIND_HEADS:
        return None
    at = len(words) - 1
    while at > 2 and words[at - 1] in _KIND_MODIFIERS:
        at -= 1
    return words[:at]
