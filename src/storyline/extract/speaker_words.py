"""The words around a speaker's mention, read without the resolver's state: descriptions set beside
a name by commas, a name's own words, a document noun's place, caption lines and transcript names,
and an unnamed source's own description (used by storyline.extract.speakers and article_people)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.names import is_acronym

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSON_NOUNS = rules.words("speakers", "person_nouns")


# An apposition's description is a few words: 'the mayor', 'the city's longtime mayor'.
APPOSITION_WORDS = 4
_ARTICLES = frozenset({"the", "a", "an"})


def surface_appositions(doc: Doc, ent: Span) -> list[str]:
    """Head nouns of descriptions set beside a name by commas, read from the words alone (a sentence
    without a parse): 'The mayor, Alan Brooks, …' and 'Alan Brooks, the city's mayor, …' give
    'mayor' (a definite or indefinite description in apposition; Huddleston & Pullum 2002 ch. 15
    §5, supplementary appositives). The head is the description's last word before the comma."""
    out = []
    i = ent.start - 1
    if i >= 2 and doc[i].text == ",":
        words = _description_before(doc, i)
        if words:
            out.append(words[-1].lower())
    k = ent.end
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in _ARTICLES:
        after: list[Token] = []
        for tok in doc[k + 2: k + 2 + APPOSITION_WORDS + 1]:
            if tok.text == "," or tok.lower_ in ("of", "who", "for", "at", "in"):
                break
            after.append(tok)
        if after and all((t.is_lower and t.is_alpha) or t.text in ("'s", "’s") for t in after) and after[-1].is_alpha:
            out.append(after[-1].lower_)
    return out


def _description_before(doc: Doc, comma: int) -> list[str]:
    """The lower-case words after an article and before `comma` ('The mayor ,'), else []."""
    j, words = comma - 1, list[str]()
    while j >= 0 and len(words) <= APPOSITION_WORDS and doc[j].is_alpha and doc[j].is_lower:
        words.insert(0, doc[j].text)
        j -= 1
    if words and j >= 0 and doc[j].lower_ in _ARTICLES and len(words) <= APPOSITION_WORDS:
        return words
    return []


ROMAN_SUFFIXES = frozenset({"II", "III", "IV"})


def name_words(ent: Span) -> list[str]:
    """A name's words with hyphenated parts joined ('Ban Ki - moon' → 'Ban', 'Ki-moon'), without an
    acronym the recognizer ran into it ('Doug Coates UN HQ' in a caption is Doug Coates: a surname
    'UN' made 'the UN' that person; speakers round-3 dev)."""
    words = [t.text for t in ent if not t.is_space]
    while (len(words) > 2 and len(words[-1]) > 1 and words[-1].isupper() and words[-1].isalpha()
           and words[-1] not in ROMAN_SUFFIXES):
        words.pop()
    return words


def said_in(noun: Token) -> bool:
    """'X said in a statement': the document noun is the object of 'in' on a verb."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ in ("VERB", "AUX")


def caption_line(sentence: str) -> bool:
    """A line of a few words without final punctuation ('Mittens (CBC)', a photo caption): no
    sentence of the narrative, so no antecedent's place."""
    words = sentence.split()
    return 0 < len(words) < 4 and not sentence.rstrip().endswith((".", "!", "?", "”", '"', "''"))


# the prepositions that open a description's post-modifier: its head noun ends the words before the first one
# ('official at the Asian Development Bank in Manila' is an official, as 'senior official of the ministry' is;
# probe42: a later 'the ADB official said' went to a named spokesperson)
POSTMODIFIER = re.compile(r"\s(?:of|at|for|in|with|from|on|to|close|near|inside|within)\s")


def head_noun(descriptor: str | None) -> str:
    """'senior official of the X administration' → 'official', 'power trader in Calcutta' → 'trader'."""
    head = POSTMODIFIER.split((descriptor or "").lower())[0].split()
    return head[-1].strip(",.") if head else ""


def person_like(descriptor: str | None) -> bool:
    """Whether an unnamed source's description names a person ('senior official')."""
    return head_noun(descriptor) in PERSON_NOUNS


