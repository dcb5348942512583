"""Entities: spaCy NER plus rules, name coreference inside an article, canonical entities across articles.

Inside an article a short form ("Smith", "Mr Smith") joins the most recent full name it ends with
("Anna Smith"); across articles full names are matched accent- and case-insensitively, so
"Jose Nuñez" and "José Nuñez" are one entity while "Ana Nuñez" and "Luis Nuñez"
stay two, and "Diosdado Cabello" stays apart from "Alexis Rodríguez Cabello".
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from storyline.extract.mention_spans import (
    DEMONYMS,
    attach_suffixes,
    names_in_headlines,
    one_line,
    people_in_other_spans,
    person_parts,
    trim_headline_words,
    untagged_acronyms,
)
from storyline.extract.names import (
    TITLE_WORDS,
    alias_key,
    canonical_alias,
    department_key,
    fold,
    gender_of,
    initials,
    is_acronym,
    looks_like_org,
    spelling_key,
    standard_name,
    strip_titles,
    surname,
)
from storyline.extract.person_names import (
    given_gender,
    given_spelling,
    is_given_name,
    is_headline_run,
    is_surname_tail,
    name_parts,
    nicknames_of,
    same_person_name,
)

STAGE = "entities"
KEPT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "WORK_OF_ART"}
# Words that follow a surname used as a modifier: "the Trump administration" is not an organisation
# named Trump (the small model tags "Trump" ORG there), but it does mention Trump.
_MODIFIED_HEADS = {"administration", "regime", "government", "campaign", "family", "era", "loyalists", "'s", "’s"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Uppercase datelines ("CARACAS -", "WASHINGTON (AP) -") the model tags as ORG/PERSON: the place of a
# wire dateline opening a paragraph (clean.wire_dateline). Anywhere else an all-capitals name is an
# acronym ('The FBI is examining …', 'A DHS official said'), kept. A dateline is far shorter than this:
_DATELINE_CHARS = 200


@dataclass(slots=True, frozen=True)
class Mention:
    """One occurrence of a name in a body: [start, end), the surface text with titles, its label."""

    start: int
    end: int
    text: str
    label: str

    @property
    def name(self) -> str:
        if self.label != "PERSON":  # 'U.S.', 'the Fed', 'the Kremlin': one canonical name (rules/aliases.toml)
            return canonical_alias(self.text) or standard_name(strip_titles(self.text, person=False))
        return strip_titles(self.text)

    @property
    def gender(self) -> str:
        """'m'/'f' from an honorific ('Mrs. Clinton'), else from a given name the census gives one
        sex ('Kathryn Jenkin'), else '' (a person only)."""
        if self.label != "PERSON":
            return ""
        return gender_of(self.text) or given_gender(self.text)


@dataclass(slots=True)
class ArticleEntity:
    """Mentions of one referent inside one article, named by their fullest form."""

    label: str
    name: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def gender(self) -> str:
        """What its honorifics say ('Mrs. Clinton' → 'f'); '' when none do, or they disagree."""
        return _one_gender(m.gender for m in self.mentions)


def honorific_gender(mentions: Iterable[Mention]) -> str:
    """What the honorifics alone say. A bare name matched to the first word of a full name is used as
    a surname there ('Mr. Kim' for 'Kim Jong Un'), so that first word's census sex says nothing."""
    return _one_gender(gender_of(m.text) for m in mentions if m.label == "PERSON")


def _one_gender(genders: Iterable[str]) -> str:
    found = {g for g in genders if g}
    return found.pop() if len(found) == 1 else ""


def compatible_gender(a: str, b: str) -> bool:
    """Mr. X and Mrs. X are two people; an unknown gender fits either."""
    return not a or not b or a == b


@dataclass(slots=True)
class Entity:
    """A canonical entity across articles: every surface form seen, and where."""

    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[str, Mention]] = field(default_factory=list)


def _extend_left_over_titles(doc, ent) -> int:
    """Start index of the entity including titles right before it ('Mr', 'Interior Minister')."""
    i = ent.start
    while i > 0 and fold(doc[i - 1].text).strip(".") in TITLE_WORDS and doc[i - 1].text[:1].isupper():
        i -= 1
    return i


