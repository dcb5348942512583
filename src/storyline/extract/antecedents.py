"""Whom 'he' or 'she' refers back to: people an article mentions, their sex, and their salience.

A personal pronoun that is a source ('“…,” she said') refers back, in news prose, to the person in
focus of the nearest sentence before it that mentions a compatible one: that sentence's speaker,
else its main-clause subject, else the person it names (centering: Grosz, Joshi & Weinstein 1995;
salience by grammatical role and recency: Lappin & Leass 1994). A person is compatible when nothing
says their sex differs from the pronoun's: an honorific ('Mrs', `rules/honorifics.toml`), a given
name that one sex bears (US Census 1990 first names, `rules/given_names.toml`) or a noun that
names a sex ('spokeswoman', `rules/speakers.toml`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.names import (
    COMPANY_HEADS,
    FEMALE_TITLES,
    MALE_TITLES,
    NAME_HEADS,
    TITLE_WORDS,
    fold,
    graded_title,
    looks_like_place,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MALE_NAMES = rules.words("given_names", "male_given_names")
FEMALE_NAMES = rules.words("given_names", "female_given_names")
# the union built once: written inside the tests below it made a 4,900-name set on every call (~1 ms
# each; issue 16)
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
MALE_NOUNS = rules.words("speakers", "male_person_nouns")
FEMALE_NOUNS = rules.words("speakers", "female_person_nouns")
ORG_HEADS = NAME_HEADS  # a company head ends no person's name either
PERSON_NOUNS = rules.words("speakers", "person_nouns")
# Words of a description set after a name by commas ('Keiji Fukuda, acting WHO assistant director-general,').
APPOSITION_WORDS = 7
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# A sentence ends at . ! ? (and closing quotes or brackets) before a capital, digit or opening
# quote, or at a line break: the spaCy sentences of a selectively parsed article run unparsed
# sentences together, so salience counts sentences of its own.
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘'`(]*[A-Z0-9])|\n+")
# How many sentences before the pronoun's own are searched: the pronoun of a quote refers to a
# person of the last two or three sentences (chosen on speakers round-2 dev, 100 items).
SENTENCES_BACK = 3
# A period after an abbreviated title ('Mr. Pattison', 'Sen. Doe', `rules/honorifics.toml
# [abbreviated_titles]`) or after an initial ('Sonya A. Zoghlin', 'U.S. Attorney') ends no sentence:
# splitting there made the pronoun's antecedent sentence a name's tail (speakers round-3 dev).
ABBREVIATED_TITLES = rules.words("honorifics", "abbreviated_titles")
_WORD_BEFORE_PERIOD = re.compile(r"([A-Za-z]+)\.$")


@dataclass(slots=True, frozen=True)
class Mention:
    """A person named in the article: where, as whom, and whether as a main-clause subject."""

    start: int
    name: str
    subject: bool
    possessive: bool


def pronoun_sex(word: str) -> str:
    return "m" if word.lower() in ("he", "him") else "f" if word.lower() in ("she", "her") else ""


def name_sex(name: str) -> str:
    """'m' or 'f' from a name's first given name ('Margaret Chan' → 'f', 'Melanie' → 'f': a person
    the article names by a given name alone); '' when the name is borne by both sexes or unknown."""
    words = fold(name).split()
    if not words:
        return ""
    first = words[0].strip(".")
    return "m" if first in MALE_NAMES else "f" if first in FEMALE_NAMES else ""


def noun_sex(head: str) -> str:
    """'spokeswoman' → 'f', 'father' → 'm', 'official' → ''."""
    return "m" if head in MALE_NOUNS else "f" if head in FEMALE_NOUNS else ""


def title_sex(ent: Span) -> str:
    """The sex an honorific right before or at the start of a name gives ('Mrs Clinton' → 'f')."""
    doc = ent.doc
    words = [fold(doc[ent.start - 1].text).strip(".")] if ent.start > 0 else []
    words.append(fold(ent[0].text).strip("."))
    for w in words:
        if w in MALE_TITLES:
            return "m"
        if w in FEMALE_TITLES:
            return "f"
    return ""


def looks_personal(ent: Span) -> bool:
    """A span the recognizer did not label PERSON that names a person all the same: an honorific or
    title right before it ('Dr Keiji Fukuda'), or two or three capitalised words led by a given name
    ('Leo Merores') and not ended by an organisation word ('Grace Church' is no one)."""
    if ent.label_ == "PERSON":  # but not a platform or agency the small model tags PERSON ('Twitter'),
        # nor a company named for its founder ('Harwick Savings', probe11)
        return fold(ent[-1].text) not in (COMPANY_HEADS if len(ent) > 1 else ORG_HEADS) and not looks_like_place(ent.text)
    if ent.label_ != "ORG" or not 1 <= len(ent) <= 3 or not all(t.is_alpha and t.text[0].isupper() for t in ent):
        return False
    before = fold(ent.doc[ent.start - 1].text).strip(".") if ent.start > 0 else ""
    if before in TITLE_WORDS and ent.doc[ent.start - 1].text[0].isupper():
        return True
    first = fold(ent[0].text)
    if fold(ent[-1].text) in ORG_HEADS:
        return False
    if _parsed_role(ent):  # 'Keswick, a two-term congressman from the valley,' (one word, tagged ORG)
        return True
    return len(ent) > 1 and (first in MALE_NAMES or first in FEMALE_NAMES or _role_apposition(ent))


def surname_sharers(ents: list[Span]) -> list[Span]:
    """Spans not labelled PERSON of two or three capitalised words led by a given name whose last
    word ends a PERSON span of the article ('Ellis Kovach and Marta Kovach' with 'Marta Kovach'
    tagged GPE): a given name before a surname the article gives a person names a person (the rule
    `mention_labels.correct_labels` applies to entity mentions; probe11 story, a married couple)."""
    surnames = {fold(e[-1].text) for e in ents if e.label_ == "PERSON"}
    return [e for e in ents if e.label_ != "PERSON" and 2 <= len(e) <= 3 and not looks_personal(e)
            and all(t.is_alpha and t.text[0].isupper() and not t.is_upper for t in e)
            and fold(e[0].text) in GIVEN_NAMES and fold(e[-1].text) in surnames]


def _parsed_role(ent: Span) -> bool:
    """A person's role set beside the name by apposition in the parse, with its own determiner
    ('Keswick, a two-term congressman from the valley, was blunt'): `_role_apposition` reads only a
    role that ends its commas; a body is described by what it is ('Orrin, the contractor')."""
    root = ent.root
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= ent.end and c.lemma_.lower() in PERSON_NOUNS
               and any(d.dep_ == "det" for d in c.children) for c in root.children)


def _role_apposition(ent: Span) -> bool:
    """A description set after the name by commas whose last word is a person's role ('Keiji Fukuda,
    acting WHO assistant director-general, said', `rules/speakers.toml [person_nouns]`): a body is
    described by what it is ('the streaming service'), a person by a role (round-3 dev, a given
    name the census lists does not cover)."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    for tok in doc[ent.end + 1: ent.end + 1 + APPOSITION_WORDS]:
        if tok.text == ",":
            last = fold(doc[tok.i - 1].text)
            return tok.i - 1 > ent.end and (last in PERSON_NOUNS or last.split("-")[0] in PERSON_NOUNS)
    return False


