"""The merge's dependency components: which referents the corpus merge (entity_merge.merge_entities)
can let influence one another, so that a batch of new articles need re-merge only the referents it
can move (merge_incremental; docs/corpus.md "Entities: the merge of the touched components").

Every rule of the merge asks about other names through a key: the canonical key an entity is held
under, the surname block of name variants, the one-word vote, the label vote, the initials / last
word / head / surname blocks of short names, a two-word surname tail, a given name, a place a name
begins with, the closed name a place was dropped from, the one-word aliases and folded names the
numbering compares. `merge_keys` gives every key a referent is asked under ('?'), answers to ('+')
or both (unmarked) — a superset; referents sharing a key someone asks under are in one component,
and the merge of every referent equals the union of the merges of its components
(tests/link/test_entity_merge_incremental.py: after every batch, entity ids included). The corpus
refresh does not use it: the rules tie most of a corpus into the components a batch touches, and
the keys cost about what the merge does (the measured figures are in docs/corpus.md).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from storyline.extract.entities import ArticleEntity, org_key
from storyline.extract.mention_spans import DEMONYMS
from storyline.extract.names import (
    alias_key,
    canonical_alias,
    fold,
    is_acronym,
    looks_like_org,
    person_key,
    strip_titles,
)
from storyline.extract.org_spans import UNION_DESIGNATORS
from storyline.extract.person_names import surname_block
from storyline.link.entity_merge import Entity, merge_entities
from storyline.link.merge_index import BlockKind, NameKeys
from storyline.link.org_merge import closed_key

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_KINDS: tuple[BlockKind, ...] = ("initials", "last", "head", "surname")
_NUMBERED = re.compile(r" \d+$")  # the merge numbers namesakes 'X 2', 'X 3' (entity_merge._numbered)


@dataclass(slots=True)
class CorpusNames:
    """What decides whether a name can answer to a key at all, from the whole corpus: the one-word
    names some article tags PERSON (only those can turn a name tagged otherwise into a person, by
    the corpus vote) and the names some article tags a place (only those can be the place a longer
    name drops). More articles only add to both."""

    person_words: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, referents: Iterable[ArticleEntity]) -> CorpusNames:
        found = cls()
        for e in referents:
            if e.label == "PERSON":
                found.person_words.add(fold(e.name) if len(e.name.split()) == 1 else person_key(e.name))
            elif e.label in _PLACE_LABELS:
                found.places.add(org_key(e.name))
        return found

    def may_be_person(self, e: ArticleEntity) -> bool:
        """Can this referent end in a person's entity (its one-word aliases then count as taken)?"""
        folded = fold(e.name)
        return e.label == "PERSON" or folded in self.person_words or (
            " " in folded and not looks_like_org(e.name))


def merge_keys(article_id: str, e: ArticleEntity, corpus: CorpusNames | None = None) -> set[str]:
    """Every key the merge may ask this referent's name under or find it by (see the module doc);
    without `corpus`, as if every name could answer to every key it has."""
    keys = {f"n:{_NUMBERED.sub('', fold(e.name))}"}  # namesakes' numbering and the list order
    if len(named := fold(e.name).split()) > 1 and e.label in ("PERSON", "ORG"):
        keys.add(f"cs:{' '.join(named[:-1])}")  # a company's name without its designator (org_merge.as_company)
        keys.add(f"cs:{' '.join(named)}")  # … and without its trade word too
        if len(named) > 2:
            keys.add(f"cs:{' '.join(named[:-2])}")
    keys |= {f"s:{article_id}:{m.start}:{m.end}" for m in e.mentions}  # a span kept by one entity only
    keys |= _organisation_name_keys(e)
    keys |= _short_name_keys(e, named)
    keys |= _alias_keys(e, corpus is None or corpus.may_be_person(e))
    words, folded = e.name.split(), fold(e.name)
    if e.label == "PERSON" and len(words) > 1:
        keys |= _full_person_keys(e)
    else:
        keys |= _leftover_keys(e, words, folded)
        if corpus is not None and org_key(e.name) not in corpus.places:
            keys.discard(f"+p:{org_key(e.name)}")
    if len(words) > 1 and e.label == "PERSON":  # a full name's surname answers a given name and surname tagged ORG
        keys.add(f"+gs:{folded.split()[-1]}")
    elif len(words) == 2 and e.label == "ORG":  # (entity_merge._as_named_person)
        keys.add(f"?gs:{folded.split()[-1]}")
    if len(words) > 1:  # the blocks short names are looked up in (MergeIndex)
        of = NameKeys.of(e.name)
        # the surnames of people are counted against one another (a reference surname is added
        # where no other person shares it); the other words are only looked up by short names
        answers = {kind: "" if kind == "surname" and e.label == "PERSON" else "+" for kind in _KINDS}
        keys |= {f"{answers[kind]}b{kind[0]}:{word}" for kind in _KINDS for word in of.words(kind) if word}
    return keys