def _label(doc, ent) -> str:
    text = strip_titles(ent.text)
    nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if ent.label_ in ("ORG", "PERSON") and looks_like_org(text):
        return "ORG"
    if ent.label_ == "ORG" and nxt in _MODIFIED_HEADS and len(text.split()) <= 2:
        return "PERSON?"  # a surname as modifier; confirmed against the article's people later
    return ent.label_


def find_mentions(doc, body: str | None = None) -> list[Mention]:
    """Named mentions in a parsed body, titles included in the surface form, datelines left out.
    `body`: the parsed text when the caller has it (== doc.text, which is rebuilt from the tokens
    on every access)."""
    mentions = []
    body = doc.text if body is None else body
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS or _is_dateline(ent, body) or not ent.text[:1].isalnum():
            continue
        start = doc[_extend_left_over_titles(doc, ent)].idx if ent.label_ == "PERSON" else ent.start_char
        start, end = one_line(body, start, ent.end_char)
        label = _label(doc, ent)
        for s, e in person_parts(body, start, end) if label == "PERSON" else [(start, end)]:
            mentions.append(Mention(s, e, body[s:e], label))
    mentions = people_in_other_spans(trim_headline_words(attach_suffixes(mentions, body), body), body)
    mentions = names_in_headlines(mentions, body)
    return correct_labels(mentions + untagged_acronyms(mentions, body))


def _is_dateline(ent, body: str) -> bool:
    """The place of a wire dateline opening a paragraph."""
    from storyline.clean.wire_dateline import opening_dateline

    if ent.start_char and body[ent.start_char - 1] != "\n":
        return False
    found = opening_dateline(body[ent.start_char: ent.start_char + _DATELINE_CHARS])
    return found is not None and found.place_start == 0 and ent.end_char - ent.start_char <= found.place_end


def correct_labels(mentions: list[Mention]) -> list[Mention]:
    """A person's surname or name tagged otherwise ('Trump' in 'Trump administration', 'the Bachelet
    report', "Cabello's cousin") is a mention of that person; a modifier naming nobody is dropped."""
    people = {fold(strip_titles(m.text)) for m in mentions if m.label == "PERSON"}
    alone = {p for p in people if " " not in p}
    # a given name alone is the person too ('Kathina' tagged GPE beside 'Kathina Thomas')
    people |= {surname(p) for p in people} | {p.split()[0] for p in people if " " in p}
    out = []
    for m in mentions:
        key = fold(strip_titles(m.text))
        is_person = not looks_like_org(m.text) and not canonical_alias(m.text) and (
            key in people or (" " in key and surname(key) in alone and is_given_name(key.split()[0])))
        if m.label == "PERSON?" and not is_person:
            continue
        out.append(Mention(m.start, m.end, m.text, "PERSON") if is_person else m)
    return _vote_labels(out)


def _vote_labels(mentions: list[Mention]) -> list[Mention]:
    """One name, one label within an article: the label most of its mentions got (ties: PERSON)."""
    votes: dict[str, Counter] = {}
    for m in mentions:
        votes.setdefault(fold(m.name), Counter())[m.label] += 1
    out = []
    for m in mentions:
        counts = votes[fold(m.name)]
        best = max(counts, key=lambda label: (counts[label], label == "PERSON"))
        out.append(Mention(m.start, m.end, m.text, best))
    return out


def _org_key(name: str) -> str:
    canonical = canonical_alias(name)
    return spelling_key(alias_key(department_key(canonical or name) or name))


def link_mentions(mentions: Sequence[Mention]) -> list[ArticleEntity]:
    """Group an article's mentions into referents (name coreference)."""
    entities: list[ArticleEntity] = []
    by_key: dict[str, ArticleEntity] = {}
    namesakes = Namesakes.of(mentions)
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label == "PERSON":
            target = _person_target(m, entities, namesakes)
        else:
            target = by_key.get(f"{m.label}:{_org_key(m.name)}") or _short_org_target(m, entities)
        if target is None:
            target = ArticleEntity(m.label, m.name)
            entities.append(target)
            by_key[f"{m.label}:{_org_key(m.name)}"] = target
        _add(target, m)
    return _attach_leading_short_forms(entities)


