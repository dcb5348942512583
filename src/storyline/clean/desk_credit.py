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
