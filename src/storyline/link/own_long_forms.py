"""An acronym a list gives one body that the story spells as another ('ICC': the International Criminal Court
in rules/aliases.toml, the International Cricket Council in a cricket story).

`Mention.name` reads a listed acronym as the listed body wherever it is written. Where an article of the corpus
writes the acronym beside another long form it spells ('the International Cricket Council … an ICC
spokesperson'), that long form is the story's: the acronym's mentions in every article, the ones that never spell
it out too, name that body, and the listed one is neither their name nor an alias (branch ents38's invented
South African cricket story gave 'ICC' to both; probe38's doping story before it). With two such long forms in the
corpus the list's reading stands.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from storyline.extract.entities import ArticleEntity
from storyline.extract.names import acronym_spellings, alias_key, canonical_alias, fold, is_acronym, strip_titles


def _own_spellings(articles: Mapping[str, list[ArticleEntity]]) -> dict[str, set[str]]:
    """Listed acronyms (by key) and the other long forms articles write them beside, in one referent."""
    own: dict[str, set[str]] = {}
    for entities in articles.values():
        for e in entities:
            if e.label == "PERSON":
                continue
            acronyms = {m.text.strip() for m in e.mentions if is_acronym(m.text.strip()) and canonical_alias(m.text)}
            longs = {strip_titles(m.text, person=False) for m in e.mentions
                     if len(m.text.split()) > 1 and not canonical_alias(m.text)}
            for acronym in acronyms:
                listed = canonical_alias(acronym)
                for long in longs:
                    if fold(long) != fold(listed or "") and alias_key(acronym) in acronym_spellings(long):
                        own.setdefault(alias_key(acronym), set()).add(long)
    return own


def own_long_forms(articles: Mapping[str, list[ArticleEntity]]) -> dict[str, list[ArticleEntity]]:
    """Each article's referents with a listed acronym the corpus spells otherwise named by that spelling."""
    # the listed body spelled out anywhere in the corpus keeps its acronym open to it
    written = {fold(m.name) for entities in articles.values() for e in entities for m in e.mentions
               if len(m.text.split()) > 1}
    own = {k: next(iter(v)) for k, v in _own_spellings(articles).items()
           if len(v) == 1 and fold(canonical_alias(k) or "") not in written}
    if not own:
        return dict(articles)
    return {article_id: [_renamed(e, own) for e in entities] for article_id, entities in articles.items()}


def _renamed(e: ArticleEntity, own: Mapping[str, str]) -> ArticleEntity:
    if e.label == "PERSON":
        return e
    mentions = [replace(m, long_form=own[key]) if is_acronym(m.text.strip()) and (key := alias_key(m.text)) in own
                and canonical_alias(m.text) else m for m in e.mentions]
    if mentions == e.mentions:
        return e
    # the referent written by the acronym only takes the story's long form as its name
    named = next((m.long_form for m in mentions if m.long_form), e.name)
    spelled = any(not m.long_form and fold(m.name) == fold(e.name) for m in mentions)
    return ArticleEntity(e.label, e.name if spelled else named, mentions)