@dataclass(slots=True, frozen=True)
class Namesake:
    """One of an article's people who share a surname."""

    names: frozenset[str]  # _person_key of each way the article writes the person in full
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
                names.setdefault(_person_key(m.name), []).append(m)
        groups: dict[str, list[list[Mention]]] = {}
        for name, found in sorted(names.items(), key=lambda x: x[1][0].start):
            same = groups.setdefault(surname(name), [])
            # one person's variants ('Donald Trump', 'Donald J. Trump') are one namesake
            home = next((g for g in same if same_person_name(g[0].name, found[0].name)), None)
            if home is None:
                same.append(list(found))
            else:
                home.extend(found)
        return cls({k: [Namesake(frozenset(_person_key(m.name) for m in g), len(g), min(m.start for m in g),
                                 _one_gender(m.gender for m in g)) for g in v]
                    for k, v in groups.items() if len(v) > 1})

    def subject(self, name: str, gender: str) -> frozenset[str]:
        """The names of the namesake a bare surname (of this honorific gender) is; empty when the
        article names no two people of it."""
        fits = [p for p in self.people.get(fold(name), ()) if compatible_gender(gender, p.gender)]
        if len(fits) < 2:
            return frozenset()
        return min(fits, key=lambda p: (-p.full, p.first)).names


def _add(entity: ArticleEntity, mention: Mention) -> None:
    entity.mentions.append(mention)
    if len(mention.name.split()) > len(entity.name.split()):
        entity.name = mention.name


def _person_target(m: Mention, entities: list[ArticleEntity], namesakes: Namesakes | None = None) -> ArticleEntity | None:
    name = fold(m.name)
    # 'Mrs. Clinton' never joins a Clinton whom honorifics call 'Mr.' (a married couple, two people)
    people = [e for e in reversed(entities) if e.label == "PERSON" and compatible_gender(m.gender, e.gender)]
    for e in people:  # the same full name, accents aside
        if fold(e.name) == name:
            return e
    if len(name.split()) == 1:
        # a bare surname: of the people whose name ends with it, the most mentioned so far, then the
        # most recent ("Cabello" after "Diosdado Cabello" ×3 and his cousin "Alexis Rodríguez Cabello" ×1)
        ending = [e for e in people if surname(e.name) == name] or \
            [e for e in people if name in fold(e.name).split()[1:]]
        subject = namesakes.subject(name, m.gender) if namesakes else frozenset()
        if chosen := [e for e in ending if _person_key(e.name) in subject]:
            return chosen[0]
        if ending:
            return max(ending, key=lambda e: len(e.mentions))
        # a given name alone ('Craig' after 'Craig Zadan'), when it is one person's only
        said = gender_of(m.text)
        given = [e for e in reversed(entities) if e.label == "PERSON" and len(fold(e.name).split()) > 1
                 and fold(e.name).split()[0] == name and compatible_gender(said, honorific_gender(e.mentions))]
        return given[0] if len(given) == 1 else None
    words = name.split()
    # the last words of one longer name ('Boone Isaacs' after 'Cheryl Boone Isaacs')
    longer = [e for e in people
              if len(fold(e.name).split()) > len(words) and fold(e.name).split()[-len(words):] == words]
    if len(longer) == 1:
        return longer[0]
    return next((e for e in people if len(fold(e.name).split()) == 1 and surname(e.name) == surname(name)
                 and fold(m.name).split()[0] not in fold(e.name)), None)


def _short_org_target(m: Mention, entities: list[ArticleEntity]) -> ArticleEntity | None:
    """'the Journal' after 'the Wall Street Journal': a one-word org that ends a longer one seen before;
    an unlisted acronym after the one name of the article it spells."""
    words = fold(m.name).split()
    if is_acronym(m.text) and not canonical_alias(m.text):  # 'AMPAS' after 'Academy of Motion Picture …'
        spelled = [e for e in entities if e.label == m.label and initials(e.name) == alias_key(m.text)]
        if len(spelled) == 1:
            return spelled[0]
    if len(words) != 1:
        return None
    return next((e for e in reversed(entities) if e.label == m.label and len(fold(e.name).split()) > 1
                 and fold(e.name).split()[-1] == words[0]), None)


def _attach_leading_short_forms(entities: list[ArticleEntity]) -> list[ArticleEntity]:
    """A surname met before its full name ('Smith … Anna Smith') joins the unique person it ends."""
    merged: list[ArticleEntity] = []
    for e in entities:
        full = _full_names_of(e, entities)
        if len(full) == 1:
            full[0].mentions = sorted(full[0].mentions + e.mentions, key=lambda m: m.start)
        else:
            merged.append(e)
    return merged


