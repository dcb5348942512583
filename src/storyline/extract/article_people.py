"""Who an article names: the people a speaker resolver refers sources back to.

The fullest mention of each person ('Smith' → 'Anna Smith'), the roles the text gives them ('interim
president Ruiz'), and every mention of a person outside quotation marks with where it stands and
the sex its honorifics tell; with the article's sentence index and its test for quotation marks,
through which those mentions are read. Names are compared folded and without titles (`fold`,
`clean_name`). Used by storyline.extract.speakers.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.antecedents import (
    FEMALE_NAMES,
    GIVEN_NAMES,
    MALE_NAMES,
    Mention,
    Sentences,
    is_subject,
    looks_personal,
    name_sex,
    surname_sharers,
    title_sex,
    titled_names,
)
from storyline.extract.names import (
    FEMALE_TITLES,
    GENERATIONS,
    MALE_TITLES,
    POST_NOMINALS,
    TITLE_WORDS,
    compound_title,
    graded_title,
)
from storyline.extract.person_names import same_person_name
from storyline.extract.person_spans import portfolio_before, role_comma_spans
from storyline.extract.seniority import GENERATION_SUFFIXES, Named, pick
from storyline.extract.speaker_words import PERSON_NOUNS, name_words, surface_appositions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Titles stripped from names so "Mr Smith" and "President John Smith" are one person.
TITLES = rules.words("speakers", "name_titles")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# given names the census gives both sexes ('Dale', 'Dana'): a given name, of no sex
BOTH_NAMES = rules.words("given_names", "both_sexes_given_names")
# 'his mother, Jane Roe,': a relative the article introduces beside the person it is about (rules/honorifics.toml
# [family_words]); a bare surname after both is the principal's (AP Stylebook 'names': family members who share
# a surname are told apart by first name on second reference, so the bare surname stays the subject's; probe43)
_KIN_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:" + "|".join(sorted(rules.words("honorifics", "family_words")))
                         + r"),\s*$", re.I)
# every given name, of one sex or both, built once (a union inside the test below was ~1 ms per
# one-word entity: ~0.5 s of the 90 extraction-dev pages' quotes stage; issue 16)
ANY_GIVEN_NAMES = GIVEN_NAMES | BOTH_NAMES


@lru_cache(maxsize=65536)  # pure, and asked again for every mention compared
def fold(word: str) -> str:
    """Lower-case, accents removed, possessive dropped: 'Guaidó’s' → 'guaido'."""
    word = word.lower().replace("’s", "").replace("'s", "").strip(".,’'")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def company_short_names(ents: list[Span]) -> frozenset[str]:
    """The first words of the companies the article names ('Lunar Semiconductor Corp'): a one-word
    'Lunar' tagged PERSON there is the company called short ('Lunar's chairman'; lead40), as
    mention_labels.leading_org_words reads entity mentions, unless a person named in full bears it."""
    from storyline.extract.names import COMPANY_HEADS

    people = {fold(t.text) for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    firsts = {fold(e[0].text) for e in ents
              if e.label_ == "ORG" and len(e) > 1 and fold(e[-1].text).strip(".") in COMPANY_HEADS}
    return frozenset(firsts - people)


def clean_name(tokens: list[str]) -> list[str]:
    """Drop leading titles and trailing possessive/punctuation tokens from a name."""
    words: list[str] = []
    for t in (t for t in tokens if t not in ("’s", "'s", "'", "’", ",", ".")):
        if words and (t in ("-", "‐") or words[-1].endswith(("-", "‐"))):
            words[-1] += t  # 'Ban Ki-moon' tokenised 'Ki' '-' 'moon'
        else:
            words.append(t)
    while words and (fold(words[0]) in TITLES or fold(words[0]).rstrip(".") in TITLES or compound_title(words)):
        # 'Fire Marshal NAME', 'Datuk Seri NAME': both words
        both = compound_title(words) or (len(words) > 2 and graded_title(words[0], words[1]))
        words = words[2:] if both else words[1:]
    # letters after the name are no part of it ('Mokoena SC', 'Helen Marsh KC': rules/honorifics.toml [post_nominals])
    while len(words) > 1 and words[-1].strip("()") in POST_NOMINALS:
        words = words[:-1]
    return words


def role_comma_ents(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names set off by commas after a role and what it serves ('Counsel to X, NAME (SAN),':
    person_spans.role_comma_spans) that the recognizer missed or tagged another kind (branch probe40)."""
    persons = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"]
    out = []
    for start, end in role_comma_spans(doc.text):
        span = doc.char_span(start, end, label="PERSON")
        if span is not None and not any(a < end and start < b for a, b in persons):
            out.append(span)
    return out


class ArticlePeople:
    """The people one parsed article names, found once and asked by the resolver in text order."""

    def __init__(self, doc: Doc, text: str | None, ents: list[Span], caps: list[int]) -> None:
        """`ents`: the article's entities (doc.ents, listed once); `caps`: its capitalised words."""
        self.doc = doc
        self.ents = ents
        self._text: str | None = text
        self._mentions: list[Mention] | None = None
        self._sentences: Sentences | None = None
        self._sex: dict[str, set[str]] = {}
        # one-word names the article writes after a title ('Dr Lamont'): surnames, whose sex no given-name list tells
        self._titled_surnames: set[str] = set()
        self._caps = caps
        self._inside_caps: frozenset[str] | None = None
        # people the recognizer saw, and those it mislabelled or missed that a title or given name shows
        self.company_short = short = company_short_names(self.ents)
        self.person_spans = sorted([e for e in self.ents if looks_personal(e) and not (len(e) == 1 and fold(e.text) in short)]
                                   + surname_sharers(self.ents) + titled_names(doc, self.ents, self._caps)
                                   + role_comma_ents(doc, self.ents),
                                   key=lambda e: e.start)
        self.people = self._people(self.person_spans)
        self.titles = self._titles(self.person_spans)

    # -- the article's people and their titles -------------------------------------------
    def _people(self, ents: list) -> dict[str, str]:
        """Surname key → the fullest mention of that person in the article (and, in self.names,
        every full name with that surname: 'Jonas Brede' and 'Elin Brede' are two people)."""
        people: dict[str, str] = {}
        self.names: dict[str, list[str]] = {}
        self.first_named: dict[str, int] = {}  # a full name → where the article first names it
        self.kin_named: set[str] = set()  # full names introduced as someone's relative ('his mother, NAME')
        for ent in ents:
            words = clean_name(name_words(ent))
            if not words:
                continue
            # 'Conrad Pell Jr.' by 'pell', the word before its suffix: 'Mr Pell' is he (branch probe20)
            key = fold(words[-2] if len(words) > 2 and fold(words[-1]) in GENERATIONS else words[-1])
            self.names.setdefault(key, []).append(" ".join(words))
            self.first_named.setdefault(" ".join(words), ent.start_char)
            if _KIN_BEFORE.search(self.doc.text[max(0, ent.start_char - 40):ent.start_char]):
                self.kin_named.add(" ".join(words))
            if len(words) > len(people.get(key, "").split()):
                people[key] = " ".join(words)
        for name, at in self._shared_surnames():
            self.names.setdefault(fold(name.split()[-1]), []).append(name)
            self.first_named[name] = min(at, self.first_named.get(name, at))
        return people

    def _shared_surnames(self) -> list[tuple[str, int]]:
        """'Arthur and Gloria Benedetti': a lone given name coordinated with a full name bears its
        surname ('Arthur Benedetti'), whatever label the recognizer gave it ('Gregory' ORG), so a
        later 'Mr. Benedetti' is he, not the one named in full (CMOS 8.4 shared surnames; probe11)."""
        spans = {e.end - 1: e for e in self.ents if e.label_ == "PERSON" and len(e) > 1}
        starts = {e.start: e for e in spans.values()}
        out = []
        for ent in self.ents:
            word = fold(ent.text)
            if len(ent) != 1 or not ent.text[:1].isupper() or word not in ANY_GIVEN_NAMES:
                continue
            full = next((spans[c.i] for c in ent[0].children if c.dep_ == "conj" and c.i in spans), None)
            doc = ent.doc
            if full is None and ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("and", "&"):
                # a sentence left unparsed: 'Dale and Carol Vogel' by its words, the full name two words
                full = next((e for e in (starts.get(ent.end + 1),) if e is not None and len(e) == 2), None)
            if full is not None:
                out.append((f"{ent.text} {full[-1].text}", ent.start_char))
        return out

    def _titles(self, ents: list) -> list[tuple[int, str, str]]:
        """(pos, title lemma, person) for 'interim president Ruiz', 'Smith, the envoy' and 'Kidd is a
        political scientist': roles the text itself gives a named person.

        A definite description by a title refers back to the person given that title (definite
        descriptions as anaphors: Poesio & Vieira 1998); `_titled` widens it to the roles a title covers.
        """
        found = []
        for ent in ents:
            if not clean_name([t.text for t in ent]):
                continue
            name = self.person_name(name_words(ent))
            root = ent.root
            for tok in list(root.lefts) + list(root.rights):
                if tok.pos_ == "NOUN" and tok.dep_ in ("compound", "appos", "amod"):
                    found.append((ent.start_char, tok.lemma_.lower(), name))
                elif tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.i < ent.start and fold(tok.text) in PERSON_NOUNS:
                    # a role capitalised as a title before the name ('Superintendent Howard Pruitt'; AP
                    # Stylebook 'titles'), which the tagger reads as part of the name
                    found.append((ent.start_char, fold(tok.text), name))
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                found.append((ent.start_char, root.head.lemma_.lower(), name))
            elif root.dep_ == "appos" and root.head.pos_ == "PROPN" and fold(root.head.text) in PERSON_NOUNS:
                # the title capitalised before the name set off by commas ('The Australian Information
                # Commissioner, Carly Whitford, has …'): a later 'the commissioner' is she (branch probe23)
                found.append((ent.start_char, fold(root.head.text), name))
            if root.dep_ in SUBJECTS and root.head.lemma_ == "be":  # 'Kidd is a political scientist'
                found.extend((ent.start_char, c.lemma_.lower(), name) for c in root.head.children
                             if c.dep_ == "attr" and c.pos_ == "NOUN")
            for tok in self._title_tokens(ent):  # 'Sen. Jane Doe', 'Rep. Doe'
                found.append((ent.start_char, fold(tok.text), name))
            if portfolio_before(self.article_text(), ent.start_char):  # 'Minister for Health Mark Butler'
                found.append((ent.start_char, "minister", name))
            found.extend((ent.start_char, role, name) for role in _relative_clause_roles(root))
            if not root.dep_:  # a sentence left unparsed (parse_selectively): the apposition by its form
                found.extend((ent.start_char, title, name) for title in surface_appositions(self.doc, ent))
        return found

    def _title_tokens(self, ent) -> list[Token]:
        """Title words written just before a name, or as its first words ('Sen.', 'Gov.')."""
        toks = [t for t in ent if fold(t.text) in TITLES or fold(t.text).rstrip(".") in TITLES]
        i = ent.start - 1
        while i >= 0 and (fold(self.doc[i].text) in TITLES or fold(self.doc[i].text).rstrip(".") in TITLES):
            toks.append(self.doc[i])
            i -= 1
        return toks

    def person_name(self, words: list[str], before: int | None = None) -> str:
        """The fullest mention of the person whose surname ends `words`; an honorific picks among
        those sharing the surname ('Mr. Mehta' is Raj Mehta, not Priya Mehta, his wife), among those
        named before character `before` when any is (a reference points back: 'Mr. Vogel' after 'Dale
        and Carol Vogel' is not their son Aaron Vogel, named further on)."""
        sex = next((s for w in words if (s := _honorific_sex(w))), "")
        title = words[0] if len(words) > 1 and len(clean_name(words)) == 1 else ""
        words = clean_name(words)
        if not words:
            return ""
        key = fold(words[-1])
        if len(words) == 2 and fold(words[0]).rstrip(".") in TITLE_WORDS and not any(
                fold(words[0]) in {fold(w) for w in n.split()[:-1]} for n in self.names.get(key, [])):
            # an office title clean_name keeps as a possible given name ('Chief Okafor'), which no full name
            # of the surname opens with, is the title (rules/honorifics.toml [office_titles]; probe28)
            title, words = words[0], words[1:]
        if len(words) > 1:  # a first name picks its own person among those sharing the surname
            given = {fold(w) for w in words[:-1]}
            same = [n for n in self.names.get(key, []) if given & {fold(w) for w in n.split()[:-1]}]
            # a son's 'Jr' is no fuller form of his father's name ('Winston Clarke' beside 'Winston Clarke Jr':
            # person_names.same_person_name keeps father and son two; lead30)
            written = " ".join(words)
            same = [n for n in same if same_person_name(written, n)] or same
            return max(same, key=lambda n: len(n.split()), default=written)
        full = sorted({n for n in self.names.get(key, []) if len(n.split()) > 1})
        if sex and before is not None:
            earlier = [n for n in full if self.first_named.get(n, 0) < before]
            if full and not earlier:
                # every full name of the surname comes later: 'Ms Prasad said' after a 'Seema Prasad' the
                # recognizer missed is not the 'Ravinesh Prasad' named further on (a reference points back,
                # AP Stylebook 'names': first reference in full); the surname alone (branch probe37)
                return words[0]
            full = earlier
        if sex and full:  # the namesake of that sex, else the one nothing says is not; else the surname
            fits = [n for n in full if sex in self._known_sex(n)] or [n for n in full if not self._known_sex(n)]
            return fits[0] if len(fits) == 1 else words[0]
        if title and len(full) > 1:  # 'Chief Okafor' is the one the article wrote 'Chief' before in full ('Chief
            # Emeka Okafor'), not his daughter 'Chioma Okafor': a title no sex is told by picks as 'Mr' does (probe28)
            text = self.article_text()
            titled = [n for n in full if re.search(rf"\b{re.escape(title)}\.?\s+{re.escape(n)}\b", text)]
            if len(titled) == 1:
                return titled[0]
        named = sorted((self.first_named.get(n, before), n) for n in full if self.first_named.get(n, before) < before) \
            if before is not None and not title and len(full) > 1 else []
        principals = [x for x in named if x[1] not in self.kin_named]
        named = principals if principals and len(principals) < len(named) else named
        if named:  # two namesakes and no title or sex to pick by: the bare surname points back to the one named
            return named[-1][1]  # last before it ('Justice Ada Eze …' then 'counsel, Obi Eze, …' then 'Eze said'; probe40)
        known = self.people.get(key)
        return (known if known and " " in known else None) or self.opened_by(key, title, before) or known or words[0]

    def opened_by(self, key: str, title: str = "", before: int | None = None) -> str | None:
        """The one full name the article writes that opens with `key`, when none ends with it: a
        given name alone ('Farid said' after 'Farid Hakim': Malay names carry no surname) or a family
        name written first ('Dr Lim' after 'Dr Lim Boon Keat'), as extract.entities links the mention
        to that person (lead24). Of several, the one the article writes after the mention's `title`:
        'Mr Tan' is 'Mr Tan Hock Seng', not 'Dr Tan Boon Kiat' (Singapore's press gives every mention
        of a Chinese name its title; branch probe23). Else the one named before the mention at `before` (a
        reference points back: 'Mr. Park' after 'Park Min-jun' and before 'Dr. Park Ji-woo'; lead44)."""
        opened = {n for names in self.names.values() for n in names if len(n.split()) > 1 and fold(n.split()[0]) == key}
        if len(opened) > 1 and title:
            text = self.article_text()
            opened = {n for n in opened if re.search(rf"\b{re.escape(title)}\.?\s+{re.escape(n)}\b", text)} or (
                opened if before is not None else set())
        if len(opened) > 1 and before is not None:
            opened = {n for n in opened if self.first_named.get(n, before) < before} or opened
        return opened.pop() if len(opened) == 1 else None

    def senior_namesake(self, key: str, sign: int) -> str | None:
        """The fullest name of the namesake of surname `key` that 'the elder' (sign +1) or 'the
        younger' (-1) picks by what the article says of their ages (`extract.seniority`)."""
        namesakes: dict[str, list[Named]] = {}
        for ent in self.person_spans:
            words = clean_name(name_words(ent))
            # 'Winston Clarke Jr' is a namesake of surname 'clarke' beside 'Winston Clarke' (lead30: the son's
            # suffix hid him, so 'the elder Clarke' had one namesake and went to the son)
            core = words[:-1] if len(words) > 2 and fold(words[-1]).strip(".") in GENERATION_SUFFIXES else words
            if len(words) < 2 or fold(core[-1]) != key:
                continue
            name = " ".join(words)
            home = next((k for k in namesakes if same_person_name(k, name)), name)
            namesakes.setdefault(home, []).append(Named(ent.start_char, ent.end_char, ent.text))
        chosen = pick(self.article_text(), sign, namesakes)
        return self.person_name(chosen.split()) if chosen else None

    def _known_sex(self, name: str) -> set[str]:
        """The sexes the article's honorifics give the person, else their given name's. A name of one
        word written after a title is a surname ('Dr Lamont', 'Prof. Lamont'): that a census lists it as a
        given name ('Lamont', 'Morgan', 'Douglas') says nothing of its bearer's sex (branch probe22: 'Dr
        Lamont said …' / '“…,” she said.' went to the woman named before her)."""
        if name in self._titled_surnames:
            return self._sex.get(name, set())
        return self._sex.get(name) or ({name_sex(name)} - {""})

    # -- where the article mentions them ---------------------------------------------------
    def mentions(self) -> list[Mention]:
        """Every person the article names outside quotation marks, in text order (built on first use)."""
        if self._mentions is None:
            sentences = self.sentence_index()
            self._mentions = []
            for ent in sorted(self.person_spans + self._bare_surnames(), key=lambda e: e.start):
                if self.quoted(ent.start_char):
                    continue
                sex = title_sex(ent)
                name = self.person_name(_honorific_before(ent, sex) + name_words(ent), before=ent.start_char)
                start = sentences.starts[sentences.index(ent.start_char)]
                if not name or self._opening_word_only(ent, start):
                    continue
                nxt = self.doc[ent.end] if ent.end < len(self.doc) else None
                self._mentions.append(Mention(ent.start_char, name, is_subject(ent, self.article_text(), start),
                                              nxt is not None and nxt.text in ("'s", "’s", "'", "’")))
                if sex:
                    self._sex.setdefault(name, set()).add(sex)
                if " " not in name and self._title_tokens(ent):
                    self._titled_surnames.add(name)
        return self._mentions

    def _opening_word_only(self, ent: Span, start: int) -> bool:
        """A one-word PERSON span opening its sentence ('Broken glass went flying …') whose word the
        article capitalises nowhere else, that no given-name list holds and that is no surname of a
        person named in full: a capital a sentence start explains is no evidence of a name (the small
        recognizer tags such words PERSON; speakers dev)."""
        if len(ent) != 1 or ent.start_char != start or ent.label_ != "PERSON":
            return False
        word = fold(ent.text)
        if word in MALE_NAMES or word in FEMALE_NAMES or len(self.people.get(word, "").split()) > 1:
            return False
        return ent.text not in self._capitalised_inside()

    def _capitalised_inside(self) -> frozenset[str]:
        """Words the article writes with a capital away from the start of a sentence (found once)."""
        if self._inside_caps is None:
            sentences, doc = self.sentence_index(), self.doc
            starts = set(sentences.starts)
            self._inside_caps = frozenset(doc[i].text for i in self._caps if doc[i].idx not in starts)
        return self._inside_caps

    def _bare_surnames(self) -> list[Span]:
        """A capitalised word alone that is the surname of a person the article names, where the
        recognizer saw nothing ('Ham made it clear' after 'Gen. Norman Ham') or took that one word
        for a place or body ('Yet Sondland has …' GPE, 'But Fukuda stressed …' ORG, after 'Gordon
        Sondland', 'Dr Keiji Fukuda': the small model labels a lone surname by its context; the
        article's own full name says who it is; speakers round-3 dev)."""
        covered = {i for e in self.ents if not self._surname_mislabelled(e) for i in range(e.start, e.end)} | {
            i for e in self.person_spans for i in range(e.start, e.end)}
        doc = self.doc
        return [doc[i:i + 1] for i in self._caps
                if i not in covered and doc[i].is_alpha and fold(doc[i].text) in self.people
                and not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper())]

    def _surname_mislabelled(self, ent: Span) -> bool:
        """A one-word entity not labelled PERSON that is the surname of a person the article names,
        not as a possessor ('Guaidó’s communication center' tagged ORG names his office, not him)."""
        nxt = ent.doc[ent.end].text if ent.end < len(ent.doc) else ""
        return (len(ent) == 1 and ent.label_ != "PERSON" and nxt not in ("'s", "’s", "'", "’")
                and len(self.people.get(fold(ent.text), "").split()) > 1)

    def agrees(self, name: str | None, sex: str) -> bool:
        """Nothing says the person is not of this sex: their honorifics in the article, else their given name."""
        if not sex or not name:
            return True
        self.mentions()
        known = self._known_sex(name)
        return not known or sex in known

    def sentence_index(self) -> Sentences:
        if self._sentences is None:
            self._sentences = Sentences(self.article_text())
        return self._sentences

    def article_text(self) -> str:
        if self._text is None:  # Doc.text rebuilds the string from the tokens: once per article
            self._text = self.doc.text
        return self._text

    def quoted(self, pos: int) -> bool:
        """Whether `pos` is inside quotation marks ('“… Donald has put forth …”' names no subject
        of the narrative): more opening than closing marks before it in its paragraph, curly or
        Penn Treebank ones ('``' … "''", as timeline17 writes them), or an odd number of straight ones."""
        text = self.article_text()[:pos]
        para = text[text.rfind("\n") + 1:]
        if "``" in para:
            return para.count("“") + para.count("``") > para.count("”") + para.count("''") or para.count('"') % 2 == 1
        return para.count("“") > para.count("”") or para.count('"') % 2 == 1 or para.count("''") % 2 == 1



