"""Definite descriptions of a named person as entity mentions: 'the senator', 'the lawmaker', 'the Briton'.

A singular definite description refers back to a person the article has named only when the article
makes that unambiguous (definite descriptions as anaphors: Poesio & Vieira 1998 — about half are
discourse-new, 'the president' naming a well-known office holder, so a description names a person
only by evidence in the text):

1. *By title*: exactly one person named before it was given a title its head covers — written before
   the name ('Sen. Jane Doe', 'American Hasim Rahman'), in apposition ('Doe, a Democratic senator,'),
   or by a copula ('Doe is a senator') — `rules/speakers.toml [role_titles]` widens the head to the
   titles it covers ('the lawmaker' for 'Sen.' or 'Rep.').
2. *By position*, for a nationality noun ('the Briton', 'the New Zealander') or a person noun that
   names no office and more than sex or age ('the nominee', 'the spokeswoman', not 'the man'): the one
   person the sentence right before names, when the description's own sentence names nobody before
   it and the sentence before speaks of no one by pronoun. An office ('the president', 'the governor') does not refer by position: it is
   as often the office holder the article has not named.

The description is a mention of the person (label `DESC`, `refers_to` the named mention it follows);
it adds no name, so the corpus merge never joins two entities through it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.names import fold, strip_titles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from storyline.extract.entities import ArticleEntity, Mention

DESC = "DESC"
# 'the son', 'the widow': a relation to someone else (bridging: Poesio & Vieira 1998), named by an
# apposition only ('Ike LaRue' → 'The son sold …' is his son, not him)
KIN_NOUNS = rules.words("honorifics", "family_words")
# 'the young man was Bob Woodward' after 'Felt met a Navy lieutenant': a noun that says only sex or
# age is as likely someone the sentence before introduced unnamed (ECB+ dev topic 28), so it refers
# by apposition or title only
# How many sentences back a titled person must have been mentioned for 'the <title>' to be them.
RECENT = 3
PLAIN_NOUNS = frozenset({"man", "woman", "person", "boy", "girl", "guy", "lady", "gentleman", "individual"})
PERSON_NOUNS = rules.words("speakers", "person_nouns")
MALE_NOUNS = rules.words("speakers", "male_person_nouns")
FEMALE_NOUNS = rules.words("speakers", "female_person_nouns")
OFFICE_TITLES = rules.words("honorifics", "office_titles") | rules.words("speakers", "name_titles")
ROLE_TITLES = {e["role"]: frozenset(e["titles"]) | {e["role"]} for e in rules.entries("speakers", "role_titles")}
# A nationality as a noun for one person ('the Briton', 'the Ukrainian'): the demonyms that are also
# count nouns. '-ish', '-ch', '-ese' and '-ss' forms as nouns name the whole people ('the French',
# 'the Swiss', 'the Chinese'), so they never stand for one person.
DEMONYM_NOUNS = frozenset(d for d in rules.words("honorifics", "demonyms")
                          if not d.endswith(("sh", "ch", "ese", "ss")))
_HEAD_WORDS = PERSON_NOUNS | frozenset(ROLE_TITLES) | {d.split()[-1] for d in DEMONYM_NOUNS}
_NAME_DEPS = ("compound", "appos", "amod")
# Words that follow a noun phrase that ends at its head (auxiliaries, frequent news verbs, adverbs):
# after anything else the noun may be a modifier ('the senator race'), so no description is read.
_AFTER_SUBJECT = frozenset({"has", "had", "is", "was", "will", "would", "can", "could", "should", "did", "does",
                            "also", "then", "later", "now", "who", "and", "to", "in", "on", "at", "for", "with",
                            "as", "by", "from", "during", "after", "before", "but"})


def description_heads(doc: Doc) -> list[Token]:
    """The tokens that could head a description, read off the annotation array (no Token per word)."""
    from spacy.attrs import LOWER

    strings = doc.vocab.strings
    return [doc[i] for i, w in enumerate(doc.to_array([LOWER]).tolist()) if strings[w] in _HEAD_WORDS]


def may_describe(word: str) -> bool:
    """Whether a lower-case word is one `find_descriptions` reads as the head of a description."""
    return word in _HEAD_WORDS


@dataclass(slots=True)
class _Article:
    """What resolving an article's descriptions reads: its people, their named mentions, its names."""

    doc: Doc
    text: str
    people: list[ArticleEntity]
    named: list[tuple[int, int]]      # (start of a named mention, index of its person), in text order
    covered: list[tuple[int, int]]    # spans of names a description cannot be inside
    starts: set[int]                  # where a person's name starts
    _titles: list[Titled] | None = None

    @property
    def titles(self) -> list[Titled]:
        if self._titles is None:  # built at the first description that needs it
            owner = dict(self.named)
            mentions = sorted((m for e in self.people for m in e.mentions), key=lambda m: m.start)
            self._titles = _titles(self.doc, self.text, mentions, owner)
        return self._titles


