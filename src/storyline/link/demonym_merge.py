"""A nationality the recognizer tagged a people (NORP: 'Kenyan officials', 'Japanese engineers') is
a mention of its country where the corpus names that country as a place: one entity, not two."""
from __future__ import annotations

from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.names import alias_key, fold
from storyline.link.merge_index import MergeIndex

if TYPE_CHECKING:  # the merge's entity type: entity_merge imports this module
    from storyline.link.entity_merge import Entity

# nationality adjective → the country it names (Wikipedia's list of adjectival and demonymic forms)
_COUNTRY_OF = {k: alias_key(v) for k, v in rules.mapping("demonyms", "country_demonyms").items()}


def _countries(canon: dict[str, Entity]) -> dict[str, set[str]]:
    """The alias key of every name a GPE entity goes by → the entities' keys."""
    found: dict[str, set[str]] = {}
    for k, v in canon.items():
        if v.type == "GPE":
            for name in {v.name} | v.aliases:
                found.setdefault(alias_key(name), set()).add(k)
    return found


def join_demonyms(canon: dict[str, Entity], keys: MergeIndex) -> dict[str, str]:
    """Each NORP entity named by a listed nationality joins the one GPE entity named by its country
    ('Kenyan' → 'Kenya', 'British' → 'United Kingdom' whose aliases hold 'Britain'); a nationality
    whose country the corpus never names as a place stays a people. The joined keys leave `canon`;
    the returned map sends each to the key that now holds its mentions."""
    countries = _countries(canon)
    moved: dict[str, str] = {}
    for k, v in list(canon.items()):
        country = _COUNTRY_OF.get(fold(v.name).lower()) if v.type == "NORP" else None
        homes = countries.get(country, set()) if country else set()
        if len(homes) != 1:
            continue
        home = next(iter(homes))
        source, holder = canon.pop(k), canon[home]
        holder.mentions.extend(source.mentions)
        holder.aliases |= source.aliases
        keys.note(home, holder)
        moved[k] = home
    return moved
