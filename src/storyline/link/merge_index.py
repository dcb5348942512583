"""The merge's index of the canonical names (link.entity_merge.merge_entities), kept apart from the
merge's rules: what each short name it places asks of the full names, read once. A short name
('Times', 'FBI', a bare surname) is compared with the names of its block alone (issue 16: the merge
was quadratic in the corpus); a block is a superset, and each look-up in entity_merge re-checks its
own test. The index holds no merge decision: it only says which names may fit.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from storyline.extract.entities import Mention
from storyline.extract.names import acronym_spellings, alias_key, fold, gender_of, initials, surname
from storyline.extract.person_names import is_surname_tail

if TYPE_CHECKING:  # the merge's entity type: entity_merge imports this module
    from storyline.link.entity_merge import Entity

BlockKind = Literal["initials", "last", "head", "surname"]
_BLOCK_KINDS: tuple[BlockKind, ...] = ("initials", "last", "head", "surname")


def _head_before_of(name: str) -> str:
    words = alias_key(name).split()
    return words[words.index("of") - 1] if "of" in words[1:] else ""


@dataclass(slots=True, frozen=True)
class NameKeys:
    """The words a short name is matched on, of one canonical name (computed once per name)."""

    initials: str  # 'fbi' for 'Federal Bureau of Investigation': what an acronym spells
    last: str      # the alias key's last word ('times'): what a one-word short name ends
    head: str      # the word before 'of' ('academy' in 'Academy of Motion Picture …'), else ''
    surname: str   # what a bare surname is
    spellings: frozenset[str] = frozenset()  # every acronym of it ('doj' too: names.acronym_spellings)

    @classmethod
    def of(cls, name: str) -> NameKeys:
        return cls(initials(name), (alias_key(name).split() or [""])[-1], _head_before_of(name), surname(name),
                   acronym_spellings(name))

    def words(self, kind: BlockKind) -> frozenset[str]:
        """The block words of `kind`: an acronym's every spelling, else the one word."""
        return self.spellings if kind == "initials" and self.spellings else frozenset({self.word(kind)})

    def word(self, kind: BlockKind) -> str:
        return str(getattr(self, kind))


@dataclass(slots=True)
class _SeenGenders:
    """One gender reading per entity ('' unless its mentions say one), kept up to date from the
    mentions added since the last ask: a namesake gains a mention with every bare surname placed in
    it, and re-reading them all was quadratic in its mentions (mentions are only ever added)."""

    reading: Callable[[Mention], str]
    seen: dict[str, tuple[int, set[str]]] = field(default_factory=dict)

    def of(self, key: str, entity: Entity) -> str:
        read, found = self.seen.get(key, (0, set()))
        if read != len(entity.mentions):
            found |= {g for _, m in entity.mentions[read:] if (g := self.reading(m))}
            self.seen[key] = (len(entity.mentions), found)
        return next(iter(found)) if len(found) == 1 else ""


def _honorific_reading(m: Mention) -> str:
    return gender_of(m.text) if m.label == "PERSON" else ""


@dataclass(slots=True)
class MergeIndex:
    """What the merge asks of the canonical names again for each short name it places, read once.
    The blocks, surname tails and given names are built on the first ask — when every full name is
    in `canon` (the short names are placed after them) — and only the blocks follow later joins
    (`note`). Blocking (issue 16): a short name is compared with the names of its block alone, not
    with every entity (the merge was quadratic in the corpus); a block is a superset, each look-up
    re-checks its own test."""

    name_keys: dict[str, NameKeys] = field(default_factory=dict)
    # (kind, type, word) → keys of the names of two words or more whose `kind` word it is
    blocks: dict[tuple[BlockKind, str, str], set[str]] | None = None
    # two-word surname → people of three words or more ending in it ('boone isaacs')
    tails: dict[str, list[str]] | None = None
    # given name → people whose full name some article writes with it ('katie' → Kathryn Jenkin)
    given: dict[str, set[str]] | None = None
    genders: _SeenGenders = field(default_factory=lambda: _SeenGenders(lambda m: m.gender))
    honorifics: _SeenGenders = field(default_factory=lambda: _SeenGenders(_honorific_reading))

    def keys_of(self, name: str) -> NameKeys:
        found = self.name_keys.get(name)
        if found is None:
            found = self.name_keys[name] = NameKeys.of(name)
        return found

    def surname_tails(self, canon: Mapping[str, Entity]) -> dict[str, list[str]]:
        """Two-word surname → the people of three words or more whose name ends in it (is_surname_tail)."""
        if self.tails is None:
            self.tails = {}
            for k, v in canon.items():
                words = fold(v.name).split()
                if v.type == "PERSON" and len(words) > 2 and is_surname_tail(" ".join(words[-2:]), v.name):
                    self.tails.setdefault(" ".join(words[-2:]), []).append(k)
        return self.tails

    def given_names(self, canon: Mapping[str, Entity]) -> dict[str, set[str]]:
        """Given name → the people whose full name any of their PERSON mentions writes with it."""
        if self.given is None:
            self.given = {}
            for k, v in canon.items():
                if v.type != "PERSON" or len(v.name.split()) < 2:
                    continue
                for alias in {v.name} | {m.name for _, m in v.mentions if m.label == "PERSON"}:
                    words = fold(alias).split()
                    if len(words) > 1 and len(words[0]) > 1:
                        self.given.setdefault(words[0], set()).add(k)
        return self.given

    def candidates(self, canon: Mapping[str, Entity], kind: BlockKind, label: str, word: str) -> list[str]:
        """The keys of `canon` whose name of two words or more has `word` as its `kind` word, of type
        `label` — and maybe a few more (callers test each)."""
        if self.blocks is None:
            self.blocks = {}
            for k, v in canon.items():
                self.note(k, v)
        return [k for k in self.blocks.get((kind, label, word), ()) if k in canon]

    def note(self, key: str, entity: Entity) -> None:
        """Index an entity new in `canon` or renamed (a no-op before the first query builds the blocks;
        an earlier name's entries stay, which the callers' own tests filter out)."""
        if self.blocks is None or len(entity.name.split()) < 2:
            return
        keys = self.keys_of(entity.name)
        for kind in _BLOCK_KINDS:
            for word in keys.words(kind):
                self.blocks.setdefault((kind, entity.type, word), set()).add(key)
