"""The people of one article who share a surname, and which of them a bare surname is (split from entities)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.extract.names import compatible_gender, fold, one_gender, person_key, surname
from storyline.extract.person_names import is_given_name, same_person_name

if TYPE_CHECKING:
    from storyline.extract.entities import Mention


@dataclass(slots=True, frozen=True)
class Namesake:
    """One of an article's people who share a surname."""

    names: frozenset[str]  # person_key of each way the article writes the person in full
    full: int              # how many times it does
    first: int             # where it first does
    gender: str


@dataclass(slots=True)
class Namesakes:
    """The people of one article who share a surname (named in full by a census given name). A bare
    surname among them is the one named in full most often, on a tie the one named first (a news lede
    names its subject first). The rule before — the most mentions so far, any form — let a 'Miss
    Jenkin' tip the bare 'Jenkin's to Katie beside John Jenkin, the accused (ECB+ dev). Chosen on the
    dev texts of ECB+, polnear and timeline17, the bare surnames whose entity changed read one by
    one: 33 now right (the 'Jenkin's, 'Jackson' for Michael in five MJ articles naming his mother,
    father or Jesse Jackson), 11 now wrong (a 'Gomes' named once in full beside his mother named
    twice, a 'Mr Jackson' for the father, a 'Smith')."""

    people: dict[str, list[Namesake]] = field(default_factory=dict)  # surname → its namesakes

    @classmethod
    def of(cls, mentions: Iterable[Mention]) -> Namesakes:
        names: dict[str, list[Mention]] = {}
        for m in sorted(mentions, key=lambda m: m.start):
            # a headline run the model took for a person ('… Double Standard Clinton', polnear dev)
            # starts with no given name: no namesake
            if m.label == "PERSON" and len(words := fold(m.name).split()) > 1 and is_given_name(words[0]):
                names.setdefault(person_key(m.name), []).append(m)
        groups: dict[str, list[list[Mention]]] = {}
        for name, found in sorted(names.items(), key=lambda x: x[1][0].start):
            same = groups.setdefault(surname(name), [])
            # one person's variants ('Donald Trump', 'Donald J. Trump') are one namesake
            home = next((g for g in same if same_person_name(g[0].name, found[0].name)), None)
            if home is None:
                same.append(list(found))
            else:
                home.extend(found)
        return cls({k: [Namesake(frozenset(person_key(m.name) for m in g), len(g), min(m.start for m in g),
                                 one_gender(m.gender for m in g)) for g in v]
                    for k, v in groups.items() if len(v) > 1})

    def subject(self, name: str, gender: str) -> frozenset[str]:
        """The names of the namesake a bare surname (of this honorific gender) is; empty when the
        article names no two people of it."""
        fits = [p for p in self.people.get(fold(name), ()) if compatible_gender(gender, p.gender)]
        if len(fits) < 2:
            return frozenset()
        return min(fits, key=lambda p: (-p.full, p.first)).names