def _full_names_of(e: ArticleEntity, entities: list[ArticleEntity]) -> list[ArticleEntity]:
    """The people a one-word name met first can be: those it is the surname of, else (when it is
    nobody's surname) the one person it is the given name of ('Katie … Katie Jenkin')."""
    if e.label != "PERSON" or len(e.name.split()) != 1:
        return []
    full = [f for f in entities if f is not e and f.label == "PERSON" and len(f.name.split()) > 1]
    by_surname = [f for f in full if surname(f.name) == fold(e.name) and compatible_gender(e.gender, f.gender)]
    said = honorific_gender(e.mentions)
    return by_surname or [f for f in full if fold(f.name).split()[0] == fold(e.name)
                          and compatible_gender(said, honorific_gender(f.mentions))]


def _canonical_key(entity: ArticleEntity) -> str:
    if entity.label != "PERSON":
        # a listed alias names one body whatever the tagger called it ('U.N.' GPE, 'United Nations' ORG)
        listed = canonical_alias(entity.name)
        return f"ALIAS:{alias_key(listed)}" if listed else f"{entity.label}:{_org_key(entity.name)}"
    # a bare 'Mr. Clinton' and 'Mrs. Clinton' are two people across articles too
    gender = f":{entity.gender}" if len(entity.name.split()) == 1 and entity.gender else ""
    return f"PERSON:{_person_key(entity.name)}{gender}"


def _person_key(name: str) -> str:
    """'Donald J. Trump' and 'Donald Trump' are one name: one middle initial is left out (two are
    kept: 'George H. W. Bush' is not 'George W. Bush')."""
    words = fold(name).split()
    if len(words) == 3 and len(words[1]) == 1:
        words = [words[0], words[2]]
    return " ".join(words)


def merge_entities(articles: Mapping[str, Iterable[ArticleEntity]], outlets: Iterable[str] = ()) -> list[Entity]:
    """Canonical entities across articles. A bare surname joins the corpus's most-mentioned full name
    ending in it (of a compatible gender); an acronym joins the one organisation whose initials it is;
    a one-word name ('the Times') joins the one organisation ending in it, among the corpus's
    `outlets` first."""
    canon: dict[str, Entity] = {}
    keys = MergeIndex()
    leftovers: list[tuple[str, ArticleEntity]] = []
    for article_id, entities in sorted(articles.items()):
        for e in entities:
            if (e.label == "PERSON" and len(e.name.split()) == 1) or e.label != "PERSON":
                leftovers.append((article_id, e))
            else:
                _absorb(canon, _canonical_key(e), article_id, e)
    moved = _join_variants(canon)
    leftovers = _one_label_per_name(_person_by_corpus_vote(leftovers))
    others = [x for x in leftovers if x[1].label != "PERSON"]
    short = [x for x in others if _is_short_org(x[1])]
    for article_id, e in [x for x in others if not _is_short_org(x[1])] + short:
        home = _org_home(canon, e, outlets, keys, moved)
        _absorb(canon, moved.get(home, home), article_id, e, keys)
    for article_id, e in [x for x in leftovers if x[1].label == "PERSON"]:
        home = _surname_home(canon, e, keys) or _canonical_key(e)
        _absorb(canon, moved.get(home, home), article_id, e, keys)
    return _numbered(canon)


def _person_by_corpus_vote(leftovers: list[tuple[str, ArticleEntity]]) -> list[tuple[str, ArticleEntity]]:
    """A one-word name the corpus tags PERSON more often than the label one article gave it is that
    person there too ('Trump' tagged ORG in an article that never writes his full name; chosen on
    polnear-dev): a company named for a person ('Ford') is tagged ORG in most articles and stays."""
    votes: Counter = Counter()
    for _, e in leftovers:
        if len(e.name.split()) == 1:
            votes[fold(e.name), e.label] += len(e.mentions)
    out = []
    for article_id, e in leftovers:
        name = fold(e.name)
        if e.label != "PERSON" and " " not in name and votes[name, "PERSON"] > votes[name, e.label] \
                and not looks_like_org(e.name) and not canonical_alias(e.name):
            e = ArticleEntity("PERSON", e.name, list(e.mentions))
        out.append((article_id, e))
    return out


