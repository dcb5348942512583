"""A short name of an organisation the corpus names in full ('Harwick State' / 'Harwick State University',
'Whitlock Baines' / 'Whitlock, Baines & Ostrander'), looked up by its leading words.

Why an index (issue 16, branch perf39): `as_short_org` used to scan every organisation name of the corpus for
each candidate mention, so the entity merge grew with (mentions × organisation names); on 3k generated
articles in one batch it took 8.0 of the merge's 14.4 CPU seconds (cProfile), and a refresh recomputes the
merge over the whole corpus. A name's leading words and its partners' leading surnames are keyed once; each
mention then reads the names its own words begin. The same names match as by the scan (tests/link/test_short_orgs.py).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from storyline.extract.entities import ArticleEntity
from storyline.extract.names import TITLE_WORDS, alias_key, fold
from storyline.extract.person_names import is_given_name
from storyline.link.org_merge import _DROPPED_TAILS

# 'Whitlock, Baines & Ostrander', 'Kessler, Marsh & Adeyemi LLP': a partnership named by its
# partners' surnames, a comma between them and an ampersand (or 'and') before the last
_PARTNERSHIP = re.compile(r"([A-Z][\w'’-]+(?:, [A-Z][\w'’-]+)+,? (?:&|and) [A-Z][\w'’-]+)(?:,? (?:LLP|LLC|PC|P\.C\.|PLLC))?")

Words = tuple[str, ...]


def _partners(name: str) -> list[str]:
    found = _PARTNERSHIP.fullmatch(name)
    return fold(found[1].replace(",", " ").replace(" & ", " ").replace(" and ", " ")).split() if found else []


@dataclass(frozen=True, slots=True)
class OrgNames:
    """The corpus's organisation names keyed by what a short name of one can be: its whole words (its own
    name), its leading words before a generic tail ([leading_name_tails], [org_heads], [trade_heads]), and a
    partnership's leading partners."""

    names: tuple[str, ...] = ()
    own: dict[Words, set[str]] = field(default_factory=dict)
    before_tail: dict[Words, set[str]] = field(default_factory=dict)
    partners: dict[Words, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, names: Iterable[str]) -> OrgNames:
        index = cls(tuple(names))
        for name in index.names:
            full = alias_key(name).split()
            index.own.setdefault(tuple(full), set()).add(name)
            for k in range(1, len(full)):
                if all(w.rstrip(".") in _DROPPED_TAILS for w in full[k:]):
                    index.before_tail.setdefault(tuple(full[:k]), set()).add(name)
            partners = _partners(name)
            for k in range(1, len(partners)):
                index.partners.setdefault(tuple(partners[:k]), set()).add(name)
        return index

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def shortened(self, words: Words, person: bool) -> set[str]:
        """The names these words shorten: before a generic tail (only for a mention tagged PERSON) or as
        leading partners; never a name whose own words these are."""
        found = set(self.before_tail.get(words, ())) if person else set()
        return (found | self.partners.get(words, set())) - self.own.get(words, set())


def org_names(articles: Mapping[str, list[ArticleEntity]]) -> OrgNames:
    """Every organisation name of two words or more that the corpus tags ORG, once each."""
    return OrgNames.of(sorted({e.name for entities in articles.values() for e in entities
                               if e.label == "ORG" and len(e.name.split()) > 1}))


def as_short_org(e: ArticleEntity, names: Iterable[str]) -> ArticleEntity:
    """A name of two words or more that the one organisation name the corpus tags ORG begins, the
    rest generic ('Harwick State' / 'Harwick State University', 'Greyson Flats Elementary' / '…
    School', 'Drummond & Sons' / '… Excavating'; [leading_name_tails], [org_heads], [trade_heads]),
    or a partnership's first partners ('Whitlock Baines' / 'Whitlock, Baines & Ostrander'; law and
    accounting firms are called so), is that organisation whatever the recognizer tagged it (the
    small model takes such words for a person's name). Not a name a given name opens, an honorific
    or a title calls a person, or the organisation's own name. (A name tagged ORG without its generic
    tail is join_leading_words' to join, after the corpus's own keys: 'New Orleans Saints' never
    becomes a '… Saints Twitter'.)"""
    words = tuple(alias_key(e.name).split())
    if e.label not in ("PERSON", "ORG") or len(words) < 2 or is_given_name(e.name.split()[0]) or e.gender \
            or any(fold(m.text).split()[0].strip(".") in TITLE_WORDS for m in e.mentions if m.text.strip()):
        return e
    index = names if isinstance(names, OrgNames) else OrgNames.of(names)
    found = index.shortened(words, e.label == "PERSON")
    if len(found) != 1 and words not in index.own:
        return e
    return ArticleEntity("ORG", found.pop() if len(found) == 1 else e.name, [replace(m, label="ORG") for m in e.mentions])
