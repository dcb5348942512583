"""A place's or body's name misspelled by one letter joins the name it misspells ('Gulf of Eden' /
'Gulf of Aden', 'Kodak Theater' / 'Kodak Theatre').

Most misspellings in edited text are one edit away from the word meant — a letter inserted,
dropped, replaced, or two adjacent letters swapped (Damerau 1964: over 80% of spelling errors).
Two canonical names of one type and length that differ in one such word, by one such edit, are
one name, and the form the corpus writes less often is the slip. People are left out: surnames one
letter apart are as often two families ('Hansen' / 'Hanson', 'Clark' / 'Clarke'), and a couple or
namesakes must stay apart (on the generated corpora of `entity_merge_scale.py` the rule joined 19
such namesakes at 1,000 articles, 'Maria Morer' / 'Maria Morez'); of the dev joins, only 'Ilene
Wolff' / 'Wolf' was a person. Kept apart too: a plural 's' ('Velasko Bank' / 'Banks'), words
under four letters (most acronyms: 'CNN' / 'CBN'), one-word names, and a name two others are one
edit from. A known
risk: two real names one letter apart ('Harbour Post' / 'Harbour Port'); the rarer joins the other.
Chosen on ECB+ dev (the five joins on the dev sets were read: 'Gulf of Eden', 'Gordon Advisers',
'Ilene Wolff', 'Kodak Theater', 'Cap Haitien', each the same place, firm or person as the
more frequent spelling).

Candidates come from a symmetric-delete index (each name under its own words and every key made by
dropping one letter of one of its words; Garbe's SymSpell), so the pass stays linear in the names. (Until
branch ents35 a name was not indexed under its own words, so a letter inserted or dropped — 'Pictures' /
'Picture' — never met its pair; only changed and swapped letters did.) A person's given name is compared
apart (`_join_given_name_slips`): beside the same surname, a letter inserted, dropped or swapped inside a
given name of five letters or more is a slip.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import MutableMapping
from typing import TYPE_CHECKING

from storyline.extract.entities import honorific_gender
from storyline.extract.names import alias_key

if TYPE_CHECKING:
    from storyline.link.entity_merge import Entity
    from storyline.link.merge_index import MergeIndex

# Words shorter than this are not compared: a one-letter change in a short word is as often another word.
MIN_WORD = 4


def join_misspellings(canon: MutableMapping[str, Entity], merge_index: MergeIndex | None = None) -> dict[str, str]:
    """Move each misspelled name's mentions and aliases into the name it misspells (in place); the
    returned map sends each joined key to the key that now holds its mentions (`merge_index` learns the holder)."""
    moved = _join_given_name_slips(canon, merge_index)
    index: dict[tuple[str, int, int, str], set[str]] = defaultdict(set)
    words_of: dict[str, list[str]] = {}
    for key, entity in canon.items():
        words = alias_key(entity.name).split()
        if len(words) < 2 or entity.type == "PERSON":
            continue
        words_of[key] = words
        for i, word in enumerate(words):
            if _comparable(word):
                for variant in _deletes(word) | {word}:
                    index[(entity.type, len(words), i, " ".join([*words[:i], variant, *words[i + 1:]]))].add(key)
    homes: dict[str, set[str]] = defaultdict(set)
    for keys in index.values():
        for a in keys:
            for b in keys:
                if a != b and canon[a].type == canon[b].type and _one_slip(words_of[a], words_of[b]):
                    homes[a].add(b)
    for key in sorted(homes, key=lambda k: (len(canon[k].mentions), k)):
        fits = [h for h in homes[key] if h in canon]
        if key not in canon or len(homes[key]) != 1 or not fits:
            continue
        if len(canon[fits[0]].mentions) > len(canon[key].mentions):  # the slip is the rarer form
            _move(canon, key, fits[0], moved, merge_index)
    return moved


def _move(canon: MutableMapping[str, Entity], key: str, home: str, moved: dict[str, str],
          merge_index: MergeIndex | None) -> None:
    source = canon.pop(key)
    canon[home].mentions.extend(source.mentions)
    canon[home].aliases |= source.aliases
    moved[key] = home
    if merge_index is not None:
        merge_index.note(home, canon[home])


def _join_given_name_slips(canon: MutableMapping[str, Entity], merge_index: MergeIndex | None) -> dict[str, str]:
    """'Jerymayne Timmons' once beside 'Jermayne Timmons' in the topic's other articles (ECB+ dev): a
    person's full name whose given name differs from another's with the same surname by one letter
    inserted, dropped or two swapped inside the word is that person, written the rarer way. Surnames are
    left alone (families: 'Rait' / 'Raite' could be two), and so are a changed letter ('Jon' / 'Jan'), a
    letter at the word's end ('Eric' / 'Erica', 'Louis' / 'Louise': the other sex's name), given names
    under five letters and two people an honorific tells apart."""
    moved: dict[str, str] = {}
    # by surname and a given name's one-letter deletion (or the name itself): the candidates, without
    # comparing every pair of a corpus's namesakes
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key, entity in canon.items():
        words = alias_key(entity.name).split()
        if entity.type == "PERSON" and len(words) >= 2 and len(words[0]) >= _MIN_GIVEN:
            for variant in _deletes(words[0]) | {words[0]}:
                index[(variant, *words[1:])].add(key)
    candidates: dict[str, set[str]] = defaultdict(set)
    for keys in index.values():
        for key in keys:
            candidates[key] |= keys - {key}
    for key in sorted(candidates, key=lambda k: (len(canon[k].mentions), k)):
        homes = [h for h in candidates[key] if h in canon and key in canon and _given_slip(canon[key], canon[h])]
        if len(homes) == 1 and len(canon[homes[0]].mentions) > len(canon[key].mentions):
            _move(canon, key, homes[0], moved, merge_index)
    return moved


_MIN_GIVEN = 5


def _given_slip(a: Entity, b: Entity) -> bool:
    x, y = alias_key(a.name).split()[0], alias_key(b.name).split()[0]
    if min(len(x), len(y)) < _MIN_GIVEN or not (x.isalpha() and y.isalpha()) \
            or (len(x) == len(y) and x[-1] != y[-1]):
        return False
    if x[:-1] == y or y[:-1] == x or x == y or not _damerau_one(x, y) or _substitution(x, y):
        return False
    sexes = {honorific_gender(m for _, m in e.mentions) for e in (a, b)} - {""}
    return len(sexes) < 2


def _substitution(x: str, y: str) -> bool:
    return len(x) == len(y) and sum(p != q for p, q in zip(x, y, strict=True)) == 1

def _comparable(word: str) -> bool:
    return len(word) >= MIN_WORD and word.isalpha()


def _deletes(word: str) -> set[str]:
    return {word[:j] + word[j + 1:] for j in range(len(word))}


def _one_slip(a: list[str], b: list[str]) -> bool:
    """The two names differ in one comparable word, by one edit that is not a final 's'."""
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if not (_comparable(x) and _comparable(y)):
        return False
    if x.rstrip("s") == y.rstrip("s"):
        return _inner_plural(a, x)
    return _damerau_one(x, y)


# A plural 's' on an inner word of a long name is a slip ('Academy of Motion Pictures Arts and Sciences',
# ECB+ dev, beside '… Motion Picture Arts …' in the topic's other articles; 'Department of Veteran Affairs'):
# a name of four words or more names one body whatever the number of a word inside it. The last word's
# 's' stays a difference ('Velasko Bank' / 'Velasko Banks'), and so does a short name's ('Hall Street').
_PLURAL_MIN_WORDS = 4


def _inner_plural(words: list[str], word: str) -> bool:
    return len(words) >= _PLURAL_MIN_WORDS and words.index(word) < len(words) - 1


def _damerau_one(x: str, y: str) -> bool:
    """One insertion, deletion, substitution or swap of adjacent letters."""
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        diff = [i for i in range(len(x)) if x[i] != y[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]])
    short, long_ = sorted((x, y), key=len)
    return any(long_[:j] + long_[j + 1:] == short for j in range(len(long_)))
