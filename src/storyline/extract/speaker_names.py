"""Where a speaker's name begins and ends when the parse splits it: a hyphenated given name parsed as
two subjects ('Hsu Wen - chieh (許文傑) told'), and a name fronted before its role and parsed as the role's
possessor ('Hsu Wen-chieh, Lunar's chairman, said'). Taiwanese and Korean given names are hyphenated in
English (Wade-Giles, Revised Romanization), and the small parser splits them; lead40."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.article_people import clean_name
from storyline.extract.names import TITLE_WORDS
from storyline.extract.person_names import is_given_name
from storyline.extract.speaker_words import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def name_end(head: Token, ent: Span | None) -> int:
    """The token index after the name the head ends: the person entity's end when the tokens after the
    head inside it are a hyphen and name parts, else right after the head."""
    if ent is None or ent.label_ != "PERSON" or ent.end <= head.i + 1:
        return head.i + 1
    rest = head.doc[head.i + 1:ent.end]
    return ent.end if rest[0].text in HYPHENS and all(t.text in HYPHENS or t.pos_ == "PROPN" for t in rest) else head.i + 1


def romanised_name_at(head: Token) -> tuple[int, int] | None:
    """The token bounds of a Korean or Chinese name, family name first, with a hyphenated given name, that the
    head is a token of ('Yoon Ha-neul', 'Oh Min-seok' as 'Yoon' 'Ha' '-' 'neul'): the small model reads the
    given name's lower-case second syllable as a common noun and a family name 'Oh' as an interjection, so
    '"…," said Yoon Ha-neul, president of …' had a description for its speaker and '"…," Oh Min-seok, chief of
    …, told reporters' the speaker 'Min' (branch probe33: 4 of 25 quotes). The name must pass
    romanised_names.family_name_first (a listed family name, two romanised syllables)."""
    from storyline.extract.romanised_names import family_name_first

    doc = head.doc
    for start in range(max(0, head.i - 3), head.i + 1):
        span = doc[start:start + 4]
        if len(span) < 4 or span[2].text not in HYPHENS or span[1].whitespace_ or span[2].whitespace_:
            continue
        if span[0].text[:1].isupper() and span[1].text[:1].isupper() and span[3].text.isalpha() \
                and family_name_first([span[0].lower_, f"{span[1].lower_}-{span[3].lower_}"]):
            return start, start + 4
    return None


def name_before_role(head: Token, ent_at: Mapping[int, Span]) -> str | None:
    """'Hsu Wen-chieh, Lunar's chairman, said' parsed with the role as the subject and the name as its
    possessor: a person's full name opening the subject, a comma after it, then the role (the news order
    'NAME, ROLE, said')."""
    if head.lemma_.lower() not in PERSON_NOUNS:
        return None
    first = next(iter(head.subtree))
    romanised = romanised_name_at(first)
    if romanised is not None and romanised[0] == first.i and romanised[1] < head.i and head.doc[romanised[1]].text == ",":
        return " ".join(clean_name([t.text for t in head.doc[romanised[0]:romanised[1]]]))  # 'Oh Sung-min, chief of'
    ent = ent_at.get(first.i)
    if ent is None or ent.label_ != "PERSON" or ent.start != first.i or len(ent) < 2 or ent.end >= head.i:
        return None
    if head.doc[ent.end].text != ",":
        return None
    return " ".join(clean_name([t.text for t in ent])) or None


def name_after_title(head: Token, ent_at: Mapping[int, Span]) -> Token | None:
    """'The Executive Vice-Chairman of the NCC, Dr Ngozi Adeyemi, said': a capitalised title, its body after
    'of', then the holder's name set off by commas before the verb (the Nigerian and Kenyan press's form for
    an official's first mention, 'The Director-General of NAN, Mr NAME, said'); the small parser splits the
    hyphenated title and takes its first part for the subject, so the name's last token is returned for the
    speaker. Only when every word of the title before 'of' is a title or role word (rules/honorifics.toml
    [office_titles], rules/speakers.toml person nouns) and a person entity follows the comma. Branch probe28."""
    doc, verb = head.doc, head.head
    start = next(iter(head.subtree)).i
    comma = next((t.i for t in doc[head.i:verb.i] if t.text == ","), None)
    if comma is None or not head.text[:1].isupper():
        return None
    title = list(doc[start:comma])
    cut = next((k for k, t in enumerate(title) if t.lower_ == "of"), len(title))
    words = [t.lower_ for t in title[:cut] if t.text not in HYPHENS and t.lower_ != "the"]
    if not words or any(w not in TITLE_WORDS and w not in PERSON_NOUNS for w in words):
        return None
    at = comma + 1
    while at < verb.i and doc[at].lower_.rstrip(".") in TITLE_WORDS and ent_at.get(at) is None:
        at += 1  # the holder's own title before the name ('Dr', 'Mr')
    ent = ent_at.get(at)
    last: Token | None
    if ent is not None and ent.label_ == "PERSON" and ent.start == at:
        last = doc[ent.end - 1]
    else:  # a name the recognizer left untagged, parsed as the title's apposition ('…, Mr Segun Balogun, said')
        last = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > at), None)
        if last is None or any(t.pos_ != "PROPN" for t in doc[at:last.i + 1]):
            return None
    return last if last.i + 2 == verb.i and doc[last.i + 1].text == "," else None


def coordinated_portfolio_holder(head: Token, ent_at: Mapping[int, Span]) -> Token | None:
    """'Tourism and Civil Aviation Minister Ravinesh Prasad said': a portfolio of two coordinated nouns before a
    minister's title and name, which the parser reads as two subjects ('Tourism' and 'Prasad'); the holder is the
    speaker. The name's last token, when the subject is no person and its conjunct is a name the recognizer
    tags a person, with an office title ([office_titles]: Minister, Secretary …) right before its first part
    (the Westminster portfolio titles: 'Health and Social Care Secretary', 'Trade and Industry Minister')."""
    ent = ent_at.get(head.i)
    if (ent is not None and ent.label_ == "PERSON") or not any(c.dep_ == "cc" for c in head.children):
        return None
    for conj in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"):
        name = ent_at.get(conj.i)
        if name is None or name.label_ != "PERSON" or name.end - 1 != conj.i or name.start == 0:
            continue
        if head.doc[name.start - 1].lower_.rstrip(".") in TITLE_WORDS:
            return conj
    return None


# the last words of newspaper, agency and broadcaster names (rules/citations.toml [outlet_heads])
_OUTLET_HEADS = rules.words("citations", "outlet_heads")


def masthead_named(words: list[str]) -> bool:
    """'Premium Herald reported', 'The Harbour Chronicle said': a source of two or more words ending in a masthead's
    head word, with no given name or title opening it, is a paper the recognizer took for a person; as a person it
    counted as one who just spoke, and 'the NCC chief said' after the one official's words stayed unnamed (branch
    probe28). A person surnamed so keeps a given name ('Emily Post')."""
    if len(words) < 2 or words[-1] not in _OUTLET_HEADS:
        return False
    first = words[0].rstrip(".").casefold()
    return first == "the" or (not is_given_name(words[0]) and first not in TITLE_WORDS)


POSSESSIVE = frozenset({"'s", "’s"})


def possessed_person(head: Token, ent_at: Mapping[int, Span]) -> Token | None:
    """'Patients for Trial Safety's Martin Voss called the report …': a body's name opening with a plural
    common noun is parsed as the subject ('Patients') with the person a preposition's object; the person
    named last in the subject, right after the body's possessive, is the one who spoke (Axios' 'ORG's
    NAME' second reference; probe29 took the whole phrase for an unnamed source's description)."""
    last = max(t.i for t in head.subtree)
    ent = ent_at.get(last)
    if ent is None or ent.label_ != "PERSON" or ent.end != last + 1 or len(ent) < 2 or ent.start <= head.i:
        return None
    return head.doc[last] if head.doc[ent.start - 1].text in POSSESSIVE else None


def surname_of_named(head: Token, people: Mapping[str, str]) -> bool:
    """'"…," Mendes said': a capitalised word inside its sentence that is the surname of a person the article
    names is that person, though the small tagger calls it a common noun or a body (probe29: 'Mendes' after
    'a department spokeswoman, Carla Mendes,' was tagged NOUN and ORG, and read as an unnamed source)."""
    from storyline.extract.article_people import fold

    return (head.i > head.sent.start and head.text[:1].isupper() and head.text.isalpha()
            and not head.text.isupper() and fold(head.text) in people)
