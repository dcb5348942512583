"""Person names the small recognizer cuts or leaves untagged (entities10's stories): a name cut at
its middle initial ('Treasurer Lydia' of 'Treasurer Lydia M. Vance'), a role noun opening a sentence
taken into the name ('Organizer Bernadette Cole'), a full name with a middle initial left untagged,
and a person's bare surname left untagged after the article names them in full ('Hale said').

Pure functions over an article's mentions and its body.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.descriptions import KIN_NOUNS
from storyline.extract.names import ORG_HEADS, TITLE_WORDS, fold, looks_like_org, surname, written_lower
from storyline.extract.person_names import is_given_name
from storyline.extract.romanised_names import family_name_first
from storyline.extract.span_overlap import overlaps_any
from storyline.extract.speaker_words import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from storyline.extract.entities import Mention

# prepositions opening a sentence that the census lists as given names ('In', 'At')
_FUNCTION_WORDS = rules.words("aliases", "function_words") | {"at", "by", "as", "with", "from", "after", "before"}


# a courtesy title right before a surname, with or without its period (rules/honorifics.toml [courtesy_titles]), or
# an abbreviated office title without its period ([abbreviated_titles]: 'Dr Hale said', British style, beside a
# 'Mrs Hale' whose husband is 'Dr Martin Hale': probe31, where the doctor's second mention was no mention at all;
# 'Dr. Hale', with the period, stays the bare surname it was); not 'St', a saint's or a street's
def _title_alternation(words: frozenset[str]) -> str:
    return "|".join(sorted((w.capitalize() for w in words), key=len, reverse=True))


_COURTESY_BEFORE = re.compile(
    rf"(?<![\w.])(?:(?:{_title_alternation(rules.words('honorifics', 'courtesy_titles'))})\.?"
    rf"|(?:{_title_alternation(rules.words('honorifics', 'abbreviated_titles') - {'st'})})) $")


# 'Lydia M. Vance': the model ends the name at the initial's period ('Treasurer Lydia')
_INITIAL_AFTER = re.compile(r" [A-Z]\. [A-Z][\w'’-]+\b")


def middle_initial_after(mentions: list[Mention], body: str) -> list[Mention]:
    """A PERSON mention ending in a given name, followed by a middle initial and a capitalised word
    outside every mention, takes them in: the initial's period cut the name (entities10)."""
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        hit = _INITIAL_AFTER.match(body, m.end) if m.label == "PERSON" else None
        if hit and is_given_name(m.text.split()[-1]) and not any(m.end < s < hit.end() for s in starts):
            m = replace(m, end=hit.end(), text=body[m.start:hit.end()])
        out.append(m)
    return out


# a name after a run of titles: one to three capitalised words, up to a comma, a lower-case word or a sentence end
_NAME_AFTER_TITLES = re.compile(r" ((?:[A-ZÀ-ÞĀ-Ž][\w'’-]+ ){0,2}[A-ZÀ-ÞĀ-Ž][\w'’-]+)(?=[,;:]|[.!?]?[\"”’']?(?:\s|$)(?![A-Z]))")


def titled_names(mentions: list[Mention], body: str) -> list[Mention]:
    """'said Detective Sergeant Ciarán Tobin, who …': a mention of titles only (rules/honorifics.toml
    [office_titles], the police ranks of AP Stylebook 'police titles') that the recognizer tagged as a body,
    before capitalised words it tagged apart or not at all ('Tobin' GPE, the given name untagged: the small
    model loses an accented given name after two titles), is one person's mention, titles and name; the
    mentions inside the name are dropped (branch probe20)."""
    from storyline.extract.entities import Mention

    out: list[Mention] = []
    drop: set[tuple[int, int]] = set()
    people = [o for o in mentions if o.label == "PERSON"]
    for m in mentions:
        words = m.text.split()
        hit = _NAME_AFTER_TITLES.match(body, m.end) if m.label != "PERSON" and words else None
        # a name the recognizer tagged a person already takes its titles in (`entities._extend_left_over_titles`)
        if hit is not None and any(o.start < hit.end(1) and m.start < o.end for o in people):
            hit = None
        if hit is None or not all(fold(w).strip(".") in TITLE_WORDS and w[:1].isupper() for w in words) \
                or any(fold(w).strip(".") in TITLE_WORDS for w in hit[1].split()) or looks_like_org(hit[1]):
            out.append(m)
            continue
        drop |= {(o.start, o.end) for o in mentions if hit.start(1) <= o.start and o.end <= hit.end(1)}
        out.append(Mention(m.start, hit.end(1), body[m.start:hit.end(1)], "PERSON"))
    return [m for m in out if (m.start, m.end) not in drop]


