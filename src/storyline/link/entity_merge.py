"""Canonical entities across articles: the corpus merge of every article's referents.

Full names are matched accent- and case-insensitively, so "Jose Nuñez" and "José Nuñez" are one
entity while "Ana Nuñez" and "Luis Nuñez" stay two, and "Diosdado Cabello" stays apart from "Alexis
Rodríguez Cabello"; a bare surname joins the corpus's most-mentioned full name ending in it, an
acronym the one organisation whose initials it is (merge_entities). The referents inside one
article come from storyline.extract.entities.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from storyline import rules
from storyline.extract.entities import (
    ArticleEntity,
    Mention,
    honorific_gender,
    org_key,
    person_key,
)
from storyline.extract.mention_spans import DEMONYMS
from storyline.extract.names import (
    COMPANY_HEADS,
    TITLE_WORDS,
    acronym_spellings,
    canonical_alias,
    compatible_gender,
    designator_stem,
    fold,
    initials_of_words,
    is_acronym,
    looks_like_org,
    office_titles,
    one_gender,
    strip_titles,
    surname,
    word_acronym,
)
from storyline.extract.person_names import (
    given_spelling,
    is_given_name,
    is_headline_run,
    is_surname_alone,
    is_surname_tail,
    name_parts,
    nicknames_of,
    same_person_name,
    surname_block,
)
from storyline.link.demonym_merge import join_demonyms
from storyline.link.merge_index import MergeIndex
from storyline.link.misspellings import join_misspellings
from storyline.link.org_leads import join_kind_dropped, join_place_dropped
from storyline.link.org_merge import (
    PLACE_LABELS,
    ShortNames,
    abbreviated,
    as_company,
    as_company_word,
    as_outlet,
    as_registered_outlet,
    company_stems,
    defined_acronyms,
    defined_home,
    inner_lower_acronym,
    is_short_org,
    join_leading_words,
    join_newsroom_initials,
    join_numbered_locals,
    join_placed_acronyms,
    join_registry_outlets,
    join_station_names,
    org_canonical_key,
    outlet_named,
    person_surnames,
    split_coordinated,
)
from storyline.link.own_long_forms import own_long_forms
from storyline.link.short_orgs import as_short_org, org_names
from storyline.link.titled_namesakes import titled_surnames_to_holders


@dataclass(slots=True)
class Entity:
    """A canonical entity across articles: every surface form seen, and where."""

    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[str, Mention]] = field(default_factory=list)


def _canonical_key(entity: ArticleEntity) -> str:
    if entity.label != "PERSON":
        # a listed alias names one body whatever the tagger called it ('U.N.' GPE, 'United Nations' ORG)
        return org_canonical_key(entity.label, entity.name)
    # a bare 'Mr. Clinton' and 'Mrs. Clinton' are two people across articles too
    gender = f":{entity.gender}" if len(entity.name.split()) == 1 and entity.gender else ""
    return f"PERSON:{person_key(entity.name)}{gender}"


def merge_entities(articles: Mapping[str, Iterable[ArticleEntity]], outlets: Iterable[str] = ()) -> list[Entity]:
    """Canonical entities across articles. A bare surname joins the corpus's most-mentioned full name
    ending in it (of a compatible gender); an acronym joins the one organisation whose initials it is;
    a one-word name ('the Times') joins the one organisation ending in it, among the corpus's
    `outlets` first."""
    canon: dict[str, Entity] = {}
    keys = MergeIndex()
    leftovers: list[tuple[str, ArticleEntity]] = []
    outlets = list(outlets)
    named = {org_key(o) for o in outlets if len(o.split()) > 1}
    listed = {k: list(v) for k, v in articles.items()}
    listed = own_long_forms(_things_by_corpus_vote(titled_surnames_to_holders(split_coordinated(listed))))
    stems, names, surnames = company_stems(listed), org_names(listed), person_surnames(listed)
    for article_id, entities in sorted(listed.items()):
        for e in (as_short_org(as_company_word(as_company(as_registered_outlet(as_outlet(_as_named_person(e, surnames),
                                                                                           named)), stems),
                                               stems, surnames), names)
                  for e in entities):
            if (e.label == "PERSON" and len(e.name.split()) == 1) or e.label != "PERSON":
                leftovers.append((article_id, e))
            else:
                _absorb(canon, _canonical_key(e), article_id, e)
    moved = _join_variants(canon)
    # the mentions of full personal names, by surname: a bare surname the model tagged a place votes with them
    full_names = Counter(fold(e.name).split()[-1] for entities in listed.values() for e in entities
                         if e.label == "PERSON" and len(e.name.split()) > 1 for _ in e.mentions)
    leftovers = _one_label_per_name(_person_by_corpus_vote(leftovers, full_names))
    others = [x for x in leftovers if x[1].label != "PERSON"]
    for article_id, e in [x for x in others if not is_short_org(x[1])]:
        home = _org_home(canon, e, outlets, keys, moved)
        _absorb(canon, moved.get(home, home), article_id, e, keys)
    moved |= join_place_dropped(canon, keys, {org_key(e.name) for _, e in others if e.label in PLACE_LABELS})
    moved |= join_placed_acronyms(canon, keys)
    moved |= join_numbered_locals(canon, keys)
    # a misspelt long name joins its home before the short names are placed: with two spellings of one
    # body in the corpus, 'the Academy' had two homes and stayed alone (ECB+ dev, branch ents35)
    slips = join_misspellings(canon, keys)
    moved = {k: slips.get(v, v) for k, v in moved.items()} | slips
    short, defined = ShortNames.of(canon), defined_acronyms(canon)
    for article_id, e in [x for x in others if is_short_org(x[1])]:
        home = short.home(e, moved) or defined_home(defined, e, moved) or _org_home(canon, e, outlets, keys, moved)
        _absorb(canon, moved.get(home, home), article_id, e, keys)
    moved |= join_leading_words(canon, keys) | join_kind_dropped(canon, keys)
    moved |= join_station_names(canon, keys) | join_newsroom_initials(canon, keys)
    moved |= join_registry_outlets(canon, keys)
    # the given names as the full names and the other names placed give them, before any bare name
    # is placed: built at the first bare name to need it, they depended on which article came first
    # in the whole corpus, and a merge of the names a new article touches could differ from the full one
    keys.given_names(canon)
    for article_id, e in [x for x in leftovers if x[1].label == "PERSON"]:
        home = _surname_home(canon, e, keys) or short.home(e, moved) or outlet_named(canon, e, outlets) \
            or _canonical_key(e)
        _absorb(canon, moved.get(home, home), article_id, e, keys)
    join_demonyms(canon, keys)
    join_misspellings(canon)
    return _numbered(canon)



def _person_by_corpus_vote(leftovers: list[tuple[str, ArticleEntity]],
                           full_names: Counter | None = None) -> list[tuple[str, ArticleEntity]]:
    """A one-word name the corpus tags PERSON more often than the label one article gave it is that
    person there too ('Trump' tagged ORG in an article that never writes his full name; chosen on
    polnear-dev): a company named for a person ('Ford') is tagged ORG in most articles and stays.
    The word's short mentions inside longer non-person names count too, with their referent's label
    ('Blazers' in an article about the 'Portland Trail Blazers'): counting one-word referents only let
    three 'Blazers' a model tagged PERSON in one ECB+ dev article outvote the team's two one-word
    referents. (Counting persons' short mentions too sent a bare 'Kafoury' tagged ORG to the wrong
    Kafoury on ECB+ dev: not kept.) A bare surname tagged a place or a people counts the corpus's full
    names that end in it too ('Estévez's arrest' GPE in articles that never write 'Ramón Estévez', written
    in full nine times elsewhere: lead38): the small model takes an accented surname for a place."""
    votes: Counter = Counter()
    for _, e in leftovers:
        if len(e.name.split()) == 1:
            votes[_vote_key(e.name), e.label] += len(e.mentions)
    for _, e in leftovers:
        if len(e.name.split()) > 1:
            for m in e.mentions:
                if len(word := fold(m.name).split()) == 1:
                    votes[_vote_key(word[0]), e.label] += 1
    # the initials of the corpus's organisations of three words or more ('Regional Aviators Union' → RAU)
    spelled = {initials_of_words(e.name).casefold() for _, e in leftovers if e.label == "ORG"} - {""}
    # and every acronym spelling of their names, for the initials written as a word ('Sebi')
    spoken = {s for _, e in leftovers if e.label == "ORG" and len(e.name.split()) > 2 for s in acronym_spellings(e.name)}
    out = []
    for article_id, e in leftovers:
        name = _vote_key(e.name)
        full = full_names[name] if full_names is not None and e.label in _PLACE_OR_PEOPLE else 0
        surnames = full_names[name] if full_names is not None else 0
        if e.label != "PERSON" and " " not in name and votes[name, "PERSON"] + full > votes[name, e.label] \
                and not looks_like_org(e.name) and not canonical_alias(e.name):
            e = ArticleEntity("PERSON", e.name, list(e.mentions))
        elif e.label == "PERSON" and ((is_acronym(e.name) and (votes[name, "ORG"] >= max(1, votes[name, "PERSON"])
                                                              or ("." in e.name and name in spelled)))
                                      or (inner_lower_acronym(e.name) and name in spelled)):
            # the other way for initials only, ties to the body ('There is no investigation by the CDSA'
            # tagged PERSON where another article writes the CDSA inside the authority's name: lead23);
            # a person's initials ('AOC') are tagged PERSON across the corpus and stay; dotted initials that
            # spell one of the corpus's organisations are that body ('the R.A.U. represents 61 pilots' tagged
            # PERSON, the 'Regional Aviators Union' elsewhere: lead39); so are initials keeping the lower-case 'o' of
            # an 'of' that spell one ('the BoG had sent examiners' tagged PERSON beside the 'Bank of Ghana': probe36)
            e = ArticleEntity("ORG", e.name, list(e.mentions))
        elif e.label == "PERSON" and _organisation_by_vote(e, votes, spoken, surnames):
            e = ArticleEntity("ORG", e.name, list(e.mentions))
        out.append((article_id, e))
    return out


def _organisation_by_vote(e: ArticleEntity, votes: Counter, spoken: set[str], surnames: int) -> bool:
    """A one-word name tagged PERSON in one article that no honorific, title or given name makes a person's and
    no full personal name of the corpus ends in, where the corpus tags it ORG more often ('Unison said the deal
    …' tagged PERSON, 'Members of Unison' ORG in two other articles: a union named by a common word), or that is
    a body's initials written as a word ('Sebi said' beside the 'Securities and Exchange Board of India';
    names.word_acronym, Guardian style). Branch ents37's invented stories."""
    name = _vote_key(e.name)
    if " " in name or e.gender or surnames or is_given_name(e.name) or canonical_alias(e.name) \
            or any(fold(m.text) != name for m in e.mentions):
        return False
    return votes[name, "ORG"] > votes[name, "PERSON"] or (word_acronym(e.name) and name in spoken)


