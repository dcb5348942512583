"""A titled bare surname that belongs to the corpus's one namesake holding that title (branch ents44).

An article naming one person in full ('Raymond Thibodeau, a former equipment operator') and another by a title and
surname only ('Chief Thibodeau said …') hands the titled surname to the full name, the only one of that surname it
has; the other articles name the titled one in full ('Chief Doris Thibodeau'). Before the corpus merge, such a
mention leaves its article's person for the namesake the corpus gives that title in full, when exactly one does and
the article's person is never given it (probe41: 'Chief Thibodeau' joined both Thibodeaus). A titled surname with
no titled namesake elsewhere stays where the article put it ('Rep. Fitch … Gerald Fitch', entities10).
"""
from __future__ import annotations

from collections.abc import Mapping

from storyline.extract.entities import ArticleEntity, Mention
from storyline.extract.names import fold, person_key, strip_titles


def _title(m: Mention) -> str:
    """'Chief Doris Thibodeau' → 'chief'; '' for an untitled mention."""
    name = strip_titles(m.text, person=True)
    at = m.text.rfind(name) if name else -1
    return fold(m.text[:at]).strip(" .") if at > 0 else ""


def _titled_holders(listed: Mapping[str, list[ArticleEntity]]) -> dict[tuple[str, str], dict[str, str]]:
    """(title, surname) → the full names the corpus writes with that title before them (key → as written)."""
    holders: dict[tuple[str, str], dict[str, str]] = {}
    for entities in listed.values():
        for e in entities:
            for m in e.mentions if e.label == "PERSON" else ():
                words = strip_titles(m.text, person=True).split()
                if len(words) > 1 and (title := _title(m)):
                    holders.setdefault((title, fold(words[-1])), {})[person_key(" ".join(words))] = " ".join(words)
    return holders


def titled_surnames_to_holders(listed: Mapping[str, list[ArticleEntity]]) -> dict[str, list[ArticleEntity]]:
    """Each article's persons, a titled bare surname moved to the one corpus namesake holding that title in full
    (as a person of its own, named in full, which the merge then joins to that namesake)."""
    holders = _titled_holders(listed)
    return {article: [part for e in entities for part in _split(e, holders)] for article, entities in listed.items()}


def _split(e: ArticleEntity, holders: Mapping[tuple[str, str], dict[str, str]]) -> list[ArticleEntity]:
    words = strip_titles(e.name, person=True).split()
    if e.label != "PERSON" or len(words) < 2:
        return [e]
    own = person_key(" ".join(words))
    own_titles = {_title(m) for m in e.mentions if len(strip_titles(m.text, person=True).split()) > 1}
    moved: dict[str, list[Mention]] = {}
    for m in e.mentions:
        bare = strip_titles(m.text, person=True).split()
        title = _title(m)
        if len(bare) != 1 or not title or title in own_titles:
            continue
        others = {k: v for k, v in holders.get((title, fold(bare[0])), {}).items() if k != own}
        if len(others) == 1 and fold(bare[0]) == fold(words[-1]):
            moved.setdefault(next(iter(others.values())), []).append(m)
    if not moved:
        return [e]
    kept = [m for m in e.mentions if not any(m in ms for ms in moved.values())]
    return [ArticleEntity(e.label, e.name, kept), *(ArticleEntity("PERSON", name, ms) for name, ms in moved.items())]