# 'Minister for Health', 'Minister of State for Home Affairs': the Commonwealth form of a minister's title, the
# portfolio after it, then the name ('Minister for Finance Brian Lenihan', 'Minister for Elderly Care and Public
# Health Maria Larsson': 2 of the 3 such titles on timeline17-dev and polnear-dev; the Indian, Pakistani and
# Australian governments' own style, 'Minister for Inter-Provincial Coordination NAME')
# The portfolio's first words may stand outside the span the recognizer tagged ('Minister for Overseas' + 'Pakistanis
# Karen Bhatti' PERSON), or all of them ('Minister for Health' + 'Mark Butler').
_PORTFOLIO_BEFORE = re.compile(r"\bMinister(?: of State)? (?:for|of) (?:[A-ZÀ-Þ][\w'’-]*,? (?:(?:and|&) )?){0,5}$")
PORTFOLIO_LOOKBACK = 80
_NAME_WORD = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’-]+")


def portfolio_names(mentions: list[Mention], body: str) -> list[Mention]:
    """A portfolio and a name after 'Minister for' that the recognizer tagged one body or one person
    ('Inter-Provincial Coordination Rana Tariq Mehmood' ORG, 'Overseas Pakistanis Karen Bhatti' PERSON): from
    the first census given name on, two or three capitalised words, is the minister, a person (branch probe27);
    the portfolio names no body of its own."""
    from storyline.extract.entities import Mention

    out = []
    for m in mentions:
        words = m.text.split()
        at = portfolio_name_start(words, body, m.start) if m.label in ("ORG", "PERSON") else None
        if at is not None:
            start = m.start + len(" ".join(words[:at])) + 1
            m = Mention(start, m.end, body[start:m.end], "PERSON")
        out.append(m)
    return out