def find_descriptions(doc: Doc, heads: Sequence[Token], mentions: Sequence[Mention],
                      entities: Sequence[ArticleEntity], text: str | None = None) -> list[Mention]:
    """The article's definite person descriptions that refer back to one named person, each as a
    `DESC` mention whose `refers_to` is the start of that person's last named mention before it."""
    from storyline.extract.entities import Mention

    people = [e for e in entities if e.label == "PERSON"]
    if not people:
        return []
    art = _Article(doc, doc.text if text is None else text,  # (Doc.text rebuilds the string on every access)
                   people, sorted((m.start, i) for i, e in enumerate(people) for m in e.mentions),
                   [(m.start, m.end) for m in mentions if not replaceable(m)],
                   {m.start for m in mentions if m.label == "PERSON"})
    found = []
    for tok in heads:
        if not (_is_description(tok) and _lower_or_nationality(tok)) or _inside_name(art, tok):
            continue
        start, end = _head_bounds(tok)
        who = _resolve(art, tok, start)
        before = [s for s, i in art.named if i == who and s < start]
        if who is not None and before:
            found.append(Mention(start, end, art.text[start:end], DESC, before[-1]))
    return found


def described_people(doc: Doc, text: str | None = None) -> dict[int, str]:
    """Where each description the article resolves ends (its head word's last character) → the name
    of the person it refers back to, as the entity mentions have it: the one decision a quote's
    source ('"…," the lawmaker said') reads too."""
    from storyline.extract.entities import find_mentions, link_mentions

    return {m.end: e.name for e in link_mentions(find_mentions(doc, text)) if e.label == "PERSON"
            for m in e.mentions if m.label == DESC}


def _inside_name(art: _Article, tok: Token) -> bool:
    """Inside a name ('The Hollywood Reporter'), or a title before one ('the FBI director Patrick Gray')."""
    if any(s < tok.idx + len(tok.text) and tok.idx < e for s, e in art.covered):
        return True
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].idx in art.starts


def _resolve(art: _Article, tok: Token, start: int) -> int | None:
    """The index of the person the description refers to: apposition, else title, else position."""
    head = _head_phrase(tok)
    who = _apposed(art.doc, tok, art.named)
    named_beside = any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i
                       and not any(t.is_quote for t in art.doc[tok.i:c.i]) for c in tok.children)
    if who is not None or named_beside or _establishing(tok) or head in KIN_NOUNS:
        return who
    # a person named earlier in the description's own sentence is not it ('Velk would be
    # responsible if something happened to the opposition leader': a repeat would be a pronoun)
    own = {i for s, i in art.named if tok.sent.start_char <= s < start}
    recent = _recent(art.doc, tok, art.named)
    candidates = [t for t in art.titles if t.start < start and t.who not in own and t.who in recent]
    who = _by_title(head, candidates, _modifiers(tok))
    if who is None:
        who = _by_owner(candidates, _modifiers(tok))
    if who is None and (head in DEMONYM_NOUNS or head not in OFFICE_TITLES | ROLE_TITLES.keys() | PLAIN_NOUNS):
        who = _by_position(art.doc, tok, art.named, art.people, head)
    return who


def replaceable(m: Mention) -> bool:
    """A mention a description takes the place of: a nationality the recognizer tagged as such, as a
    place or as a person ('the Ukrainian' GPE, 'the Briton' PERSON). A name inside a description
    ('the Deep Throat source') stays its own mention, and the description stops after it."""
    return m.label == "NORP" or fold(m.text).removeprefix("the ") in DEMONYM_NOUNS


def _lower_or_nationality(tok: Token) -> bool:
    """A title standing alone is lower case (AP Stylebook 'titles'): a capitalised 'Reporter' after
    'The' is part of a name the recognizer cut ('The Hollywood | Reporter'); a nationality is capitalised."""
    return tok.text.islower() or tok.lower_ in DEMONYM_NOUNS or _head_phrase(tok) in DEMONYM_NOUNS


