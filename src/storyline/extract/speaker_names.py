"""Where a speaker's name begins and ends when the parse splits it: a hyphenated given name parsed as
two subjects ('Hsu Wen - chieh (許文傑) told'), and a name fronted before its role and parsed as the role's
possessor ('Hsu Wen-chieh, Lunar's chairman, said'). Taiwanese and Korean given names are hyphenated in
English (Wade-Giles, Revised Romanization), and the small parser splits them; lead40."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from storyline.extract.article_people import clean_name
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


def name_before_role(head: Token, ent_at: Mapping[int, Span]) -> str | None:
    """'Hsu Wen-chieh, Lunar's chairman, said' parsed with the role as the subject and the name as its
    possessor: a person's full name opening the subject, a comma after it, then the role (the news order
    'NAME, ROLE, said')."""
    if head.lemma_.lower() not in PERSON_NOUNS:
        return None
    first = next(iter(head.subtree))
    ent = ent_at.get(first.i)
    if ent is None or ent.label_ != "PERSON" or ent.start != first.i or len(ent) < 2 or ent.end >= head.i:
        return None
    if head.doc[ent.end].text != ",":
        return None
    return " ".join(clean_name([t.text for t in ent])) or None