def _office_of_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(w).replace(r"\ ", " ") for w in sorted(rules.words("honorifics", "office_of_titles"), key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{heads})) (?:of|for) (?:[A-ZÀ-Þ][\w'’-]*,? (?:(?:and|&) )?){{0,5}}$")


# 'Director of Civil Aviation NAME', 'Commissioner of Police NAME': a statutory office named after 'of', written
# whole before its holder's name as a minister's portfolio is (rules/honorifics.toml [office_of_titles]); or after
# 'for', as 'Minister for' names a portfolio ('Commissioner for Customs NAME', 'Commissioner for Children NAME':
# East African revenue authorities' and the UK's statutory titles; branch probe44)
_OFFICE_OF_BEFORE = _office_of_pattern()


def office_of_before(text: str, start: int) -> bool:
    """'Director of Civil Aviation' (an office titled by what it is 'of') right before `start`."""
    return _OFFICE_OF_BEFORE.search(text, max(0, start - PORTFOLIO_LOOKBACK), start) is not None


def portfolio_name_start(words: list[str], body: str, start: int) -> int | None:
    """The index of the minister's given name in the words of a span at `start` right after 'Minister for'
    (or an office's holder after 'Director of …': office_of_before), else None."""
    if not (portfolio_before(body, start) or office_of_before(body, start)):
        return None
    return next((i for i in range(1, len(words)) if 2 <= len(words) - i <= 3 and is_given_name(words[i])
                 and all(_NAME_WORD.fullmatch(w) for w in words[i:])), None)


def portfolio_before(text: str, start: int) -> bool:
    """'Minister for Health' (and maybe more of a portfolio) right before `start`: the person there is a minister."""
    return _PORTFOLIO_BEFORE.search(text, max(0, start - PORTFOLIO_LOOKBACK), start) is not None


def portfolio_ents(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """The recognizer's spans with a portfolio and a minister's name tagged one body cut to the name, a person
    (`portfolio_names` over a parse of `text`, for the speaker resolver); and a person's span opening with a
    role noun in lower case cut to the name, as `opening_person_noun` cuts the mention ('ministry spokesperson
    Lok Bahadur Thapa said'; lead47)."""
    from spacy.tokens import Span as SpacySpan

    out = []
    for e in ents:
        if (e.label_ == "PERSON" and len(e) >= 3 and e[0].text[:1].islower() and fold(e[0].text) in PERSON_NOUNS
                and fold(e[0].text) not in TITLE_WORDS):
            out.append(SpacySpan(doc, e.start + 1, e.end, label="PERSON"))
            continue
        at = portfolio_name_start([t.text for t in e], text, e.start_char) if e.label_ in ("ORG", "PERSON") else None
        out.append(SpacySpan(doc, e.start + at, e.end, label="PERSON") if at is not None else e)
    return out


# a saint's name, its possessive and the building or institution named for the saint
_DEDICATION = re.compile(r"(?:['’]s)? (" + "|".join(w.capitalize() for w in sorted(rules.words("aliases", "dedication_heads"))) + r")\b")
_SAINT = re.compile(r"(?:St\.?|Saint) [A-Z][\w'’-]+(?:['’]s)?")


def saint_dedications(mentions: list[Mention], body: str) -> list[Mention]:
    """"St Brennan's Church", "St. Vincent's Hospital": a saint's name the recognizer tagged a person's
    ('St Brennan's' PERSON), right before a building's or institution's kind (rules/aliases.toml
    [dedication_heads]), is the place named for the saint, kind included (branch probe20); so is one it
    tagged a place ("St. Vincent's" GPE before 'Hospital')."""
    from storyline.extract.entities import Mention

    out = []
    for m in mentions:
        hit = _DEDICATION.match(body, m.end) if _SAINT.fullmatch(m.text) else None
        out.append(Mention(m.start, hit.end(), body[m.start:hit.end()], "FAC") if hit else m)
    return out


def opening_person_noun(mentions: list[Mention], body: str) -> list[Mention]:
    """'Organizer Bernadette Cole said …', 'Engineer Whitcomb said …': a role noun opening a sentence,
    capitalised by position only, before a name of two words or more or a surname of the article's, is
    no part of the name (rules/speakers.toml
    [person_nouns]; AP Stylebook lowercases occupational descriptions before a name). Formal titles
    ('Mayor', 'Treasurer') stay: the name strips them."""
    # 'Engineer Whitcomb said' after 'City engineer Paul D. Whitcomb': two words, the second a surname
    # the article gives a person named in full
    surnames = {m.name.split()[-1] for m in mentions if m.label == "PERSON" and len(m.name.split()) > 1
                and fold(m.name.split()[0]) not in PERSON_NOUNS}
    out = []
    for m in mentions:
        words = m.text.split()
        opening = m.start == 0 or re.search(r"(?:\n|[.!?][\"”’']?[ \t]+)$", body[max(0, m.start - 4):m.start])
        if (m.label == "PERSON" and (len(words) >= 3 or (len(words) == 2 and words[1] in surnames))
                and fold(words[0]) in PERSON_NOUNS
                and fold(words[0]) not in TITLE_WORDS and not is_given_name(words[0])
                # or written in lower case anywhere, as no name's first word is ('ministry spokesperson Lok
                # Bahadur Thapa said', the role word run into the name's span; lead47)
                and (opening or words[0][:1].islower())):
            cut = len(words[0]) + 1
            m = replace(m, start=m.start + cut, text=m.text[cut:])
        out.append(m)
    return out


_KIN_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]+['’]s|\b[Hh](?:is|er)|\b[Tt]heir)(?: [a-z-]+)? (?:"
                         + "|".join(sorted(KIN_NOUNS)) + r"),? $")


def kin_apposed(mentions: list[Mention], body: str) -> list[Mention]:
    """A full name right after a possessed kinship noun ('Fitch's wife, Anne Fitch', 'Her son, Mateo
    Ybarra', 'Mr. Hale's daughter, Sasha Hale'; rules/honorifics.toml [family_words]) names the
    relative: the possessor, whom the article may have written by surname alone before ('Rep.
    Fitch', 'Ms. Ybarra'), is another person of the same surname (entities10's stories)."""
    from storyline.extract.antecedents import noun_sex

    out = []
    for m in mentions:
        kin = _KIN_BEFORE.search(body, max(0, m.start - 48), m.start) if m.label == "PERSON" and len(m.name.split()) > 1 else None
        # the noun's own sex goes with the name ('her husband, NAME' is a man): a given name the census
        # lists may say nothing (Irish, Welsh, Hindi names), and 'Ms X' then joined the husband (probe39)
        out.append(replace(m, kin=True, kin_sex=noun_sex(kin[0].rstrip(", ").split()[-1])) if kin else m)
    return out


# 'Lydia M. Vance, who left …': a census given name, a middle initial and a capitalised word
_INITIALLED_NAME = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+) [A-Z]\. [A-Z][\w'’-]*[a-z][\w'’-]*\b")


def untagged_initialled_names(mentions: list[Mention], body: str) -> list[Mention]:
    """A given name, a middle initial and a capitalised word outside every mention is a person's
    full name the recognizer missed (AP Stylebook 'middle initials': people who use one are written
    with it); the initial and its period are no other name's pattern. Not after a function word the
    census lists as a given name ('In A. Lincoln Park')."""
    from storyline.extract.entities import Mention

    return [Mention(hit.start(), hit.end(), hit[0], "PERSON") for hit in _INITIALLED_NAME.finditer(body)
            if is_given_name(hit[1]) and fold(hit[1]) not in _FUNCTION_WORDS and not overlaps_any(mentions, hit.start(), hit.end())]


# 'the spokesperson of the authority, Mr Tunde Adebayo, said' (probe24): a courtesy title before a full name
# of two or three capitalised words. The titles that are also common nouns or given names in running text
# ('Miss Universe', 'Lady Justice', 'Lord Mayor', 'Don Smith') are left out, and a period only follows an
# abbreviation ('First Lady. First Woman' is no title). Dev counts: fnc1-dev's 451 bodies write 7 such
# names, polnear-dev's 84 texts none (US style titles a surname alone); the recognizer tagged all of them,
# so the rule adds what the small model misses in Commonwealth and West African house style (British
# papers and the News Agency of Nigeria title the full name at first mention).
_TITLE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "mx"})
_TITLES_BEFORE_NAMES = sorted((w.capitalize() for w in rules.words("honorifics", "courtesy_titles")
                               - {"miss", "don", "doña", "lord", "lady", "madam", "madame"}), key=len, reverse=True)
