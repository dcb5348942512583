"""Short forms a text defines in brackets right after a body's name, whatever their letters: a mixed-case
short form ('the Ministry of Electronics and Information Technology (MeitY)') and an acronym of the name in
another language ('the National Water Directorate (DGA)'). Split from extract/mention_spans.py, which keeps
the acronyms whose letters are the name's initials (`defined_acronyms`)."""
from __future__ import annotations

from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.acronym_spans import ACRONYM
from storyline.extract.names import alias_key, initials, word_acronym

if TYPE_CHECKING:
    from storyline.extract.entities import Mention


def defined_mixed_short_forms(mentions: list[Mention], body: str) -> list[Mention]:
    """Each short form defined in brackets right after a body's name (`_defines_mixed_short_form`,
    `_defines_foreign_acronym`) refers back to that name and takes its label; run once every acronym of
    the article is found."""
    ordered = sorted(mentions, key=lambda m: m.start)
    defined = {id(m): name for name, m in pairwise(ordered)
               if _defines_mixed_short_form(name, m, body) or _defines_foreign_acronym(name, m, body)}
    return [replace(m, label=name.label, refers_to=name.start) if (name := defined.get(id(m))) else m
            for m in mentions]  # in the order given: the label corrections after this read it


def _defines_mixed_short_form(name: Mention, short: Mention, body: str) -> bool:
    """'the Ministry of Electronics and Information Technology (MeitY)': one word in brackets right after
    a body's name, with two capitals or more, whose letters the name's words give in order
    (Schwartz & Hearst 2003's backward match, `long_forms.long_form`), is defined there as that name's
    short form though it mixes cases ('MeitY', 'IISc', 'DfE'), whatever the model tagged it; it then
    refers back to the name (probe23). 23 documents of the dev texts (polnear-, extraction-, timeline17-,
    ecbplus- and dates-dev) define one so: 'GdP', 'IStGH', 'DonNTU', plurals ('DSPs', 'ICUs', 'SDGs')."""
    from storyline.extract.long_forms import WORD_ACRONYM_WORDS, long_form

    text = short.text.strip()
    # or an acronym set as a word ('Tatoa', 'Kenha': names.word_acronym) after a body's name of three words or more
    # (branch probe44)
    cased = sum(c.isupper() for c in text) >= 2 or (word_acronym(text) and len(name.name.split()) >= WORD_ACRONYM_WORDS)
    return (name.label not in ("PERSON", "DESC") and " " not in text and cased
            and not ACRONYM.fullmatch(text) and body[name.end:short.start].strip() == "("
            and body[short.end:short.end + 1] == ")" and long_form(text, name.name) == name.name)




def _defines_foreign_acronym(name: Mention, short: Mention, body: str) -> bool:
    """'Chile's National Water Directorate (DGA)', 'the National Electoral Council (CNE)': capitals in
    brackets right after an organisation's name that are not its initials are the acronym of its name in
    the country's own language (Dirección General de Aguas), as English-language news abroad writes them;
    it is defined there all the same (lead45). Not a country's or union's code ('Greenpeace
    (UK)': rules/aliases.toml [countries_and_unions]) nor a wire's credit. On the dev texts (polnear-,
    extraction-, timeline17-, ecbplus- and dates-dev), 131 documents bracket capitals after a capitalised
    name that are not its initials: German compounds ('Universität Duisburg-Essen (UDE)'), Swiss cantons
    ('Aargau (AG)': places, left out here), menus."""
    text = short.text.strip()
    return (name.label == "ORG" and ACRONYM.fullmatch(text) is not None and "." not in text
            and body[name.end:short.start].strip() == "(" and body[short.end:short.end + 1] == ")"
            and initials(name.name) != alias_key(text) and alias_key(text) not in _codes())


@cache
def _codes() -> frozenset[str]:
    """Country and union codes, and the registry's outlets' short names (a wire's credit, 'AFP'), that
    brackets may hold after a name."""
    countries = {alias_key(a) for e in rules.entries("aliases", "countries_and_unions") for a in e["aliases"]}
    outlets = {alias_key(s) for e in rules.entries("outlets", "outlets") for s in e.get("short", [])}
    return frozenset(countries | outlets)