def _one_label_per_name(leftovers: list[tuple[str, ArticleEntity]]) -> list[tuple[str, ArticleEntity]]:
    """One name, one non-person label across the corpus: the label most of its mentions got ('New
    Orleans Saints' tagged ORG, GPE or FAC by article; ties: the label first in name order). The
    within-article vote (_vote_labels) does the same inside one article."""
    votes: dict[str, Counter] = {}
    for _, e in leftovers:
        if e.label != "PERSON":
            votes.setdefault(_org_key(e.name), Counter())[e.label] += len(e.mentions)
    out = []
    for article_id, e in leftovers:
        if e.label != "PERSON" and len(counts := votes[_org_key(e.name)]) > 1:
            best = min(counts, key=lambda label: (-counts[label], label))
            if best != e.label:
                e = ArticleEntity(best, e.name, list(e.mentions))
        out.append((article_id, e))
    return out


def _join_variants(canon: dict[str, Entity]) -> dict[str, str]:
    """Full names of one person written differently join when it is the only person they can be:
    'Fred LaRue' / 'Frederick Cheney LaRue', 'Luann Johnson' / 'Luann Marie Johnson', 'Boone Isaacs'
    / 'Cheryl Boone Isaacs' (person_names.same_person_name, is_surname_tail). A name two people fit
    ('George Bush': 'George W. Bush', 'George H. W. Bush') stays itself. The joined keys leave
    `canon`; the returned map sends each to the key that now holds its mentions."""
    by_surname: dict[str, list[str]] = {}
    for k, v in canon.items():
        if v.type == "PERSON":
            by_surname.setdefault(name_parts(v.name)[2], []).append(k)
    parent: dict[str, str] = {}

    def root(k: str) -> str:
        while k in parent:
            k = parent[k]
        return k

    genders = {k: _one_gender(m.gender for _, m in canon[k].mentions) for ks in by_surname.values() for k in ks}

    def fit(a: str, b: str) -> bool:
        x, y = canon[a].name, canon[b].name
        return compatible_gender(genders[a], genders[b]) and (
            same_person_name(x, y) or is_surname_tail(x, y) or is_surname_tail(y, x)
            or is_headline_run(x, y) or is_headline_run(y, x))

    for keys in (ks for ks in by_surname.values() if len(ks) > 1):
        near = _variant_candidates(keys, canon)
        for k in sorted(keys, key=lambda k: (len(canon[k].mentions), k)):
            fits = {o for o in near[k] if fit(k, o)}
            # all the names it fits must fit each other ('Fred LaRue' / 'Frederick C. LaRue' /
            # 'Frederick Cheney LaRue' are one), else it is ambiguous ('George Bush')
            if fits and all(fit(a, b) for a in fits for b in fits if a < b):
                into = root(max(fits, key=lambda o: (len(canon[o].mentions), o)))
                for o in [k, *fits]:
                    if root(o) != into:
                        parent[root(o)] = into
    moved = {k: root(k) for k in parent}
    for k, target in moved.items():
        source, holder = canon.pop(k), canon[target]
        holder.mentions.extend(source.mentions)
        holder.aliases |= source.aliases
        # the name without a word run into it ('Constable Tim Fanning', 'Unemployed John Jenkin')
        if is_headline_run(holder.name, source.name) or (
                len(source.name) > len(holder.name) and not is_headline_run(source.name, holder.name)):
            holder.name = source.name
    return moved