_TITLED_NAME = re.compile(rf"(?<![\w.])({'|'.join(map(re.escape, _TITLES_BEFORE_NAMES))})(\.?) "
                          r"([A-Z][\w'’-]*[a-z][\w'’-]*(?: [A-Z][\w'’-]*[a-z][\w'’-]*){1,2})\b")


def untagged_titled_names(mentions: list[Mention], body: str) -> list[Mention]:
    """A courtesy title and a full name of two or three capitalised words, outside every mention, is a
    person's name the recognizer missed (with its title, as the recognizer's own titled mentions are);
    not a name opening with a function word or an office title, nor one with an organisation's head."""
    from storyline.extract.entities import Mention

    found = []
    for hit in _TITLED_NAME.finditer(body):
        words = [fold(w) for w in hit[3].split()]
        if (hit[2] and fold(hit[1]) not in _TITLE_ABBREVIATIONS) or words[0] in _FUNCTION_WORDS \
                or words[0] in TITLE_WORDS or looks_like_org(hit[3]) \
                or overlaps_any(mentions, hit.start(), hit.end()):
            continue
        found.append(Mention(hit.start(), hit.end(), hit[0], "PERSON"))
    found += _untagged_office_names(mentions + found, body)
    return found + _untagged_office_of_names(mentions + found, body)


# 'Sheriff Wade Lindqvist said …' left untagged (branch probe30): an office title only a person holds, written out
# (rules/honorifics.toml [person_office_titles]; no period: 'Gen.' or 'Rev.' may end a sentence), then a full name
# whose first word is a known given name. On 300 fnc1-dev bodies and polnear-dev's dev texts the recognizer tagged
# all 91 such names, so the rule only adds what it misses; it reads no name the census does not open
_OFFICE_TITLES = sorted((w.capitalize() for w in rules.words("honorifics", "person_office_titles") if len(w) > 3),
                        key=len, reverse=True)
_OFFICE_NAME = re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, _OFFICE_TITLES))}) "
                          r"([A-Z][\w'’-]*[a-z][\w'’-]*(?: [A-Z][\w'’-]*[a-z][\w'’-]*){1,2})\b")