def capitalised(doc: Doc) -> list[int]:
    """Indices of the tokens written with a capital first letter, read from the annotation array
    (a Token object for every word costs more than the whole resolution: polnear-dev profile)."""
    from spacy.attrs import IS_TITLE, IS_UPPER

    return [i for i, (title, upper) in enumerate(doc.to_array([IS_TITLE, IS_UPPER]).tolist()) if title or upper]


def titled_names(doc: Doc, ents: list[Span], caps: list[int]) -> list[Span]:
    """Capitalised words right after a title that no PERSON span covers ('Essex Mr Fisher',
    '1612 President Preval' where the recognizer drew an ORG or a WORK_OF_ART): a title before a
    name marks a person (AP Stylebook 'titles'). Chains of titles ('Prime Minister') are skipped.
    Also a given name and a capitalised word outside any entity ('Quinton Winter')."""
    in_person = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    # a lone season or month word the recognizer labels DATE after a given name is a surname
    # ('Quinton Winter', 'Theresa May'): the given name says a person is named (speakers dev)
    in_any = {i for e in ents if not (e.label_ == "DATE" and len(e) == 1) for i in range(e.start, e.end)}
    found: list[Span] = []
    n, done = len(doc), -1
    for i in caps:
        if i <= done or i >= n - 1:
            continue
        if i not in in_any and _given_name_pair(doc, i, in_any):  # 'Quinton Winter' the recognizer missed
            found.append(doc[i:i + 2])
            done = i + 1
        elif fold(doc[i].text).strip(".") in TITLE_WORDS:
            j = i + 1
            while j < n and doc[j].text[:1].isupper() and (fold(doc[j].text).strip(".") in TITLE_WORDS
                                                           or graded_title(doc[j - 1].text, doc[j].text)):
                j += 1
            k = j
            while k < n and k - j < 3 and doc[k].is_alpha and doc[k].text[:1].isupper() and k not in in_person:
                k += 1
            if k > j and fold(doc[k - 1].text) not in ORG_HEADS:
                found.append(doc[j:k])
            done = k - 1
    return found