def _short_name_keys(e: ArticleEntity, words: list[str]) -> set[str]:
    """A one-word name asks the organisations some article called by it, the people named in full
    with it and the places it begins (org_merge.ShortNames)."""
    if len(words) == 1:
        return {f"?o:{words[0]}"}
    if e.label == "PERSON":
        return {f"+o:{w}" for w in words}
    return {f"+o:{words[0]}"} | {f"+o:{fold(m.name)}" for m in e.mentions if len(fold(m.name).split()) == 1}


def _plain(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def _organisation_name_keys(e: ArticleEntity) -> set[str]:
    """A name of two words or more is asked by the organisation names it begins, whatever its tag
    (short_orgs.as_short_org; a possessive aside, org_merge.join_leading_words); a union local by its
    designation and number (org_merge.join_numbered_locals)."""
    words = alias_key(e.name).split()
    keys = set()
    if len(words) > 1 and e.label in ("PERSON", "ORG"):
        keys.add(f"lw:{_plain(words[0])}")
    if len(words) > 1 and words[-1].isdigit() and words[-2] in UNION_DESIGNATORS:
        keys.add(f"ul:{' '.join(words[-2:])}")
    return keys


def _alias_keys(e: ArticleEntity, may_be_person: bool) -> set[str]:
    """One-word aliases: a person's last word is added as a reference alias unless another person
    has it as a one-word alias (entity_merge._add_reference_surnames)."""
    keys = set()
    for m in e.mentions:
        # an organisation's one-word alias is taken too ('Corrigan' for Corrigan & Sons)
        for alias in (m.text, m.name, strip_titles(m.text, person=m.label == "PERSON")) if may_be_person else (m.text, m.name):
            if len(alias.split()) == 1:
                keys.add(f"+a:{fold(alias)}")
    if e.label == "PERSON" and len(e.name.split()) > 1:
        keys.add(f"?a:{fold(e.name.split()[-1])}")
    return keys


def _full_person_keys(e: ArticleEntity) -> set[str]:
    words = fold(e.name).split()
    keys = {f"c:PERSON:{person_key(e.name)}", f"v:{surname_block(e.name)}"}
    if len(words) > 2:
        keys.add(f"+t:{' '.join(words[-2:])}")  # a two-word surname ending it ('Boone Isaacs')
    if len(words[0]) > 1:
        keys.add(f"+g:{words[0]}")  # a bare given name finds it
    keys |= {f"+g:{w[0]}" for m in e.mentions if m.label == "PERSON" and len(w := fold(m.name).split()) > 1
             and len(w[0]) > 1}
    return keys


def _leftover_keys(e: ArticleEntity, words: list[str], folded: str) -> set[str]:
    """A one-word person or any non-person: the votes, its own key under any label the votes can
    give it, where it may be a person, the organisation it may abbreviate, the places."""
    keys = set()
    if len(words) == 1:
        keys.add(f"w:{folded}")
    else:
        keys |= {f"w:{w[0]}" for m in e.mentions if len(w := fold(m.name).split()) == 1}
    if " " not in folded:  # a one-word name: a person by the corpus vote, a bare surname or given name
        keys |= {f"c:PERSON:{person_key(e.name)}", f"?bs:{folded}", f"?g:{folded}"}
    keys |= {f"+g:{w[0]}" for m in e.mentions if m.label == "PERSON" and len(w := fold(m.name).split()) > 1
             and len(w[0]) > 1}
    if e.label == "PERSON":
        if "-" in folded.strip("-"):  # 'Ruiz-Castaneda' finds 'Alma Ruiz Castaneda' (a two-word tail)
            keys.add(f"?t:{folded.replace('-', ' ')}")
        if is_acronym(e.name):  # an outlet's initials tagged a person (org_merge.outlet_named)
            keys.add(f"?bi:{alias_key(e.name)}")
        return keys
    if lead := alias_key(e.name).split():  # 'St. Aldric', 'Carrowmore' / 'St. Aldric Medical Center'
        keys |= {f"lw:{lead[0]}", f"lw:{_plain(lead[0])}"}
    listed = canonical_alias(e.name)
    keys |= {f"l:{org_key(e.name)}", f"+p:{org_key(e.name)}",
             f"c:ALIAS:{alias_key(listed)}" if listed else f"c:X:{closed_key(e.name)}"}
    named = fold(e.name).split()
    if len(named) > 2 and named[0] in DEMONYMS:
        named = named[1:]
    keys.add(f"c:PERSON:{person_key(' '.join(named))}")  # a person tagged otherwise
    if len(named) == 2:
        keys.add(f"?t:{' '.join(named)}")
    word = alias_key(e.name)
    keys |= {f"?bi:{word}"} if is_acronym(e.name) else {f"?bl:{word}", f"?bh:{word}"}
    keys |= _place_dropped_keys(e.name)
    return keys


def _place_dropped_keys(name: str) -> set[str]:
    """'Trail Blazers' finds 'Portland Trail Blazers' by its closed name once 'Portland' is a place."""
    keys = {f"?d:{closed_key(name)}"}
    words = alias_key(name).split()
    for i in range(1, len(words) - 1):
        keys |= {f"?p:{org_key(' '.join(words[:i]))}", f"+d:{closed_key(' '.join(words[i:]))}"}
    return keys


def outlet_keys(outlet: str) -> set[str]:
    """The keys a corpus outlet settles: 'the Times' among several '… Times' (org_merge.abbreviated)."""
    if len(outlet.split()) < 2:
        return set()
    of = NameKeys.of(outlet)
    # as their askers hold them; its initials too (org_merge.outlet_named)
    return {f"bl:{of.last}"} | ({f"bh:{of.head}"} if of.head else set()) | {f"bi:{s}" for s in of.spellings}


@dataclass(slots=True)
class Components:
    """Union-find over keys: referents sharing a key are one component."""

    parent: dict[str, str] = field(default_factory=dict)

    def root(self, key: str) -> str:
        path = []
        while (up := self.parent.setdefault(key, key)) != key:
            path.append(key)
            key = up
        for k in path:
            self.parent[k] = key
        return key

    def join(self, keys: Iterable[str]) -> str:
        it = iter(keys)
        first = self.root(next(it))
        for k in it:
            if (r := self.root(k)) != first:
                self.parent[r] = first
        return first


def components(articles: Mapping[str, Iterable[ArticleEntity]], outlets: Iterable[str] = ()) -> list[Component]:
    """The articles' referents grouped into independent merge inputs. A key marked '+' is one a name
    answers to and '?' one it is asked under ('g:anna': the people written 'Anna …' and a bare
    'Anna'): the names that answer to a key no name asks under do not depend on one another through
    it (two 'Anna …' with no bare 'Anna' anywhere); unmarked keys tie every name that has them. A
    corpus outlet ties its own keys: a short name that names it ('Arts' for 'Union of Arts',
    org_merge.outlet_named) makes its entity, which another short name ('Union', its head) joins."""
    corpus = CorpusNames.of(e for es in articles.values() for e in es)
    tagged = [(a, e, merge_keys(a, e, corpus)) for a, es in sorted(articles.items()) for e in es]
    asked = {k[1:] for _, _, keys in tagged for k in keys if k[0] == "?"}
    found = Components()
    for outlet in outlets:
        if keys := outlet_keys(outlet):
            found.join(keys)
    joined = []
    for article_id, e, keys in tagged:
        ties = {k.lstrip("?") for k in keys if k[0] != "+"} | {k[1:] for k in keys if k[0] == "+" and k[1:] in asked}
        joined.append((article_id, e, ties, found.join(ties)))
    groups: dict[str, Component] = {}
    for article_id, e, ties, key in joined:
        group = groups.setdefault(found.root(key), Component())
        group.keys |= ties
        group.articles.setdefault(article_id, []).append(e)
    return list(groups.values())


@dataclass(slots=True)
class Component:
    """Referents no rule of the merge relates to any referent outside them: article id → its
    referents here (in the article's order), and every key they are asked under."""

    keys: set[str] = field(default_factory=set)
    articles: dict[str, list[ArticleEntity]] = field(default_factory=dict)


def merge_incremental(previous: Sequence[Entity], articles: Mapping[str, Sequence[ArticleEntity]],
                      new: Iterable[str], outlets: Iterable[str] = (), new_outlets: Iterable[str] = ()) -> Merged:
    """merge_entities(articles, outlets), given `previous` = the merge of `articles` without the
    `new` ones (and without `new_outlets` among the outlets): only the components holding a new
    article's referent, or asked about a new outlet, are merged again; every other entity is kept
    as it was. Equal to the full merge, ids and list order included."""
    new, asked, outlets = set(new), set().union(*(outlet_keys(o) for o in new_outlets)), list(outlets)
    touched = [c for c in components(articles, outlets) if asked & c.keys or not new.isdisjoint(c.articles)]
    spans = {(a, m.start, m.end) for c in touched for a, es in c.articles.items() for e in es for m in e.mentions}
    kept = [e for e in previous if not any(a in new or (a, m.start, m.end) in spans for a, m in e.mentions)]
    inputs: dict[str, list[ArticleEntity]] = {}
    for c in touched:
        for article_id, entities in c.articles.items():
            inputs.setdefault(article_id, []).extend(entities)
    merged = merge_entities(inputs, outlets)
    # stable: entities tie on the sort key only within one component (the "n:" key), in the merge's order
    ordered = sorted([*kept, *merged], key=lambda e: (-len(e.mentions), fold(e.name), e.type))
    return Merged(ordered, sum(map(len, inputs.values())), sum(len(es) for es in articles.values()))


@dataclass(slots=True)
class Merged:
    """An incremental merge's entities, and how many of the corpus's referents it merged again."""

    entities: list[Entity]
    remerged: int
    referents: int