def shouted_name(head: Token) -> bool:
    """'PENCE: …' in a transcript: a capitalised word the tagger took for a common noun."""
    return head.is_upper and head.is_alpha and len(head) > 1 and not any(c.dep_ == "det" for c in head.children)


def recognised_name(head: Token) -> bool:
    """'"…," Truitt said' with the surname tagged a plural common noun: a capitalised word the
    recognizer labels a person, with no determiner, possessor or modifier of its own and no person
    noun ('Officials said' stays a description), is a name. The small tagger reads rare surnames
    ending like plurals as NNS while its recognizer, trained on names in context, does not."""
    return (head.ent_type_ == "PERSON" and head.is_title and head.is_alpha and head.pos_ == "NOUN"
            and head.lower_ not in PERSON_NOUNS and head.lemma_.lower() not in PERSON_NOUNS
            and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in head.children))


def possessed_name(head: Token) -> bool:
    """"DRAP's Siddiqui told reporters" with the surname tagged a common noun: a title-case word inside
    the sentence, no person noun, whose only dependent is a proper-noun possessor (the body the person
    belongs to: 'Acme's Rourke', AP and Reuters' short second reference), is a name; a common noun would
    be lower case there (branch probe25: the speaker was a description 'Siddiqui')."""
    # read by the surface, a proper noun and 's right before it: the parser may hang the possessor elsewhere
    # ('DRAP' read as the verb's dative in a selectively parsed sentence)
    doc = head.doc
    possessed = head.i >= 2 and doc[head.i - 1].lower_ in ("'s", "’s") and doc[head.i - 2].pos_ == "PROPN"
    return (possessed and head.pos_ == "NOUN" and head.is_title and head.is_alpha and not head.is_sent_start
            and head.lower_ not in PERSON_NOUNS and head.lemma_.lower() not in PERSON_NOUNS
            and not any(c.dep_ in ("det", "amod", "compound", "nummod") for c in head.children))


def role_apposed_name(head: Token) -> bool:
    """'Abernethy, the transportation secretary, said' with the rare surname tagged an adjective or
    a common noun: a capitalised word with no determiner, set beside a person noun with one, is a
    name (a common noun with a role in apposition would take a determiner itself)."""
    if not (head.is_title and head.is_alpha and head.pos_ in ("ADJ", "NOUN")) or any(
            c.dep_ not in ("appos", "punct") for c in head.children):
        return False  # a bare word: 'North of the border, the Scottish health secretary, …' (timeline17-dev) is none
    return person_role(head) is not None


def person_role(head: Token) -> Token | None:
    """The person noun with a determiner or a possessor set beside a word by apposition ('…, the transportation
    secretary,', 'Brenner, the county's emergency management director,': the possessor's own 'the' hangs on it;
    branch probe34), else None."""
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_NOUNS
                 and any(d.dep_ in ("det", "poss") for d in c.children)), None)


DROP_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "det", "predet"})


def span_tokens(head: Token, drop: frozenset[str] = DROP_DEPS) -> list[Token]:
    """The head's subtree without clauses, appositions and punctuation hanging off it."""
    keep = [head]
    for child in head.children:
        if child.dep_ not in drop:
            keep.extend(span_tokens(child, drop))
    return sorted(keep, key=lambda t: t.i)


def descriptor_of(head: Token) -> str:
    """The unnamed source's own description: 'a senior official of the X administration' →
    'senior official of the X administration'."""
    out = ""
    kept = _within_clause(_description_tokens(head), head)
    for before, token in zip([None, *kept], kept, strict=False):
        if before is not None and token.i != before.i + 1:
            out += _gap(head.doc[before.i + 1: token.i], before)
        out += token.text_with_ws
    return out.strip().strip(" ,;:—-")


def _description_tokens(head: Token) -> list[Token]:
    """The head's own article goes ('a senior official' is a description, not a name), the articles
    inside its modifiers stay: 'of the Biden administration' lost its 'the' when every level dropped them."""
    keep = [head]
    for child in head.children:
        if child.dep_ not in DROP_DEPS and not _when(child):
            keep.extend(span_tokens(child, _INNER_DROP))
    return sorted(keep, key=lambda t: t.i)


_TIMES = frozenset({"DATE", "TIME"})


