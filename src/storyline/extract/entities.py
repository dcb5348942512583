"""Entities: spaCy NER plus rules, and name coreference inside an article (the corpus merge across
articles is storyline.link.entity_merge).

Inside an article a short form ("Smith", "Mr Smith") joins the most recent full name it ends with
("Anna Smith"), unless an honorific of the other gender tells them apart ("Mrs Smith").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from storyline.extract.acronym_spans import defined_acronyms, placed_acronyms, untagged_acronyms
from storyline.extract.coordinated_names import district_bodies, joined_portfolios, portfolio_places
from storyline.extract.cues import cue_forms_pattern
from storyline.extract.defined_short_forms import defined_mixed_short_forms
from storyline.extract.descriptions import DESC, description_heads, find_descriptions, replaceable
from storyline.extract.long_forms import mixed_acronym, spelled_across, spelled_long_forms
from storyline.extract.mention_labels import (
    correct_labels,
    courtesy_named,
    dateline_places,
    designator_dropped,
    facility_opened,
    leading_org_words,
)
from storyline.extract.mention_spans import (
    ampersand_firms,
    attach_suffixes,
    bodies_for_purposes,
    bodies_of_places,
    given_name_before,
    join_abbreviated_heads,
    join_coordinated_ents,
    names_in_headlines,
    one_line,
    party_hometowns,
    people_in_other_spans,
    person_parts,
    suffixed_names,
    trim_headline_words,
    untagged_abbreviated_bodies,
    untagged_aliases,
    untagged_org_modifiers,
    untagged_papers,
)
from storyline.extract.names import (
    TITLE_WORDS,
    acronym_spellings,
    alias_key,
    canonical_alias,
    compatible_gender,
    department_key,
    fold,
    gender_of,
    is_acronym,
    looks_like_org,
    looks_like_place,
    looks_like_structure,
    office_titles,
    one_gender,
    person_key,
    spelling_key,
    spells_within_words,
    standard_name,
    strip_titles,
    surname,
    word_acronym,
)
from storyline.extract.namesakes import Namesakes
from storyline.extract.org_spans import (
    advocacy_groups,
    bracketed_acronym_split,
    company_possessives,
    designated_names,
    partnerships,
    place_possessive_bodies,
    possessive_names,
    trade_firms,
    union_locals,
    untagged_bodies,
)
from storyline.extract.paper_names import paper_names
from storyline.extract.person_names import (
    given_gender,
    is_given_name,
    same_person_name,
)
from storyline.extract.person_spans import (
    described_names,
    kin_apposed,
    middle_initial_after,
    opening_person_noun,
    portfolio_names,
    role_comma_names,
    saint_dedications,
    speaking,
    surname_speakers,
    titled_names,
    untagged_full_names,
    untagged_kin_and_who_names,
    untagged_surnames,
)
from storyline.extract.post_nominals import lettered_people
from storyline.extract.seniority import Named, pick, seniority_word
from storyline.extract.stated_names import stated_names
from storyline.extract.team_words import team_nicknames

STAGE = "entities"
KEPT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "WORK_OF_ART"}
# Words that follow a surname used as a modifier: "the Trump administration" is not an organisation
# named Trump (the small model tags "Trump" ORG there), but it does mention Trump.
_MODIFIED_HEADS = {"administration", "regime", "government", "campaign", "family", "era", "loyalists", "'s", "’s"}
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
    # a description ('the senator') or a surname after a seniority word ('the elder Castellane'):
    # the start of the named mention it refers back to
    refers_to: int = -1
    # a full name set beside a kinship noun of another's ('Fitch's wife, Anne Fitch', 'Her son, Mateo
    # Ybarra'): a relative, not the namesake the article wrote bare before (`kin_apposed`)
    kin: bool = False
    # an acronym the corpus spells otherwise than rules/aliases.toml ('ICC' beside 'International Cricket Council'):
    # that long form, not the listed one (link/own_long_forms.py)
    long_form: str = ""
    # the sex the kinship noun says ('her husband, Dermot Ferriter' → 'm'): a 'Ms Ferriter' is not he (probe39)
    kin_sex: str = ""

    @property
    def name(self) -> str:
        if self.label == DESC:  # a description names nobody: no key, no alias
            return ""
        if self.long_form:
            return self.long_form
        if self.label != "PERSON":  # 'U.S.', 'the Fed', 'the Kremlin': one canonical name (rules/aliases.toml)
            return canonical_alias(self.text) or standard_name(strip_titles(self.text, person=False))
        return strip_titles(self.text)

    @property
    def gender(self) -> str:
        """'m'/'f' from an honorific ('Mrs. Clinton'), else from a given name the census gives one
        sex ('Kathryn Jenkin'), else '' (a person only)."""
        if self.label != "PERSON":
            return ""
        return gender_of(self.text) or given_gender(self.text) or self.kin_sex


@dataclass(slots=True)
class ArticleEntity:
    """Mentions of one referent inside one article, named by their fullest form."""

    label: str
    name: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def gender(self) -> str:
        """What its honorifics say ('Mrs. Clinton' → 'f'); '' when none do, or they disagree."""
        return one_gender(m.gender for m in self.mentions)


def honorific_gender(mentions: Iterable[Mention]) -> str:
    """What the honorifics alone say. A bare name matched to the first word of a full name is used as
    a surname there ('Mr. Kim' for 'Kim Jong Un'), so that first word's census sex says nothing."""
    return one_gender(gender_of(m.text) for m in mentions if m.label == "PERSON")


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
    if ent.label_ == "PERSON" and looks_like_place(text):
        return "GPE"  # 'Corbin Falls': towns are named for people, and the recognizer takes them so
    if ent.label_ == "PERSON" and looks_like_structure(text):
        return "FAC"  # 'Tolliver Dam': a structure named for its builder's family (rules/aliases.toml [structure_heads])
    # a surname as modifier; confirmed against the article's people later. A listed body is never
    # one: 'The Fed's Cleveland office', "the FBI's agents" were dropped as naming nobody
    if ent.label_ == "ORG" and nxt in _MODIFIED_HEADS and len(text.split()) <= 2 and not canonical_alias(text):
        return "PERSON?"
    if ent.label_ == "ORG" and _after_title(doc, ent) and len(text.split()) <= 2 and not canonical_alias(text):
        return "PERSON"  # 'Mayor Castell said': a title written before a name makes it a person's
    if ent.label_ == "PERSON" and _definite_name(doc, ent):
        return "FAC"
    if courtesy_named(doc, ent, text):
        return "PERSON"  # 'Mrs Delaney said' tagged LAW
    return ent.label_


