"""What a claim is about beyond its words: where it holds, whether it is asserted at all, and what its
negation denies. Checks that keep look-alike claims of one story apart (link/contradictions.py).

Each check was chosen on the dev stories of benchmarks/contradiction_stories.py (timeline17-dev
days and ecbplus-dev topic halves, even SHA-1) by the flags it removes and the real disputes it
keeps; the figures are in docs/models/claims.md and benchmarks/data/claim_pairs/README.md.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from storyline import rules
from storyline.extract.names import fold
from storyline.model import Article
from storyline.payloads import MentionPayload

# Entity labels that name a place (spaCy's OntoNotes scheme): countries, cities, states (GPE) and
# other locations (LOC: regions, mountains, bodies of water). NORP (nationalities) is left out: a
# "Mexican official" speaks of Mexico's people, not of a place the claim is about.
PLACE_LABELS = frozenset({"GPE", "LOC"})


def comment_start(article: Article) -> int | None:
    """Where the page's reader comments begin (rules/disputes.toml [comment_headers]), or None: what
    readers write under an article is neither the outlet's report nor a source it quotes."""
    found = rules.pattern("disputes", "comment_headers").search(article.body or "")
    return found.start() if found else None


def place_names(article: Article) -> dict[str, frozenset[str]]:
    """Each place the article names (GPE/LOC spans, by their canonical name when the entity linker
    gave one), folded, with the words a claim's keywords must hold to name it."""
    out: dict[str, frozenset[str]] = {}
    for span in article.spans:
        if span.label in PLACE_LABELS:
            linked = span.payload.name if isinstance(span.payload, MentionPayload) else None
            name = fold(linked or span.text)
            words = frozenset(fold(span.text).split())
            if name and words:
                out.setdefault(name, words)
    return out


def claim_places(keywords: Iterable[str], places: dict[str, frozenset[str]]) -> frozenset[str]:
    """The article's places a claim names among its own words (its keywords, so a place named
    elsewhere in the sentence is not counted)."""
    words = {fold(w) for w in keywords}
    return frozenset(name for name, parts in places.items() if parts <= words)


def different_places(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both claims name places and none of one is a place of the other (sharing a word counts as
    the same place: 'Mexico City' and 'Mexico'). No gazetteer says that Port-au-Prince is in Haiti,
    so a city against its country counts as different: a cost measured on the dev stories."""
    if not a or not b:
        return False
    return not any(x == y or set(x.split()) & set(y.split()) for x in a for y in b)


def focus_words(predicate: str, theme: str | None, agent: str | None, keywords: Iterable[str]) -> frozenset[str]:
    """What a negation denies: the predicate and the words of its object (theme). 'Aid has not reached
    the camps' denies that aid reached them; 'we have not made any offers of amnesty' denies the
    offer of amnesty (Huddleston & Pullum 2002 ch. 9 §1.3: the focus of clausal negation lies in the
    predicate, the subject is outside its scope). With no object found, every word outside the
    subject."""
    if theme is None:
        subject = set(fold(agent or "").split())
        return frozenset(w for w in keywords if w and fold(w) not in subject)
    theme_text = fold(theme)
    return frozenset({predicate} | {w for w in keywords
                                    if w and re.search(rf"(?<![a-z]){re.escape(fold(w)[:5])}", theme_text)})