def _is_description(tok: Token) -> bool:
    """A singular head noun with 'the', not a modifier of another noun or a title before a name."""
    if tok.tag_ in ("NNS", "NNPS") or tok.dep_ in ("compound", "amod", "attr", "oprd") or not tok.is_alpha:
        return False  # ('he was not the source': a predicate names no one)
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        return False  # 'fingered a prosecutor as the source': a predicate too
    if not tok.dep_:  # a sentence ingest leaves unparsed (parse_selectively): read its words
        return _surface_description(tok)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _surface_description(tok: Token) -> bool:
    """'The Democratic presidential nominee has been endorsed …' with no parse: 'the' at most three
    words before, and after the head no word that would make it a modifier ('the senator race') —
    punctuation, a possessive, or a verb or function word that can follow a subject."""
    doc = tok.doc
    words = doc[max(0, tok.i - 4):tok.i]
    if not any(t.lower_ == "the" for t in words) or any(not (t.is_alpha or t.text == "-") for t in
                                                        words[[t.lower_ for t in words].index("the"):]):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or not nxt.is_alpha or nxt.lower_ in _AFTER_SUBJECT or nxt.text in ("'s", "’s") or \
        (nxt.text.islower() and nxt.lower_.endswith(("ed", "s")))  # a verb's past or present: 'won', 'says'


def _establishing(tok: Token) -> bool:
    """'the head of Sony Pictures Television', 'the woman who …': a description its own modifier
    anchors introduces someone new (establishing relatives: Poesio & Vieira 1998 §4), unless set
    beside a name."""
    if not tok.dep_:  # unparsed: 'the head of …' by its next word
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("of", "who", "whose", "that")
    return any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ in ("relcl", "acl") for c in tok.children)


def _head_bounds(tok: Token) -> tuple[int, int]:
    """The head word (with a two-word nationality's first word, 'New Zealander'): its modifiers may
    hold names of their own ('the mysterious "Deep Throat" source', 'the Alabama governor')."""
    first = tok.doc[tok.i - 1] if _head_phrase(tok) != tok.lower_ else tok
    return first.idx, tok.idx + len(tok.text)


def _head_phrase(tok: Token) -> str:
    """The head, with a compound demonym's first word ('New Zealander')."""
    word = tok.lower_
    prev = tok.doc[tok.i - 1].lower_ if tok.i else ""
    return f"{prev} {word}" if f"{prev} {word}" in DEMONYM_NOUNS else word


@dataclass(slots=True, frozen=True)
class Titled:
    """A named mention with the titles the text gives it there, and the words just before it."""

    start: int
    who: int
    titles: frozenset[str]
    near: frozenset[str]


def _titles(doc: Doc, text: str, named: Sequence[Mention], owner: dict[int, int]) -> list[Titled]:
    """The titles and nationality words the text gives each named mention ('Sen. Jane Doe',
    'Doe, a senator,'), in text order."""
    out = []
    for m in named:
        words = set(_written_titles(text, m))
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            words |= _parsed_titles(span)
        if words:
            out.append(Titled(m.start, owner[m.start], frozenset(words), frozenset(words | _context(text, m))))
    return out


def _written_titles(text: str, m: Mention) -> list[str]:
    """Titles inside the mention's text ('Sen. Jane Doe') and a nationality just before it
    ('American Hasim Rahman', 'New Zealander Duncan Rait')."""
    name = strip_titles(m.text)
    lead = m.text[: max(0, m.text.find(name))].split()
    before = text[max(0, m.start - 30): m.start].split()
    words = [fold(w).rstrip(".") for w in lead]
    if before:
        words.append(fold(before[-1]))
        if len(before) > 1:
            words.append(fold(" ".join(before[-2:])))
    return words


def _context(text: str, m: Mention) -> set[str]:
    """The words just before a titled name, where its title's modifiers stand ('Democratic
    presidential nominee Hillary Clinton')."""
    return {fold(w).strip(".,") for w in text[max(0, m.start - 40): m.start].split()[-4:]}


def _parsed_titles(span: Span) -> set[str]:
    """Nouns the parse ties to the name: 'Republican lawmaker Doe', 'Doe, a senator,', 'Doe is a senator'."""
    root = span.root
    found = {t.lower_ for t in [*root.lefts, *root.rights] if t.pos_ == "NOUN" and t.dep_ in _NAME_DEPS}
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        found.add(root.head.lower_)
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        found |= {c.lower_ for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"}
    return found


def _apposed(doc: Doc, tok: Token, named: list[tuple[int, int]]) -> int | None:
    """The person the description is set beside by a comma: 'Elez Biberaj, the director of …,' and
    'the Republican nominee, Donald Trump,' (apposition: Quirk et al. 1985 §17.65). Only a comma (and
    'now', 'also') may stand between, so a name the parse hung on a description across a quotation
    ('… the president and our military,” Flynn') is no apposition."""
    first = min((c.i for c in tok.lefts), default=tok.i)
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i < first:
        words, between = _name_tokens(tok.head), list(doc[tok.head.i + 1:first])
    else:
        name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i), None)
        if name is None:
            return None
        words = _name_tokens(name)
        # the description's own post-modifiers may stand between ('the RT editor in chief, Margarita …')
        own = {t.i for c in tok.rights if c.i < words[0].i and c.dep_ != "punct" for t in c.subtree}
        between = [t for t in doc[tok.i + 1:words[0].i] if t.i not in own]
    if [t.text for t in between if t.lower_ not in ("now", "also")] != [","]:
        return None
    at = dict(named)
    found = {at[t.idx] for t in words if t.idx in at}
    return found.pop() if len(found) == 1 else None