def _as_named_person(e: ArticleEntity, surnames: frozenset[str]) -> ArticleEntity:
    """'By then, Darnell Price had already checked his ticket' tagged ORG in an article that names him once,
    where others name 'Angela Price': a given name (either sex's, or both's) and a surname the corpus's full
    personal names end in, two words and no organisation's word, are a person's name (the lead's fiftieth
    invented story: a man at a sentence's start became a company)."""
    words = e.name.split()
    if e.label != "ORG" or len(words) != 2 or not is_given_name(words[0]) or fold(words[1]) not in surnames \
            or looks_like_org(e.name) or canonical_alias(e.name):
        return e
    return ArticleEntity("PERSON", e.name, list(e.mentions))


def _vote_key(name: str) -> str:
    """The folded name; initials without their periods ('R.A.U.' votes with 'RAU': one acronym written
    two ways, AP Stylebook 'abbreviations and acronyms'; lead39's union tagged PERSON where dotted)."""
    return "".join(fold(name).split()) if is_acronym(name) else fold(name)


_LEGAL_FORMS = rules.words("aliases", "legal_designators") | {"group", "holdings"}
_PLACE_OR_PEOPLE = frozenset({"GPE", "LOC", "NORP"})


def _things_by_corpus_vote(listed: dict[str, list[ArticleEntity]]) -> dict[str, list[ArticleEntity]]:
    """A name of two words or more that one article tags PERSON and the corpus tags one other label more
    often is that thing there too ('the 2021 Larkspur Fire' PERSON in two articles, 'the Larkspur Fire'
    FAC in seven: a wildfire named for its road split in two entities; probe18), unless a given name opens
    it or a title or honorific calls it a person somewhere. The multi-word counterpart of
    `_person_by_corpus_vote`; `_one_label_per_name` then gives the name one non-person label."""
    votes: dict[str, Counter] = {}
    titled: set[str] = set()
    for entities in listed.values():
        for e in entities:
            if len(e.name.split()) > 1:
                votes.setdefault(org_key(e.name), Counter())[e.label] += len(e.mentions)
                if e.label == "PERSON" and any(fold(m.text).split()[0].strip(".") in TITLE_WORDS for m in e.mentions if m.text.strip()):
                    titled.add(org_key(e.name))

    # a company named for its trade ('… Products', '… Logistics'), not one named for a person with a legal form
    # ('Walter Keystone Co.': the founder 'Walter Keystone' stays a person)
    companies = {k for k, counts in votes.items() if counts.get("ORG") and k.split()[-1] in COMPANY_HEADS
                 and k.split()[-1].strip(".") not in _LEGAL_FORMS}

    def thing(e: ArticleEntity) -> str | None:
        key = org_key(e.name)
        counts = votes.get(key)
        if e.label == "PERSON" and key not in titled and any(c.startswith(key + " ") for c in companies):
            # 'Harlan Agri' tagged PERSON (a given name opens it) where the corpus names 'Harlan Agri Products':
            # a company's name less its head word is the company (lead33); 'Dale Harlan' opens no company name
            return "ORG"
        if e.label != "PERSON" or counts is None or key in titled or is_given_name(e.name.split()[0]):
            return None
        label, n = min(((lb, c) for lb, c in counts.items() if lb != "PERSON"), key=lambda x: (-x[1], x[0]), default=("", 0))
        return label if n > counts["PERSON"] else None

    return {a: [ArticleEntity(label, e.name, [replace(m, label=label) for m in e.mentions]) if (label := thing(e)) else e
                for e in entities] for a, entities in listed.items()}