def _untagged_office_names(mentions: list[Mention], body: str) -> list[Mention]:
    from storyline.extract.entities import Mention

    return [Mention(hit.start(), hit.end(), hit[0], "PERSON") for hit in _OFFICE_NAME.finditer(body)
            if is_given_name(fold(hit[1].split()[0])) and fold(hit[1].split()[0]) not in _FUNCTION_WORDS
            and not looks_like_org(hit[1]) and not any(fold(w) in TITLE_WORDS for w in hit[1].split())
            and not overlaps_any(mentions, hit.start(), hit.end())]


# 'Commissioner for Customs Agnes Wafula told MPs' left untagged whole (branch probe44): an office titled after 'of' or
# 'for' (office_of_before), its capitalised words, then a census given name and one or two more capitalised words
_OFFICE_OF_RUN = re.compile(r"(?<![\w.])(?:[A-Z][\w'’-]*\s){1,7}[A-Z][\w'’-]*")


def _untagged_office_of_names(mentions: list[Mention], body: str) -> list[Mention]:
    from storyline.extract.entities import Mention

    found = []
    for run in _OFFICE_OF_RUN.finditer(body):
        words = run[0].split()
        at = next((i for i in range(len(words)) if office_of_before(body, run.start() + len(" ".join(words[:i])) + (i > 0))),
                  None)
        if at is None:
            continue
        name_at = portfolio_name_start(words[at:], body, run.start() + len(" ".join(words[:at])) + (at > 0))
        if name_at is None:
            continue
        start = run.start() + len(" ".join(words[:at + name_at])) + 1
        if not looks_like_org(body[start:run.end()]) and not overlaps_any(mentions, start, run.end()):
            found.append(Mention(start, run.end(), body[start:run.end()], "PERSON"))
    return found


def untagged_full_names(mentions: list[Mention], body: str) -> list[Mention]:
    """The full names the recognizer left untagged: with a middle initial, or after a courtesy title."""
    return untagged_initialled_names(mentions, body) + untagged_titled_names(mentions, body)


def untagged_surnames(mentions: list[Mention], body: str) -> list[Mention]:
    """'Hale said …', 'Vance told jurors …' after the article named Viktor Hale or Lydia Vance in full:
    the bare surname the recognizer left untagged is a mention of that name (AP Stylebook: a person
    is named in full once, by surname after). Only after the first full mention, outside every
    mention, with no capitalised word right before or after it ('the Hale Family Foundation' is a
    body's name), and not in a title-case headline."""
    from storyline.extract.entities import Mention
    from storyline.extract.mention_spans import _title_case_line

    first: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label == "PERSON" and len(words := m.name.split()) > 1:
            first.setdefault(words[0] if family_name_first(fold(m.name).split()) else words[-1], m.end)
    found = []
    for word, after in first.items():
        # a surname is no common word the article writes lower-case ('State' of a 'Harwick State'
        # the model took for a person) nor an organisation's head
        if fold(word) != surname(word) or not word[:1].isupper() or fold(word) in ORG_HEADS \
                or written_lower(word, body):
            continue
        for hit in re.finditer(rf"(?<![\w'’.-]){re.escape(word)}(?![\w-])", body[after:]):
            start, end = after + hit.start(), after + hit.end()
            # a courtesy title before it is the name's ('Mr Bell said', British style without the period:
            # the lead's twenty-first invented story), not another capitalised word of a name
            title = _COURTESY_BEFORE.search(body[max(0, start - 8):start])
            start = start - len(title.group(0)) if title else start
            if overlaps_any(mentions, start, end) or _title_case_line(body, start) \
                    or re.match(r"(?:['’]s)? [A-Z]", body[end:end + 4]) \
                    or (not title and re.search(r"[A-Z][\w'’-]* $", body[max(0, start - 24):start])):
                continue
            found.append(Mention(start, end, body[start:end], "PERSON"))
    return found


@cache
def _said() -> re.Pattern[str]:
    verbs = "|".join(sorted(rules.words("speakers", "closing_speech_verbs")))
    return re.compile(rf"\s+(?:{verbs})\b")


def speaking(m: Mention, body: str) -> bool:
    """The mention stands right before an attribution verb ('Steyn said')."""
    return _said().match(body, m.end) is not None