def _name_tokens(head: Token) -> list[Token]:
    """A proper name's words: its compound modifiers and itself ('Elez Biberaj')."""
    return [*(c for c in head.lefts if c.dep_ == "compound"), head]


def _by_title(head: str, titles: list[Titled], modifiers: set[str]) -> int | None:
    """The one person given, before the description, a title the head covers ('the lawmaker' → the
    one 'Sen.' or 'Rep.'), with every modifier the description has written near the titled name ('the
    GOP candidate' is not the one 'Democratic candidate' the text names; 'the opposition leader' is
    not 'Ruritanian leader Dana Velk')."""
    covers = ROLE_TITLES.get(head, frozenset({head}))
    fits = {t.who for t in titles if t.titles & covers and modifiers <= t.near}
    return fits.pop() if len(fits) == 1 else None


def _by_owner(titles: list[Titled], modifiers: set[str]) -> int | None:
    """The one recent person written as the restricting noun's own ('the union's Jane Roe', then 'the
    union leader said'): the description's modifier is the body the name was given to (a possessive
    determiner naming the group, Quirk et al. 1985 §5.115); lead35."""
    if not modifiers:
        return None
    fits = {t.who for t in titles if {f"{w}'s" for w in modifiers} <= {w.replace("’", "'") for w in t.near}}
    return fits.pop() if len(fits) == 1 else None


def _recent(doc: Doc, tok: Token, named: list[tuple[int, int]]) -> set[int]:
    """The people named in the description's sentence or the RECENT sentences before it: a title
    given in a passing mention further back ('Haitian President Jean Bertrand Aristide was allowed to
    flee …', four sentences before a quotation's 'the president', seeds) is no longer in focus."""
    sent = tok.sent
    for _ in range(RECENT):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return {i for s, i in named if sent.start_char <= s < tok.idx}


def _modifiers(tok: Token) -> set[str]:
    """The words that restrict the head ('the opposition leader', 'the GOP candidate'); 'former' and
    the like restrict too ('the former president' is not the one in office)."""
    return {c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.is_alpha}


def _by_position(doc: Doc, tok: Token, named: list[tuple[int, int]], people: Sequence[ArticleEntity],
                 head: str) -> int | None:
    """The one person the sentence right before names, when the description's own sentence names
    nobody before it, and whose sex the head does not contradict."""
    sent = tok.sent
    if any(sent.start_char <= s < tok.idx for s, _ in named):
        return None
    if sent.start == 0 or any(t.lower_ in ("he", "she") for t in doc[sent.start - 1].sent):
        return None  # the sentence before speaks of someone by pronoun: names alone do not tell whom
    # only the sentence right before: past a sentence naming nobody ('Wednesday, he called for …')
    # the person in focus is no longer known by names alone
    before = doc[sent.start - 1].sent
    if _same_head_noun(before, tok):
        return None
    who = {i for s, i in named if before.start_char <= s < before.end_char}
    if len(who) != 1:
        return None
    only = who.pop()
    sex = "f" if head in FEMALE_NOUNS else "m" if head in MALE_NOUNS else ""
    return only if not sex or people[only].gender in ("", sex) else None


def _same_head_noun(sent: Span, tok: Token) -> bool:
    """The sentence before has a noun of the description's own head that describes no one named
    ("Orlo's source in the camp said …" before "the source said"): the description repeats that noun
    phrase (direct anaphora, the commonest definite-description link: Poesio & Vieira 1998), not the
    person named beside it. A noun set beside a name ('Orlo, a lawyer,') or said of one ('Orlo is a
    lawyer') describes that person, and leaves the position rule to decide."""
    return any(t.lower_ == tok.lower_ and t.pos_ == "NOUN" and t.dep_ not in ("appos", "attr")
               for t in sent)