def _one_label_per_name(leftovers: list[tuple[str, ArticleEntity]]) -> list[tuple[str, ArticleEntity]]:
    """One name, one non-person label across the corpus: the label most of its mentions got ('New
    Orleans Saints' tagged ORG, GPE or FAC by article; ties: the label first in name order). The
    within-article vote (vote_labels) does the same inside one article."""
    votes: dict[str, Counter] = {}
    for _, e in leftovers:
        if e.label != "PERSON":
            votes.setdefault(org_key(e.name), Counter())[e.label] += len(e.mentions)
    # a one-word name's short mentions inside longer names vote with their referent's label, as in
    # _person_by_corpus_vote ('Rupsha' tagged GPE in 'the fire at Rupsha', written alone for 'Rupsha Knit
    # Composite Ltd' in five other articles: lead32)
    for _, e in leftovers:
        if e.label != "PERSON" and " " in org_key(e.name):
            stem = _designator_less(e)
            for m in e.mentions:
                if (key := org_key(m.name)) in votes and (" " not in key or key == stem):
                    votes[key][e.label] += 1
    out = []
    for article_id, e in leftovers:
        if e.label != "PERSON" and len(counts := votes[org_key(e.name)]) > 1:
            best = min(counts, key=lambda label: (-counts[label], label))
            if best != e.label:
                e = ArticleEntity(best, e.name, list(e.mentions))
        elif e.label != "PERSON" and (short := _short_form_label(e, votes)) is not None:
            e = ArticleEntity(short, e.name, list(e.mentions))
        out.append((article_id, e))
    return out