def surname_speakers(mentions: list[Mention], body: str) -> list[Mention]:
    """'"That was a fine spell," Steyn said.' after 'coach Kobus Steyn': a bare surname the recognizer tagged an
    organisation, right before an attribution verb (rules/speakers.toml [closing_speech_verbs]), after the article
    named that person in full, is the person (AP Stylebook: named in full once, by surname after; a firm or body
    one word long seldom 'said' in the same breath as a namesake person). Branch probe38: a coach's and a lawyer's
    surnames after their quotes were tagged ORG, so the quotes went to no one."""
    from storyline.extract.entities import Mention

    first: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label == "PERSON" and len(words := m.name.split()) > 1:
            first.setdefault(fold(words[-1]), m.end)
    out = []
    for m in mentions:
        key = fold(m.text)
        if m.label == "ORG" and " " not in m.text.strip() and first.get(key, len(body)) <= m.start and speaking(m, body):
            m = Mention(m.start, m.end, m.text, "PERSON")
        out.append(m)
    return out


# 'Maria Okonkwo and her husband, Emeka Okonkwo, …': two or three capitalised words right after a
# possessed kinship noun and its comma (the apposition kin_apposed reads)
_KIN_NAME = re.compile(r"(?:\b[Hh](?:is|er)|\b[Tt]heir)(?: [a-z-]+)? (?:" + "|".join(sorted(KIN_NOUNS))
                       + r"), ([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})(?=[,.;]| and\b| who\b)")
# '…," said Emeka Okonkwo, who volunteers there': a name the relative 'who' takes up is a person's
# ('who' selects a personal antecedent: Huddleston & Pullum 2002 ch. 12 §3.1; AP Stylebook 'who, whom':
# 'that' and 'which' for things and organisations)
_WHO_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}), who\b")
# 'Walter and June Haskins had 20 minutes to leave': a couple named with one surname after two given
# names (CMOS 8.4 shared surnames), the second full name the small model leaves untagged when its given
# name is also a month's or a word's ('June', 'May', 'Rose'; probe18); not before a further capitalised
# word ('the Bill and Melinda Gates Foundation') nor after one ('Procter and Gamble' aside, 'Johnson and
# Johnson' are no given names)
_COUPLE_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z'’-]+) (?:and|&) (([A-Z][a-z'’-]+) [A-Z][a-z'’-]+)\b(?! [A-Z&])")


def untagged_kin_and_who_names(mentions: list[Mention], body: str) -> list[Mention]:
    """A full name the recognizer missed or took for an organisation, where the grammar says it is a
    person's: after a possessed kinship noun ('her husband, Emeka Okonkwo') or before the relative 'who'
    ('said Emeka Okonkwo, who volunteers there with his wife'), or the second of a couple named with
    one surname ('Walter and June Haskins'). A PERSON mention of it (a mention
    inside it under another label gives way); not a name whose first word is a function word or a
    title-case headline's, nor one with an organisation's head word ('the Velez Family Foundation, who
    thanked donors'; lead18: the small model tagged 'Okonkwo' ORG and missed 'Emeka Okonkwo')."""
    from storyline.extract.entities import Mention

    found = [(h.start(1), h.end(1)) for pattern in (_KIN_NAME, _WHO_NAME) for h in pattern.finditer(body)
             if fold(h[1].split()[0]) not in _FUNCTION_WORDS and "\n" not in h[1] and not looks_like_org(h[1])]
    found += [(h.start(2), h.end(2)) for h in _COUPLE_NAME.finditer(body) if _couple(h)]
    out = list(mentions)
    for s, e in sorted(set(found)):
        inside = [m for m in out if s < m.end and m.start < e]
        if any(m.label == "PERSON" or m.start < s or m.end > e for m in inside):
            continue  # a person already, or a longer name ('the Okonkwo Family Foundation, who …')
        out = [m for m in out if m not in inside] + [Mention(s, e, body[s:e], "PERSON")]
    return sorted(out, key=lambda m: (m.start, m.end))


def _couple(hit: re.Match[str]) -> bool:
    """Two given names of the census lists before one capitalised surname, no function word or
    organisation's head word among them ('Walter and June Haskins'; not 'Smith and Wesson Holdings')."""
    first, second = hit[1], hit[3]
    if re.search(r"[A-Z][\w'’.-]* $", hit.string[max(0, hit.start() - 30):hit.start()]):
        return False
    return (is_given_name(first) and is_given_name(second) and fold(first) not in _FUNCTION_WORDS
            and fold(second) not in _FUNCTION_WORDS and not looks_like_org(hit[2]))


# an occupational or civic description right before a two-word capitalised name ('Dunedin resident Mere
# Tawhiri said', 'company spokeswoman Naomi Fitch'): AP style lowercases the description, so the capitalised
# words after it are the person's name
_DESCRIBED_NAME = re.compile(r"\b(?P<noun>[a-z]+) (?P<name>[A-Z][a-zà-ÿ'’-]+ [A-Z][a-zà-ÿ'’-]+)(?![\w'’-]| [A-Z])")


def described_names(mentions: list[Mention], body: str) -> list[Mention]:
    """A two-word name right after a lower-case person noun (rules/speakers.toml [person_nouns]) that the
    recognizer left untagged or tagged in part as another kind ('Tawhiri' an organisation in 'resident Mere
    Tawhiri', a Māori given name no census list holds: the lead's twenty-first invented story) is a person:
    the mentions inside it give way to one PERSON mention. Not when the name ends in an organisation's head
    or reads as one, nor over a PERSON mention already there."""
    from storyline.extract.entities import Mention

    out = list(mentions)
    for hit in _DESCRIBED_NAME.finditer(body):
        start, end, name = hit.start("name"), hit.end("name"), hit["name"]
        if hit["noun"] not in PERSON_NOUNS or fold(name.split()[-1]) in ORG_HEADS or looks_like_org(name):
            continue
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.label == "PERSON" or m.start < start or m.end > end for m in inside):
            continue
        out = [m for m in out if m not in inside] + [Mention(start, end, name, "PERSON")]
    return sorted(out, key=lambda m: m.start)



