"""A body speaking through a noun that classifies it or one of its people, read from the subject's own words.

- 'The fitness app company Pulsewright has told the court …': a class noun right before a body's name with no
  comma is that body (rules/aliases.toml [body_class_nouns]; AP Stylebook 'company names'); the small parser
  makes the noun and the name two subjects, and the first, the noun, was the source: the name was lost.
- 'a company spokeswoman said': the noun 'company' as a modifier of a person's role is the company the text is
  about, as 'the company said' is (company_referent.described_body): the descriptor names it
  ('Pulsewright spokeswoman'), so an unnamed spokesperson's words are tied to the body they speak for.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.company_referent import ANY_BUSINESS, NOT_FIRMS, body_name
from storyline.extract.speaker_words import PERSON_NOUNS, descriptor_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CLASS_NOUNS = frozenset(rules.words("aliases", "body_class_nouns"))
Resolver = Callable[[str, int], "tuple[int, str] | None"]


@dataclass(slots=True, frozen=True)
class BodyVoice:
    """Who a common-noun source speaks for: a body by name ('org'), or an unnamed person described by the body
    ('anonymous', descriptor '<Firm> spokeswoman')."""

    name: str | None
    descriptor: str | None
    kind: str


def body_voice(head: Token, ent_at: Mapping[int, Span], resolve: Resolver) -> BodyVoice | None:
    """The body a common-noun source speaks for, or None."""
    named = _named_after_class_noun(head, ent_at)
    if named is not None:
        return BodyVoice(named, None, "org")
    owner = _company_modifier(head, lambda lemma, pos: resolve(lemma, pos) or _one_firm_before(ent_at, pos))
    if owner is not None:
        return BodyVoice(None, owner, "anonymous")
    return None


def _named_after_class_noun(head: Token, ent_at: Mapping[int, Span]) -> str | None:
    """The name right after a class noun head ('the … company Pulsewright'), no comma between: an ORG, or a name the
    recognizer took for a person or left untagged (names after these nouns are bodies: rules/aliases.toml
    [body_class_nouns]'s count, 7 of 7 PERSON-tagged ones), never a place ('the firm Dublin …' is no such order)."""
    doc = head.doc
    if head.lemma_.lower() not in CLASS_NOUNS or head.i + 1 >= len(doc):
        return None
    ent = ent_at.get(head.i + 1)
    if ent is None and doc[head.i + 1].pos_ != "PROPN":
        return None
    if ent is not None:
        if ent.label_ not in ("ORG", "PERSON") or ent.start != head.i + 1:
            return None
        return ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    end = head.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end not in ent_at:
        end += 1
    return doc[head.i + 1:end].text


def _company_modifier(head: Token, resolve: Resolver) -> str | None:
    """'company spokeswoman' → '<Company> spokeswoman' when 'company' refers back to one named body."""
    if head.lower_ not in PERSON_NOUNS and head.lemma_.lower() not in PERSON_NOUNS:
        return None
    modifier = next((c for c in head.children if c.dep_ == "compound" and c.lower_ in ANY_BUSINESS), None)
    if modifier is None:
        return None
    body = resolve(modifier.lower_, modifier.idx)
    if body is None:
        return None
    return descriptor_of(head).replace(modifier.text, body[1], 1)


def _one_firm_before(ent_at: Mapping[int, Span], pos: int) -> tuple[int, str] | None:
    """The one firm the article names before `pos`, whatever else it names between: a 'company spokeswoman' speaks
    for the company the story is about, not for the regulator or paper named last (company_referent's 'the
    company' wants the last name before it, which a cited outlet or a watchdog often is)."""
    from storyline.extract.outlet_names import is_listed_outlet

    firms = {(e.start_char, body_name(e.text)) for e in ent_at.values() if e.label_ == "ORG" and e.start_char < pos
             and not e.text.isupper() and not is_listed_outlet(e.text)
             and not {w.casefold() for w in e.text.split()} & NOT_FIRMS}
    if len({name.casefold() for _, name in firms}) != 1:
        return None
    return min(firms)