def _designator_less(e: ArticleEntity) -> str | None:
    """An organisation's name less its legal designator, folded ('fundy power' of 'Fundy Power Corp.'): its
    mentions so written vote with the company's label too, as a one-word short form's do (AP Stylebook
    'company names': the designator is dropped on later references). Branch probe35: 'Fundy Power' tagged
    WORK_OF_ART in the one article that never wrote 'Corp.' stayed an entity of its own."""
    if e.label != "ORG":
        return None
    stem = designator_stem(fold(e.name).split())
    return org_key(" ".join(stem)) if stem else None


def _short_form_label(e: ArticleEntity, votes: dict[str, Counter]) -> str | None:
    """The label the corpus gives a long name's one-word short form, when the long name is written with one
    label only and the short form is written more often with another ('Atlantic-Indian Ocean Express (AIX)'
    tagged LOC in the one article that spells it out, 'AIX' tagged ORG in ten others: branch probe28): the
    short form's mentions are the same thing's, and they outvote the long name's, as the short mentions vote
    with their referent's label above."""
    own = votes.get(org_key(e.name), Counter())
    shorts = {key for m in e.mentions if " " not in (key := org_key(m.name)) and key != org_key(e.name)}
    for key in sorted(shorts):
        counts = votes.get(key, Counter())
        if not counts:
            continue
        best = min(counts, key=lambda label: (-counts[label], label))
        if best != e.label and counts[best] > sum(own.values()) + counts[e.label]:
            return best
    return None