def _relative_clause_roles(root: Token) -> list[str]:
    """The roles a 'who' clause on the name gives its person ('Isla Munro, who chairs the council,' →
    chair, chairwoman …; rules/speakers.toml [relative_clause_roles]): what a later 'the chairwoman
    said' refers back to, as an apposition's noun is."""
    roles = _role_verbs()
    return [role for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in roles
            and any(d.dep_ == "nsubj" and d.lower_ == "who" for d in c.children)
            for role in roles[c.lemma_.lower()]]


@lru_cache(maxsize=1)
def _role_verbs() -> dict[str, list[str]]:
    return rules.mapping("speakers", "relative_clause_roles")


def _honorific_before(ent: Span, sex: str) -> list[str]:
    """The honorific written just before a span that leaves it out ('Mr.' of 'Mr. Benedetti' when
    the recognizer drew 'Benedetti'), so the name it picks is the namesake of that sex: without it
    'Mr. Benedetti' took the one full name, his wife's, and gave her his sex (probe11 story)."""
    if not sex or ent.start == 0 or not _honorific_sex(ent.doc[ent.start - 1].text):
        return []
    return [ent.doc[ent.start - 1].text]


def _honorific_sex(word: str) -> str:
    """'m' for 'Mr', 'f' for 'Mrs'/'Ms'/'Miss' (rules/honorifics), else ''."""
    w = fold(word).strip(".")
    return "m" if w in MALE_TITLES else "f" if w in FEMALE_TITLES else ""