def _all_titles(doc, ent) -> bool:
    """'Petty Officer' tagged apart from the name right after it: titles only, which the name's
    mention takes in (`_extend_left_over_titles`); a title word alone before no name is a surname
    ('King said', ECB+ dev)."""
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return (nxt is not None and nxt.text[:1].isupper()
            and all(fold(t.text).strip(".") in TITLE_WORDS for t in ent))


_CUE_FORM = re.compile(cue_forms_pattern())


def _opening_modifier(doc, ent, body: str) -> bool:
    """'Ferry service resumed …', 'Harbor officials said …': a capitalised word opening a sentence that modifies
    the common noun after it, and that the article never capitalises inside a sentence, is a common noun written
    with a capital by position only (a surname used so, 'Trump administration officials', is written inside one too)."""
    if len(ent) != 1 or ent.end >= len(doc) or is_given_name(ent.text):
        return False
    nxt = doc[ent.end]
    if not nxt.text[:1].islower():
        return False
    if ent[0].pos_:  # parsed: the word opens its sentence as a compound on the noun after it
        if not ent[0].is_sent_start or nxt.pos_ != "NOUN" or ent[0].dep_ != "compound":
            return False
    # unparsed (no reporting verb: `nlp.parse_selectively`): the word opens a line or follows a full
    # stop, the word after it is no cue verb, and the article writes the word lower-case elsewhere
    elif ((ent.start_char and not re.search(r"(?:\n|[.!?][ \t]+)$", body[max(0, ent.start_char - 3):ent.start_char]))
          or _CUE_FORM.fullmatch(nxt.lower_) or not re.search(r"\b" + re.escape(ent.text.lower()) + r"\b", body)):
        return False
    inside = re.compile(r"(?<![.!?\n\"“‘'—-])[ \t]+" + re.escape(ent.text) + r"\b")
    return inside.search(body) is None