def _variant_candidates(block: list[str], canon: Mapping[str, Entity]) -> dict[str, set[str]]:
    """Each name of a surname block → the other names of the block it may fit, by index: the same
    given name, a listed nickname of it, its initial or a name with that initial, its spelling key
    (same_person_name needs one of these), or the same last two words (is_surname_tail). A superset, `fit` decides; all
    pairs of a block were compared before (a corpus's many Smiths)."""
    index: dict[tuple[str, str], set[str]] = {}
    asks: dict[str, list[tuple[str, str]]] = {}
    for k in block:
        given, words = name_parts(canon[k].name)[0], fold(canon[k].name).split()
        own, wanted = [], []
        if given:
            own += [("given", given), ("letter", given[0]), ("spelling", given_spelling(given))]
            wanted += [("given", given), ("given", given[0]), ("spelling", given_spelling(given)),
                       *(("given", n) for n in nicknames_of(given))]
            if len(given) == 1:
                wanted.append(("letter", given))
        if len(words) == 2:  # 'Boone Isaacs' is the tail of 'Cheryl Boone Isaacs'
            own.append(("two words", " ".join(words)))
            wanted.append(("tail", " ".join(words)))
        elif len(words) > 2:
            own.append(("tail", " ".join(words[-2:])))
            wanted.append(("two words", " ".join(words[-2:])))
        # 'Unemployed John Jenkin' is 'John Jenkin' after a headline word (is_headline_run)
        own.append(("name", " ".join(words)))
        wanted.append(("after one word", " ".join(words)))
        if len(words) > 2:
            own.append(("after one word", " ".join(words[1:])))
            wanted.append(("name", " ".join(words[1:])))
        for entry in own:
            index.setdefault(entry, set()).add(k)
        asks[k] = wanted
    return {k: set().union(*(index.get(w, set()) for w in wanted)) - {k} for k, wanted in asks.items()}

BlockKind = Literal["initials", "last", "head", "surname"]


@dataclass(slots=True, frozen=True)
class NameKeys:
    """The words a short name is matched on, of one canonical name (computed once per name)."""

    initials: str  # 'fbi' for 'Federal Bureau of Investigation': what an acronym spells
    last: str      # the alias key's last word ('times'): what a one-word short name ends
    head: str      # the word before 'of' ('academy' in 'Academy of Motion Picture …'), else ''
    surname: str   # what a bare surname is

    @classmethod
    def of(cls, name: str) -> NameKeys:
        return cls(initials(name), (alias_key(name).split() or [""])[-1], _head_before_of(name), surname(name))

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
            self.blocks.setdefault((kind, entity.type, keys.word(kind)), set()).add(key)


_BLOCK_KINDS: tuple[BlockKind, ...] = ("initials", "last", "head", "surname")


def _is_short_org(e: ArticleEntity) -> bool:
    return (is_acronym(e.name) or len(e.name.split()) == 1) and not canonical_alias(e.name)


def _org_home(canon: dict[str, Entity], e: ArticleEntity, outlets: Iterable[str], keys: MergeIndex | None = None,
              moved: Mapping[str, str] | None = None) -> str:
    """Where a non-person name goes: a person of that name ('for Ana Ruiz, Garcia's number
    two' tagged ORG; `moved`: the keys of joined name variants), its own key when taken, else the
    one organisation it abbreviates."""
    keys = keys or MergeIndex()
    if not looks_like_org(e.name) and (person := _person_named(canon, e, moved or {}, keys)):
        return person
    own = _canonical_key(e)
    if own in canon or not _is_short_org(e):
        return own
    return _abbreviated(canon, e, outlets, keys) or own


def _person_named(canon: dict[str, Entity], e: ArticleEntity, moved: Mapping[str, str], keys: MergeIndex) -> str | None:
    """The corpus person a name tagged otherwise is: the same name, after a leading demonym ('the
    American Hasim Rahman' tagged ORG, rules/honorifics.toml [demonyms]), or the two-word surname
    ending one person's name only ('Boone Isaacs' tagged ORG for 'Cheryl Boone Isaacs'; chosen on
    ECB+ dev); a place ('Mount Cook' LOC) is never taken for the end of a person's name."""
    words = fold(e.name).split()
    if len(words) > 2 and words[0] in DEMONYMS:
        words = words[1:]
    key = f"PERSON:{_person_key(' '.join(words))}"
    key = moved.get(key, key)
    if key in canon:
        return key
    if len(words) != 2 or e.label in _PLACE_LABELS:
        return None
    tails = keys.surname_tails(canon).get(" ".join(words), [])
    return tails[0] if len(tails) == 1 else None


