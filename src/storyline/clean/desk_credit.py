"""A desk's credit that opens with its paper's initials names the paper ('TOI Business Desk', 'HT Correspondent',
'ET Bureau'): Indian dailies sign unsigned stories so, the initials standing for the masthead (The Times of India's
'TOI Tech Desk', the Hindustan Times' 'HT News Desk', The Economic Times' 'ET Bureau', Business Standard's 'BS
Reporter'). The words after the initials are rules/credits.toml [desk_credit_heads]; the initials must be a short
name the registry gives an outlet ('TOI'), as initials alone collide ('TOI' spells The Times of India and The Times of
Israel, 'ET' four registry names: branch probe36, where a Times of India page naming itself only in 'TOI Business
Desk / TNN / Updated: …' had no outlet). dates-dev text, both halves' 588 pages read for the form only, prints one
such credit ('HT Correspondent'), whose initials the registry does not hold."""
from __future__ import annotations

import re
from functools import cache

from storyline.clean.byline import Byline, folded, labelled_byline
from storyline.clean.outlet import registry_outlet
from storyline.clean.site_links import page_texts
from storyline.model import Article
from storyline.rules import words

# the parts of a credit line apart by a spaced slash or bar ('TOI Business Desk / TNN / Updated: …')
_PARTS = re.compile(r"\s+[/|]\s+")
HEAD_LINES = 12  # the credit stands in the page's head, above the story


@cache
def _desk_credit() -> re.Pattern[str]:
    heads = "|".join(re.escape(w) for w in sorted(words("credits", "desk_credit_heads"), key=len, reverse=True))
    return re.compile(rf"^(?P<initials>[A-Z]{{2,4}})(?:\s+[A-Z][a-z]+){{0,2}}\s+(?:{heads})$")


def desk_initials_outlet(article: Article) -> str | None:
    """The registry outlet whose short name opens a desk's credit among the page's head lines, else None."""
    if article.kind != "text":
        return None
    body = set(article.paragraphs())
    for line in [text for text in page_texts(article) if text not in body][:HEAD_LINES]:
        for part in _PARTS.split(line):
            m = _desk_credit().match(part.strip())
            known = registry_outlet(m["initials"]) if m else None
            if known is not None:
                article.evidence["outlet"] = f"a desk's credit opening with its paper's initials: {part.strip()}"
                return known.name
    return None


def newsroom_credit(field: str) -> bool:
    """Whether an author field is the newsroom's own credit, not a person's: a word of rules/bylines.toml
    [newsroom_credits] ('Redaktion'), or a desk's name, two words or more ending in a word of rules/credits.toml
    [desk_words] ('Digital Desk', 'Ganga Samachar Desk', 'डिजिटल डेस्क')."""
    name = folded(field)
    if name in words("bylines", "newsroom_credits"):
        return True
    parts = name.split()
    return len(parts) > 1 and parts[-1] in {w.casefold() for w in words("credits", "desk_words")}


def person_over_newsroom(article: Article, field: str, found: Byline | None) -> str | None:
    """The person a byline line, else an author label on the page ('लेखक: NAME', 'Autor: NAME'), names over an
    author field that is the newsroom's credit: the desk account posted the story, the page prints who wrote it
    (invented pages of branch html37: 6 of 12 gave the desk over the printed reporter; byline44: a desk's name in
    the author meta over a labelled writer). Only names of two words or more: 'Redaktion' / 'NAME' stays the desk."""
    if not newsroom_credit(field):
        return None
    credited = (found for line in article.metadata.get("page_credited", "").split("\n") if (found := labelled_byline(line)))
    person = found if found is not None else next(credited, None)
    if person is None or not all(len(n.split()) > 1 for n in person.names):
        return None
    article.evidence["byline"] = f"byline line naming a person over the newsroom's author field: {person.line}"
    return ", ".join(person.names)