def _given_name_pair(doc: Doc, i: int, in_any: set[int]) -> bool:
    """A given name one sex bears and a capitalised word after it, neither in any entity span."""
    if i + 1 >= len(doc) or i + 1 in in_any:
        return False
    first, second = doc[i], doc[i + 1]
    return (first.is_alpha and second.is_alpha and first.text[:1].isupper() and second.text[:1].isupper()
            and not first.is_upper and not second.is_upper and fold(first.text) in GIVEN_NAMES
            and fold(second.text) not in ORG_HEADS and fold(second.text) not in TITLE_WORDS)


def is_subject(ent: Span, text: str, sentence_start: int) -> bool:
    """A main-clause subject, or a name in apposition to one ('the minister, Mike Foster, said');
    in a sentence left unparsed, a name among its first three words."""
    root = ent.root
    if root.dep_ == "":
        return len(text[sentence_start:ent.start_char].split()) <= 3
    if root.dep_ in SUBJECTS:
        return root.head.dep_ == "ROOT"
    return (root.dep_ == "appos" and root.head.dep_ in SUBJECTS and root.head.head.dep_ == "ROOT"
            and not coordinated(root))


def coordinated(tok: Token) -> bool:
    """A word joined to others by 'and'/'or' ('… for Children, Schools and Families'): a member of a
    list the parser hung on a noun as an apposition, not a name set beside it (speakers dev)."""
    return any(c.dep_ in ("cc", "conj") for c in tok.children)


def _abbreviation(text: str, period: int) -> bool:
    """Whether the period at `period` closes an abbreviated title or an initial, not a sentence."""
    if text[period] != ".":
        return False
    m = _WORD_BEFORE_PERIOD.search(text, max(0, period - 12), period + 1)
    if m is None:
        return False
    word = m.group(1)
    return (len(word) == 1 and word.isupper()) or (word[0].isupper() and word.lower() in ABBREVIATED_TITLES)


class Sentences:
    """Sentence starts of an article, found once; `index(pos)` is the sentence holding pos."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in SENTENCE_END.finditer(text) if not _abbreviation(text, m.start()))]

    def index(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def bounds(self, k: int, text_len: int) -> tuple[int, int]:
        return self.starts[k], self.starts[k + 1] if k + 1 < len(self.starts) else text_len