def _abbreviated(canon: dict[str, Entity], e: ArticleEntity, outlets: Iterable[str], keys: MergeIndex) -> str | None:
    """'FBI' → the one 'Federal Bureau of Investigation'; 'Times' → the one '… Times' (a corpus
    outlet when several organisations end in it)."""
    word = alias_key(e.name)
    kinds: tuple[BlockKind, ...] = ("initials",) if is_acronym(e.name) else ("last", "head")
    blocked = sorted({k for kind in kinds for k in keys.candidates(canon, kind, e.label, word)})
    same = [(k, keys.keys_of(v.name)) for k in blocked if (v := canon[k]).type == e.label and len(v.name.split()) > 1]
    if is_acronym(e.name):
        found = [k for k, of in same if of.initials == word]
    else:  # its last word, or the head before 'of' ('the Academy' for 'Academy of Motion Picture Arts …')
        found = [k for k, of in same if word in (of.last, of.head)]
        if len(found) > 1:
            corpus = {alias_key(o) for o in outlets}
            found = [k for k in found if alias_key(canon[k].name) in corpus]
    return found[0] if len(found) == 1 else None


def _head_before_of(name: str) -> str:
    words = alias_key(name).split()
    return words[words.index("of") - 1] if "of" in words[1:] else ""


def _absorb(canon: dict[str, Entity], key: str, article_id: str, e: ArticleEntity, keys: MergeIndex | None = None) -> None:
    entity = canon.setdefault(key, Entity(id="", name=e.name, type=e.label))
    # (a name tagged otherwise that joined a person, 'American Hasim Rahman', does not rename them)
    if len(e.name) > len(entity.name) and entity.type == "PERSON" and e.label == "PERSON":
        entity.name = e.name
    for m in e.mentions:
        entity.mentions.append((article_id, m))
        entity.aliases.update({m.text, m.name, strip_titles(m.text, person=m.label == "PERSON")})
    if keys is not None:  # a new or renamed name joins the blocks the short names are looked up in
        keys.note(key, entity)


def _surname_home(canon: dict[str, Entity], e: ArticleEntity, keys: MergeIndex | None = None) -> str | None:
    """The corpus's most-mentioned full name ending in this surname (of a compatible gender); failing
    that, the full name it is the given name of (as any article writes it: 'Katie' for the Kathryn
    Jenkin written 'Katie Jenkin' elsewhere), when that person holds most of the given name's
    mentions ('Hillary', 'Bernie')."""
    keys = keys or MergeIndex()
    gender, name = e.gender, fold(e.name)
    people = [(k, v) for k in keys.candidates(canon, "surname", "PERSON", name)
              if (v := canon[k]).type == "PERSON" and len(v.name.split()) > 1
              and compatible_gender(gender, keys.genders.of(k, v))]
    candidates = [(len(v.mentions), k) for k, v in people if keys.keys_of(v.name).surname == name]
    if candidates:
        return max(candidates)[1]
    said = honorific_gender(e.mentions)
    given = [(len(canon[k].mentions), k) for k in keys.given_names(canon).get(name, ())
             if compatible_gender(said, keys.honorifics.of(k, canon[k]))]
    best = max(given, default=None)
    return best[1] if best and 2 * best[0] > sum(n for n, _ in given) else None


def _add_reference_surnames(entities: list[Entity]) -> None:
    """A person is searched by surname ('Putin'); add it as an alias where no other person shares it."""
    people = [e for e in entities if e.type == "PERSON" and len(e.name.split()) > 1]
    counts = Counter(surname(e.name) for e in people)
    taken = {fold(a) for e in entities if e.type == "PERSON" for a in e.aliases if len(a.split()) == 1}
    for e in people:
        last = e.name.split()[-1]
        if counts[surname(e.name)] == 1 and (fold(last) not in taken or fold(last) in {fold(a) for a in e.aliases}):
            e.aliases.add(last)


def entity_id(kind: str, name: str) -> str:
    """A stable id from what the entity is (its kind and folded canonical name), not from the order
    it was met in: the same corpus ingested in any order gives every entity the same id (issue 15.3)."""
    digest = hashlib.sha1(f"{kind}:{fold(name)}".encode()).hexdigest()
    return "e" + digest[:12]


def _numbered(canon: dict[str, Entity]) -> list[Entity]:
    entities = sorted(canon.values(), key=lambda e: (-len(e.mentions), fold(e.name), e.type))
    _add_reference_surnames(entities)
    taken: set[str] = set()
    for entity in entities:
        entity.id = entity_id(entity.type, entity.name)
        n = 1
        while entity.id in taken:  # two entities folding alike (sorted order decides, so still stable)
            n += 1
            entity.id = entity_id(entity.type, f"{entity.name} {n}")
        taken.add(entity.id)
        entity.aliases.discard("")
    return entities