# a role noun with what it serves, then a two- or three-word name set off by commas, maybe with letters after it in
# brackets ('Counsel to the consortium, Emeka Nwankwo (SAN), urged …', 'The spokesperson of the corporation, Chidi
# Eze, said …', 'A transport economist at the university, Ngozi Eze, said …'): the shape in which Nigerian,
# Malaysian and British papers introduce a person; the small recognizer missed the West African names in it or tagged
# their surname alone an organisation (branch probe40: two Senior Advocates of Nigeria, each no entity at all)
_ROLE_COMMA_NAME = re.compile(
    r"\b(?P<noun>[A-Za-z]+) (?:to|of|for|at) [^,.;:!?\n\"“”]{2,70}, "
    r"(?P<name>[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){1,2})(?: \([A-Z]{2,4}\))?(?=,)")


# a place the recognizer tagged whole after a role ('the mayor of Perth, Western Australia,') is no name
_PLACE_LABELS = frozenset({"GPE", "LOC"})


@cache
def role_comma_spans(body: str) -> tuple[tuple[int, int], ...]:
    """Where a name stands set off by commas after a person noun and what it serves ('Counsel to X, NAME (SAN),');
    not a name that reads as an organisation's, opens with a function word or holds a title."""
    out = []
    for hit in _ROLE_COMMA_NAME.finditer(body):
        words = hit["name"].split()
        if fold(hit["noun"]) in PERSON_NOUNS and fold(words[-1]) not in ORG_HEADS and not looks_like_org(hit["name"]) \
                and fold(words[0]) not in _FUNCTION_WORDS and not any(fold(w) in TITLE_WORDS for w in words):
            out.append((hit.start("name"), hit.end("name")))
    return tuple(out)


def role_comma_names(mentions: list[Mention], body: str) -> list[Mention]:
    """A name set off by commas after a person noun and what it serves (role_comma_spans), left untagged or
    tagged in part ('Adebayo' of 'Tunde Adebayo (SAN)'), is a person: the mentions inside it give way to one PERSON
    mention. Not over a longer span or a place or body the recognizer tagged as a
    whole ('the mayor of Perth, Western Australia,')."""
    from storyline.extract.entities import Mention

    out = list(mentions)
    for start, end in role_comma_spans(body):
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start or m.end > end or (m.label in _PLACE_LABELS and len(m.text.split()) > 1) for m in inside) \
                or any(m.label == "PERSON" and (m.start, m.end) == (start, end) for m in inside):
            continue  # a longer span, a place tagged whole, or the person already
        out = [m for m in out if m not in inside] + [Mention(start, end, body[start:end], "PERSON")]
    return sorted(out, key=lambda m: m.start)