def _definite_name(doc, ent) -> bool:
    """'The Elena Marchetti left port', 'the Marguerite Vance was carrying fertilizer': a personal
    name takes no article (Quirk et al. 1985 §5.62), so a full name right after 'the' that heads its
    phrase (no noun follows: 'the Donald Trump administration' is his) names a ship, building or
    work called after a person — tagged FAC, as `mention_labels._named_vessels` tags a ship's name."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words) or fold(words[0].text).strip(".") in TITLE_WORDS:
        return False
    first = ent[0] if ent[0].lower_ == "the" else (doc[ent.start - 1] if ent.start else None)
    if first is None or first.lower_ != "the":
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM")


def _after_title(doc, ent) -> bool:
    """A capitalised title word right before the span ('Mayor', 'Sen.', 'Gov'): rules/honorifics.toml."""
    if ent.start == 0:
        return False
    before = doc[ent.start - 1].text
    return before[:1].isupper() and fold(before).strip(".") in TITLE_WORDS


def find_mentions(doc, body: str | None = None) -> list[Mention]:
    """Named mentions in a parsed body, titles included in the surface form, datelines left out.
    `body`: the parsed text when the caller has it (== doc.text, which is rebuilt from the tokens
    on every access)."""
    mentions = []
    body = doc.text if body is None else body
    for ent in join_coordinated_ents(list(doc.ents)):  # 'X Competition and' + 'Consumer Commission'
        if ent.label_ not in KEPT_LABELS or _is_dateline(ent, body) or not ent.text[:1].isalnum():
            continue
        if ent.label_ == "PERSON" and (_opening_modifier(doc, ent, body) or _all_titles(doc, ent)):
            continue
        label = _label(doc, ent)
        start = doc[_extend_left_over_titles(doc, ent)].idx if "PERSON" in (ent.label_, label) else ent.start_char
        start, end = one_line(body, start, ent.end_char)
        for s, e in person_parts(body, start, end) if label == "PERSON" else [(start, end)]:
            mentions.append(Mention(s, e, body[s:e], label))
    mentions = untagged_abbreviated_bodies(bodies_of_places(join_abbreviated_heads(mentions, body), body), body)
    mentions = bodies_for_purposes(district_bodies(portfolio_places(joined_portfolios(mentions, body), body), body), body)
    mentions = given_name_before(saint_dedications(titled_names(portfolio_names(mentions, body), body), body), body)
    mentions = opening_person_noun(middle_initial_after(mentions, body), body)
    mentions = people_in_other_spans(trim_headline_words(suffixed_names(attach_suffixes(mentions, body), body), body), body)
    mentions = defined_acronyms(bracketed_acronym_split(spelled_long_forms(names_in_headlines(mentions, body), body), body), body)
    mentions += untagged_aliases(mentions, body)
    mentions = paper_names(mentions, body)
    mentions += untagged_papers(mentions, body)
    mentions += ampersand_firms(mentions, body)
    mentions += untagged_full_names(mentions, body)
    mentions = union_locals(trade_firms(advocacy_groups(partnerships(mentions, body), body), body), body)
    mentions = possessive_names(designated_names(mentions, body), body)
    mentions = untagged_bodies(mentions, body)
    mentions = lettered_people(company_possessives(place_possessive_bodies(mentions, body), body), body)
    mentions = correct_labels(mentions + untagged_acronyms(mentions, body), body)
    mentions += placed_acronyms(mentions, body) + party_hometowns(mentions, body)
    mentions = team_nicknames(mentions, body)
    mentions += untagged_surnames(mentions, body) + untagged_org_modifiers(mentions, body)
    mentions = role_comma_names(described_names(untagged_kin_and_who_names(mentions, body), body), body)
    mentions = kin_apposed(stated_names(designator_dropped(leading_org_words(dateline_places(mentions, body), body)), body), body)
    # once every label is settled, the full names' too: a name first tagged an organisation and corrected to a person
    # since ('lawyer Umair Siddiqui') gives its bare surname before an attribution verb, which the untagged_surnames
    # pass above could not (probe38); only there, as a maiden name after 'née' is dropped by then
    mentions = surname_speakers(mentions, body)
    mentions += [m for m in untagged_surnames(mentions, body) if speaking(m, body)]
    # once every acronym is found (the placed ones are added after the labels are corrected)
    return with_descriptions(doc, seniority_referents(defined_mixed_short_forms(mentions, body), body), body)


def seniority_referents(mentions: list[Mention], body: str) -> list[Mention]:
    """'the elder Castellane' / 'the younger Castellane': the bare surname after a seniority word is the namesake
    the article shows older (younger) than the other (`seniority`); the mention takes the words in and refers to
    that namesake's first full mention (else it is left to the surname rule, which picks the namesake named most)."""
    full: dict[str, dict[str, list[Named]]] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.name.split()) > 1 and m.name[:1].isupper() and m.refers_to < 0:
            names = full.setdefault(surname(m.name), {})
            key = next((k for k in names if same_person_name(k, m.name)), m.name)
            names.setdefault(key, []).append(Named(m.start, m.end, m.text))
    if not any(len(v) > 1 for v in full.values()):
        return mentions
    out = []
    for m in mentions:
        sign, start = seniority_word(body, m.start) if m.label == "PERSON" and " " not in m.name.strip() else (0, 0)
        chosen = pick(body, sign, full.get(fold(m.name), {})) if sign else None
        if chosen is None:
            out.append(m)
            continue
        out.append(Mention(start, m.end, body[start:m.end], "PERSON", full[fold(m.name)][chosen][0].start))
    return out