def _join_variants(canon: dict[str, Entity]) -> dict[str, str]:
    """Full names of one person written differently join when it is the only person they can be:
    'Fred LaRue' / 'Frederick Cheney LaRue', 'Luann Johnson' / 'Luann Marie Johnson', 'Boone Isaacs'
    / 'Cheryl Boone Isaacs' (person_names.same_person_name, is_surname_tail). A name two people fit
    ('George Bush': 'George W. Bush', 'George H. W. Bush') stays itself. The joined keys leave
    `canon`; the returned map sends each to the key that now holds its mentions."""
    by_surname: dict[str, list[str]] = {}
    for k, v in canon.items():
        if v.type == "PERSON":
            by_surname.setdefault(surname_block(v.name), []).append(k)
    parent: dict[str, str] = {}

    def root(k: str) -> str:
        while k in parent:
            k = parent[k]
        return k

    genders = {k: one_gender(m.gender for _, m in canon[k].mentions) for ks in by_surname.values() for k in ks}

    def fit(a: str, b: str) -> bool:
        x, y = canon[a].name, canon[b].name
        if _suffix_apart(x, y) and {i for i, _ in canon[a].mentions} & {i for i, _ in canon[b].mentions}:
            return False  # 'Walter Grissom III' and 'Walter Grissom' written in one article: namesakes
        return compatible_gender(genders[a], genders[b]) and (
            same_person_name(x, y) or is_surname_tail(x, y) or is_surname_tail(y, x)
            or is_surname_alone(x, y) or is_surname_alone(y, x)
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


def _suffix_apart(a: str, b: str) -> bool:
    """Two full names alike but for a generational suffix ('Walter Grissom III' / 'Walter Grissom'). A
    'III' or 'Sr.' may be left out of one person's name across articles (AP Stylebook 'junior, senior'),
    but an article that writes both forms for two referents names a family's namesakes (branch probe15)."""
    ga, ma, sa, xa = name_parts(a)
    gb, mb, sb, xb = name_parts(b)
    return xa != xb and (ga, ma, sa) == (gb, mb, sb)


def _variant_candidates(block: list[str], canon: Mapping[str, Entity]) -> dict[str, set[str]]:
    """Each name of a surname block → the other names of the block it may fit, by index: the same
    given name, a listed nickname of it, its initial or a name with that initial, its spelling key
    (same_person_name needs one of these), or the same last two words (is_surname_tail). A superset, `fit` decides; all
    pairs of a block were compared before (a corpus's many Smiths)."""
    index: dict[tuple[str, str], set[str]] = {}
    asks: dict[str, list[tuple[str, str]]] = {}
    for k in block:
        given, _, last, suffix = name_parts(canon[k].name)
        words = fold(canon[k].name).split()
        own: list[tuple[str, str]] = []
        wanted: list[tuple[str, str]] = []
        # 'de la Vega' / 'Whitcombe Jr.' (no given name) is a full name of that surname (is_surname_alone)
        (own if given else wanted).append(("surname", f"{last}|{suffix}"))
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


def _org_home(canon: dict[str, Entity], e: ArticleEntity, outlets: Iterable[str], keys: MergeIndex | None = None,
              moved: Mapping[str, str] | None = None) -> str:
    """Where a non-person name goes: a person of that name ('for Ana Ruiz, Garcia's number
    two' tagged ORG; `moved`: the keys of joined name variants), its own key when taken, else the
    one organisation it abbreviates."""
    keys = keys or MergeIndex()
    if not looks_like_org(e.name) and (person := _person_named(canon, e, moved or {}, keys)):
        return person
    own = _canonical_key(e)
    if own in canon or not is_short_org(e):
        return own
    return abbreviated(canon, e, outlets, keys) or outlet_named(canon, e, outlets) or own


def _person_named(canon: dict[str, Entity], e: ArticleEntity, moved: Mapping[str, str], keys: MergeIndex) -> str | None:
    """The corpus person a name tagged otherwise is: the same name, after a leading demonym ('the
    American Hasim Rahman' tagged ORG, rules/honorifics.toml [demonyms]), or the two-word surname
    ending one person's name only ('Boone Isaacs' tagged ORG for 'Cheryl Boone Isaacs'; chosen on
    ECB+ dev); a place ('Mount Cook' LOC) is never taken for the end of a person's name."""
    words = fold(e.name).split()
    if len(words) > 2 and words[0] in DEMONYMS:
        words = words[1:]
    elif len(words) > 1 and (e.label == "FAC" or all(fold(m.text).split()[:1] == ["the"] for m in e.mentions)):
        # 'The Evelyn Strand will stay docked', 'the ferry Evelyn Strand' (FAC, correct_labels): a
        # person's name takes no article, a ship's does (Quirk et al. 1985 §5.62), and a building or
        # vessel named for a person is not that person
        return None
    key = f"PERSON:{person_key(' '.join(words))}"
    key = moved.get(key, key)
    if key in canon:
        return key
    if e.label in PLACE_LABELS:
        return None
    if len(words) == 1:
        return _written_surname(canon, e, keys)
    if len(words) != 2:
        return None
    tails = keys.surname_tails(canon).get(" ".join(words), [])
    return tails[0] if len(tails) == 1 else None


def _written_surname(canon: dict[str, Entity], e: ArticleEntity, keys: MergeIndex) -> str | None:
    """A one-word name tagged ORG ('Mayor Castell said', 'Anselm has been asked') that is the surname
    of the one corpus person some article already writes by that bare surname as a PERSON: that
    person, not an organisation of its own (the small model tags a lone surname ORG in an article
    that never names the person in full)."""
    if e.label != "ORG" or is_acronym(e.name):
        return None
    word = fold(e.name)
    found = [k for k in keys.candidates(canon, "surname", "PERSON", word)
             if (v := canon[k]).type == "PERSON" and len(v.name.split()) > 1 and keys.keys_of(v.name).surname == word
             and any(m.label == "PERSON" and fold(m.name) == word for _, m in v.mentions)]
    return found[0] if len(found) == 1 else None


def _absorb(canon: dict[str, Entity], key: str, article_id: str, e: ArticleEntity, keys: MergeIndex | None = None) -> None:
    entity = canon.setdefault(key, Entity(id="", name=e.name, type=e.label))
    # (a name tagged otherwise that joined a person, 'American Hasim Rahman', does not rename them)
    if len(e.name) > len(entity.name) and entity.type == "PERSON" and e.label == "PERSON":
        entity.name = e.name
    for m in e.mentions:
        entity.mentions.append((article_id, m))
        if m.name:  # a description ('the senator') is a mention, not a name
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
    if gender:  # 'Mrs Pell' is the Pell known to be a woman before one whose sex nothing tells
        candidates = [c for c in candidates if keys.genders.of(c[1], canon[c[1]]) == gender] or candidates
    if titles := office_titles(m.text for m in e.mentions):  # 'Commissioner Brannigan': the Brannigan the corpus gave that title
        candidates = [c for c in candidates if titles & office_titles(m.text for _, m in canon[c[1]].mentions)] or candidates
    if candidates:
        return max(candidates)[1]
    if "-" in name.strip("-"):  # 'Ms. Ruiz-Castaneda' for the 'Alma Ruiz Castaneda' another article writes unhyphened
        tails = [k for k in keys.surname_tails(canon).get(name.replace("-", " "), [])
                 if compatible_gender(gender, keys.genders.of(k, canon[k]))]
        if len(tails) == 1:
            return tails[0]
    said = honorific_gender(e.mentions)
    honour = _given_name_honour(e.mentions)
    given = [(len(canon[k].mentions), k) for k in keys.given_names(canon).get(name, ())
             if compatible_gender(said, keys.honorifics.of(k, canon[k]))
             and (not honour or honour in {_given_name_honour([m]) for _, m in canon[k].mentions})]
    best = max(given, default=None)
    return best[1] if best and 2 * best[0] > sum(n for n, _ in given) else None


GIVEN_NAME_HONOURS = rules.words("honorifics", "given_name_honours")


def _given_name_honour(mentions: Iterable[Mention]) -> str:
    """'sir' for 'Sir Michael': a given name with this honour names a knight (or dame), who joins
    only a full name some article writes with the same honour (seen on timeline17-dev's MJ_bbc:
    a 'Sir Michael' of another article joined the singer)."""
    for m in mentions:
        first = fold(m.text).split()[:1]
        if m.label == "PERSON" and first and first[0] in GIVEN_NAME_HONOURS:
            return first[0]
    return ""


def _add_reference_surnames(entities: list[Entity]) -> None:
    """A person is searched by surname ('Putin'); add it as an alias where no other person shares it."""
    people = [e for e in entities if e.type == "PERSON" and len(e.name.split()) > 1]
    counts = Counter(surname(e.name) for e in people)
    # an organisation's one-word name too ('Corrigan' for Corrigan & Sons beside a Frank Corrigan)
    taken = {fold(a) for e in entities for a in e.aliases if len(a.split()) == 1}
    for e in people:
        last = e.name.split()[-1]
        if counts[surname(e.name)] == 1 and (fold(last) not in taken or fold(last) in {fold(a) for a in e.aliases}):
            e.aliases.add(last)


def entity_id(kind: str, name: str) -> str:
    """A stable id from what the entity is (its kind and folded canonical name), not from the order
    it was met in: the same corpus ingested in any order gives every entity the same id (issue 15.3)."""
    digest = hashlib.sha1(f"{kind}:{fold(name)}".encode()).hexdigest()
    return "e" + digest[:12]


def _drop_borrowed_surnames(entities: list[Entity]) -> None:
    """'Mrs. Pryce' gives Margaret Pryce the alias 'Pryce' (titles stripped); where the corpus writes
    another person by that bare surname ('Pryce' for her husband), the bare form names him, not her."""
    plain: dict[str, set[int]] = {}
    for e in entities:
        for _, m in e.mentions if e.type == "PERSON" else ():
            if m.label == "PERSON" and m.name and " " not in m.name.strip() and fold(m.text) == fold(m.name):
                plain.setdefault(fold(m.name), set()).add(id(e))
    for e in entities:
        if e.type == "PERSON":
            e.aliases -= {a for a in e.aliases if " " not in a.strip() and id(e) not in plain.get(fold(a), {id(e)})}


def _numbered(canon: dict[str, Entity]) -> list[Entity]:
    entities = sorted(canon.values(), key=lambda e: (-len(e.mentions), fold(e.name), e.type))
    _drop_borrowed_surnames(entities)
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