def _when(child: Token) -> bool:
    """A time hung on the source noun by the parse ('Bellhaven officials on Thursday denied …',
    'officials Thursday said'): when they spoke, not who they are."""
    words = [t for t in child.subtree if not t.is_punct]
    if child.dep_ == "prep":
        words = words[1:]
    return bool(words) and child.dep_ in ("prep", "npadvmod") and all(t.ent_type_ in _TIMES for t in words)


_INNER_DROP = DROP_DEPS - {"det", "predet"}


def _gap(dropped: Span, before: Token) -> str:
    """What stands for dropped words between two kept ones: a hyphen or slash inside a word as written
    ('Washington-based', 'US-guaranteed'), else a space where the words would run together ('funding;
    the budget' is no 'fundingbudget')."""
    if not before.whitespace_ and all(t.text in _WORD_JOINERS for t in dropped):
        return dropped.text_with_ws
    return "" if before.whitespace_ else " "


_WORD_JOINERS = frozenset({"-", "‐", "–", "/"})


# what ends a clause inside a sentence: a parse that hangs the words past one under the source noun
# ('Vale did not vote …; the bill raised it, state records show' gave that clause as the records'
# description) is cut there
_CLAUSE_BREAKS = frozenset({";", ":"})


def _within_clause(tokens: list[Token], head: Token) -> list[Token]:
    """The tokens on `head`'s side of every semicolon or colon between them and it."""
    doc = head.doc
    sent = head.sent
    left = max((t.i for t in doc[sent.start:head.i] if t.text in _CLAUSE_BREAKS), default=sent.start - 1)
    right = min((t.i for t in doc[head.i + 1:sent.end] if t.text in _CLAUSE_BREAKS), default=sent.end)
    return [t for t in tokens if left < t.i < right]


def age_years(tok: Token) -> int | None:
    """'the 58-year-old' as a noun phrase (AP style's second reference by age): the years, read at
    its last word 'old' ('58 - year - old' as the tokenizer splits it), when a determiner opens it
    and no noun follows ('the 58-year-old mayor' is headed by 'mayor'); else None."""
    doc, i = tok.doc, tok.i
    if tok.lower_ != "old" or i < 4 or doc[i - 1].text != "-" or doc[i - 2].lower_ not in ("year", "years"):
        return None
    num = doc[i - 4] if doc[i - 3].text == "-" else doc[i - 3]
    if not num.text.isdigit() or num.i == 0 or doc[num.i - 1].lower_ not in ("the", "a", "an", "this"):
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.text[:1].isalpha():
        return None
    return int(num.text)


def acronym_named(words: list[str]) -> bool:
    """'The F.D.I.C. said', 'The Montana DEQ said' (untagged): three initials or more with periods,
    or capitals ending a longer name or of three or four letters, name a body (a shouted surname,
    'TRUMP said', is longer and alone; a person the article names is taken before this)."""
    last = words[-1] if words else ""
    letters = len(last.replace(".", ""))
    # two initials with periods are a person's as often ('G.K. Butterfield', 'J.K. Rowling')
    return is_acronym(last) and letters >= 3 and ("." in last.rstrip(".") or len(words) > 1 or letters <= 4)


def lower_case_word(token: Token) -> bool:
    """A lower-case word the tagger took for a proper noun ('which the city council announced') is a
    common noun: English capitalises names (CMOS 8.1). A handle ('@nycsouthpaw') and the part of a
    hyphenated name after its hyphen ('Ki-moon', polnear-dev) are names."""
    after_hyphen = token.i > 0 and token.doc[token.i - 1].text == "-"
    return token.text.isalpha() and token.text.islower() and not after_hyphen


def capitalised_description(head: Token) -> bool:
    """'the Democrat said', 'the Republican added': a person noun written with a capital (a party's
    member, AP Stylebook 'Democrat, Democratic Party') after 'the' and alone is a description that
    refers back, not a name."""
    # a place before it qualifies it ('the Florida Republican said', AP style for a lawmaker's second reference;
    # lead38), a name part does not
    return (head.lower_ in PERSON_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            and not any(c.dep_ in ("compound", "flat") and c.ent_type_ not in ("GPE", "NORP", "LOC")
                        for c in head.children))