# The last article's named mentions → their referents, as `with_descriptions` linked them (read once).
_LINKED: dict[tuple[Mention, ...], list[ArticleEntity]] = {}


def _link_key(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(sorted(mentions, key=lambda m: (m.start, m.end, m.label)))


def with_descriptions(doc, mentions: list[Mention], body: str | None = None) -> list[Mention]:
    """The named mentions and the person descriptions that refer back to them (`descriptions`); a
    nationality the recognizer tagged NORP that is such a description ('the Briton') is one no more."""
    heads = description_heads(doc)
    if not heads:
        return mentions
    linked = link_mentions(mentions)
    _LINKED.clear()  # the caller links these mentions next: linking them twice cost +50% of the stage
    _LINKED[_link_key(mentions)] = linked
    found = find_descriptions(doc, heads, mentions, linked, body)
    if not found:
        return mentions
    kept = [m for m in mentions if not (m.label != "PERSON" and replaceable(m)
                                        and any(d.start < m.end and m.start < d.end for d in found))]
    return kept + found


def _is_dateline(ent, body: str) -> bool:
    """The place of a wire dateline opening a paragraph."""
    from storyline.clean.wire_dateline import opening_dateline

    if ent.start_char and body[ent.start_char - 1] != "\n":
        return False
    found = opening_dateline(body[ent.start_char: ent.start_char + _DATELINE_CHARS])
    return found is not None and found.place_start == 0 and ent.end_char - ent.start_char <= found.place_end


# pure, and asked for every referent and mention of the corpus at each entity merge: 167k calls, 4.0 of the
# merge's 18.4 profiled s on 3k generated articles, for a few thousand distinct names (docs/scale.md, perf40);
# twice canonical_alias's cache, as one refresh keys every name of the corpus in turn and an LRU smaller than
# that sweep misses on every call
@lru_cache(maxsize=131072)
def org_key(name: str) -> str:
    canonical = canonical_alias(name)
    return spelling_key(alias_key(department_key(canonical or name) or name))


def link_mentions(mentions: Sequence[Mention]) -> list[ArticleEntity]:
    """Group an article's mentions into referents (name coreference)."""
    entities: list[ArticleEntity] = []
    by_key: dict[str, ArticleEntity] = {}
    described = [m for m in mentions if m.label == DESC]
    mentions = [m for m in mentions if m.label != DESC]
    done = _LINKED.pop(_link_key(mentions), None) if _LINKED else None
    if done is not None:
        return _place_descriptions(done, described)
    namesakes = Namesakes.of(mentions)
    # a mention referring forward ('Delphine' in a headline before 'Hurricane Delphine') waits for its referent
    for m in sorted(mentions, key=lambda m: (max(m.start, m.refers_to), m.refers_to > m.start, m.start)):
        if m.refers_to >= 0 and (held := _referred(m, entities)) is not None:
            target: ArticleEntity | None = held
            if m.label not in ("PERSON", DESC):  # a defined short form: its later mentions find the body too
                by_key.setdefault(f"{m.label}:{org_key(m.name)}", held)
                held.mentions.append(m)  # and the name it was stated beside stays the body's: 'X, known in Malay as Y'
                continue
        elif m.label == "PERSON":
            target = _person_target(m, entities, namesakes)
        else:
            target = by_key.get(f"{m.label}:{org_key(m.name)}") or _short_org_target(m, entities) \
                or facility_opened(m, entities)
        if target is None:
            target = ArticleEntity(m.label, m.name)
            entities.append(target)
            by_key[f"{m.label}:{org_key(m.name)}"] = target
        _add(target, m)
    return _place_descriptions(_attach_leading_short_forms(entities), described)


def _referred(m: Mention, entities: list[ArticleEntity]) -> ArticleEntity | None:
    """The referent whose mention this one refers back to: the namesake 'the elder X' picks
    (`seniority_referents`), the named body a stated other name is ('… known as the Citadel',
    `stated_names`)."""
    return next((e for e in entities if any(x.start == m.refers_to for x in e.mentions)), None)


def _place_descriptions(entities: list[ArticleEntity], described: list[Mention]) -> list[ArticleEntity]:
    """Each description joins the person whose named mention it refers back to."""
    if described:
        holder = {m.start: e for e in entities if e.label == "PERSON" for m in e.mentions}
        for d in described:
            if (e := holder.get(d.refers_to)) is not None:
                e.mentions.append(d)
    return entities


def _add(entity: ArticleEntity, mention: Mention) -> None:
    entity.mentions.append(mention)
    if len(mention.name.split()) > len(entity.name.split()):
        entity.name = mention.name


def _person_target(m: Mention, entities: list[ArticleEntity], namesakes: Namesakes | None = None) -> ArticleEntity | None:
    name = fold(m.name)
    # 'Mrs. Clinton' never joins a Clinton whom honorifics call 'Mr.' (a married couple, two people)
    people = [e for e in reversed(entities) if e.label == "PERSON" and compatible_gender(m.gender, e.gender)]
    # 'Mrs. Fitch' after a bare 'Rep. Fitch' of unknown sex and 'Fitch's wife, Anne Fitch': the woman
    # named in full, not the bare namesake (entities10)
    sexed = {surname(e.name) for e in people if m.gender and e.gender == m.gender and len(e.name.split()) > 1}
    for e in people:  # the same full name, accents aside
        if fold(e.name) == name and not (len(name.split()) == 1 and not e.gender and name in sexed):
            return e
    if len(name.split()) == 1:
        # a bare surname: of the people whose name ends with it, the most mentioned so far, then the
        # most recent ("Cabello" after "Diosdado Cabello" ×3 and his cousin "Alexis Rodríguez Cabello" ×1)
        ending = [e for e in people if surname(e.name) == name] or \
            [e for e in people if name in fold(e.name).split()[1:]]
        if not gender_of(m.text):  # 'Pryce' beside a 'Mrs. Pryce': the namesake the article writes bare
            plain = [e for e in ending if not _called_by_honorific(e)]
            ending = plain if plain and len(plain) < len(ending) else ending
        if titles := office_titles([m.text]):
            ending = _titled(titles, ending)
        subject = namesakes.subject(name, m.gender) if namesakes else frozenset()
        if chosen := [e for e in ending if person_key(e.name) in subject]:
            return chosen[0]
        if m.gender:  # 'Mrs Pell' is the Pell known to be a woman ('Elaine Pell'), not one of unknown sex
            ending = [e for e in ending if e.gender == m.gender] or ending
        if gender_of(m.text) and len(ending) > 1:
            # 'Ms. Mehta' beside 'Dr. Anil Mehta' and 'Priya Mehta': a paper that writes courtesy titles
            # writes a doctor's or an official's own title on second reference (NYT style: 'Dr.', 'Senator'
            # before the surname, 'Mr.'/'Ms.' for the rest), so the courtesy title is the other namesake's
            ending = [e for e in ending if not office_titles(x.text for x in e.mentions)] or ending
        if ending:
            return max(ending, key=lambda e: len(e.mentions))
        # a given name alone ('Craig' after 'Craig Zadan'), when it is one person's only
        said = gender_of(m.text)
        given = [e for e in reversed(entities) if e.label == "PERSON" and len(fold(e.name).split()) > 1
                 and fold(e.name).split()[0] == name and compatible_gender(said, honorific_gender(e.mentions))]
        if len(given) > 1 and len(m.text.split()) > 1:
            # 'Mr Tan' beside 'Dr Tan Boon Kiat' and 'Mr Tan Hock Seng': the one written with that title
            # (Singapore's press titles every mention of a Chinese name, family name first; probe23)
            title = fold(m.text).split()[0].rstrip(".")
            given = [e for e in given if any(fold(x.text).split()[0].rstrip(".") == title for x in e.mentions)]
        return given[0] if len(given) == 1 else None
    words = name.split()
    # the last words of one longer name ('Boone Isaacs' after 'Cheryl Boone Isaacs')
    longer = [e for e in people
              if len(fold(e.name).split()) > len(words) and fold(e.name).split()[-len(words):] == words]
    if len(longer) == 1:
        return longer[0]
    # a bare surname met first joins the full name, unless the two carry different offices ('Dr. Aranda',
    # then 'State Rep. Paul Aranda': `_titled`), or the full name is set beside a kinship noun ('Fitch's
    # wife, Anne Fitch' after 'Rep. Fitch': `kin_apposed`)
    return None if m.kin else next((e for e in people if len(fold(e.name).split()) == 1 and surname(e.name) == surname(name)
                 and fold(m.name).split()[0] not in fold(e.name) and not _other_offices(e, m)), None)


def _other_offices(e: ArticleEntity, m: Mention) -> bool:
    """Both carry office titles and share none."""
    titles, own = office_titles(x.text for x in e.mentions), office_titles([m.text])
    return bool(titles and own and not titles & own)


def _titled(titles: set[str], people: list[ArticleEntity]) -> list[ArticleEntity]:
    """Of the people a titled bare surname ('Mayor Delgado') may be: those the article gives the
    title; none when it gives it to none of them and addresses each by another title or honorific
    ('Mr. Delgado', the mayor's father) — two forms of address, two people, whom the corpus merge
    tells apart by the title another article writes with the full name ('Mayor Rosa Delgado');
    so with another office title ('Dr. Aranda' beside 'State Rep. Paul Aranda', her husband); else all (a title the article gives only here: 'Dr. Natarajan' after 'Priya Natarajan')."""
    given = [e for e in people if titles & office_titles(x.text for x in e.mentions)]
    if given:
        return given
    # addressed by another title ('State Rep. Paul Aranda' for a 'Dr. Aranda') or honorific ('Mr. Delgado')
    addressed = [e for e in people if office_titles(x.text for x in e.mentions) or any(
        len(fold(x.name).split()) == 1 and fold(x.text) != fold(x.name) for x in e.mentions if x.label == "PERSON")]
    return [] if people and len(addressed) == len(people) else people


def _called_by_honorific(e: ArticleEntity) -> bool:
    """Every surname-alone mention of the person so far carries a woman's honorific ('Mrs. Pryce' twice): an article
    that writes her so and a namesake bare uses the honorific to tell a wife or daughter from the man, so a bare
    surname there is the other (ECB+ dev's 'Miss Jenkin' beside the accused 'Jenkin'). A man's 'Mr' tells nothing:
    British style writes it and drops it at will ('Mr Jackson' / 'Jackson' for the singer beside his father)."""
    short = [x for x in e.mentions if x.label == "PERSON" and len(fold(x.name).split()) == 1]
    return bool(short) and all(gender_of(x.text) == "f" for x in short)


def _short_org_target(m: Mention, entities: list[ArticleEntity]) -> ArticleEntity | None:
    """'the Journal' after 'the Wall Street Journal': a one-word org that ends a longer one seen before;
    an unlisted acronym after the one name of the article it spells."""
    words = fold(m.name).split()
    if (is_acronym(m.text) or mixed_acronym(m.text)) and not canonical_alias(m.text):  # 'AMPAS', 'AuGD'
        spelled = _spelled_names(m, entities)
        if len(spelled) == 1:
            return spelled[0]
    if word_acronym(m.text) and not canonical_alias(m.text):  # 'Defra': the initials exactly, none inside words
        spelled = [e for e in entities if e.label != "PERSON" and alias_key(m.text) in acronym_spellings(e.name)]
        if len(spelled) == 1:
            return spelled[0]
    # a one-word place or people is a name of its own, as across articles (link.org_merge.OWN_NAMED): 'Wales'
    # beside 'South Wales', 'Korea' beside 'South Korea' (branch ents33: 'In Wales, …' joined 'South Wales')
    if len(words) != 1 or m.label in ("GPE", "LOC", "NORP"):
        return None
    return next((e for e in reversed(entities) if e.label == m.label and len(fold(e.name).split()) > 1
                 and fold(e.name).split()[-1] == words[0]), None)


def _spelled_names(m: Mention, entities: list[ArticleEntity]) -> list[ArticleEntity]:
    """The article's names an acronym spells: by their initials ('AMPAS'), else with letters from
    inside a word ('FHWA', names.spells_within_words). The tagger's label on a bare acronym is weak
    evidence ('F.H.W.A.' tagged GPE beside 'the Federal Highway Administration' tagged ORG), so when
    no name of its own label is spelled, one name of another non-person label is."""
    key = alias_key(m.text)
    named = [e for e in entities if e.label == m.label or e.label != "PERSON"]
    # a paper's name as its masthead writes it too ('THR' for a mention 'The Hollywood Reporter')
    spelled = [e for e in named if key in acronym_spellings(e.name) or any(
        x.text.startswith("The ") and key in acronym_spellings(x.text) for x in e.mentions)]
    if not spelled:
        spelled = [e for e in named if e.label != "PERSON" and spells_within_words(m.text, e.name)]
    if not spelled:  # 'MOCA' leaves out a word of its name, 'AuGD' keeps a letter (long_forms: Schwartz & Hearst)
        spelled = [e for e in named if e.label != "PERSON" and spelled_across(m.text, e.name)]
    same = [e for e in spelled if e.label == m.label]
    return same or spelled


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
    full = [f for f in entities if f is not e and f.label == "PERSON" and len(f.name.split()) > 1
            and not any(m.kin for m in f.mentions)]  # a relative of the one written bare (`kin_apposed`)
    by_surname = [f for f in full if surname(f.name) == fold(e.name) and compatible_gender(e.gender, f.gender)]
    if titles := office_titles(m.text for m in e.mentions):
        by_surname = _titled(titles, by_surname)
        if not by_surname:
            return []
    said = honorific_gender(e.mentions)
    return by_surname or [f for f in full if fold(f.name).split()[0] == fold(e.name)
                          and compatible_gender(said, honorific_gender(f.mentions))]
